"""Page images of a finished PDF, for an in-app preview (plain pixels; the UI wraps them in images)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium


@dataclass(frozen=True)
class PagePixels:
    width: int
    height: int
    rgb: bytes  # tightly packed RGB, 3 bytes a pixel, row after row


def render_pages(path: Path, count: int = 3, width: int = 420) -> list[PagePixels]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = []
        for index in range(min(count, len(pdf))):
            page = pdf[index]
            scale = width / page.get_width()
            image = page.render(scale=scale).to_pil().convert("RGB")
            pages.append(PagePixels(image.width, image.height, image.tobytes()))
        return pages
    finally:
        pdf.close()
