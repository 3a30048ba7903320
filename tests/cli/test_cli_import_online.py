"""`hybridhub import … --format table --map PRESET|mapping.json` and `--format google-forms --form`."""

from __future__ import annotations

import json

import pytest

from hybridhub.cli import main
from hybridhub.core.server import WorkspaceTarget
from hybridhub.core.workspace import create_workspace, open_workspace
from tests.backend import Stores
from tests.conftest import DATA
from tests.importers.helpers import feedback_template


@pytest.fixture
def ws_path(stores: Stores) -> WorkspaceTarget:
    path = stores.new("w.hybridhub")
    create_workspace(path, "Mobility", timezone="Europe/Paris").close()
    return path


def _json_lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_table_with_shipped_preset(ws_path: WorkspaceTarget, capsys: pytest.CaptureFixture[str]) -> None:
    path = DATA / "table" / "messages.csv"
    args = [
        "import",
        str(path),
        "-w",
        str(ws_path),
        "--format",
        "table",
        "--map",
        "LinkedIn messages.csv",
        "--json",
    ]
    assert main(args) == 0
    assert _json_lines(capsys) == [
        {
            "file": str(path),
            "format": "table",
            "added": 3,
            "duplicates": 0,
            "skipped": 1,
            "participants": 3,
            "outside_event_days": 0,
        }
    ]
    assert main(args) == 0
    assert _json_lines(capsys)[0]["duplicates"] == 3


def test_table_with_mapping_json(ws_path: WorkspaceTarget, capsys: pytest.CaptureFixture[str]) -> None:
    path = DATA / "table" / "viber_group.csv"
    mapping = DATA / "table" / "viber_mapping.json"
    assert (
        main(["import", str(path), "-w", str(ws_path), "--format", "table", "--map", str(mapping), "--json"])
        == 0
    )
    assert _json_lines(capsys)[0]["added"] == 2


def test_unknown_preset_exits_2(ws_path: WorkspaceTarget, capsys: pytest.CaptureFixture[str]) -> None:
    path = DATA / "table" / "viber_group.csv"
    assert main(["import", str(path), "-w", str(ws_path), "--format", "table", "--map", "Nope"]) == 2
    assert "no mapping preset called 'Nope'" in capsys.readouterr().err


def test_google_forms_with_paper_form(ws_path: WorkspaceTarget, capsys: pytest.CaptureFixture[str]) -> None:
    ws = open_workspace(ws_path)
    with ws.transaction() as s:
        s.add(feedback_template())
    ws.close()
    path = DATA / "google_forms" / "Workshop feedback (Responses) - Form responses 1.csv"
    args = [
        "import",
        str(path),
        "-w",
        str(ws_path),
        "--format",
        "google-forms",
        "--form",
        "feedback",
        "--json",
    ]
    assert main(args) == 0
    # skipped: the checkbox column and the pre-edit column, neither mapped to the paper form
    assert _json_lines(capsys) == [
        {
            "file": str(path),
            "format": "google-forms",
            "added": 16,
            "duplicates": 0,
            "skipped": 2,
            "participants": 4,
            "outside_event_days": 0,
        }
    ]
    assert main(["import", str(path), "-w", str(ws_path), "--format", "google-forms", "--form", "other"]) == 2
    assert "no paper form 'other'" in capsys.readouterr().err
