"""A big file parsed in a second process (`hybridhub.importers.pipeline`) stores exactly what an import
in one process stores; its errors, a cancel and a crash leave nothing, and the process ends with them."""

from __future__ import annotations

import os
import random
import re
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hybridhub.core.errors import ImportFormatError
from hybridhub.core.models import Answer, Contribution, FormTemplate, Identity, ImportBatch, Participant
from hybridhub.core.progress import Cancelled
from hybridhub.core.workspace import Workspace, create_workspace
from hybridhub.importers import pipeline, store
from hybridhub.importers.base import ImportOptions
from hybridhub.importers.detect import Detection
from hybridhub.importers.frames import DEPTH, FrameReceiver, FrameSender
from hybridhub.importers.records import Author, Record
from hybridhub.importers.source import Source
from hybridhub.importers.sql import DeferredSearchIndex
from hybridhub.importers.store import ImportResult, import_file
from tests.backend import sqlite_only
from tests.importers.test_store import LinesImporter, write

# The parser's second process is used for workspace files only (importers/store.py: a server store is
# written by the driver's own batches).
SECOND_PROCESS_ONLY_ON_FILES = sqlite_only("the parser's second process serves SQLite files only")

ROOT = Path(__file__).resolve().parents[2]
ZONE = ImportOptions(timezone="Europe/London")
PLACEHOLDER = re.compile(r"\[(phone|e-mail) …[0-9a-f]{6}\]")
NAMES = ["Élodie Müller", "王芳", "محمد الأحمد", "Ana 🌻", "~ Ngozi", "+44 7700 900123", "+33 6 12 34 56 78"]
WORDS = ["bus", "ramp", "bibliothèque", "Straße", "公交", "حافلة", "👍", "niños", "12", "meeting"]


def chat(path: Path, messages: int, seed: int = 3) -> Path:
    """An Android export as people write it: many scripts, lists over several lines (some lines
    starting with digits), media, deleted and edited messages, numbers and addresses in texts,
    WhatsApp's notices, two people saying the same thing in the same minute."""
    rng = random.Random(seed)
    lines = ["05/03/2024, 08:00 - Messages and calls are end-to-end encrypted. No one outside can read them."]
    for i in range(messages):
        stamp = f"{datetime(2024, 3, 5, 8) + timedelta(minutes=i // 3):%d/%m/%Y, %H:%M}"
        who = rng.choice(NAMES)
        text = " ".join(rng.choices(WORDS, k=rng.randint(1, 12)))
        text = {0: "<Media omitted>", 1: "This message was deleted", 2: text + " <This message was edited>",
                3: text + " call 06 12 34 56 78 or ana@example.org", 4: text + "\n1. first\n2. second",
                5: "ok"}.get(i % 23, text)  # fmt: skip
        lines.append(f"{stamp} - {who}: {text}")
        if i % 23 == 5:
            lines.append(f"{stamp} - {who}: ok")  # the same again: a second key, not a duplicate
        if i % 97 == 0:
            lines.append(f"{stamp} - {who} joined using this group's invite link")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def stored(ws: Workspace) -> dict[str, list[tuple[object, ...]]]:
    """What an import stored, without what differs between two workspaces: row uids and times of
    writing; keys, hashes and placeholders keyed by each event's own key."""
    conn = sqlite3.connect(str(ws.path))
    conn.create_function("unkeyed", 1, lambda text: PLACEHOLDER.sub(r"[\1]", text))
    try:
        return {
            "contributions": conn.execute(
                "SELECT kind, participant_id, identity_id, session_id, batch_id, posted_at, unkeyed(text),"
                " word_count, CASE WHEN unkeyed(text) = text THEN content_hash END, voices, provenance,"
                " parent_id FROM contributions ORDER BY id"
            ).fetchall(),
            "identities": conn.execute(
                "SELECT display, participant_id FROM identities ORDER BY id"
            ).fetchall(),
            "search": conn.execute(
                "SELECT rowid, unkeyed(text) FROM contributions_fts ORDER BY rowid"
            ).fetchall(),
        }
    finally:
        conn.close()


def same_result(a: ImportResult, b: ImportResult) -> bool:
    return (a.added, a.duplicates, a.skipped, a.participants, a.errors, a.skipped_reasons, a.counts) == (
        b.added, b.duplicates, b.skipped, b.participants, b.errors, b.skipped_reasons, b.counts,
    )  # fmt: skip


