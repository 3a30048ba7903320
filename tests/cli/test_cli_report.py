from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from hybridhub.analysis.counting import count_event
from hybridhub.cli import main
from hybridhub.core.models import Contribution, EventSession
from hybridhub.core.server import WorkspaceTarget
from hybridhub.core.workspace import open_workspace


def test_report_and_export(
    demo_path: WorkspaceTarget, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "rapport.pdf"
    assert (
        main(
            [
                "report",
                "-w",
                str(demo_path),
                "-o",
                str(pdf),
                "--lang",
                "fr",
                "--names",
                "--quote-unknown",
                "yes",
            ]
        )
        == 0
    )
    ws = open_workspace(demo_path)
    with ws.session() as s:
        people = count_event(s, ws.event(s)).people
        contributions = s.scalar(select(func.count()).select_from(Contribution))
    ws.close()
    assert f"{people} people" in capsys.readouterr().out
    assert PdfReader(pdf).trailer["/Root"]["/Lang"] == "fr"
    out = tmp_path / "all.json"
    assert main(["export", "-w", str(demo_path), "--format", "json", "-o", str(out)]) == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["contributions"]) == contributions


def test_scope_options(
    demo_path: WorkspaceTarget, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "s.csv"
    args = ["export", "-w", str(demo_path), "--format", "csv", "-o", str(out)]
    assert main([*args, "--session", "Online circle: services and access"]) == 0
    ws = open_workspace(demo_path)
    with ws.session() as s:
        in_session = s.scalar(
            select(func.count())
            .select_from(Contribution)
            .join(EventSession)
            .where(EventSession.name == "Online circle: services and access")
        )
    ws.close()
    assert in_session and f"{in_session} contributions" in capsys.readouterr().out
    assert main([*args, "--from", "2026-11-14", "--to", "2026-11-14", "--session", "4"]) == 0
    assert "wrote" in capsys.readouterr().out


def test_user_errors_exit_2(
    demo_path: WorkspaceTarget, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "-w", str(demo_path), "-o", str(tmp_path / "r.pdf"), "--session", "Lunch"]) == 2
    assert "no session called 'Lunch'" in capsys.readouterr().err
    assert main(["report", "-w", str(demo_path), "-o", str(tmp_path / "r.txt")]) == 2
    assert (
        main(
            [
                "export",
                "-w",
                str(demo_path),
                "--format",
                "csv",
                "-o",
                str(tmp_path / "x.csv"),
                "--from",
                "2026-11-15",
                "--to",
                "2026-11-14",
            ]
        )
        == 2
    )
    assert "first day is after the last day" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())
