"""The QR code of a printed page: what it carries, and reading it back with zxing-cpp."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

import numpy as np
import zxingcpp

PREFIX = "HHF1"
_PAYLOAD = re.compile(r"^HHF1/([a-z][a-z0-9_-]{0,63})/(\d{1,5})/(\d{1,3})/([0-9a-f]{32})$")


@dataclass(frozen=True)
class PageId:
    form: str
    version: int
    page: int
    sheet_uid: str


def encode(form: str, version: int, page: int, sheet_uid: str) -> str:
    """Compact text for the QR: 'HHF1/<form>/<version>/<page>/<sheet uuid as 32 hex digits>'."""
    return f"{PREFIX}/{form}/{version}/{page}/{uuid.UUID(sheet_uid).hex}"


def parse(text: str) -> PageId | None:
    """The page id in a QR's text, or None for any other code (a badge, a web link, damage)."""
    m = _PAYLOAD.match(text.strip())
    if not m:
        return None
    return PageId(m.group(1), int(m.group(2)), int(m.group(3)), str(uuid.UUID(hex=m.group(4))))


def read(gray: np.ndarray) -> PageId | None:
    """The first of our QR codes found in a grayscale image, if any."""
    if gray.size == 0:
        return None
    for result in zxingcpp.read_barcodes(
        gray, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    ):
        found = parse(result.text)
        if found is not None:
            return found
    return None