def count(ws: Workspace, model: type) -> int:
    with ws.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


@SECOND_PROCESS_ONLY_ON_FILES
def test_parsed_in_a_second_process_stores_the_same(workspace: Workspace, tmp_path: Path) -> None:
    path = chat(tmp_path / "WhatsApp Chat with Garden.txt", 3000)
    here = import_file(workspace, path, format="whatsapp", options=ZONE, parallel=False)
    again = import_file(workspace, path, format="whatsapp", options=ZONE, parallel=True)
    assert here.added > 2500 and here.counts["media"] > 100 and here.skipped_reasons["deleted message"] > 100
    # the same keys: everything parsed there is already here
    assert (again.added, again.duplicates) == (0, here.added)

    other = create_workspace(tmp_path / "other.hybridhub", "Test workshop", timezone="Europe/Paris")
    try:
        there = import_file(other, path, format="whatsapp", options=ZONE, parallel=True)
        assert same_result(here, there)
        first = stored(workspace)
        first["contributions"] = [row for row in first["contributions"] if row[4] == 1]  # the first batch
        assert stored(other) == first
    finally:
        other.close()


# The parser's process as `parser_command` starts it, but as if the importing side were always behind:
# it then makes every row's uid, word count and hash itself (`pipeline._send`).
ALWAYS_BACKED_UP = (
    "from hybridhub.importers.frames import FrameSender\n"
    "FrameSender.backed_up = lambda self: True\n"
    "from hybridhub.importers.parser_main import main\n"
    "main()\n"
)


