from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from hybridhub.checkin.desk import Desk, attendance
from hybridhub.checkin.keys import make_door_copy
from hybridhub.checkin.log_sync import export_log, merge_log, read_log, write_log
from hybridhub.core.errors import ImportFormatError, ValidationError
from hybridhub.core.models import CheckIn, EventKey, Participant
from hybridhub.core.workspace import Workspace, create_workspace, open_workspace
from tests.backend import Stores
from tests.checkin.helpers import code_of, register


def _attendance(ws: Workspace) -> dict[str | None, set[str]]:
    with ws.session() as s:
        return attendance(s, ws.event(s).id)


def _swap(src: Workspace, dst: Workspace, tmp_path: Path, name: str) -> str:
    path = tmp_path / f"{name}.json"
    with src.session() as s:
        write_log(path, export_log(s, src.event(s), name))
    with dst.transaction() as s:
        return merge_log(s, dst.event(s), read_log(path), file=path.name).describe()


def test_two_laptops_agree_after_merging_both_ways(workspace: Workspace, tmp_path: Path) -> None:
    register(workspace, tmp_path)
    door_path = tmp_path / "door.hybridhub"
    assert make_door_copy(workspace.target, door_path) == 1  # a file, or a server store
    door = open_workspace(door_path)
    try:
        with door.session() as s:
            assert s.scalar(select(func.count()).where(EventKey.signs_here.is_(True))) == 0
        one, two = Desk(workspace, "Door-1"), Desk(door, "Door-2")
        assert one.scan(code_of(workspace, "Élodie Müller")).result == "ok"
        assert two.scan(code_of(door, "Élodie Müller")).result == "ok"  # same person at both doors
        assert two.scan(code_of(door, "Sam Okafor")).result == "ok"
        assert one.scan(code_of(workspace, "Jörg Schäfer")).result == "ok"
        assert one.undo_last() is not None  # Jörg's check-in was a mistake
        walk = two.walk_in(name="Amira Haddad")
        one.walk_in()  # an anonymous walk-in at door 1 takes the same badge number 5
        assert two.scan("rubbish").result == "invalid"

        first = _swap(door, workspace, tmp_path, "Door-2")
        assert "walk-in badge 5 is badge 7 here" in first or "walk-in badge 5 is badge 6 here" in first
        _swap(workspace, door, tmp_path, "Door-1")
        assert _attendance(workspace) == _attendance(door)
        came = _attendance(workspace)[None]
        assert len(came) == 4 and walk.participant and walk.participant.uid in came

        with workspace.session() as a, door.session() as b:
            count_a = a.scalar(select(func.count()).select_from(CheckIn))
            count_b = b.scalar(select(func.count()).select_from(CheckIn))
            assert count_a == count_b
        # merging again adds nothing, both ways
        assert _swap(door, workspace, tmp_path, "Door-2").startswith("Door-2.json: 0 new rows")
        assert _swap(workspace, door, tmp_path, "Door-1").startswith("Door-1.json: 0 new rows")
        with workspace.session() as a:
            assert a.scalar(select(func.count()).select_from(CheckIn)) == count_a
            assert a.scalar(select(func.count()).select_from(Participant)) == 6
        # a walk-in merged in can be scanned by name at the other door: already in
        amira = Desk(workspace, "Door-1").index().search("amira")[0]
        assert Desk(workspace, "Door-1").check_in(amira.id).result == "already"
    finally:
        door.close()


def test_log_of_another_event_is_refused(workspace: Workspace, stores: Stores) -> None:
    other = create_workspace(stores.new("other.hybridhub"), "Another workshop")
    try:
        with other.session() as s:
            data = export_log(s, other.event(s))
    finally:
        other.close()
    with workspace.transaction() as s, pytest.raises(ValidationError, match="another event"):
        merge_log(s, workspace.event(s), data)


def test_damaged_log_files_give_user_errors(workspace: Workspace, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="not JSON"):
        read_log(bad)
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(ImportFormatError, match="not a HybridHub check-in log"):
        read_log(bad)
    with workspace.session() as s:
        data = export_log(s, workspace.event(s))
    data["rows"] = [
        {"uid": "x", "result": "ok", "direction": "in", "participant": "nobody", "scanned_at": "2026"}
    ]
    with workspace.transaction() as s, pytest.raises(ImportFormatError, match="does not know"):
        merge_log(s, workspace.event(s), data)
