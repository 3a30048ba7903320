"""Keyed entry: type a sheet's code (or scan its QR with a USB scanner) and enter its answers by hand.

The form shown is the sheet's exact template version in the sheet's language; the answers are stored
with method "keyed" and the sheet counts as captured, so a later scan of it is a duplicate.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from hybridhub.core.errors import NotFoundError
from hybridhub.core.models import Answer, EventSession, FormTemplate, Sheet
from hybridhub.paperforms.review import Choice, attach_text, check_value, choices
from hybridhub.paperforms.sheets import (
    apply_to_participant,
    find_sheet,
    mark_captured,
    participant_for,
    refuse_if_captured,
    sheet_layout,
)
from hybridhub.paperforms.templates import localised


@dataclass(frozen=True)
class KeyedQuestion:
    key: str
    kind: str
    label: str
    choices: list[Choice]
    digits: int = 0
    lines: int = 0


@dataclass(frozen=True)
class KeyedForm:
    sheet_id: int
    code: str
    title: str
    language: str
    session_name: str
    questions: list[KeyedQuestion]


def open_sheet(session: Session, text: str) -> KeyedForm:
    """The form to fill for a sheet code or QR text; refuses a sheet that was already captured."""
    sheet = find_sheet(session, text)
    refuse_if_captured(sheet, session)
    template = session.get(FormTemplate, sheet.template_id)
    if template is None:
        raise NotFoundError("the sheet's form is missing", field="sheet")
    definition = template.definition
    lang = sheet.language
    event_session = session.get(EventSession, sheet.session_id) if sheet.session_id else None
    questions = [
        KeyedQuestion(
            q["key"],
            q["type"],
            localised(q["label"], lang),
            choices(q, lang),
            q.get("digits", 0),
            q.get("lines", 0),
        )
        for q in definition["questions"]
    ]
    return KeyedForm(
        sheet.id,
        sheet.code,
        localised(definition["title"], lang),
        lang,
        event_session.name if event_session else "",
        questions,
    )


def save_keyed(session: Session, sheet_id: int, values: dict[str, Any]) -> int:
    """Store the typed answers (missing keys: no answer) and mark the sheet captured. Returns the number
    of answered questions. Run in a transaction: a bad value stores nothing."""
    sheet = session.get(Sheet, sheet_id)
    if sheet is None:
        raise NotFoundError("this sheet no longer exists", field="sheet")
    refuse_if_captured(sheet, session)
    template = session.get(FormTemplate, sheet.template_id)
    assert template is not None
    questions = {q["key"]: q for q in template.definition["questions"]}
    unknown = set(values) - set(questions)
    if unknown:
        raise NotFoundError(f"the form has no question {', '.join(sorted(unknown))}", field="question")
    person = participant_for(session, sheet)
    mark_captured(sheet, "keyed", list(range(1, len(sheet_layout(sheet, template).pages) + 1)))
    answered = 0
    for key, q in questions.items():
        value = check_value(q, values.get(key))
        answer = Answer(
            event_id=sheet.event_id,
            template_id=template.id,
            sheet_id=sheet.id,
            participant_id=person.id,
            channel="paper",
            question_key=key,
            value=value,
            method="keyed",
            confidence=1.0,
            transcription=value if q["type"] == "text" else None,
        )
        session.add(answer)
        session.flush()
        if q["type"] == "text":
            attach_text(session, answer, sheet, q, value)
        else:
            apply_to_participant(person, key, value)
        answered += value not in (None, [])
    return answered
