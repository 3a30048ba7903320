"""The framework on a tiny format defined here: keys, duplicates, identities, sessions, threads,
attendance, people, answers, all-or-nothing, removal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hybridhub.core.errors import ImportFormatError
from hybridhub.core.models import CheckIn, Contribution, EventSession, Identity, ImportBatch, Participant
from hybridhub.core.progress import Cancelled
from hybridhub.core.workspace import Workspace
from hybridhub.importers.base import Importer, ImportOptions
from hybridhub.importers.detect import Detection
from hybridhub.importers.records import Attendance, Author, Message, PersonRecord, Problem, Record, Skipped
from hybridhub.importers.source import Source
from hybridhub.importers.store import import_file, list_batches, preview, remove_batch


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
    raw = (workspace.path or Path()).read_bytes()
    assert b"2345 6789" not in raw and b"+4915123456789" not in raw


def test_damaged_file_and_cancel_leave_nothing(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="line 2"):
        run(workspace, write(tmp_path, "bad.txt", "10:00|Ann|hello", "BAD"))

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
