"""Widgets of the check-in desk: scanner input, result panel, camera reader, sounds, dialogs."""
