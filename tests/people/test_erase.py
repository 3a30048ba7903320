"""Erasure leaves no trace of the person's text anywhere in the database file (WAL included), or on a
server in any row; the server's table files are checked in tests/core/test_postgres.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from hybridhub.cli import main
from hybridhub.core.models import (
    Answer,
    CheckIn,
    Contribution,
    Erasure,
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
from tests.backend import search_hits, sqlite_only, stored_bytes
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


_HOLDER = """
import sqlite3, sys
from sqlalchemy import func, select
from hybridhub.core.models import Contribution
from hybridhub.core.workspace import open_workspace
ws = open_workspace(sys.argv[1])  # the app or another command, with the file open
with ws.session() as s:
    print(s.scalar(select(func.count()).select_from(Contribution)), flush=True)
reader = sqlite3.connect(sys.argv[1])
if sys.argv[2] == "reading":  # in the middle of a read: its snapshot still holds the old pages
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM contributions").fetchall()
    print("reading", flush=True)
sys.stdin.readline()
reader.rollback()
with ws.session() as s:
    print(s.scalar(select(func.count()).select_from(Contribution)), flush=True)
ws.close()
"""


def _secret_person(ws: Workspace) -> str:
    with ws.transaction() as s:
        ev = ws.event(s).id
        gone = person(s, ev, "Wobblethorpe Smith", pseudonym="P-GONE44")
        for i in range(20):
            say(s, ev, f"My Quixotrelle story number {i}, the zanzibarquet one", p=gone)
        say(s, ev, "a note about buses", p=person(s, ev, "Stays Here"))
        return gone.pseudonym


def _holder(ws: Workspace, mode: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(ws.path), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "21"
    if mode == "reading":
        assert proc.stdout.readline().strip() == "reading"
    return proc


def _finish(proc: subprocess.Popen[str]) -> str:
    out, _ = proc.communicate("go\n", timeout=60)
    assert proc.returncode == 0
    return out.strip()


@sqlite_only("another process holding the file open, and its WAL")
def test_erasure_is_gone_from_the_file_and_wal_while_another_process_has_it_open(
    workspace: Workspace,
) -> None:
    assert workspace.path is not None
    pseudonym = _secret_person(workspace)
    holder = _holder(workspace, "idle")
    try:
        assert _traces(workspace) == ["Quixotrelle", "zanzibarquet", "Wobblethorpe"]
        result = erase_participant(workspace, pseudonym)
        assert result.compacted and result.contributions == 20
        # the other process still has the file open: the bytes are gone from the file and the WAL now
        assert _traces(workspace) == []
        assert Path(str(workspace.path) + "-wal").stat().st_size == 0
    finally:
        assert _finish(holder) == "1"  # and it reads on, seeing the erasure


@sqlite_only("a reader's snapshot keeping the WAL from being emptied")
def test_a_reader_in_the_middle_of_a_read_delays_the_wal_and_running_again_finishes(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    assert workspace.path is not None
    pseudonym = _secret_person(workspace)
    holder = _holder(workspace, "reading")
    try:
        assert main(["people", "erase", "-w", str(workspace.path), pseudonym, "--yes", "--json"]) == 0
        first = json.loads(capsys.readouterr().out)
        assert first["contributions"] == 20 and first["compacted"] is False
    finally:
        _finish(holder)
    assert main(["people", "erase", "-w", str(workspace.path), pseudonym, "--yes"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{pseudonym} was already erased (") and "nothing of them is left" in out
    assert _traces(workspace) == []


def test_erasing_again_says_it_is_done(workspace: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    pseudonym = _secret_person(workspace)
    path = str(workspace.target)  # a file, or a server store
    assert main(["people", "erase", "-w", path, pseudonym, "--yes"]) == 0
    assert capsys.readouterr().out.startswith(f"erased {pseudonym}: 20 contributions")
    for ref in (pseudonym, pseudonym.lower().removeprefix("p-")):
        assert main(["people", "erase", "-w", path, ref, "--json"]) == 0  # no question: nothing to confirm
        again = json.loads(capsys.readouterr().out)
        assert (
            again["already_erased"] is True
            and again["pseudonym"] == pseudonym
            and again["contributions"] == 0
        )
    assert main(["people", "erase", "-w", path, "P-NOBODY", "--yes"]) == 2
    assert "no participant 'P-NOBODY'" in capsys.readouterr().err
    with workspace.session() as s:
        assert s.scalars(select(Erasure.pseudonym)).all() == [pseudonym]
