"""Facilitator notes, their autosaved drafts, tallies, and which session is running now."""
