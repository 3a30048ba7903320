"""The framework on a tiny format defined here: keys, duplicates, identities, sessions, threads,
attendance, people, answers, all-or-nothing, removal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from hybridhub.core.errors import ImportFormatError
from hybridhub.core.models import (
    Answer,
    CheckIn,
    Contribution,
    EventSession,
    FormTemplate,
    Identity,
    ImportBatch,
    Participant,
)
from hybridhub.core.progress import Cancelled
from hybridhub.core.workspace import Workspace
from hybridhub.importers import sql as sql_module
from hybridhub.importers import store
from hybridhub.importers.base import Importer, ImportOptions
from hybridhub.importers.detect import Detection
from hybridhub.importers.records import (
    MAX_TEXT,
    AnswerRecord,
    Attendance,
    Author,
    Message,
    PersonRecord,
    Problem,
    Record,
    Skipped,
)
from hybridhub.importers.source import Source
from hybridhub.importers.store import import_file, list_batches, preview, remove_batch
from tests.backend import search_hits, stored_bytes


class LinesImporter(Importer):
    """'HH:MM|author|text|id|parent' per line; 'SYS' lines skipped; 'BAD' fails; 'ATT|name|min' attendance."""

    name = "test-lines"
    label = "test lines"
    channel = "whatsapp"

    def detect(self, source: Source) -> float:
        return 1.0

    def records(self, source: Source, options: ImportOptions) -> Iterator[Record]:
        for number, line in source.lines():
            parts = line.split("|")
            if parts[0] == "SYS":
                yield Skipped(number, "system message")
            elif parts[0] == "BAD":
                raise ImportFormatError("unreadable line", file=source.name, line=number)
            elif parts[0] == "ODD":
                yield Problem(number, "odd line")
            elif parts[0] == "ATT":
                yield Attendance(
                    Author(parts[1]), datetime(2026, 3, 5, 10, 0), minutes=int(parts[2]), line=number
                )
            elif parts[0] == "ANS":
                who = Author(parts[1], key=f"resp-{parts[1]}")
                yield AnswerRecord(
                    who, parts[2], parts[3], datetime(2026, 3, 5, 9), line=number, response_id=parts[1]
                )
                if parts[2] == "comment":
                    yield Message(
                        who,
                        parts[3],
                        datetime(2026, 3, 5, 9),
                        line=number,
                        chat="form",
                        source_id=f"{parts[1]}-comment",
                        extra={"answer_of": (parts[1], "comment")},
                    )
            elif parts[0] == "PERSON":
                yield PersonRecord(
                    Author(parts[1], email=parts[2]), organisation="Club", tags=["a"], line=number
                )
            else:
                hour, minute = map(int, parts[0].split(":"))
                phone = parts[1] if parts[1].startswith("+") else None
                yield Message(
                    Author(parts[1], phone=phone),
                    parts[2],
                    datetime(2026, 3, 5, hour, minute),
                    line=number,
                    chat="c",
                    source_id=parts[3] if len(parts) > 3 and parts[3] else None,
                    parent_id=parts[4] if len(parts) > 4 and parts[4] else None,
                    direct=parts[2].startswith("psst"),
                )


def run(ws: Workspace, path: Path, **kwargs):  # type: ignore[no-untyped-def]
    return import_file(ws, path, detection=Detection(LinesImporter(), Source(path), 1.0), **kwargs)


def write(tmp_path: Path, name: str, *lines: str) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def count(ws: Workspace, model: type, *where) -> int:  # type: ignore[no-untyped-def]
    with ws.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_import_counts_keys_and_reimport(workspace: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "10:00|Ann|hello", "10:00|Ann|hello", "SYS", "10:05|Bob|hi", "ODD")
    first = run(workspace, path)
    assert (first.added, first.duplicates, first.skipped, first.participants) == (3, 0, 1, 2)
    assert first.errors == ["line 5: odd line"]
    again = run(workspace, path)
    assert (again.added, again.duplicates, again.participants) == (0, 3, 0)
    longer = write(tmp_path, "b.txt", "10:00|Ann|hello", "10:00|Ann|hello", "10:00|Ann|hello", "10:09|Cy|new")
    overlap = run(workspace, longer)
    assert (overlap.added, overlap.duplicates, overlap.participants) == (2, 2, 1)
    assert count(workspace, Contribution) == 5
    assert count(workspace, ImportBatch) == 3


def test_times_sessions_and_threads(workspace: Workspace, tmp_path: Path) -> None:
    with workspace.transaction() as s:
        event = workspace.event(s)
        start, end = datetime(2026, 3, 5, 8, 30, tzinfo=UTC), datetime(2026, 3, 5, 9, 30, tzinfo=UTC)
        s.add(EventSession(event_id=event.id, name="Morning", starts_at=start, ends_at=end))
    path = write(tmp_path, "t.txt", "09:45|Ann|question?|m1", "10:40|Bob|answer|m2|m1")
    shown = preview(workspace, path, detection=Detection(LinesImporter(), Source(path), 1.0))
    assert [r.session for r in shown.rows] == ["Morning", ""]  # Paris is UTC+1 in March
    assert shown.rows[0].time is not None and shown.rows[0].time.hour == 9
    run(workspace, path)
    with workspace.session() as s:
        ann, bob = s.scalars(select(Contribution).order_by(Contribution.posted_at)).all()
        assert ann.posted_at == datetime(2026, 3, 5, 8, 45, tzinfo=UTC)
        assert ann.session_id is not None and bob.session_id is None
        assert bob.parent_id == ann.id and bob.thread_key == "c/m1"
        assert ann.source_key == "c/m1"


def test_phone_authors_are_hashed(workspace: Workspace, tmp_path: Path) -> None:
    run(workspace, write(tmp_path, "p.txt", "10:00|+49 151 2345 6789|hallo"))
    with workspace.session() as s:
        identity = s.scalars(select(Identity)).one()
        assert identity.phone_last2 == "89" and identity.display == "…89"
        assert "2345" not in identity.key and identity.phone_hash
        assert s.scalars(select(Participant)).one().display_name is None
    raw = stored_bytes(workspace)
    assert b"2345 6789" not in raw and b"+4915123456789" not in raw


def test_damaged_file_and_cancel_leave_nothing(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "CHUNK", 1)  # rows already written in chunks must roll back too
    with pytest.raises(ImportFormatError, match="line 3"):
        run(workspace, write(tmp_path, "bad.txt", "10:00|Ann|hello", "10:01|Bob|hi", "BAD"))

    def cancel(done: int, total: int, message: str) -> None:
        if "read" in message:
            raise Cancelled

    with pytest.raises(Cancelled):
        run(workspace, write(tmp_path, "ok.txt", "10:00|Ann|hello"), progress=cancel)
    assert (
        count(workspace, Contribution) == count(workspace, ImportBatch) == count(workspace, Participant) == 0
    )


def test_direct_messages_only_when_asked(workspace: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path, "d.txt", "10:00|Ann|psst secret", "10:01|Ann|public")
    result = run(workspace, path)
    assert (result.added, result.skipped, result.skipped_reasons) == (1, 1, {"direct message": 1})
    result = run(workspace, path, options=ImportOptions(timezone="UTC", include_direct=True))
    assert result.added == 1 and result.duplicates == 1


def test_attendance_people_and_remove_batch(workspace: Workspace, tmp_path: Path) -> None:
    run(workspace, write(tmp_path, "keep.txt", "10:00|Ann|stays"))
    path = write(
        tmp_path, "r.txt", "ATT|Ann|42", "PERSON|Dee|dee@example.org", "10:01|Ann|goes", "10:02|Eve|goes"
    )
    result = run(workspace, path)
    assert result.counts == {"attendance": 1, "people": 1, "messages": 2}
    assert result.participants == 2  # Dee and Eve; Ann exists already
    again = run(workspace, path)
    assert again.added == 0 and again.duplicates == 4
    with workspace.session() as s:
        checkin = s.scalars(select(CheckIn)).one()
        assert (checkin.channel, checkin.method, checkin.result, checkin.minutes) == (
            "whatsapp",
            "import",
            "ok",
            42,
        )
        dee = s.scalars(select(Identity).where(Identity.email_hash.is_not(None))).one()
        assert "dee@" not in dee.display and dee.participant.attributes == {"tags": ["a"]}
    batches = list_batches(workspace)
    assert [b.contributions for b in batches] == [0, 2, 1]
    removed = remove_batch(workspace, batches[1].uid)
    assert (removed.contributions, removed.checkins, removed.participants) == (2, 1, 2)
    assert count(workspace, Contribution) == 1 and count(workspace, Participant) == 1
    assert count(workspace, CheckIn) == 0


def search(ws: Workspace, word: str) -> int:
    return len(search_hits(ws, word))


def test_search_index_kept_in_step_and_trigger_restored(workspace: Workspace, tmp_path: Path) -> None:
    run(workspace, write(tmp_path, "s.txt", "10:00|Ann|the ramp is too steep", "10:01|Bob|ramp again"))
    assert search(workspace, "ramp") == 2
    with pytest.raises(ImportFormatError):
        run(workspace, write(tmp_path, "x.txt", "10:02|Cy|ramp three", "BAD"))
    assert search(workspace, "ramp") == 2
    with workspace.transaction() as s:  # the trigger is back: an ordinary insert is indexed
        s.add(Contribution(event_id=1, channel="note", source_key="n1", text="a ramp note"))
    assert search(workspace, "ramp") == 3


def test_nul_characters_and_huge_texts_are_stored_and_found(workspace: Workspace, tmp_path: Path) -> None:
    """Exports carry NUL now and then (PostgreSQL's text cannot hold it: it becomes U+FFFD there), and
    a line may be megabytes long: it is cut at MAX_TEXT characters, and every word kept is found (on
    PostgreSQL the index reads the first 100,000 characters of a text, no fewer than a cut one has)."""
    words = [f"w{i:06d}x" for i in range(300_000)]  # 2.7 MB, 300,000 different words
    path = write(tmp_path, "odd.txt", "10:00|Ann|hello\x00world café", "10:01|Bob|Zébulon " + " ".join(words))
    assert run(workspace, path).added == 2
    with workspace.session() as s:
        texts = sorted(s.scalars(select(Contribution.text)), key=len)
    assert texts[0] in ("hello\x00world café", "hello\ufffdworld café")
    assert texts[1].startswith("Zébulon w000000x") and len(texts[1]) <= MAX_TEXT
    last_whole_word = texts[1].split()[-2]
    assert search(workspace, "WORLD") == search(workspace, "cafe") == 1
    assert search(workspace, "zebulon w000001x") == search(workspace, last_whole_word) == 1
    assert run(workspace, path).added == 0  # a re-import still finds both already there


def test_answers_need_a_form_and_link_their_free_text(workspace: Workspace, tmp_path: Path) -> None:
    path = write(
        tmp_path, "form.txt", "ANS|r1|rating|4", "ANS|r1|comment|More benches please", "ANS|r2|rating|5"
    )
    with pytest.raises(ImportFormatError, match="paper form") as info:
        run(workspace, path)
    assert info.value.field == "form"
    with workspace.transaction() as s:
        template = FormTemplate(form_key="feedback", version=1, title="Feedback")
        s.add(template)
        s.flush()
        template_id = template.id
    result = run(
        workspace, path, options=ImportOptions(timezone="UTC", settings={"template_id": template_id})
    )
    assert result.counts == {"answers": 3, "messages": 1} and result.participants == 2
    with workspace.session() as s:
        answers = s.scalars(select(Answer).order_by(Answer.id)).all()
        assert [(a.question_key, a.value, a.method, a.channel) for a in answers] == [
            ("rating", "4", "online", "whatsapp"),
            ("comment", "More benches please", "online", "whatsapp"),
            ("rating", "5", "online", "whatsapp"),
        ]
        comment = s.scalars(select(Contribution)).one()
        assert answers[1].contribution_id == comment.id and answers[0].contribution_id is None
    again = run(workspace, path, options=ImportOptions(timezone="UTC", settings={"template_id": template_id}))
    assert (again.added, again.duplicates) == (0, 4)


def index_definitions(ws: Workspace) -> list[str]:
    sql = (
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contributions' "
        "AND sql IS NOT NULL"
        if ws.is_sqlite
        else "SELECT indexdef FROM pg_indexes WHERE tablename = 'contributions'"
    )
    with ws.session() as s:
        return sorted(s.execute(text(sql)).scalars())


def test_big_import_rebuilds_the_indexes_it_set_aside(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = index_definitions(workspace)
    assert any("content_hash" in sql for sql in before)
    monkeypatch.setattr(sql_module, "BULK_MIN_ROWS", 0)  # this tiny file counts as a big import
    dropped: list[int] = []
    original = sql_module.DeferredIndexes.__init__

    def spy(self: sql_module.DeferredIndexes, *args: object) -> None:
        original(self, *args)  # type: ignore[arg-type]
        dropped.append(len(self.definitions))

    monkeypatch.setattr(sql_module.DeferredIndexes, "__init__", spy)
    result = run(workspace, write(tmp_path, "big.txt", "10:00|Ann|ramp", "10:01|Bob|bench"))
    assert result.added == 2 and dropped
    assert dropped[0] >= 5 if workspace.is_sqlite else dropped[0] == 0  # PostgreSQL keeps its indexes
    assert index_definitions(workspace) == before
    with pytest.raises(ImportFormatError):  # a failed big import gives them back too
        run(workspace, write(tmp_path, "bad.txt", "10:02|Cy|step", "BAD"))
    assert index_definitions(workspace) == before
    assert count(workspace, Contribution) == 2 and search(workspace, "bench") == 1
