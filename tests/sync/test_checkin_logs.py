"""Check-in logs carried between door laptops are signed like bundles: a log edited by hand, from a
laptop nobody enrolled, of another event, or with a field of the wrong type is refused with one line
(exit 2) and nothing is merged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from hybridhub.checkin.desk import Desk
from hybridhub.cli import main
from hybridhub.core.models import CheckIn
from hybridhub.core.workspace import create_workspace
from hybridhub.sync.laptops import add_laptop
from tests.checkin.helpers import code_of, register
from tests.sync.helpers import Laptops, dump


@pytest.fixture
def doors(tmp_path: Path) -> Any:
    org = create_workspace(tmp_path / "org.hybridhub", "Forum", timezone="Europe/Paris")
    register(org, tmp_path)
    org.close()
    door = tmp_path / "Door.hybridhub"
    assert main(["checkin", "door-copy", "-w", str(tmp_path / "org.hybridhub"), "-o", str(door)]) == 0
    lap = Laptops.opened(tmp_path, ["org", "Door"])
    Desk(lap["Door"], "Door").scan(code_of(lap["Door"], "Sam Okafor"))
    Desk(lap["Door"], "Door").walk_in(name="Zoë Ngũgĩ")
    yield lap
    lap.close()


def _log(lap: Laptops, tmp: Path) -> Path:
    path = tmp / "door-log.json"
    assert main(["checkin", "export-log", "-w", str(lap["Door"].path), "-o", str(path)]) == 0
    return path


def _merge(lap: Laptops, log: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["checkin", "merge-log", "-w", str(lap["org"].path), str(log), "--json"])
    return code, capsys.readouterr().err


def _refused(lap: Laptops, log: Path, capsys: pytest.CaptureFixture[str], expected: str) -> None:
    before = dump(lap["org"])
    code, err = _merge(lap, log, capsys)
    assert code == 2 and err.count("\n") == 1 and expected in err, err
    assert dump(lap["org"]) == before


def test_a_signed_log_merges_and_twice_adds_nothing(doors: Laptops, tmp_path: Path, capsys: Any) -> None:
    log = _log(doors, tmp_path)
    assert json.loads(log.read_text(encoding="utf-8"))["signature"]["laptop"]
    assert _merge(doors, log, capsys)[0] == 0
    assert _merge(doors, log, capsys)[0] == 0
    with doors["org"].session() as s:
        assert s.scalar(select(func.count()).select_from(CheckIn)) == 2


def test_a_hand_edited_log_is_refused(doors: Laptops, tmp_path: Path, capsys: Any) -> None:
    log = _log(doors, tmp_path)
    data = json.loads(log.read_text(encoding="utf-8"))
    data["rows"][0]["device"] = "Somewhere else"
    log.write_text(json.dumps(data), encoding="utf-8")
    _refused(doors, log, capsys, "changed after it was signed")


def test_an_unsigned_or_old_log_is_refused(doors: Laptops, tmp_path: Path, capsys: Any) -> None:
    log = _log(doors, tmp_path)
    data = json.loads(log.read_text(encoding="utf-8"))
    del data["signature"]
    log.write_text(json.dumps(data), encoding="utf-8")
    _refused(doors, log, capsys, "not signed by a laptop of the event")
    data["version"] = 1
    log.write_text(json.dumps(data), encoding="utf-8")
    _refused(doors, log, capsys, "older HybridHub and is not signed")


def test_a_log_from_a_laptop_of_another_event_is_refused(doors: Laptops, tmp_path: Path, capsys: Any) -> None:
    other = create_workspace(tmp_path / "other.hybridhub", "Another workshop")
    add_laptop(other, "Door", tmp_path / "other-door.hybridhub")
    other.close()
    log = tmp_path / "other.json"
    assert main(["checkin", "export-log", "-w", str(tmp_path / "other-door.hybridhub"), "-o", str(log)]) == 0
    _refused(doors, log, capsys, "another event ('Another workshop')")


def test_a_log_from_an_unknown_laptop_is_refused(doors: Laptops, tmp_path: Path, capsys: Any) -> None:
    log = _log(doors, tmp_path)
    data = json.loads(log.read_text(encoding="utf-8"))
    data["signature"]["laptop"] = "01a00000-0000-7000-8000-00000000beef"
    data["signature"]["chain"] = []
    log.write_text(json.dumps(data), encoding="utf-8")
    _refused(doors, log, capsys, "not enrolled in this event")


@pytest.mark.parametrize(
    ("where", "field", "value", "expected"),
    [
        ("rows", "scanned_at", 1733000000, "row 1: expected str, got int"),
        ("rows", "uid", None, "row 1: expected str, got NoneType"),
        ("walk_ins", "badge_number", "seven", "walk-in 1: expected int or nothing, got str"),
        ("walk_ins", "registrations", {"uid": "x"}, "walk-in 1: expected list or nothing, got dict"),
    ],
)
def test_a_field_of_the_wrong_type_is_one_line_not_a_traceback(
    doors: Laptops, tmp_path: Path, capsys: Any, where: str, field: str, value: Any, expected: str
) -> None:
    """A laptop of the event signed it, so only the type check can catch it."""
    from hybridhub.checkin.log_sync import export_log, write_log
    from hybridhub.sync.trust import sign_document

    with doors["Door"].transaction() as s:
        event = doors["Door"].event(s)
        data = export_log(s, event, "Door")
        data[where][0][field] = value
        data = sign_document(s, event, data)
    log = tmp_path / "typed.json"
    write_log(log, data)
    _refused(doors, log, capsys, expected)
