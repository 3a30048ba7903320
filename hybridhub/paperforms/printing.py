"""Print forms: one PDF with N copies, each copy a Sheet row with its own id and short code.

Every page carries four ArUco corner markers (for alignment), a QR with form, version, page and sheet
id, and the sheet code in plain text for keyed entry. All geometry comes from `layout`; the drawing
itself is in `drawing` (the reader draws the same empty page to know what is printed where).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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
from hybridhub.paperforms.drawing import draw_page
from hybridhub.paperforms.layout import LAYOUT_VERSION, PAPERS, ensure_fonts, layout_for
from hybridhub.paperforms.templates import FormFile, store_template

MAX_COPIES = 2000


@dataclass(frozen=True)
class PrintResult:
    path: Path
    sheets: list[str]  # the sheet codes, in print order
    pages: int


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
    layout_version: int = LAYOUT_VERSION,
) -> PrintResult:
    """Record `copies` new sheets (status printed) and write them to one PDF. Run it in a transaction:
    if the PDF cannot be written, no sheet is recorded. `layout_version` is for tests and benchmarks
    that print as earlier versions of HybridHub did."""
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
    layout = layout_for(template.definition, lang, paper, large_print, layout_version)
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
            source={
                "paper": paper,
                "large_print": large_print,
                "pages": len(layout.pages),
                "layout": layout.version,
            },
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


def session_names(session: Session, event: Event) -> list[str]:
    """The event's sessions in agenda order, for choosing which session sheets are printed for."""
    return list(
        session.scalars(
            select(EventSession.name).where(EventSession.event_id == event.id).order_by(EventSession.position)
        )
    )
