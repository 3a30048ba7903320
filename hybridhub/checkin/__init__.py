"""Offline check-in at the door: signed registration codes, badges, the desk, and the log that
attendance derives from. Plain Python; the GUI and CLI both call these services."""
