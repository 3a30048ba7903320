"""Review of uncertain answers, transcription into paper contributions, and keyed entry."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from hybridhub.core.errors import DuplicateError, NotFoundError, ValidationError
from hybridhub.core.models import Answer, Contribution, Participant, Sheet
from hybridhub.paperforms import qr
from hybridhub.paperforms.capture import scan_files
from hybridhub.paperforms.keyed import open_sheet, save_keyed
from hybridhub.paperforms.review import resolve, review_queue, transcribe, transcription_queue
from tests.paperforms.conftest import DPI, Printed, print_sheets, save_png
from tests.paperforms.test_capture import ANSWERS


def test_review_then_transcribe(printed: Printed, tmp_path: Path) -> None:
    page = (
        printed.filled(0, ANSWERS, "cross")[0] & printed.filled(0, {"took_part": "room"}, "tick", seed=4)[0]
    )
    scan_files(printed.ws, [save_png(tmp_path / "s.png", page)], dpi=DPI)
    with printed.ws.session() as s:
        items = review_queue(s)
        assert [i.question_key for i in items] == ["took_part"]
        item = items[0]
        assert [c.digit for c in item.choices] == [1, 2, 3] and item.choices[2].value == "both"
        assert item.crop and item.sheet_code == printed.codes[0]
        texts = transcription_queue(s)
        assert [t.question_key for t in texts] == ["worked"] and texts[0].crop
    with printed.ws.transaction() as s:
        resolve(s, item.answer_id, "both")
        with pytest.raises(ValidationError, match="expected one of"):
            resolve(s, item.answer_id, "garden")
    with printed.ws.transaction() as s:
        contribution = transcribe(s, texts[0].answer_id, "  The buses to the hall were great.  ")
        assert contribution is not None
    with printed.ws.session() as s:
        assert review_queue(s) == [] and transcription_queue(s) == []
        answer = s.get(Answer, item.answer_id)
        assert (answer.value, answer.method, answer.confidence) == ("both", "reviewed", 1.0)
        c = s.scalars(select(Contribution).where(Contribution.channel == "paper")).one()
        sheet = s.scalars(select(Sheet).where(Sheet.code == printed.codes[0])).one()
        assert c.text == "The buses to the hall were great."
        assert (c.sheet_id, c.session_id, c.participant_id) == (
            sheet.id,
            sheet.session_id,
            sheet.participant_id,
        )
        assert c.word_count == 7 and c.kind == "answer"
        assert s.get(Answer, texts[0].answer_id).contribution_id == c.id


def test_keyed_entry_by_code_or_qr_text_and_once_only(printed: Printed, tmp_path: Path) -> None:
    with printed.ws.session() as s:
        sheet = s.scalars(select(Sheet).where(Sheet.code == printed.codes[1])).one()
        payload = qr.encode("session-feedback", 2, 1, sheet.uid)
        form = open_sheet(s, payload)
        assert form.code == printed.codes[1] and form.session_name == "Table talk"
        assert (
            open_sheet(s, f" {printed.codes[1][:3].lower()} {printed.codes[1][3:]} ").sheet_id
            == form.sheet_id
        )
        assert [q.key for q in form.questions][:3] == ["overall", "heard", "worked"]
        with pytest.raises(NotFoundError, match="never contain"):
            open_sheet(s, "OOOOOO")
    with pytest.raises(ValidationError, match="from 1 to 5"), printed.ws.transaction() as s:
        save_keyed(s, form.sheet_id, {"overall": 9})
    values = {
        "overall": 5,
        "heard": 3,
        "change": "More seats near the door.",
        "internet": "none",
        "consent_quote": False,
        "age_band": "50-64",
    }
    with printed.ws.transaction() as s:
        assert save_keyed(s, form.sheet_id, values) == 6
    with printed.ws.session() as s, pytest.raises(DuplicateError, match="already captured"):
        open_sheet(s, printed.codes[1])
    with printed.ws.session() as s:
        answers = {
            a.question_key: a for a in s.scalars(select(Answer).where(Answer.sheet_id == form.sheet_id))
        }
        assert len(answers) == 8 and all(a.method == "keyed" for a in answers.values())
        assert answers["worked"].value is None and answers["took_part"].value is None
        person = s.get(Participant, answers["overall"].participant_id)
        assert (person.internet_access, person.consent_quote, person.age_band) == ("none", False, "50-64")
        c = s.scalars(select(Contribution).where(Contribution.sheet_id == form.sheet_id)).one()
        assert c.text == "More seats near the door." and c.channel == "paper"
    # A scan of the keyed sheet is a duplicate and changes nothing.
    page = printed.filled(1, ANSWERS, "solid")[0]
    report = scan_files(printed.ws, [save_png(tmp_path / "k.png", page)], dpi=DPI)
    assert report.duplicates == 1 and report.answers_auto == 0


def test_walk_in_card_number_multiple_and_name(workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    printed = print_sheets(workspace, tmp_path, form_id="walk-in-card", copies=1, lang="es")
    answers = {
        "name": True,
        "language": "es",
        "age_band": "35-49",
        "internet": "good",
        "heard_via": ["friend", "poster"],
        "group_size": 7,
        "consent_contact": True,
    }
    scan_files(workspace, [save_png(tmp_path / "w.png", printed.filled(0, answers, "cross")[0])], dpi=DPI)
    with workspace.session() as s:
        got = {a.question_key: a for a in s.scalars(select(Answer))}
        assert got["heard_via"].value == ["friend", "poster"]
        assert got["group_size"].value == 7 and not got["group_size"].needs_review
        assert got["language"].value == "es"
        name = transcription_queue(s)[0]
    with workspace.transaction() as s:
        assert transcribe(s, name.answer_id, "Lucía") is None  # a name is not a voice
    with workspace.session() as s:
        person = s.scalars(select(Participant)).one()
        assert (person.display_name, person.language, person.consent_contact) == ("Lucía", "es", True)
        assert s.query(Contribution).count() == 0
