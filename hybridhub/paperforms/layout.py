"""The geometry of a printed form, in millimetres from the page's top-left corner (y grows downwards).

Printing draws exactly these items and the scanner measures exactly these boxes, so a sheet is always
read with the layout it was printed with: the layout depends only on the stored template definition,
the sheet's language, the paper, the large-print flag and the layout version (all kept on the Sheet
row; sheets printed before layout versions existed have none and are version 1).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from hybridhub.core.resources import font_path
from hybridhub.paperforms.templates import localised
from hybridhub.paperforms.words import word

PT = 25.4 / 72  # millimetres per point
PAPERS = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"

MARGIN = 9.0
MARKER = 12.0  # ArUco markers, ids 0–3 clockwise from the top-left corner
QR_SIZE = 24.0
QR_GAP = 4.0  # the QR stands left of the top-right marker, top-aligned with it
MARKER_IDS = (0, 1, 2, 3)


def ensure_fonts() -> None:
    registered = pdfmetrics.getRegisteredFontNames()
    if FONT not in registered:
        pdfmetrics.registerFont(TTFont(FONT, str(font_path("DejaVuSans.ttf"))))
    if FONT_BOLD not in registered:
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(font_path("DejaVuSans-Bold.ttf"))))


def text_width(text: str, size: float, bold: bool = False) -> float:
    ensure_fonts()
    return pdfmetrics.stringWidth(text, FONT_BOLD if bold else FONT, size) * PT


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    lines: list[str] = []
    current = ""
    for token in text.split():
        candidate = f"{current} {token}".strip()
        if current and text_width(candidate, size, bold) > width:
            lines.append(current)
            current = token
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines or [""]


@dataclass(frozen=True)
class Box:
    """A box to mark (`kind` "choice") or to write in (`kind` "text"); `value` is what marking it means."""

    question: str
    value: Any
    x: float
    y: float
    w: float
    h: float
    kind: str = "choice"
    row: int = 0  # the digit position of a number question


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # baseline
    text: str
    size: float
    bold: bool = False
    align: str = "left"


@dataclass(frozen=True)
class Face:
    cx: float
    cy: float
    size: float
    level: int  # 1 very unhappy … 5 very happy


@dataclass(frozen=True)
class Area:
    """The region of one question on its page: review shows this crop for an uncertain answer."""

    question: str
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class Example:
    """A small printed box showing how to mark ("tick", "cross") or how to cancel ("fill")."""

    x: float
    y: float
    size: float
    kind: str


@dataclass
class Page:
    number: int
    texts: list[Text] = field(default_factory=list)
    faces: list[Face] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)
    areas: list[Area] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    subtitle: Text | None = None


@dataclass(frozen=True)
class Style:
    body: float
    title: float
    box: float
    line: float  # height of one handwriting line in a text box
    gap: float
    outline: float = 0.9  # width of a choice box's outline, in points
    outline_grey: float = 0.15  # its grey (0 black … 1 white)
    row_gap: float = 2.5  # mm between rows of boxes (a number's digit rows, a long list of options)


# Layout versions. A sheet is read with the version it was printed with (Sheet.source["layout"]).
#   1  the first forms: a one-line instruction; 6 mm boxes (8 mm in large print), dark 0.9 pt outline
#   2  the header says how to mark and how to correct, with printed examples (issue #13)
#   3  rows of boxes (a number's digits, options that wrap) a box's height apart, not 2.5 mm: a tick
#      or a circle that reaches past its box no longer lands on the box of the next row
NORMAL = Style(body=11.0, title=16.0, box=6.0, line=9.0, gap=4.5)
LARGE = Style(body=15.0, title=21.0, box=8.0, line=12.0, gap=6.0)
STYLES: dict[int, tuple[Style, Style]] = {
    1: (NORMAL, LARGE),
    2: (NORMAL, LARGE),
    3: (replace(NORMAL, row_gap=6.0), replace(LARGE, row_gap=8.0)),
}
LAYOUT_VERSION = 3  # what new sheets are printed with


@dataclass
class Layout:
    paper: str
    width: float
    height: float
    style: Style
    pages: list[Page]
    version: int = LAYOUT_VERSION
    lang: str = "en"
    key: str = ""  # identifies the layout (for caches of what is derived from it)

    def markers(self) -> dict[int, tuple[float, float]]:
        """Top-left corner of each marker, by ArUco id (0 top-left, then clockwise)."""
        w, h = self.width, self.height
        return {
            0: (MARGIN, MARGIN),
            1: (w - MARGIN - MARKER, MARGIN),
            2: (w - MARGIN - MARKER, h - MARGIN - MARKER),
            3: (MARGIN, h - MARGIN - MARKER),
        }

    def qr(self) -> tuple[float, float, float]:
        x, y = self.markers()[1]
        return x - QR_GAP - QR_SIZE, y, QR_SIZE

    def questions_on(self, page: int) -> list[str]:
        return list(dict.fromkeys(b.question for b in self.pages[page - 1].boxes))


def marker_corners_mm(layout: Layout) -> dict[int, list[tuple[float, float]]]:
    """The four corners of each marker in ArUco's order (top-left, top-right, bottom-right, bottom-left)."""
    out = {}
    for mid, (x, y) in layout.markers().items():
        out[mid] = [(x, y), (x + MARKER, y), (x + MARKER, y + MARKER), (x, y + MARKER)]
    return out


