"""A whole event through the command line, once on four laptops (organiser, door, a table, scanning)
that swap bundles, once on a single laptop with the same input. The organiser's report must be the one
the single laptop makes: the same figures, the same voices, the same attendance and answers."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from hybridhub.cli import main
from hybridhub.core.models import Participant, Registration
from hybridhub.core.workspace import open_workspace
from hybridhub.paperforms import raster
from hybridhub.paperforms.layout import layout_for
from hybridhub.paperforms.templates import find_form
from tests.checkin.helpers import write_list
from tests.paperforms.conftest import DPI, Printed, save_png
from tests.paperforms.test_capture import ANSWERS

CHAT = Path(__file__).parents[1] / "data" / "whatsapp" / "WhatsApp Chat with Garden Group.txt"
NOTES = [
    ("Les bus s'arrêtent à 19h, trop tôt #transport", "6"),
    ("公交车站离医院太远 #transport", "3"),
    ("طلبنا مقاعد أكثر في المحطة #accessibility", "1"),
]


def run(*argv: str) -> str:
    """Run the CLI; fail the test with its error line unless it succeeds; return what it printed."""
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(list(argv))
    assert code == 0, f"hybridhub {' '.join(argv)} exited {code}"
    return out.getvalue()


def _codes(path: Path, names: list[str]) -> list[str]:
    ws = open_workspace(path)
    try:
        with ws.session() as s:
            return [
                s.scalars(
                    select(Registration.code)
                    .join(Participant, Participant.id == Registration.participant_id)
                    .where(Participant.display_name == n)
                ).one()
                for n in names
            ]
    finally:
        ws.close()


def _filled_scan(pdf: Path, out: Path) -> Path:
    """The first printed sheet, filled in by hand and scanned."""
    form = find_form("session-feedback")
    layout = layout_for(form.definition, "en", "a4", False)
    pages = [p.image for p in raster.pages(pdf, DPI)]
    printed = Printed(None, form, pdf, [], layout, pages)  # type: ignore[arg-type]
    return save_png(out, printed.filled(0, ANSWERS, "solid")[0])


def _setup(tmp: Path, name: str) -> tuple[Path, Path]:
    ws = tmp / name
    run("init", str(ws), "--event", "Forum on buses", "--tz", "Europe/Paris")
    run("checkin", "import-registrations", str(write_list(tmp)), "-w", str(ws))
    pdf = tmp / f"{name}-forms.pdf"
    run("forms", "print", "session-feedback", "-w", str(ws), "--copies", "2", "-o", str(pdf))
    return ws, _filled_scan(pdf, tmp / f"{name}-scan.png")


def _door(ws: Path) -> None:
    for code in _codes(ws, ["Élodie Müller", "Ана Петрова"]):
        run("checkin", "scan", code, "-w", str(ws), "--device", "Door")
    run("checkin", "walk-in", "--name", "Amira Haddad", "-w", str(ws), "--device", "Door")


def _table(ws: Path) -> None:
    for text, voices in NOTES:
        run("notes", "add", "-w", str(ws), "--voices", voices, text)


def _report(ws: Path, tmp: Path) -> dict[str, Any]:
    out = tmp / f"{ws.stem}-export.json"
    run("export", "-w", str(ws), "--format", "json", "-o", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    stats = json.loads(run("stats", "-w", str(ws), "--json"))
    return {
        "stats": stats,
        "figures": data["figures"],
        "voices": sorted(
            (c["channel"], c["text"], c["voices"], tuple(c["themes"]), c["sheet_code"] != "")
            for c in data["contributions"]
        ),
        "attendance": len(data["attendance"]),
        "answers": sorted((a.get("question"), json.dumps(a.get("value"))) for a in data["answers"]),
        "themes": sorted(t["name"] for t in data["themes"]),
    }


@pytest.mark.slow
def test_an_event_on_four_laptops_reports_as_one_laptop_would(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    single_dir, multi_dir = tmp_path / "single", tmp_path / "multi"
    single_dir.mkdir()
    multi_dir.mkdir()
    chat = tmp_path / CHAT.name
    shutil.copy(CHAT, chat)

    single, single_scan = _setup(single_dir, "single.hybridhub")
    _door(single)
    _table(single)
    run("import", str(chat), "-w", str(single), "--tz", "Europe/Paris")
    run("forms", "scan", str(single_scan), "-w", str(single))

    org, scan_png = _setup(multi_dir, "org.hybridhub")
    laptops = {}
    for name in ("Door", "Table 2", "Scanning"):
        laptops[name] = multi_dir / f"{name.replace(' ', '-')}.hybridhub"
        flags = ["--door"] if name == "Door" else []
        run("laptops", "add", name, "-w", str(org), "-o", str(laptops[name]), *flags)
    _door(laptops["Door"])
    _table(laptops["Table 2"])
    run("import", str(chat), "-w", str(laptops["Table 2"]), "--tz", "Europe/Paris")
    run("forms", "scan", str(scan_png), "-w", str(laptops["Scanning"]))
    run("import", str(chat), "-w", str(laptops["Scanning"]), "--tz", "Europe/Paris")  # the same file again

    bundles = {}
    for name, ws in laptops.items():
        bundles[name] = multi_dir / f"{ws.stem}.hhbundle"
        run("sync", "export", "-w", str(ws), "-o", str(bundles[name]))
    # A chain: the scanning laptop reads the door's and the table's bundles, then the organiser reads
    # only the scanning laptop's newer bundle, and the others' afterwards (nothing new in them).
    run("sync", "import", str(bundles["Door"]), str(bundles["Table 2"]), "-w", str(laptops["Scanning"]))
    chained = multi_dir / "scanning-2.hhbundle"
    run("sync", "export", "-w", str(laptops["Scanning"]), "-o", str(chained))
    lines = run("sync", "import", str(chained), *(str(b) for b in bundles.values()), "-w", str(org), "--json")
    results = [json.loads(line) for line in lines.splitlines()]
    assert [r["file"] for r in results] == [chained.name, *(b.name for b in bundles.values())]
    assert all(set(r) == {"file", "laptop", "added", "updated", "conflicts", "already"} for r in results)
    assert results[0]["laptop"] == "Scanning" and results[0]["added"] > 0
    assert all(r["added"] == 0 and r["conflicts"] == 0 for r in results[1:])

    assert _report(org, multi_dir) == _report(single, single_dir)

    listed = [json.loads(line) for line in run("laptops", "list", "-w", str(org), "--json").splitlines()]
    assert [x["name"] for x in listed][1:] == ["Door", "Table 2", "Scanning"]
    door = next(x for x in listed if x["name"] == "Door")
    assert door["role"] == "door" and door["last_exchange"] is not None
    assert door["contributed"]["check-ins"] == 3 and door["contributed"]["people"] == 1
    table = next(x for x in listed if x["name"] == "Table 2")
    assert table["contributed"]["notes"] == 3
