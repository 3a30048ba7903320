"""Charts drawn straight on the page, every one with its numbers printed on it."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from hybridhub.core.pdf_fonts import draw_text
from hybridhub.reports.pdf.style import BOLD, INK, MUTED, REGULAR, TRACK, WHITE


def fit(text: str, font: str, size: float, width: float) -> str:
    """The text, shortened with an ellipsis to fit the width."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


@dataclass
class Bar:
    label: str
    share: float | None
    text: str
    colour: Color


class _RowChart(Flowable):
    """A chart of labelled rows, as wide as it is told, as tall as its rows need."""

    def __init__(
        self, width: float, label_width: float, bar_height: float, gap: float, font_size: float
    ) -> None:
        super().__init__()
        self.width, self.label_width = width, label_width
        self.bar_height, self.gap, self.font_size = bar_height, gap, font_size
        self.height: float = 0

    def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
        return self.width, self.height


class Bars(_RowChart):
    """Horizontal bars on a 0–100 % track, one per row, the value written next to (or inside) each."""

    def __init__(
        self,
        rows: list[Bar],
        width: float,
        label_width: float = 80,
        bar_height: float = 13,
        gap: float = 6,
        font_size: float = 9.5,
    ) -> None:
        super().__init__(width, label_width, bar_height, gap, font_size)
        self.rows = rows
        self.height = len(rows) * (bar_height + gap) - gap if rows else 0

    def draw(self) -> None:
        c = self.canv
        track_x = self.label_width
        track_w = self.width - self.label_width
        size = self.font_size
        for i, row in enumerate(self.rows):
            y = self.height - (i + 1) * self.bar_height - i * self.gap
            text_y = y + (self.bar_height - size * 0.7) / 2
            if self.label_width:
                c.setFont(REGULAR, size)
                c.setFillColor(MUTED)
                draw_text(c, 0, text_y, fit(row.label, REGULAR, size, self.label_width - 6), REGULAR, size)
            c.setFillColor(TRACK)
            c.rect(track_x, y, track_w, self.bar_height, stroke=0, fill=1)
            fill_w = max(0.0, min(1.0, row.share or 0.0)) * track_w
            if fill_w > 0:
                c.setFillColor(row.colour)
                c.rect(track_x, y, fill_w, self.bar_height, stroke=0, fill=1)
            c.setFont(BOLD, size)
            text_w = stringWidth(row.text, BOLD, size)
            if fill_w + text_w + 8 <= track_w or text_w + 10 > fill_w:
                c.setFillColor(INK)
                c.drawString(track_x + min(fill_w + 5, max(track_w - text_w, 5)), text_y, row.text)
            else:
                c.setFillColor(WHITE)
                c.drawRightString(track_x + fill_w - 5, text_y, row.text)


@dataclass
class Segment:
    value: float
    colour: Color
    text: str
    dark: bool = False


@dataclass
class StackRow:
    label: str
    segments: list[Segment]
    note: str = ""
    empty_text: str = ""


@dataclass
class LegendItem:
    label: str
    colour: Color


class Stacks(_RowChart):
    """100 % stacked bars, one per row; each segment's number is printed in it, or above it if narrow."""

    def __init__(
        self,
        rows: list[StackRow],
        width: float,
        label_width: float = 90,
        note_width: float = 0,
        bar_height: float = 18,
        gap: float = 16,
        legend: list[LegendItem] | None = None,
        font_size: float = 9,
    ) -> None:
        super().__init__(width, label_width, bar_height, gap, font_size)
        self.rows, self.note_width, self.legend = rows, note_width, legend or []
        self.legend_height = 18 if self.legend else 0
        self.height = len(self.rows) * (self.bar_height + self.gap) + self.legend_height

    def draw(self) -> None:
        c = self.canv
        size = self.font_size
        bar_x = self.label_width
        bar_w = self.width - self.label_width - self.note_width
        for i, row in enumerate(self.rows):
            top = self.height - i * (self.bar_height + self.gap) - self.gap + 4
            y = top - self.bar_height
            text_y = y + (self.bar_height - size * 0.7) / 2
            c.setFont(BOLD, size + 0.5)
            c.setFillColor(INK)
            draw_text(c, 0, text_y, fit(row.label, BOLD, size + 0.5, self.label_width - 6), BOLD, size + 0.5)
            if row.note:
                c.setFont(REGULAR, size)
                c.setFillColor(MUTED)
                c.drawRightString(self.width, text_y, row.note)
            total = sum(s.value for s in row.segments)
            if total <= 0:
                c.setFillColor(TRACK)
                c.rect(bar_x, y, bar_w, self.bar_height, stroke=0, fill=1)
                c.setFont(REGULAR, size)
                c.setFillColor(MUTED)
                c.drawString(bar_x + 6, text_y, row.empty_text)
                continue
            x = bar_x
            raised = 0
            for seg in row.segments:
                w = seg.value / total * bar_w
                if w <= 0:
                    continue
                c.setFillColor(seg.colour)
                c.rect(x, y, w, self.bar_height, stroke=0, fill=1)
                c.setStrokeColor(WHITE)
                c.setLineWidth(1)
                c.line(x + w, y, x + w, y + self.bar_height)
                text_w = stringWidth(seg.text, BOLD, size)
                c.setFont(BOLD, size)
                if text_w + 6 <= w:
                    c.setFillColor(WHITE if seg.dark else INK)
                    c.drawCentredString(x + w / 2, text_y, seg.text)
                else:
                    # Too narrow: print the number above the bar, or below it for every other one, so
                    # that neighbouring narrow segments never print over each other.
                    c.setFont(REGULAR, size - 1)
                    c.setFillColor(INK)
                    ty = y + self.bar_height + 2 if raised % 2 == 0 else y - size + 1
                    c.drawCentredString(x + w / 2, ty, seg.text)
                    raised += 1
                x += w
        if self.legend:
            c.setFont(REGULAR, size)
            x = bar_x
            for item in self.legend:
                c.setFillColor(item.colour)
                c.rect(x, 3, 9, 9, stroke=0, fill=1)
                c.setFillColor(INK)
                c.drawString(x + 13, 4, item.label)
                x += 13 + stringWidth(item.label, REGULAR, size) + 14
