"""Fonts for every script a name or a message may use in a PDF: DejaVu first, then a fallback per character.

ReportLab embeds TrueType outlines only and draws a missing character as an empty box, so the text is cut
into runs, each set in the first font of the chain whose character map has it: DejaVu Sans (Latin, Greek,
Cyrillic, Vietnamese, Arabic, Hebrew), Noto Sans Devanagari, Bengali, Tamil and Thai, Droid Sans Fallback
(Chinese, Japanese, Korean) and Symbola (emoji, in monochrome). Licences in resources/fonts.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from hybridhub.core.resources import font_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
MAIN = ((REGULAR, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf"), (ITALIC, "DejaVuSans-Oblique.ttf"))
# Tried in this order for a character DejaVu lacks (the fallbacks have no bold: the same face serves).
FALLBACKS = (
    ("HHDevanagari", "NotoSansDevanagari-Regular.ttf"),
    ("HHBengali", "NotoSansBengali-Regular.ttf"),
    ("HHTamil", "NotoSansTamil-Regular.ttf"),
    ("HHThai", "NotoSansThai-Regular.ttf"),
    ("HHCJK", "DroidSansFallbackFull.ttf"),
    ("HHSymbols", "Symbola.ttf"),
)
_TAG_OR_ENTITY = re.compile(r"(<[^>]*>|&[#\w]+;)")
_INVISIBLE = {0xFE0F, 0xFE0E, 0x200D}  # emoji presentation selectors and joiners: nothing to draw


@cache
def register_fonts() -> None:
    """Register DejaVu (with its bold and italic as one family) and every fallback, once."""
    for name, file in MAIN:
        pdfmetrics.registerFont(TTFont(name, str(font_path(file))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
    for name, file in FALLBACKS:
        pdfmetrics.registerFont(TTFont(name, str(font_path(file))))
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)


@cache
def _covers(font: str) -> frozenset[int]:
    register_fonts()
    ttf: Any = pdfmetrics.getFont(font)  # a TTFont (typed as the base Font)
    face = ttf.face
    return frozenset(face.charToGlyph)


def font_for(char: str, base: str) -> str:
    """The font that draws `char`: `base` when it has it, else the first fallback that has it."""
    code = ord(char)
    if code in _covers(base) or code < 0x80 or code in _INVISIBLE:
        return base
    return next((name for name, _file in FALLBACKS if code in _covers(name)), base)


def runs(text: str, base: str) -> list[tuple[str, str]]:
    """`text` cut into (font, piece) runs, each piece drawable in its font."""
    out: list[tuple[str, str]] = []
    for char in text:
        font = font_for(char, base)
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + char)
        else:
            out.append((font, char))
    return out


def markup(text: str, base: str = REGULAR) -> str:
    """Paragraph markup with every run DejaVu can't draw wrapped in `<font name=...>` (tags and entities
    are left alone)."""
    pieces = []
    for part in _TAG_OR_ENTITY.split(text):
        if not part or _TAG_OR_ENTITY.fullmatch(part):
            pieces.append(part)
            continue
        for font, piece in runs(part, base):
            pieces.append(piece if font == base else f'<font name="{font}">{piece}</font>')
    return "".join(pieces)


def para(text: str, style: Any, **kwargs: Any) -> Paragraph:
    """A Paragraph that prints every script (see `markup`)."""
    register_fonts()
    return Paragraph(markup(text, style.fontName), style, **kwargs)


def text_width(text: str, font: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(piece, f, size) for f, piece in runs(text, font))


def draw_text(
    canvas: Any, x: float, y: float, text: str, font: str, size: float, align: str = "left"
) -> None:
    """`canvas.drawString` (or Centred/Right with `align`) with per-character fallbacks."""
    register_fonts()
    width = text_width(text, font, size)
    x -= width / 2 if align == "centre" else width if align == "right" else 0
    for f, piece in runs(text, font):
        canvas.setFont(f, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, f, size)
    canvas.setFont(font, size)
