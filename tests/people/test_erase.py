"""Erasure leaves no trace of the person's text anywhere in the database file (WAL included), or on a
server in any row; the server's table files are checked in tests/core/test_postgres.py."""

from __future__ import annotations

from sqlalchemy import func, select, text

from hybridhub.core.models import (
    Answer,
    CheckIn,
    Contribution,
    FormTemplate,
    ImportBatch,
    Note,
    Participant,
    Registration,
    Sheet,
)
from hybridhub.core.workspace import Workspace
from hybridhub.notes.capture import NoteInput, add_note
from hybridhub.people.erase import erase_participant
from hybridhub.people.merge import merge
from tests.backend import search_hits, stored_bytes
from tests.helpers_voices import identity, person, say

SECRETS = ("Quixotrelle", "zanzibarquet", "Wobblethorpe")


def _traces(ws: Workspace) -> list[str]:
    blob = stored_bytes(ws).lower()
    return [w for w in SECRETS if w.lower().encode() in blob]


def test_erase_removes_every_row_and_every_byte(workspace: Workspace) -> None:
    with workspace.transaction() as s:
        ev = workspace.event(s).id
        gone = person(s, ev, "Wobblethorpe Smith", pseudonym="P-GONE33")
        alias = person(s, ev, None)  # a record already merged into them: the same person
        stay = person(s, ev, "Stays Here")
        identity(s, gone, "whatsapp", "Wobblethorpe")
        ident = identity(s, alias, "sms", "…77")
        for i in range(30):  # enough text to spread over several FTS segments and pages
            say(s, ev, f"My Quixotrelle story number {i}", p=gone)
        say(s, ev, "the zanzibarquet sms", p=alias, identity_id=ident.id, channel="sms")
        keep_text = say(s, ev, "Quixote is a book I like", p=stay).id
        tpl = FormTemplate(form_key="f", version=1, title="F")
        s.add(tpl)
        s.flush()
        sheet = Sheet(
            event_id=ev, template_id=tpl.id, participant_id=gone.id, code="AAAAAA", status="captured"
        )
        s.add(sheet)
        s.flush()
        paper = say(s, ev, "handwritten Quixotrelle", p=gone, channel="paper", sheet_id=sheet.id)
        s.add(
            Answer(
                event_id=ev,
                template_id=tpl.id,
                sheet_id=sheet.id,
                participant_id=gone.id,
                contribution_id=paper.id,
                question_key="q",
                method="scan",
                transcription="Quixotrelle",
            )
        )
        s.add(
            CheckIn(
                event_id=ev,
                participant_id=gone.id,
                method="search",
                raw_input="Wobblethorpe",
                result="ok",
                scanned_at=func.now(),
            )
        )
        s.add(
            Registration(
                event_id=ev,
                participant_id=gone.id,
                code="sig-Wobblethorpe",
                short_code="X",
                key_id=1,
                issued_at=func.now(),
            )
        )
        s.add(
            ImportBatch(
                event_id=ev,
                format="sms",
                file_name="x.csv",
                sha256="1" * 64,
                errors=[
                    {"line": 4, "message": "bad date", "raw": "Wobblethorpe;;"},
                    {"line": 9, "message": "empty"},
                ],
            )
        )
        add_note(s, ev, NoteInput("zanzibarquet said at the table", speaker_participant_id=gone.id))
        add_note(s, ev, NoteInput("a note about buses"))
        merge(s, ev, gone.id, alias.id)
    # Edit one of their texts first, so an old version also sits in a free page / old FTS segment.
    with workspace.transaction() as s:
        c = s.scalars(select(Contribution).where(Contribution.text.like("%number 3"))).one()
        c.text = "My Quixotrelle story, edited"
    assert _traces(workspace) == list(SECRETS)

    result = erase_participant(workspace, "p-gone33")

    assert result.participants == 2 and result.contributions == 33 and result.answers == 1
    assert (result.checkins, result.registrations, result.sheets_unlinked, result.compacted) == (
        1,
        1,
        1,
        True,
    )
    assert _traces(workspace) == []
    with workspace.session() as s:
        assert s.scalar(select(func.count()).select_from(Participant)) == 1
        assert s.scalar(select(Sheet.participant_id)) is None
        assert [n.speaker_participant_id for n in s.scalars(select(Note))] == [None]
        (batch,) = s.scalars(select(ImportBatch))
        assert [e["line"] for e in batch.errors] == [4, 9] and "Wobblethorpe" not in str(batch.errors)
    assert search_hits(workspace, "quix") == [keep_text]  # the index and the table agree
    if workspace.is_sqlite:
        with workspace.session() as s:
            check = s.execute(
                text("INSERT INTO contributions_fts(contributions_fts, rank) VALUES ('integrity-check', 1)")
            )
            assert check is not None
