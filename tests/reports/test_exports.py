from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from hybridhub.analysis.counting import count_event
from hybridhub.core.errors import ValidationError
from hybridhub.core.models import Contribution, Participant
from hybridhub.core.text import content_hash
from hybridhub.core.workspace import Workspace
from hybridhub.reports.exports import COLUMNS, export, neutralise
from hybridhub.reports.redact import redact

DANGEROUS = ['=HYPERLINK("http://evil","x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "\tTab", "\rCR"]
CONTACT = "reach me at +44 7700 900123 or jo.smith@example.com"


@pytest.fixture
def tricky(demo_workspace: Workspace) -> Workspace:
    with demo_workspace.transaction() as s:
        rows = s.scalars(select(Contribution).order_by(Contribution.id).limit(len(DANGEROUS) + 1)).all()
        for c, text in zip(rows, [*DANGEROUS, CONTACT], strict=True):
            c.text, c.content_hash = text, content_hash(text)
    return demo_workspace


def _count(ws: Workspace) -> int:
    with ws.session() as s:
        return s.scalar(select(func.count()).select_from(Contribution)) or 0


def _names(ws: Workspace) -> list[str]:
    with ws.session() as s:
        return [n for n in s.scalars(select(Participant.display_name)) if n]


def _export(ws: Workspace, path: Path, fmt: str) -> int:
    with ws.session() as s:
        return export(s, ws.event(s), path, fmt)


def test_neutralise() -> None:
    assert [neutralise(v) for v in DANGEROUS] == ["'" + v for v in DANGEROUS]
    assert neutralise("fine") == "fine" and neutralise(3) == 3


def test_csv_has_every_contribution_and_no_formulas(tricky: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    assert _export(tricky, path, "csv") == _count(tricky)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == _count(tricky) and list(rows[0]) == list(COLUMNS)
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
        assert row["participant"] == "" or row["participant"].startswith("P-")
        assert row["side"] in ("offline", "online") and row["channel"]
    texts = {r["text"] for r in rows}
    assert {neutralise(redact(v)) for v in DANGEROUS} <= texts
    assert '\'=HYPERLINK("http://evil","x")' in texts
    raw = path.read_text(encoding="utf-8-sig")
    assert "7700 900123" not in raw and "jo.smith" not in raw and "[phone]" in raw
    assert not any(name in raw for name in _names(tricky))


def test_xlsx_cells_are_text_not_formulas(tricky: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    assert _export(tricky, path, "xlsx") == _count(tricky)
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header == list(COLUMNS)
    texts = []
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f", cell.value
        texts.append(row[COLUMNS.index("text")].value)
    assert len(texts) == _count(tricky)
    assert '\'=HYPERLINK("http://evil","x")' in texts and "'-2+3" in texts
    assert not any("jo.smith" in (t or "") for t in texts)


def test_json_is_the_whole_data_set(tricky: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    assert _export(tricky, path, "json") == _count(tricky)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "hybridhub-export"
    assert {
        "event",
        "sessions",
        "themes",
        "participants",
        "contributions",
        "attendance",
        "answers",
        "tallies",
        "figures",
    } <= set(data)
    assert len(data["contributions"]) == _count(tricky)
    with tricky.session() as s:
        people = count_event(s, tricky.event(s)).people
    assert data["figures"]["people"] == people and data["figures"]["sides"]["offline"]["people"] > 0
    assert all(isinstance(c["themes"], list) for c in data["contributions"])
    assert data["tallies"][0]["options"][0]["count"] == 14
    raw = path.read_text(encoding="utf-8")
    assert "jo.smith" not in raw and "7700 900123" not in raw
    assert not any(f'"{name}"' in raw for name in _names(tricky))
    # JSON keeps text as it is (no spreadsheet reads it): the formula-like text is not altered there.
    assert DANGEROUS[0] in {c["text"] for c in data["contributions"]}


def test_bad_format_and_folder(demo_workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="format"):
        _export(demo_workspace, tmp_path / "x.doc", "doc")
    with pytest.raises(ValidationError, match="folder"):
        _export(demo_workspace, tmp_path / "no" / "x.csv", "csv")
    assert list(tmp_path.glob(".export-*")) == []
