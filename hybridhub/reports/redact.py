"""Remove contact details from any text that leaves the workspace: e-mails, phone numbers, @handles.

Errs on the side of privacy: any run of seven or more digits joined by spaces, dots, dashes, slashes or
brackets counts as a phone number, even if it was a reference number.
"""

from __future__ import annotations

import re

EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
PHONE = re.compile(r"(?<![\w])(?:\+|00)?\(?\d(?:[\s.\-/()]{0,3}\d){6,}(?![\w])")

PLACEHOLDERS = {"email": "[e-mail]", "phone": "[phone]", "handle": "[@]"}


def redact(text: str, placeholders: dict[str, str] | None = None) -> str:
    marks = {**PLACEHOLDERS, **(placeholders or {})}
    text = EMAIL.sub(marks["email"], text)
    text = HANDLE.sub(marks["handle"], text)
    return PHONE.sub(marks["phone"], text)
