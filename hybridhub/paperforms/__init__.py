"""Paper feedback forms: YAML templates, printing with markers and QR, scan capture, review, keyed entry.

Plain Python (no Qt): the CLI, the GUI and the tests share these services.
"""
