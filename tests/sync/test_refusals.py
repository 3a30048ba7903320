"""Bundles that must be refused: changed after signing, of another event, from a laptop nobody enrolled,
with a value of the wrong type, or written by the reading laptop itself. Each is one line on stderr,
exit status 2, and the workspace is exactly as before."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from hybridhub.cli import main
from hybridhub.core.models import Laptop, SyncLocal
from hybridhub.core.workspace import open_workspace
from hybridhub.notes.capture import NoteInput, add_note
from hybridhub.sync import keys
from hybridhub.sync.actions import export_bundle
from hybridhub.sync.bundle import Bundle, write_bundle
from hybridhub.sync.laptops import enrolment_message
from tests.sync.helpers import Laptops, dump


@pytest.fixture
def lap(tmp_path: Path) -> Any:
    lap = Laptops(tmp_path, "Table 2")
    with lap["Table 2"].transaction() as s:
        add_note(s, lap["Table 2"].event(s).id, NoteInput("Il faut des rampes à la gare", voices=4))
    yield lap
    lap.close()


def _refused(lap: Laptops, bundle: Path, capsys: pytest.CaptureFixture[str], expected: str) -> None:
    before = dump(lap["org"])
    path = lap["org"].path
    code = main(["sync", "import", str(bundle), "-w", str(path), "--json"])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("hybridhub: error: ") and expected in err
    assert dump(lap["org"]) == before


def test_a_bundle_changed_after_signing_is_refused(lap: Laptops, capsys: pytest.CaptureFixture[str]) -> None:
    bundle = lap.bundle("Table 2")
    data = bytearray(bundle.read_bytes())
    middle = len(data) // 2
    data[middle] ^= 0x01
    bundle.write_bytes(bytes(data))
    _refused(lap, bundle, capsys, "changed after it was signed")


def test_a_hand_edited_manifest_is_refused(lap: Laptops, capsys: pytest.CaptureFixture[str]) -> None:
    bundle = lap.bundle("Table 2")
    data = bundle.read_bytes().replace(b'"name":"Table 2"', b'"name":"Table 9"', 1)
    bundle.write_bytes(data)
    _refused(lap, bundle, capsys, "changed after it was signed")


def test_a_bundle_of_another_event_is_refused(
    lap: Laptops, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = Laptops(tmp_path / "other", "Table 2", title="Another workshop")
    try:
        bundle = other.bundle("Table 2")
    finally:
        other.close()
    _refused(lap, bundle, capsys, "from another event ('Another workshop')")


def test_a_bundle_from_a_laptop_nobody_enrolled_is_refused(
    lap: Laptops, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A copied workspace file that declares itself a new laptop of the event (self-signed)."""
    rogue_path = tmp_path / "rogue.hybridhub"
    lap["Table 2"].close()
    shutil.copy(lap["Table 2"].path, rogue_path)  # type: ignore[arg-type]
    lap.ws["Table 2"] = open_workspace(tmp_path / "Table-2.hybridhub")
    rogue = open_workspace(rogue_path)
    try:
        key = keys.new_key()
        uid = "01a00000-0000-7000-8000-000000000001"
        with rogue.transaction() as s:
            event_uid = rogue.event(s).uid
            public = keys.public_bytes(key)
            s.add(
                Laptop(
                    uid=uid,
                    name="Rogue",
                    public_key=public,
                    enrolment_sig=key.sign(enrolment_message(event_uid, uid, public, None)),
                )
            )
            s.execute(update(SyncLocal).values(laptop_uid=uid))
        keys.store(uid, key)
        bundle = tmp_path / "rogue.hhbundle"
        export_bundle(rogue, bundle)
    finally:
        rogue.close()
    _refused(lap, bundle, capsys, "not enrolled in this event")


def _resigned(lap: Laptops, name: str, change: Any, tmp_path: Path) -> Path:
    """A bundle of laptop `name` whose records were changed by `change`, then signed again with that
    laptop's own key: the signature is good, the contents are not."""
    original = lap.bundle(name)
    bundle = Bundle(original)
    records = [change(r) for r in bundle.records()]
    out = tmp_path / "resigned.hhbundle"
    with lap[name].session() as s:
        uid = s.scalar(SyncLocal.__table__.select().with_only_columns(SyncLocal.laptop_uid))
    key = keys.load(str(uid))
    assert key is not None
    write_bundle(out, bundle.manifest, records, key)
    return out


def test_a_field_of_the_wrong_type_is_refused(
    lap: Laptops, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def voices_as_text(rec: list[Any]) -> list[Any]:
        if rec[0] == "columns" and rec[1] == "contributions":
            voices_as_text.at = rec[2].index("voices")  # type: ignore[attr-defined]
        if rec[0] == "rows" and rec[1] == "contributions":
            for row in rec[2]:
                row[voices_as_text.at] = "four"  # type: ignore[attr-defined]
        return rec

    bundle = _resigned(lap, "Table 2", voices_as_text, tmp_path)
    _refused(lap, bundle, capsys, "contributions, row 1: expected a whole number, got str")


def test_a_time_on_no_day_of_the_calendar_is_refused(
    lap: Laptops, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def thirty_first_of_february(rec: list[Any]) -> list[Any]:
        if rec[0] == "rows" and rec[1] == "contributions":
            rec[2][0][1] = "2026-02-31 10:00:00"  # created_at
        return rec

    bundle = _resigned(lap, "Table 2", thirty_first_of_february, tmp_path)
    _refused(lap, bundle, capsys, "contributions, row 1: no such day '2026-02-31'")


def test_a_damaged_record_is_refused(
    lap: Laptops, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def short_row(rec: list[Any]) -> list[Any]:
        if rec[0] == "rows" and rec[1] == "notes":
            rec[2][0] = rec[2][0][:3]
        return rec

    bundle = _resigned(lap, "Table 2", short_row, tmp_path)
    _refused(lap, bundle, capsys, "notes, row 1: expected one value per column")


def test_not_a_bundle_and_a_cut_bundle_are_refused(
    lap: Laptops, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("just some notes\n", encoding="utf-8")
    _refused(lap, text, capsys, "not a HybridHub bundle")
    bundle = lap.bundle("Table 2")
    cut = tmp_path / "cut.hhbundle"
    cut.write_bytes(bundle.read_bytes()[: len(bundle.read_bytes()) // 2])
    _refused(lap, cut, capsys, "")


def test_a_laptop_reading_its_own_bundle_is_told_so(lap: Laptops, capsys: pytest.CaptureFixture[str]) -> None:
    bundle = lap.bundle("org")
    _refused(lap, bundle, capsys, "written by this laptop")


def test_a_refused_file_among_good_ones_stops_before_anything_is_merged(
    lap: Laptops, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = lap.bundle("Table 2")
    bad = tmp_path / "bad.hhbundle"
    bad.write_bytes(good.read_bytes()[:-10] + b"0000000000")
    _refused(lap, bad, capsys, "incomplete (no signature at its end)")
    before = dump(lap["org"])
    code = main(["sync", "import", str(good), str(bad), "-w", str(lap["org"].path)])
    assert code == 2 and dump(lap["org"]) == before
