"""What capture, review and keyed entry share about a sheet: finding it, its layout, its person."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hybridhub.core.clock import utcnow
from hybridhub.core.errors import DuplicateError, NotFoundError
from hybridhub.core.ids import SHORT_ALPHABET, derived_uid
from hybridhub.core.local_time import LocalTimes
from hybridhub.core.models import Event, FormTemplate, Participant, Sheet
from hybridhub.paperforms import qr
from hybridhub.paperforms.layout import Layout, layout_for

# Answers that also describe the person: they fill the anonymous participant a sheet stands for.
PARTICIPANT_FIELDS = {
    "age_band": "age_band",
    "internet": "internet_access",
    "consent_quote": "consent_quote",
    "consent_contact": "consent_contact",
    "language": "language",
    "name": "display_name",
}


def normalise_code(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def find_sheet(session: Session, text: str) -> Sheet:
    """A sheet by its printed code ('K7QH4M', spaces and case ignored) or by its QR text, as a USB
    scanner types it."""
    text = text.strip()
    page_id = qr.parse(text)
    if page_id is not None:
        sheet = session.scalars(select(Sheet).where(Sheet.uid == page_id.sheet_uid)).first()
        if sheet is None:
            raise NotFoundError("this sheet was not printed from this workspace", field="sheet")
        return sheet
    code = normalise_code(text)
    if not code:
        raise NotFoundError("type the sheet code printed under the QR code", field="sheet")
    sheet = session.scalars(select(Sheet).where(Sheet.code == code)).first()
    if sheet is None:
        odd = sorted({ch for ch in code if ch not in SHORT_ALPHABET})
        hint = f"codes never contain {', '.join(odd)}" if odd else "check the code on the sheet"
        raise NotFoundError(f"no sheet with the code {code}", field="sheet", hint=hint)
    return sheet


def sheet_layout(sheet: Sheet, template: FormTemplate) -> Layout:
    source = sheet.source or {}
    return layout_for(
        template.definition,
        sheet.language,
        source.get("paper", "a4"),
        bool(source.get("large_print", False)),
        int(source.get("layout", 1)),  # sheets printed before layout versions existed are version 1
    )


def refuse_if_captured(sheet: Sheet, session: Session) -> None:
    if sheet.status == "captured":
        when = "earlier"
        if sheet.captured_at is not None:
            zone_name = session.scalar(select(Event.timezone).where(Event.id == sheet.event_id))
            when = LocalTimes(zone_name or "UTC").stamp(sheet.captured_at)
        raise DuplicateError(
            f"sheet {sheet.code} was already captured ({sheet.captured_method}, {when})", field="sheet"
        )
    if sheet.status == "void":
        raise DuplicateError(f"sheet {sheet.code} was voided", field="sheet")


def participant_for(session: Session, sheet: Sheet) -> Participant:
    """The sheet's person: the one it was printed for, or a new anonymous participant (one sheet,
    one voice)."""
    if sheet.participant_id is not None:
        found = session.get(Participant, sheet.participant_id)
        if found is not None:
            return found
    # The same uid on every laptop: a sheet captured on two laptops is one person, not two.
    uid = derived_uid("sheet-person", sheet.uid)
    known = session.scalar(select(Participant).where(Participant.uid == uid))
    if known is not None:
        sheet.participant_id = known.id
        return known
    person = Participant(
        uid=uid,
        event_id=sheet.event_id,
        language=sheet.language,
        attributes={"source": "paper"},
    )
    session.add(person)
    session.flush()
    sheet.participant_id = person.id
    return person


def apply_to_participant(person: Participant, key: str, value: Any) -> None:
    attr = PARTICIPANT_FIELDS.get(key)
    if attr is None or value is None or value == []:
        return
    if attr == "display_name":
        value = str(value).strip()[:200] or None
    setattr(person, attr, value)


def mark_captured(sheet: Sheet, method: str, pages: list[int], files: list[str] | None = None) -> None:
    source = dict(sheet.source or {})
    source["captured_pages"] = sorted(set(source.get("captured_pages", [])) | set(pages))
    if files:
        source["files"] = sorted(set(source.get("files", [])) | set(files))
    sheet.source = source  # a new dict, so the JSON column sees the change
    if sheet.status != "captured":
        sheet.status = "captured"
        sheet.captured_method = method
        sheet.captured_at = utcnow()
