"""The report's look: embedded DejaVu fonts with per-character fallbacks (core/pdf_fonts.py), a
restrained palette, large plain type.

Offline is always terracotta and online always slate blue, in text, bars and tables alike; both pass
WCAG AA contrast on white (4.9:1 and 7.2:1), and they stay apart for the common colour-vision types.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from hybridhub.core.pdf_fonts import BOLD as BOLD
from hybridhub.core.pdf_fonts import ITALIC as ITALIC
from hybridhub.core.pdf_fonts import REGULAR as REGULAR
from hybridhub.core.pdf_fonts import register_fonts

INK = HexColor("#1d2430")
MUTED = HexColor("#56606d")
RULE = HexColor("#d5dbe1")
TRACK = HexColor("#edf0f3")
TINT = HexColor("#f6f4f0")
OFFLINE = HexColor("#b04a24")
ONLINE = HexColor("#2d5b85")
OFFLINE_TINT = HexColor("#f6e7e0")
ONLINE_TINT = HexColor("#e2ebf4")
WHITE = white
# Ordered answer scales (low -> high), a single neutral hue so it never competes with the two sides.
SCALE = [HexColor(c) for c in ("#e4e8ec", "#c2cbd3", "#96a3b0", "#677889", "#3c4c5e", "#26323f")]

PAGE = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X


def side_colour(side: str) -> Color:
    return OFFLINE if side == "offline" else ONLINE


def side_tint(side: str) -> Color:
    return OFFLINE_TINT if side == "offline" else ONLINE_TINT


def hex_of(colour: Color) -> str:
    return "#" + colour.hexval()[2:]


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    lead: ParagraphStyle
    small: ParagraphStyle
    caption: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    eyebrow: ParagraphStyle
    title: ParagraphStyle
    quote: ParagraphStyle
    attribution: ParagraphStyle
    cell: ParagraphStyle
    cell_num: ParagraphStyle
    cell_head: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    bullet: ParagraphStyle
    big_number: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,
        fontSize=11,
        leading=16.5,
        textColor=INK,
        alignment=TA_LEFT,
    )

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return Styles(
        body=derive("body2", spaceAfter=8),
        lead=derive("lead", fontSize=14, leading=21, spaceAfter=12),
        small=derive("small", fontSize=9.5, leading=13.5, textColor=MUTED, spaceAfter=6),
        caption=derive(
            "caption", fontName=BOLD, fontSize=10, leading=14, textColor=MUTED, spaceBefore=10, spaceAfter=6
        ),
        h1=derive("h1", fontName=BOLD, fontSize=24, leading=30, spaceAfter=14),
        h2=derive("h2", fontName=BOLD, fontSize=16, leading=21, spaceBefore=16, spaceAfter=8),
        h3=derive("h3", fontName=BOLD, fontSize=12.5, leading=17, spaceBefore=10, spaceAfter=4),
        eyebrow=derive("eyebrow", fontName=BOLD, fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=10),
        title=derive("title", fontName=BOLD, fontSize=30, leading=37, spaceAfter=16),
        quote=derive("quote", fontName=ITALIC, fontSize=11.5, leading=17, leftIndent=14, spaceAfter=2),
        attribution=derive("attr", fontSize=9, leading=12.5, textColor=MUTED, leftIndent=14, spaceAfter=10),
        cell=derive("cell", fontSize=9.5, leading=12.5),
        cell_num=derive("cellnum", fontSize=9.5, leading=12.5, alignment=2),
        cell_head=derive("cellhead", fontName=BOLD, fontSize=9, leading=12, textColor=MUTED),
        toc1=derive("toc1", fontSize=12.5, leading=22),
        toc2=derive("toc2", fontSize=10.5, leading=17, leftIndent=16, textColor=MUTED),
        bullet=derive("bullet", leftIndent=16, bulletIndent=2, spaceAfter=6),
        big_number=derive("big", fontName=BOLD, fontSize=26, leading=30),
    )


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style that names the embedded font, so no table falls back to unembedded Helvetica."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])
