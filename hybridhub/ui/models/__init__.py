"""Qt item models: thin adapters that page data through services and refresh on store changes."""
