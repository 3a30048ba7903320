"""`hybridhub formats`, `import` (JSON contract, errors, several files) and `imports` (list, remove)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from hybridhub.cli import main
from hybridhub.core.server import WorkspaceTarget
from hybridhub.core.workspace import create_workspace
from tests.backend import Stores
from tests.conftest import DATA

GARDEN = DATA / "whatsapp" / "WhatsApp Chat with Garden Group.txt"
ZOOM_CHAT = DATA / "zoom" / "2024-03-05 10.00.12 Community Workshop 81234567890" / "meeting_saved_chat.txt"


@pytest.fixture
def ws_path(stores: Stores) -> WorkspaceTarget:
    path = stores.new("w.hybridhub")
    create_workspace(path, "Garden day", timezone="Europe/London").close()
    return path


def stats(path: WorkspaceTarget, capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    capsys.readouterr()
    assert main(["stats", "-w", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_formats_lists_whatsapp_and_zoom(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["formats", "--json"]) == 0
    names = [json.loads(line)["name"] for line in capsys.readouterr().out.splitlines()]
    assert {"whatsapp", "zoom-chat", "zoom-participants", "zoom-webinar"} <= set(names)


def test_import_json_is_one_object_per_file(
    ws_path: WorkspaceTarget, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(GARDEN), str(ZOOM_CHAT), "-w", str(ws_path), "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines == [
        {"file": str(GARDEN), "format": "whatsapp", "added": 6, "duplicates": 0, "skipped": 8,
         "participants": 3, "outside_event_days": 0},
        {"file": str(ZOOM_CHAT), "format": "zoom-chat", "added": 4, "duplicates": 0, "skipped": 2,
         "participants": 4, "outside_event_days": 0},
    ]  # fmt: skip
    assert main(["import", str(GARDEN), "-w", str(ws_path), "--json", "--tz", "UTC"]) == 0
    assert json.loads(capsys.readouterr().out)["duplicates"] == 6


def test_unrecognised_file_exits_2_and_changes_nothing(
    ws_path: WorkspaceTarget, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "minutes.docx"
    odd.write_bytes(b"\x00\x01 not an export")
    assert main(["import", str(GARDEN), str(odd), "-w", str(ws_path)]) == 2
    err = capsys.readouterr().err
    assert "minutes.docx" in err and "does not recognise" in err
    assert stats(ws_path, capsys)["contributions"] == 0


def test_damaged_file_is_named_with_its_line_and_others_still_import(
    ws_path: WorkspaceTarget, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = tmp_path / "2024-03-05 meeting_saved_chat.txt"
    damaged.write_text("10:01:02 From Ana to Everyone:\n\tHello\n10:99:02 From Ben to Everyone:\n\tHi\n")
    assert main(["import", str(damaged), str(GARDEN), "-w", str(ws_path), "--json"]) == 0
    capsys.readouterr()
    bad = tmp_path / "chat_without_date.txt"
    bad.write_text("10:01:02 From Ana to Everyone:\n\tHello\n")
    assert main(["import", str(bad), str(ZOOM_CHAT), "-w", str(ws_path), "--json"]) == 2
    out, err = capsys.readouterr()
    assert "chat_without_date.txt" in err and "meeting date" in err and "nothing of this file" in err
    assert [json.loads(line)["format"] for line in out.splitlines()] == ["zoom-chat"]


def test_date_option_and_preview(
    ws_path: WorkspaceTarget, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chat = tmp_path / "chat_without_date.txt"
    chat.write_text("10:01:02 From Ana to Everyone:\n\tHello\n")
    assert main(["import", str(chat), "-w", str(ws_path), "--date", "2024-05-01", "--preview", "--json"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert (row["time"], row["author"], row["text"]) == ("2024-05-01 10:01+01:00", "Ana", "Hello")
    assert stats(ws_path, capsys)["contributions"] == 0


def test_imports_list_and_remove(ws_path: WorkspaceTarget, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(GARDEN), "-w", str(ws_path)]) == 0
    assert "6 added" in capsys.readouterr().out
    assert main(["imports", "-w", str(ws_path), "--json"]) == 0
    batch = json.loads(capsys.readouterr().out)
    assert (batch["format"], batch["contributions"]) == ("whatsapp", 6)
    assert main(["imports", "-w", str(ws_path), "--remove", batch["uid"], "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["participants"] == 3
    assert stats(ws_path, capsys)["contributions"] == 0


@pytest.fixture
def dated_ws(tmp_path: Path) -> Path:
    """An event on 13-14 June 2018 (the Garden chat runs 13 June 21:20 to 14 June 08:05, London)."""
    path = tmp_path / "dated.hybridhub"
    create_workspace(
        path, "Garden day", timezone="Europe/London", starts_on=date(2018, 6, 13), ends_on=date(2018, 6, 13)
    ).close()
    return path


def test_a_file_outside_the_event_days_is_imported_with_one_warning_line(
    dated_ws: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 14: one warning on stderr naming the file, the dates found and the event's days."""
    assert main(["import", str(GARDEN), "-w", str(dated_ws), "--json"]) == 0
    out, err = capsys.readouterr()
    result = json.loads(out)
    assert (result["added"], result["outside_event_days"]) == (6, 1)  # 14 June 08:05 is the day after
    (warning,) = err.splitlines()
    assert warning.startswith(f"hybridhub: warning: {GARDEN.name}: 1 of 6 dated items fall outside")
    assert "13 Jun 2018 to 14 Jun 2018" in warning and "the event is on 13 Jun 2018" in warning


def test_only_event_days_refuses_the_file_with_exit_2_and_stores_nothing(
    dated_ws: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(GARDEN), "-w", str(dated_ws), "--only-event-days", "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "fall outside the event's days" in err and "nothing of this file was imported" in err
    assert stats(dated_ws, capsys)["contributions"] == 0
    # a file on the event's days is still imported with the flag
    assert (
        main(["import", str(ZOOM_CHAT), "-w", str(dated_ws), "--only-event-days", "--date", "2018-06-13"])
        == 0
    )


def test_an_event_without_dates_checks_nothing(ws_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(GARDEN), "-w", str(ws_path), "--only-event-days", "--json"]) == 0
    assert capsys.readouterr().err == ""
