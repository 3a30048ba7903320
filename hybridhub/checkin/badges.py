"""Badge PDFs: A4 label sheets (8 per page, Avery L7165 layout) or one ticket per page, each with the
name, organisation, QR of the signed code and the short code for typing by hand.

Text is set in DejaVu Sans with per-character fallbacks (core/pdf_fonts.py), embedded, so names in any script
print as typed. The QR is drawn as vector squares (crisp at any printer resolution), in alphanumeric
mode because the code uses only digits and capitals.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from hybridhub.checkin.codes import format_short
from hybridhub.core.errors import NotFoundError, ValidationError
from hybridhub.core.files import make_private
from hybridhub.core.l10n import LANGUAGES, Formats, document_formats
from hybridhub.core.models import Event, Participant, Registration
from hybridhub.core.pdf_fonts import BOLD, REGULAR, draw_text, register_fonts, text_width
from hybridhub.core.progress import ProgressFn, no_progress
from hybridhub.core.text import fold

LAYOUTS = ("labels", "tickets")
FONT = REGULAR
GREY = Color(0.35, 0.35, 0.35)
ACCENT = Color(0.16, 0.42, 0.62)
# Avery L7165 / compatible: 2 x 4 labels of 99.1 x 67.7 mm on A4.
LABEL_W, LABEL_H = 99.1 * mm, 67.7 * mm
LABEL_COLS, LABEL_ROWS = 2, 4
LABEL_LEFT, LABEL_TOP, LABEL_GAP = 4.65 * mm, 13.1 * mm, 2.5 * mm


@dataclass(frozen=True)
class Badge:
    name: str | None
    organisation: str | None
    badge_number: int | None
    code: str
    short_code: str

    @property
    def title(self) -> str:
        return self.name or f"Badge {self.badge_number}"


def collect_badges(
    session: Session, event: Event, *, participant_ids: list[int] | None = None, sort: str = "name"
) -> list[Badge]:
    """Everyone with a valid code (or just `participant_ids`), sorted by name or badge number."""
    query = (
        select(Participant, Registration)
        .join(Registration, Registration.participant_id == Participant.id)
        .where(
            Participant.event_id == event.id,
            Participant.merged_into_id.is_(None),
            Registration.revoked.is_(False),
        )
        .order_by(Registration.issued_at.desc(), Registration.id.desc())
    )
    if participant_ids is not None:
        query = query.where(Participant.id.in_(participant_ids))
    latest: dict[int, Badge] = {}
    for p, r in session.execute(query):
        latest.setdefault(p.id, Badge(p.display_name, p.organisation, p.badge_number, r.code, r.short_code))
    badges = list(latest.values())
    if sort == "badge":
        badges.sort(key=lambda b: (b.badge_number is None, b.badge_number or 0))
    elif sort == "name":
        badges.sort(key=lambda b: (b.name is None, fold(b.name or ""), b.badge_number or 0))
    else:
        raise ValidationError(f"sort by 'name' or 'badge', not '{sort}'", field="sort")
    return badges


def _qr(c: Canvas, code: str, x: float, y: float, size: float) -> None:
    """Draw the QR with its bottom-left corner at (x, y), `size` wide, quiet zone included."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
    qr.add_data(code, optimize=0)
    qr.make(fit=True)
    matrix = qr.get_matrix()
    n = len(matrix)
    cell = size / n
    c.setFillColor(white)
    c.rect(x, y, size, size, stroke=0, fill=1)
    c.setFillColor(black)
    path = c.beginPath()
    for row, line in enumerate(matrix):
        col = 0
        while col < n:
            if line[col]:
                start = col
                while col < n and line[col]:
                    col += 1
                path.rect(x + start * cell, y + size - (row + 1) * cell, (col - start) * cell, cell)
            else:
                col += 1
    c.drawPath(path, stroke=0, fill=1)


