from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hybridhub.checkin import codes
from hybridhub.cli import main
from hybridhub.core.workspace import open_workspace
from tests.backend import Stores
from tests.checkin.helpers import code_of, write_list


def _json(capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    return json.loads(capsys.readouterr().out)


def test_checkin_commands_end_to_end(
    tmp_path: Path, stores: Stores, capsys: pytest.CaptureFixture[str]
) -> None:
    ws_path = str(stores.new("w.hybridhub"))
    assert main(["init", ws_path, "--event", "Town hall", "--tz", "Europe/Paris"]) == 0
    listing = write_list(tmp_path)
    assert main(["checkin", "import-registrations", "-w", ws_path, str(listing)]) == 0
    assert "4 added" in capsys.readouterr().out
    assert main(["checkin", "import-registrations", "-w", ws_path, str(listing), "--json"]) == 0
    assert _json(capsys)["added"] == 0

    assert main(["checkin", "badges", "-w", ws_path, "-o", str(tmp_path / "badges.pdf")]) == 0
    assert (tmp_path / "badges.pdf").read_bytes().startswith(b"%PDF")
    assert "wrote 4 badges" in capsys.readouterr().out

    ws = open_workspace(ws_path)
    code = code_of(ws, "Sam Okafor")
    ws.close()
    assert main(["checkin", "scan", "-w", ws_path, code, "--json", "--device", "Door-1"]) == 0
    out = _json(capsys)
    assert out["result"] == "ok" and out["participant"]["name"] == "Sam Okafor"
    assert main(["checkin", "scan", "-w", ws_path, code, "--json", "--device", "Door-2"]) == 0
    out = _json(capsys)
    assert out["result"] == "already" and out["previous_device"] == "Door-1"
    assert main(["checkin", "scan", "-w", ws_path, code[:40], "--json"]) == 1
    out = _json(capsys)
    assert out["result"] == "invalid" and out["participant"] is None

    assert main(["checkin", "export-log", "-w", ws_path, "-o", str(tmp_path / "log.json")]) == 0
    capsys.readouterr()
    assert main(["checkin", "merge-log", "-w", ws_path, str(tmp_path / "log.json"), "--json"]) == 0
    merged = _json(capsys)
    assert (merged["added"], merged["already_here"]) == (0, 3)

    assert main(["checkin", "attendance", "-w", ws_path, "--json"]) == 0
    assert _json(capsys)["arrival"]["count"] == 1


def test_scan_with_unknown_session_is_a_user_error(
    stores: Stores, capsys: pytest.CaptureFixture[str]
) -> None:
    ws_path = str(stores.new("w.hybridhub"))
    main(["init", ws_path, "--event", "Town hall"])
    assert main(["checkin", "scan", "-w", ws_path, "X", "--session", "Lunch"]) == 2
    assert "no session called 'Lunch'" in capsys.readouterr().err


def test_a_rejected_code_exits_1_with_json_and_a_usage_error_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A rejected code (forged, another event's) is a normal outcome of a scan: it is logged, printed
    as JSON and the exit status is 1 ("not admitted"); 2 is kept for a command that could not run."""
    ws_path = str(tmp_path / "w.hybridhub")
    main(["init", ws_path, "--event", "Town hall"])
    ws = open_workspace(ws_path)
    with ws.session() as s:
        tag = codes.event_tag(ws.event(s).uid)
    ws.close()
    intruder, _ = codes.new_private_key()
    forged = codes.sign(intruder, codes.Payload(1, tag, 1, datetime.now(UTC)))
    foreign = codes.sign(intruder, codes.Payload(1, codes.event_tag("another-event"), 1, datetime.now(UTC)))
    capsys.readouterr()
    for code, result in ((forged, "invalid"), (foreign, "other-event")):
        assert main(["checkin", "scan", "-w", ws_path, code, "--json"]) == 1
        captured = capsys.readouterr()
        assert json.loads(captured.out)["result"] == result and captured.err == ""
    assert main(["checkin", "scan", "-w", ws_path, forged]) == 1
    assert capsys.readouterr().out.startswith("INVALID: ")
    assert main(["checkin", "scan", "-w", str(tmp_path / "none.hybridhub"), forged, "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and "no workspace here" in captured.err
