"""The page machinery: cover and body templates, footer with 'page X of Y', outline and contents.

Headings are `Heading` paragraphs; after each is laid out the document adds a PDF bookmark and a
table-of-contents entry. reportlab lays the story out several times until the contents settle, so
the total page count of the previous pass is known when the final pass prints the footers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph
from reportlab.platypus.tableofcontents import TableOfContents

from hybridhub.core.pdf_fonts import draw_text, markup
from hybridhub.reports.pdf.style import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    OFFLINE,
    ONLINE,
    PAGE,
    REGULAR,
    RULE,
    table_style,
)


class Heading(Paragraph):
    """A heading that goes into the outline (PDF bookmarks) and the table of contents."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        level: int,
        key: str,
        toc: bool = True,
        plain: str | None = None,
    ) -> None:
        super().__init__(markup(text, style.fontName), style)
        self.level, self.key, self.in_toc = level, key, toc
        self.plain = plain or text


class ReportDoc(BaseDocTemplate):
    def __init__(
        self,
        path: Path,
        *,
        title: str,
        subject: str,
        lang: str,
        footer: Callable[[int, int], str],
        event_title: str,
        on_page: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(
            str(path),
            pagesize=PAGE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            subject=subject,
            author="HybridHub",
            creator="HybridHub",
            lang=lang,
            displayDocTitle=True,
            initialFontName=REGULAR,
            initialFontSize=11,
        )
        self.footer, self.event_title, self.on_page = footer, event_title, on_page
        self.total_pages = 0
        self._pages_this_pass = 0
        self._headings = 0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body", showBoundary=0)
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=self._cover_page),
                PageTemplate("body", [frame], onPage=self._body_page),
            ]
        )

    # Passes: remember how many pages the previous layout had, for "page X of Y".
    def handle_documentBegin(self) -> None:
        if self._pages_this_pass:
            self.total_pages = self._pages_this_pass
        self._headings = 0
        super().handle_documentBegin()

    def handle_pageEnd(self) -> None:
        self._pages_this_pass = self.page
        super().handle_pageEnd()

    def _cover_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        # Two bands at the top edge: the two sides of the event, side by side, equal in width.
        w, h = PAGE
        canvas.setFillColor(OFFLINE)
        canvas.rect(0, h - 10, w / 2, 10, stroke=0, fill=1)
        canvas.setFillColor(ONLINE)
        canvas.rect(w / 2, h - 10, w / 2, 10, stroke=0, fill=1)
        canvas.restoreState()
        self._progress(doc.page)

    def _body_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        w, _h = PAGE
        y = MARGIN_BOTTOM - 12
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, y + 10, w - MARGIN_X, y + 10)
        canvas.setFillColor(MUTED)
        draw_text(canvas, MARGIN_X, y, self.event_title[:90], REGULAR, 8.5)
        footer = self.footer(doc.page, max(self.total_pages, doc.page))
        draw_text(canvas, w - MARGIN_X, y, footer, REGULAR, 8.5, align="right")
        canvas.restoreState()
        self._progress(doc.page)

    def _progress(self, page: int) -> None:
        if self.on_page:
            self.on_page(page)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self._headings += 1
            key = f"{flowable.key}-{self._headings}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.plain, key, level=flowable.level, closed=flowable.level > 0)
            if flowable.in_toc:
                entry = markup(flowable.plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                self.notify("TOCEntry", (flowable.level, entry, self.page, key))


def contents(style1: ParagraphStyle, style2: ParagraphStyle) -> TableOfContents:
    toc = TableOfContents(dotsMinLevel=-1)
    toc.levelStyles = [style1, style2]
    toc.rightColumnWidth = 40
    toc.tableStyle = table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return toc


def build(doc: ReportDoc, story: list[Any]) -> None:
    doc.multiBuild(story, maxPasses=10)
