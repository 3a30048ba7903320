"""What every section needs (figures, quotes, words, styles), and the shared table and heading helpers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, tzinfo
from typing import Any

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, Paragraph, Table

from hybridhub.analysis.counting import Counts
from hybridhub.core.models import Event
from hybridhub.core.pdf_fonts import para
from hybridhub.reports.i18n import Catalog
from hybridhub.reports.options import ReportOptions
from hybridhub.reports.pdf.document import Heading
from hybridhub.reports.pdf.style import (
    BOLD,
    FRAME_WIDTH,
    INK,
    MUTED,
    RULE,
    TINT,
    Styles,
    hex_of,
    side_colour,
    table_style,
)
from hybridhub.reports.quotes import Quote


@dataclass
class ReportContext:
    event: Event
    counts: Counts
    quotes: dict[int, list[Quote]]
    samples: dict[str, str]
    t: Catalog
    s: Styles
    options: ReportOptions
    tz: tzinfo
    generated_on: date
    width: float = FRAME_WIDTH

    def h1(self, key: str, text: str | None = None) -> Heading:
        return Heading(text or self.t(key), self.s.h1, 0, key)

    def h2(self, key: str, text: str) -> Heading:
        return Heading(text, self.s.h2, 1, key)

    def p(self, text: str, style: str = "body") -> Paragraph:
        return para(text, getattr(self.s, style))

    def side_word(self, side: str, capital: bool = False) -> str:
        return f'<font color="{hex_of(side_colour(side))}"><b>{self.t.side(side, capital)}</b></font>'

    def coloured(self, text: str, colour: Color, bold: bool = True) -> str:
        inner = f"<b>{text}</b>" if bold else text
        return f'<font color="{hex_of(colour)}">{inner}</font>'


def esc(text: str) -> str:
    """Escape user text for reportlab's paragraph markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def data_table(
    ctx: ReportContext,
    header: list[str],
    rows: list[list[Any]],
    widths: list[float],
    numeric_from: int = 1,
    total_row: bool = False,
    row_colours: Sequence[Color | None] | None = None,
) -> Table:
    """A plain table that splits across pages, repeating its header; numbers right-aligned."""
    head = [
        para(h, ctx.s.cell_head if i < numeric_from else _right(ctx.s.cell_head))
        for i, h in enumerate(header)
    ]
    body: list[list[Flowable | str]] = []
    for row in rows:
        cells: list[Flowable | str] = []
        for i, value in enumerate(row):
            if isinstance(value, Flowable):
                cells.append(value)
            else:
                style = ctx.s.cell if i < numeric_from else ctx.s.cell_num
                cells.append(para(str(value), style))
        body.append(cells)
    scale = ctx.width / sum(widths)
    table = Table([head, *body], colWidths=[w * scale for w in widths], repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 1, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if total_row and rows:
        commands += [("BACKGROUND", (0, -1), (-1, -1), TINT), ("FONTNAME", (0, -1), (-1, -1), BOLD)]
    for i, colour in enumerate(row_colours or []):
        if colour is not None:
            commands.append(("LINEBEFORE", (0, i + 1), (0, i + 1), 3, colour))
    table.setStyle(table_style(commands))
    return table


def _right(style: Any) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(style.name + "-r", parent=style, alignment=2)


def muted(text: str) -> str:
    return f'<font color="{hex_of(MUTED)}">{text}</font>'