@SECOND_PROCESS_ONLY_ON_FILES
def test_rows_completed_by_the_parser_are_stored_the_same(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = chat(tmp_path / "WhatsApp Chat with Garden.txt", 3000)
    here = import_file(workspace, path, format="whatsapp", options=ZONE, parallel=False)
    monkeypatch.setattr(pipeline, "parser_command", lambda: [sys.executable, "-c", ALWAYS_BACKED_UP])
    taken: list[bool] = []
    take = store._Writer.take
    monkeypatch.setattr(store._Writer, "take", lambda self, c: taken.append(c.complete) or take(self, c))
    other = create_workspace(tmp_path / "other.hybridhub", "Test workshop", timezone="Europe/Paris")
    try:
        there = import_file(other, path, format="whatsapp", options=ZONE, parallel=True)
        assert taken and all(taken)  # every chunk came complete
        assert same_result(here, there)
        assert stored(other) == stored(workspace)
        conn = sqlite3.connect(str(other.path))
        try:
            assert conn.execute("SELECT count(DISTINCT uid) FROM contributions").fetchone()[0] == there.added
        finally:
            conn.close()
    finally:
        other.close()


@SECOND_PROCESS_ONLY_ON_FILES
def test_texts_indexed_while_the_parser_works_are_indexed_once(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The search index is built chunk by chunk while the importing side waits for the parser (here
    after every chunk): the same index as one statement at the end, each row once, none of the rows
    stored before the import again, and a rolled-back import leaves the index as it was."""
    first = import_file(workspace, chat(tmp_path / "WhatsApp Chat with Old.txt", 300, seed=5), options=ZONE)
    before, old_hits = stored(workspace)["search"], index_checked(workspace)
    path = chat(tmp_path / "WhatsApp Chat with Garden.txt", 10_000)  # three chunks of rows
    other = create_workspace(tmp_path / "other.hybridhub", "Test workshop", timezone="Europe/Paris")
    caught: list[int | None] = []
    catch_up = DeferredSearchIndex.catch_up

    def spy(index: DeferredSearchIndex, batch_id: int) -> None:
        catch_up(index, batch_id)
        caught.append(index.indexed_to)

    monkeypatch.setattr(pipeline.ParserProcess, "idle", lambda self: True)
    monkeypatch.setattr(DeferredSearchIndex, "catch_up", spy)
    try:
        here = import_file(other, path, format="whatsapp", options=ZONE, parallel=False)
        there = import_file(workspace, path, format="whatsapp", options=ZONE, parallel=True)
        assert len(caught) == 3 and caught[0] is not None and caught[0] < caught[-1]
        assert there.added == here.added > 8000
        search = stored(workspace)["search"]
        assert search[: len(before)] == before and len(before) == first.added
        ids = [rowid for rowid, _ in search]
        assert len(ids) == len(set(ids)) == first.added + there.added
        texts = [text for _, text in search[len(before) :]]
        assert texts == [text for _, text in stored(other)["search"]]
        hits, new_hits = index_checked(workspace), index_checked(other)
        assert hits == (first.added + there.added, old_hits[1] + new_hits[1]) and new_hits[1] > 1000
        with pytest.raises(Cancelled):
            import_file(workspace, chat(tmp_path / "WhatsApp Chat with New.txt", 9000, seed=9),
                        options=ZONE, parallel=True, progress=cancel_at(0.6))  # fmt: skip
        assert stored(workspace)["search"] == search and index_checked(workspace) == hits
    finally:
        other.close()


def index_checked(ws: Workspace) -> tuple[int, int]:
    """(texts in the full-text index, texts it finds 'ramp' in), after FTS5's own check of the index
    (an error if a text was indexed twice)."""
    conn = sqlite3.connect(str(ws.path))
    try:
        conn.execute("INSERT INTO contributions_fts(contributions_fts, rank) VALUES ('integrity-check', 1)")
        texts = conn.execute("SELECT count(*) FROM contributions_fts_docsize").fetchone()[0]
        ramp = "SELECT count(*) FROM contributions_fts WHERE contributions_fts MATCH 'ramp'"
        return texts, conn.execute(ramp).fetchone()[0]
    finally:
        conn.close()


def cancel_at(share: float) -> Callable[[int, int, str], None]:
    def progress(done: int, total: int, message: str) -> None:
        if done >= share * total:
            raise Cancelled()

    return progress


def test_every_kind_of_record_in_a_second_process(workspace: Workspace, tmp_path: Path) -> None:
    """Replies, attendance, people, answers and their free text, problems, skipped lines, direct messages:
    the records that need the store are handled here, at their place in the file."""
    lines = ["10:00|Ann|hello|m1", "10:01|Bob|reply to you|m2|m1", "SYS", "ODD", "ATT|Ann|45",
             "PERSON|Cleo|cleo@example.org", "ANS|r1|comment|more ramps please", "10:02|Ann|psst secret",
             "10:03|+49 151 23456789|call me on 0151 23456789"]  # fmt: skip
    path = write(tmp_path, "mixed.txt", *lines)
    detection = Detection(LinesImporter(), Source(path), 1.0)
    with workspace.transaction() as s:
        template = FormTemplate(form_key="feedback", version=1, title="Feedback")
        s.add(template)
        s.flush()
        template_id = template.id
    options = ImportOptions(timezone="Europe/Paris", settings={"template_id": template_id})
    there = import_file(workspace, path, detection=detection, options=options, parallel=True)
    assert there.counts == {"messages": 4, "attendance": 1, "people": 1, "answers": 1, "problems": 1}
    assert there.skipped_reasons == {"system message": 1, "direct message": 1}
    assert there.errors == ["line 4: odd line"]
    with workspace.session() as s:
        reply = s.scalar(select(Contribution).where(Contribution.text == "reply to you"))
        assert reply is not None and reply.parent_id is not None
        texts = " ".join(s.scalars(select(Contribution.text)))
        assert "call me on [phone" in texts and "23456789" not in texts
        comment = s.scalar(select(Contribution.id).where(Contribution.text == "more ramps please"))
        assert s.scalar(select(Answer.contribution_id)) == comment is not None
    again = import_file(workspace, path, detection=detection, options=options, parallel=False)
    assert again.counts["message duplicates"] == 4 and "messages" not in again.counts


def test_a_damaged_line_there_is_the_same_error_here(workspace: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path, "bad.txt", "10:00|Ann|hello", "10:01|Bob|hi", "BAD")
    detection = Detection(LinesImporter(), Source(path), 1.0)
    with pytest.raises(ImportFormatError, match="line 3: unreadable line") as raised:
        import_file(workspace, path, detection=detection, parallel=True)
    assert raised.value.line == 3 and raised.value.file == "bad.txt"
    assert (
        count(workspace, Contribution) == count(workspace, ImportBatch) == count(workspace, Participant) == 0
    )


class CrashingImporter(LinesImporter):
    name = "test-crash"

    def records(self, source: Source, options: ImportOptions) -> Iterator[Record]:
        yield from super().records(source, options)
        raise RuntimeError("a bug in the parser")


@SECOND_PROCESS_ONLY_ON_FILES
def test_a_bug_there_is_a_bug_here_with_its_traceback(workspace: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path, "ok.txt", "10:00|Ann|hello", "10:01|Bob|hi")
    detection = Detection(CrashingImporter(), Source(path), 1.0)
    with pytest.raises(pipeline.ParserFailed, match="a bug in the parser") as raised:
        import_file(workspace, path, detection=detection, parallel=True)
    assert "Traceback" in str(raised.value) and "in records" in str(raised.value)
    assert count(workspace, Contribution) == count(workspace, Identity) == 0


@SECOND_PROCESS_ONLY_ON_FILES
def test_cancel_rolls_back_and_ends_the_parser(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[pipeline.ParserProcess] = []
    original = pipeline.ParserProcess.__init__

    def remember(self: pipeline.ParserProcess) -> None:
        original(self)
        started.append(self)

    monkeypatch.setattr(pipeline.ParserProcess, "__init__", remember)
    path = chat(tmp_path / "WhatsApp Chat with Garden.txt", 30_000)

    def cancel(done: int, total: int, message: str) -> None:
        if "records read" in message:
            raise Cancelled

    with pytest.raises(Cancelled):
        import_file(workspace, path, format="whatsapp", options=ZONE, progress=cancel, parallel=True)
    assert len(started) == 1 and started[0]._process.poll() is not None  # ended, not left running
    assert (
        count(workspace, Contribution) == count(workspace, ImportBatch) == count(workspace, Participant) == 0
    )
    with workspace.session() as s:  # the search index and its trigger are as they were
        assert s.scalar(select(func.count()).select_from(Contribution)) == 0
    result = import_file(workspace, path, format="whatsapp", options=ZONE, parallel=True)
    assert result.added > 25_000 and result.duplicates == 0


def test_authors_are_numbered_anew_past_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "MAX_AUTHORS", 2)
    authors = pipeline._Authors()
    chunk = authors.new_chunk()
    ann, bob = Author("Ann"), Author("Bob")
    assert [authors.number(a, chunk) for a in (ann, bob, Author("Ann"), bob)] == [0, 1, 0, 1]
    assert [a.name for a in chunk.authors] == ["Ann", "Bob"] and not chunk.restart
    chunk = authors.new_chunk()
    assert chunk.restart and authors.number(Author("Cleo"), chunk) == 0 and authors.number(ann, chunk) == 1
    assert [a.name for a in chunk.authors] == ["Cleo", "Ann"]


def test_frames_cross_a_pipe_in_order_and_end() -> None:
    read_end, write_end = os.pipe()
    with os.fdopen(read_end, "rb") as inbox, os.fdopen(write_end, "wb") as outbox:
        receiver = FrameReceiver(inbox)
        sender = FrameSender(outbox)
        big = ["é" * 100_000, list(range(50_000))]
        objects: list[object] = [{"n": n, "big": big} for n in range(12)]
        thread = threading.Thread(target=lambda: [sender.send(o) for o in objects] and sender.close())
        thread.start()
        assert [receiver.receive() for _ in objects] == objects
        thread.join()
        outbox.close()
        with pytest.raises(EOFError):
            receiver.receive()
        receiver.close()


def test_a_sender_is_backed_up_while_the_reader_is_behind() -> None:
    read_end, write_end = os.pipe()  # 64 KB: a 1 MB frame stays in the writing thread until read
    with os.fdopen(read_end, "rb") as inbox, os.fdopen(write_end, "wb") as outbox:
        sender = FrameSender(outbox)
        frames = ["x" * 1_000_000 + str(n) for n in range(DEPTH + 1)]
        for frame in frames:
            sender.send(frame)  # the first is being written (or about to be): the others wait
        assert sender.backed_up()
        receiver = FrameReceiver(inbox)
        assert [receiver.receive() for _ in frames] == frames
        assert not sender.backed_up()
        sender.close()
        outbox.close()
        receiver.close()


def test_the_frozen_app_starts_the_parser_from_its_entry_points(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert pipeline.parser_command() == [sys.executable, pipeline.PARSER_FLAG]
    for script in ("gui_main.py", "cli_main.py"):
        text = (ROOT / "packaging" / script).read_text(encoding="utf-8")
        assert f'sys.argv[1:2] == ["{pipeline.PARSER_FLAG}"]' in text
        assert text.index(pipeline.PARSER_FLAG) < text.index("import main")  # before the app loads
