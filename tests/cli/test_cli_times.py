"""The CLI shows times in the event's zone: text with the offset, JSON and exports in ISO 8601."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hybridhub.cli import main

CHAT = "14/11/2026, 18:05 - Zoë: Le bus ne passe plus après 19h\n"


def test_search_notes_imports_and_export_in_the_event_zone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = str(tmp_path / "w.hybridhub")
    chat = tmp_path / "WhatsApp Chat with Bus.txt"
    chat.write_text(CHAT, encoding="utf-8")
    assert main(["init", ws, "--event", "Forum", "--tz", "America/Montreal"]) == 0
    assert main(["import", str(chat), "-w", ws, "--tz", "Europe/Paris", "--preview"]) == 0
    assert "2026-11-14 12:05-05:00" in capsys.readouterr().out  # written 18:05 in Paris
    assert main(["import", str(chat), "-w", ws, "--tz", "Europe/Paris"]) == 0
    capsys.readouterr()
    assert main(["search", "bus", "-w", ws]) == 0
    assert "2026-11-14 12:05-05:00" in capsys.readouterr().out
    assert main(["search", "bus", "-w", ws, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["posted_at"] == "2026-11-14T12:05:00-05:00"
    assert main(["imports", "-w", ws, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["imported_at"].endswith("-05:00")
    out = tmp_path / "all.json"
    assert main(["export", "-w", ws, "--format", "json", "-o", str(out)]) == 0
    row = json.loads(out.read_text(encoding="utf-8"))["contributions"][0]
    assert row["posted_at_local"] == "2026-11-14T12:05:00-05:00"
    assert row["posted_at_utc"] == "2026-11-14T17:05:00+00:00"