def qr_offset_from_marker() -> tuple[float, float, float]:
    """The QR's top-left corner relative to the top-right marker's top-left corner, and its size:
    the same on every paper, so the QR can be found before the paper size is known."""
    return -QR_GAP - QR_SIZE, 0.0, QR_SIZE


def _definition_key(definition: dict[str, Any]) -> str:
    import json

    return json.dumps(definition, sort_keys=True)


def layout_for(
    definition: dict[str, Any],
    lang: str,
    paper: str = "a4",
    large: bool = False,
    version: int = LAYOUT_VERSION,
) -> Layout:
    """The layout of a form (cached: a scan batch reads many sheets of the same form)."""
    if version not in STYLES:
        version = 1  # a sheet recorded by a later HybridHub: its boxes cannot be known, try the first
    return _cached_layout(_definition_key(definition), lang, paper, large, version)


@lru_cache(maxsize=64)
def _cached_layout(key: str, lang: str, paper: str, large: bool, version: int) -> Layout:
    import hashlib
    import json

    layout = _build(json.loads(key), lang, paper, large, version)
    layout.key = hashlib.sha1(f"{key}|{lang}|{paper}|{large}|{version}".encode()).hexdigest()
    return layout


class _Flow:
    """Places questions top to bottom, starting a new page when one does not fit."""

    def __init__(self, definition: dict[str, Any], lang: str, paper: str, style: Style, version: int) -> None:
        self.definition, self.lang, self.style, self.version = definition, lang, style, version
        self.width, self.height = PAPERS[paper]
        self.left = MARGIN + 1
        self.right = self.width - MARGIN - 1
        self.bottom = self.height - MARGIN - MARKER - 4
        self.pages: list[Page] = []
        self.y = 0.0

    def new_page(self) -> Page:
        page = Page(number=len(self.pages) + 1)
        self.pages.append(page)
        s = self.style
        title_x = MARGIN + MARKER + 5
        qr_x = self.width - MARGIN - MARKER - QR_GAP - QR_SIZE
        code_w = text_width(f"{word('sheet', self.lang)} MMMMMM", s.body * 1.15, True)
        title_w = min(qr_x, qr_x + QR_SIZE - code_w) - 4 - title_x
        y = MARGIN + s.title * PT
        for line in wrap(localised(self.definition["title"], self.lang), title_w, s.title, True)[:2]:
            page.texts.append(Text(title_x, y, line, s.title, True))
            y += s.title * PT * 1.25
        y = self._instructions(page, title_x, y, title_w)
        # The session's name goes here when a sheet is printed for a session.
        page.subtitle = Text(title_x, y + s.body * 0.4 * PT, "", s.body * 0.9, True)
        y += s.body * 0.9 * PT * 1.4
        self.y = max(y, MARGIN + QR_SIZE + 9) + 2
        return page

    def _instructions(self, page: Page, x: float, y: float, width: float) -> float:
        """How to mark and how to correct, in the sheet's language; from layout 2 with printed examples
        (a ticked and a crossed box; a blacked-out box, an arrow and a ticked box)."""
        small = self.style.body * 0.8
        step = small * PT * 1.3
        if self.version == 1:
            for line in wrap(word("instructions", self.lang), width, small)[:3]:
                page.texts.append(Text(x, y, line, small))
                y += step
            return y
        small = self.style.body * 0.9  # larger than layout 1's line: this is the rule the reader applies
        step = small * PT * 1.3
        size = small * PT * 1.15
        gap = size * 0.4
        pictures = {"how_to_mark": ("tick", "cross"), "how_to_correct": ("fill", "arrow", "tick")}
        indent = 3 * (size + gap) + gap
        for name in ("how_to_mark", "how_to_correct", "how_to_write"):
            if name in pictures:
                px = x
                for kind in pictures[name]:
                    if kind == "arrow":
                        page.texts.append(Text(px, y, "→", small))
                    else:
                        page.examples.append(Example(px, y - size * 0.85, size, kind))
                    px += size + gap
            for line in wrap(word(name, self.lang), width - indent, small):
                page.texts.append(Text(x + indent, y, line, small))
                y += step
            y += step * 0.15
        return y

    def place(self, questions: list[dict[str, Any]]) -> list[Page]:
        page = self.new_page()
        for number, q in enumerate(questions, start=1):
            probe = Page(number=page.number)
            height = self._question(probe, q, number, self.y)
            if self.y + height > self.bottom and page.boxes:
                page = self.new_page()
            self._question(page, q, number, self.y)
            self.y += height + self.style.gap
        return self.pages

    def _question(self, page: Page, q: dict[str, Any], number: int, top: float) -> float:
        s = self.style
        line_h = s.body * PT * 1.3
        label = f"{number}. {localised(q['label'], self.lang)}"
        if q["type"] == "multiple":
            label += " " + word("several", self.lang)
        y = top + s.body * PT
        for line in wrap(label, self.right - self.left, s.body, True):
            page.texts.append(Text(self.left, y, line, s.body, True))
            y += line_h
        y = y - s.body * PT + 2.5
        kind = q["type"]
        if kind == "text":
            h = q.get("lines", 3) * s.line
            page.boxes.append(Box(q["key"], None, self.left, y, self.right - self.left, h, kind="text"))
            y += h
        elif kind == "number":
            y = self._digits(page, q, y)
        else:
            y = self._choices(page, q, y)
        page.areas.append(Area(q["key"], self.left - 1, top - 1, self.right - self.left + 2, y - top + 2))
        return y - top

    def _cells(self, q: dict[str, Any]) -> list[tuple[Any, str, int]]:
        kind = q["type"]
        if kind == "rating":
            return [(v, str(v), v) for v in range(1, 6)]
        if kind == "yesno":
            return [(True, word("yes", self.lang), 0), (False, word("no", self.lang), 0)]
        return [(o["key"], localised(o["label"], self.lang), 0) for o in q["options"]]

    def _choices(self, page: Page, q: dict[str, Any], y: float) -> float:
        s = self.style
        b = s.box
        face = b * 1.35
        x = self.left + 2
        row_h = max(b, face if q["type"] == "rating" else 0) + 2.5
        for value, text, level in self._cells(q):
            width = b + 2.5 + (face + 2 if level else 0) + text_width(text, s.body) + 9
            if x + width > self.right and x > self.left + 2:
                x, y = self.left + 2, y + row_h + s.row_gap - 2.5
            by = y + (row_h - 2.5 - b) / 2
            page.boxes.append(Box(q["key"], value, x, by, b, b))
            tx = x + b + 2.5
            if level:
                page.faces.append(Face(tx + face / 2, by + b / 2, face, level))
                tx += face + 2
            page.texts.append(Text(tx, by + b / 2 + s.body * PT * 0.36, text, s.body))
            x += width
        return y + row_h

    def _digits(self, page: Page, q: dict[str, Any], y: float) -> float:
        s = self.style
        b = s.box
        hint = word("digits", self.lang)
        page.texts.append(Text(self.left + 2, y + s.body * 0.8 * PT, hint, s.body * 0.8))
        y += s.body * 0.8 * PT * 1.6
        digit_w = b + 2 + text_width("0", s.body) + 3.5
        for row in range(q.get("digits", 2)):
            x = self.left + 2
            for d in range(10):
                page.boxes.append(Box(q["key"], d, x, y, b, b, row=row))
                page.texts.append(Text(x + b + 1.5, y + b / 2 + s.body * PT * 0.36, str(d), s.body))
                x += digit_w
            y += b + s.row_gap
        return y + 2.5 - s.row_gap


def _build(definition: dict[str, Any], lang: str, paper: str, large: bool, version: int) -> Layout:
    style = STYLES[version][1 if large else 0]
    flow = _Flow(definition, lang, paper, style, version)
    pages = flow.place(definition["questions"])
    width, height = PAPERS[paper]
    return Layout(paper, width, height, style, pages, version, lang)