def _fit(text: str, font: str, width: float, largest: float, smallest: float) -> tuple[list[str], float]:
    """Lines and font size so `text` fits `width` in at most two lines, as large as possible."""
    size = largest
    while True:
        lines = _wrap(text, font, size, width)
        if (len(lines) <= 2 and all(text_width(li, font, size) <= width for li in lines)) or (
            size <= smallest
        ):
            break
        size -= 1
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    last = lines[-1]
    while text_width(last, font, size) > width and len(last) > 1:
        last = last[:-2] + "…"
    lines[-1] = last
    return lines, size


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and text_width(trial, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    return [*lines, current] if current else lines or [""]


def _label(c: Canvas, b: Badge, event_title: str, x: float, y: float) -> None:
    pad = 5 * mm
    qr_size = 38 * mm
    text_w = LABEL_W - qr_size - 3 * pad
    top = y + LABEL_H - pad
    c.setFillColor(ACCENT)
    c.setFont(FONT, 7)
    title = event_title
    while text_width(title, FONT, 7) > LABEL_W - 2 * pad and len(title) > 1:
        title = title[:-2] + "…"
    draw_text(c, x + pad, top - 6, title, FONT, 7)
    c.setFillColor(black)
    lines, size = _fit(b.title, BOLD, text_w, 20, 10)
    line_y = top - 8 - size * 1.15
    for line in lines:
        c.setFont(BOLD, size)
        draw_text(c, x + pad, line_y, line, BOLD, size)
        line_y -= size * 1.2
    if b.organisation:
        org_lines, org_size = _fit(b.organisation, FONT, text_w, 11, 7)
        c.setFillColor(GREY)
        for line in org_lines:
            c.setFont(FONT, org_size)
            draw_text(c, x + pad, line_y - 2, line, FONT, org_size)
            line_y -= org_size * 1.25
    c.setFillColor(black)
    if b.badge_number is not None:
        c.setFont(FONT, 9)
        draw_text(c, x + pad, y + pad + 2, f"Badge {b.badge_number}", FONT, 9)
    qr_x = x + LABEL_W - pad - qr_size
    qr_y = y + pad + 6 * mm
    _qr(c, b.code, qr_x, qr_y, qr_size)
    c.setFont(BOLD, 11)
    draw_text(c, qr_x + qr_size / 2, y + pad, format_short(b.short_code), BOLD, 11, align="centre")


def badge_formats(event: Event) -> Formats:
    """Dates on badges as the report writes them, in the event's first language (not the system's)."""
    lang = next((lang for lang in event.languages or [] if lang in LANGUAGES), "en")
    return document_formats(lang)


def _ticket(c: Canvas, b: Badge, event: Event) -> None:
    width, height = A4
    margin = 20 * mm
    c.setFillColor(ACCENT)
    c.setFont(BOLD, 14)
    draw_text(c, margin, height - margin, event.title[:90], BOLD, 14)
    c.setFillColor(GREY)
    c.setFont(FONT, 11)
    when = badge_formats(event).date(event.starts_on) if event.starts_on else ""
    where = " · ".join(x for x in (when, event.venue) if x)
    if where:
        draw_text(c, margin, height - margin - 18, where[:110], FONT, 11)
    c.setFillColor(black)
    lines, size = _fit(b.title, BOLD, width - 2 * margin, 40, 16)
    line_y = height - margin - 40 - size
    for line in lines:
        c.setFont(BOLD, size)
        draw_text(c, margin, line_y, line, BOLD, size)
        line_y -= size * 1.2
    if b.organisation:
        org_lines, org_size = _fit(b.organisation, FONT, width - 2 * margin, 20, 10)
        c.setFillColor(GREY)
        for line in org_lines:
            c.setFont(FONT, org_size)
            draw_text(c, margin, line_y, line, FONT, org_size)
            line_y -= org_size * 1.3
        c.setFillColor(black)
    qr_size = 95 * mm
    qr_x = (width - qr_size) / 2
    qr_y = height / 2 - qr_size / 2 - 20 * mm
    _qr(c, b.code, qr_x, qr_y, qr_size)
    c.setFont(BOLD, 26)
    draw_text(c, width / 2, qr_y - 14 * mm, format_short(b.short_code), BOLD, 26, align="centre")
    c.setFont(FONT, 11)
    c.setFillColor(GREY)
    draw_text(
        c,
        width / 2,
        qr_y - 22 * mm,
        "Show this page at the door, on paper or on your phone.",
        FONT,
        11,
        align="centre",
    )
    c.drawCentredString(
        width / 2, qr_y - 28 * mm, "If the code cannot be scanned, the volunteer types the code above."
    )
    if b.badge_number is not None:
        c.setFont(FONT, 12)
        c.setFillColor(black)
        draw_text(c, margin, margin, f"Badge {b.badge_number}", FONT, 12)


def write_badges(
    session: Session,
    event: Event,
    output: Path,
    *,
    layout: str = "labels",
    participant_ids: list[int] | None = None,
    sort: str = "name",
    outline: bool = True,
    progress: ProgressFn = no_progress,
) -> int:
    """Write the badge PDF; returns how many badges it holds."""
    if layout not in LAYOUTS:
        raise ValidationError(f"layout must be one of {', '.join(LAYOUTS)}, not '{layout}'", field="layout")
    badges = collect_badges(session, event, participant_ids=participant_ids, sort=sort)
    if not badges:
        raise NotFoundError(
            "nobody has a check-in code yet",
            hint="import registrations first ('checkin import-registrations')",
        )
    register_fonts()
    tmp = output.with_name(output.name + ".part")
    try:
        c = Canvas(str(tmp), pagesize=A4, pageCompression=1)
    except OSError as exc:
        raise ValidationError(f"cannot write the PDF: {exc.strerror}", file=output) from exc
    c.setTitle(f"Badges — {event.title}")
    c.setAuthor("HybridHub")
    per_page = LABEL_COLS * LABEL_ROWS
    for i, b in enumerate(badges):
        if i % 20 == 0:
            progress(i, len(badges), f"badge {i + 1} of {len(badges)}")
        if layout == "tickets":
            _ticket(c, b, event)
            c.showPage()
            continue
        slot = i % per_page
        col, row = slot % LABEL_COLS, slot // LABEL_COLS
        x = LABEL_LEFT + col * (LABEL_W + LABEL_GAP)
        y = A4[1] - LABEL_TOP - (row + 1) * LABEL_H
        if outline:  # a faint cut line helps on plain paper; it falls on the label's edge
            c.setStrokeColor(Color(0.8, 0.8, 0.8))
            c.setLineWidth(0.3)
            c.roundRect(x, y, LABEL_W, LABEL_H, 3 * mm, stroke=1, fill=0)
        _label(c, b, event.title, x, y)
        if slot == per_page - 1 or i == len(badges) - 1:
            c.showPage()
    try:
        c.save()
        make_private(tmp)  # names of participants: the user's alone
        tmp.replace(output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ValidationError(f"cannot write the PDF: {exc.strerror}", file=output) from exc
    progress(len(badges), len(badges), "done")
    return len(badges)
