"""Print forms: one PDF with N copies, each copy a Sheet row with its own id and short code.

Every page carries four ArUco corner markers (for alignment), a QR with form, version, page and sheet
id, and the sheet code in plain text for keyed entry. All geometry comes from `layout`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import cv2
import qrcode
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from hybridhub.core.errors import ValidationError
from hybridhub.core.files import make_private
from hybridhub.core.ids import short_code
from hybridhub.core.models import Event, EventSession, Sheet
from hybridhub.events import service as events_service
from hybridhub.paperforms import qr
from hybridhub.paperforms.layout import (
    FONT,
    FONT_BOLD,
    MARKER,
    MARKER_IDS,
    PAPERS,
    Layout,
    Page,
    ensure_fonts,
    layout_for,
)
from hybridhub.paperforms.templates import FormFile, store_template
from hybridhub.paperforms.words import word

ARUCO_DICT = cv2.aruco.DICT_4X4_50
MAX_COPIES = 2000


@dataclass(frozen=True)
class PrintResult:
    path: Path
    sheets: list[str]  # the sheet codes, in print order
    pages: int


def aruco_bits(marker_id: int) -> list[list[int]]:
    """The marker as a 6×6 grid of black (1) and white (0) cells, border included."""
    dictionary = cv2.aruco.getPredefinedDictionary(ARUCO_DICT)
    image = cv2.aruco.generateImageMarker(dictionary, marker_id, 6)
    return [[1 if v < 128 else 0 for v in row] for row in image]


def _new_code(session: Session) -> str:
    for _ in range(50):
        code = short_code(6)
        if session.scalars(select(Sheet.id).where(Sheet.code == code)).first() is None:
            return code
    raise RuntimeError("could not find a free sheet code")  # 24^6 codes: unreachable in practice


def find_session(session: Session, event: Event, name: str | None) -> EventSession | None:
    """The session sheets are printed for (by name, agenda number or unique prefix), or none."""
    return events_service.find_session(session, event, name) if name else None


def print_forms(
    session: Session,
    event: Event,
    form: FormFile,
    output: Path,
    *,
    copies: int = 1,
    lang: str = "en",
    paper: str = "a4",
    large_print: bool = False,
    session_name: str | None = None,
) -> PrintResult:
    """Record `copies` new sheets (status printed) and write them to one PDF. Run it in a transaction:
    if the PDF cannot be written, no sheet is recorded."""
    if not 1 <= copies <= MAX_COPIES:
        raise ValidationError(f"copies must be from 1 to {MAX_COPIES}", field="copies")
    if lang not in form.languages:
        raise ValidationError(
            f"the form '{form.id}' has no '{lang}' text",
            field="lang",
            hint="languages: " + ", ".join(form.languages),
        )
    if paper not in PAPERS:
        raise ValidationError(f"unknown paper '{paper}'", field="paper", hint="a4 or letter")
    template = store_template(session, form)
    event_session = find_session(session, event, session_name)
    layout = layout_for(template.definition, lang, paper, large_print)
    ensure_fonts()
    canvas = Canvas(str(output), pagesize=(layout.width * mm, layout.height * mm), pageCompression=1)
    canvas.setTitle(form.title(lang))
    canvas.setCreator("HybridHub")
    codes = []
    for _ in range(copies):
        sheet = Sheet(
            event_id=event.id,
            template_id=template.id,
            session_id=event_session.id if event_session else None,
            code=_new_code(session),
            language=lang,
            status="printed",
            source={"paper": paper, "large_print": large_print, "pages": len(layout.pages)},
        )
        session.add(sheet)
        session.flush()
        codes.append(sheet.code)
        subtitle = event_session.name if event_session else ""
        for page in layout.pages:
            payload = qr.encode(form.id, form.version, page.number, sheet.uid)
            draw_page(canvas, layout, page, payload, sheet.code, subtitle, lang)
            canvas.showPage()
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        canvas.save()
        make_private(output)
    except OSError as exc:
        raise ValidationError(f"cannot write the PDF: {exc.strerror}", file=output) from exc
    return PrintResult(output, codes, copies * len(layout.pages))


def draw_page(
    canvas: Canvas, layout: Layout, page: Page, payload: str, code: str, subtitle: str, lang: str
) -> None:
    h = layout.height

    def y(v: float) -> float:  # layout measures from the top, PDF from the bottom
        return (h - v) * mm

    canvas.setFillGray(0)
    for mid, (mx, my) in zip(MARKER_IDS, layout.markers().values(), strict=True):
        cell = MARKER / 6
        for r, row in enumerate(aruco_bits(mid)):
            for c, bit in enumerate(row):
                if bit:
                    canvas.rect((mx + c * cell) * mm, y(my + (r + 1) * cell), cell * mm, cell * mm, 0, 1)
    qx, qy, qs = layout.qr()
    code_qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code_qr.add_data(payload)
    code_qr.make(fit=True)
    matrix = code_qr.get_matrix()
    module = qs / len(matrix)
    for r, bits in enumerate(matrix):
        for c, bit in enumerate(bits):
            if bit:
                canvas.rect(
                    (qx + c * module) * mm,
                    y(qy + (r + 1) * module),
                    module * mm + 0.01,
                    module * mm + 0.01,
                    0,
                    1,
                )
    s = layout.style
    canvas.setFont(FONT_BOLD, s.body * 1.15)
    canvas.drawRightString(
        (qx + qs) * mm, y(qy + qs + 2 + s.body * 1.15 * 0.3528 * 0.75), f"{word('sheet', lang)} {code}"
    )
    for t in page.texts:
        canvas.setFont(FONT_BOLD if t.bold else FONT, t.size)
        if t.align == "right":
            canvas.drawRightString(t.x * mm, y(t.y), t.text)
        else:
            canvas.drawString(t.x * mm, y(t.y), t.text)
    if subtitle and page.subtitle is not None:
        canvas.setFont(FONT_BOLD, page.subtitle.size)
        canvas.drawString(page.subtitle.x * mm, y(page.subtitle.y), subtitle[:70])
    canvas.setStrokeGray(0.15)
    for b in page.boxes:
        canvas.setLineWidth(0.9 if b.kind == "choice" else 0.7)
        radius = 0.6 * mm if b.kind == "choice" else 1.5 * mm
        canvas.roundRect(b.x * mm, y(b.y + b.h), b.w * mm, b.h * mm, radius, 1, 0)
    for f in page.faces:
        _face(canvas, f.cx * mm, y(f.cy), f.size * mm, f.level)
    canvas.setFont(FONT, 8)
    total = len(layout.pages)
    footer = f"{word('page', lang)} {page.number} {word('of', lang)} {total}"
    if page.number == total:
        footer = f"{word('thanks', lang)}   {footer}"
    canvas.drawCentredString(layout.width / 2 * mm, y(layout.height - 9 - MARKER / 2), footer)


def _face(canvas: Canvas, cx: float, cy: float, size: float, level: int) -> None:
    """A face from very unhappy (1) to very happy (5): for readers who find numbers hard."""
    r = size / 2
    canvas.setLineWidth(0.8)
    canvas.setStrokeGray(0.25)
    canvas.circle(cx, cy, r, 1, 0)
    canvas.setFillGray(0.25)
    for dx in (-0.33, 0.33):
        canvas.circle(cx + dx * r, cy + 0.25 * r, 0.09 * r, 0, 1)
    bend = (level - 3) / 2 * 0.35 * r
    mouth = canvas.beginPath()
    mouth.moveTo(cx - 0.45 * r, cy - 0.3 * r + bend / 2)
    mouth.curveTo(
        cx - 0.2 * r,
        cy - 0.3 * r - bend,
        cx + 0.2 * r,
        cy - 0.3 * r - bend,
        cx + 0.45 * r,
        cy - 0.3 * r + bend / 2,
    )
    canvas.drawPath(mouth, stroke=1, fill=0)
    canvas.setFillGray(0)
    canvas.setStrokeGray(0.15)


def session_names(session: Session, event: Event) -> list[str]:
    """The event's sessions in agenda order, for choosing which session sheets are printed for."""
    return list(
        session.scalars(
            select(EventSession.name).where(EventSession.event_id == event.id).order_by(EventSession.position)
        )
    )
