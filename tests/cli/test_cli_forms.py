from __future__ import annotations

import json
from pathlib import Path

import pytest

from hybridhub.cli import main
from hybridhub.core.workspace import create_workspace
from hybridhub.paperforms import raster
from tests.backend import Stores


def test_forms_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forms", "list"]) == 0
    out = capsys.readouterr().out
    assert "session-feedback" in out and "walk-in-card" in out and "en,fr,de,es" in out


def test_print_then_scan_json_contract(
    tmp_path: Path, stores: Stores, capsys: pytest.CaptureFixture[str]
) -> None:
    ws_path = stores.new("w.hybridhub")
    create_workspace(ws_path, "CLI test").close()
    pdf = tmp_path / "forms.pdf"
    assert (
        main(
            [
                "forms",
                "print",
                "session-feedback",
                "-w",
                str(ws_path),
                "--copies",
                "2",
                "--lang",
                "fr",
                "-o",
                str(pdf),
            ]
        )
        == 0
    )
    assert "printed 2 sheet(s)" in capsys.readouterr().out
    assert raster.count_pages(pdf) == 2
    # The clean PDF itself is a scan of two empty sheets: identified, nothing marked.
    assert main(["forms", "scan", str(pdf), "-w", str(ws_path), "--json", "--dpi", "150"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert list(first) == [
        "pages",
        "identified",
        "duplicates",
        "unidentified",
        "answers_auto",
        "answers_review",
    ]
    assert first == {
        "pages": 2,
        "identified": 2,
        "duplicates": 0,
        "unidentified": 0,
        "answers_auto": 16,
        "answers_review": 0,
    }
    assert main(["forms", "scan", str(pdf), "-w", str(ws_path), "--dpi", "150"]) == 0
    assert "already captured; nothing changed" in capsys.readouterr().out


def test_print_errors_are_user_errors(
    tmp_path: Path, stores: Stores, capsys: pytest.CaptureFixture[str]
) -> None:
    ws_path = stores.new("w.hybridhub")
    create_workspace(ws_path, "CLI test").close()
    out = str(tmp_path / "f.pdf")
    assert main(["forms", "print", "nope", "-w", str(ws_path), "-o", out]) == 2
    assert "no form template 'nope'" in capsys.readouterr().err
    assert (
        main(["forms", "print", "session-feedback", "-w", str(ws_path), "--session", "Lunch", "-o", out]) == 2
    )
    assert "no session called 'Lunch'" in capsys.readouterr().err
    assert main(["forms", "print", "session-feedback", "-w", str(ws_path), "--lang", "nl", "-o", out]) == 2
    assert "has no 'nl' text" in capsys.readouterr().err
    assert not Path(out).exists()
