"""Remove contact details from any text that leaves the workspace: e-mails, phone numbers, @handles.

Errs on the side of privacy: any run of seven or more digits joined by spaces, dots, dashes, slashes or
brackets counts as a phone number, even if it was a reference number. The placeholders the store
already put in place of numbers and addresses (`[phone …a3f90e]`, hybridhub.core.scrub) become the
report's plain placeholders too: their keyed tags are for finding one number across the workspace,
not for readers of a report.
"""

from __future__ import annotations

import re

EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
PHONE = re.compile(r"(?<![\w])(?:\+|00)?\(?\d(?:[\s.\-/()]{0,3}\d){6,}(?![\w])")
STORED = re.compile(r"\[(phone|e-mail)(?: …[0-9a-f]{6})?\]")

PLACEHOLDERS = {"email": "[e-mail]", "phone": "[phone]", "handle": "[@]"}


def redact(text: str, placeholders: dict[str, str] | None = None) -> str:
    marks = {**PLACEHOLDERS, **(placeholders or {})}
    text = STORED.sub(lambda m: marks["phone" if m.group(1) == "phone" else "email"], text)
    text = EMAIL.sub(marks["email"], text)
    text = HANDLE.sub(marks["handle"], text)
    return PHONE.sub(marks["phone"], text)
