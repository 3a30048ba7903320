"""The merge rules, each on laptops of one event exchanging bundles."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from hybridhub.core.models import Event, SyncConflict
from hybridhub.events.service import load_details, save_details
from hybridhub.notes.capture import NoteInput, add_note, edit_note, list_notes
from tests.sync.helpers import Laptops, differences, dump


def _title(ws, title: str) -> None:  # type: ignore[no-untyped-def]
    with ws.transaction() as s:
        event = ws.event(s)
        details = load_details(s, event)
        save_details(s, event, details.__class__(**{**details.__dict__, "title": title}))


def test_notes_from_two_laptops_are_united_and_a_bundle_read_twice_adds_nothing(tmp_path: Path) -> None:
    lap = Laptops(tmp_path, "Table 2", "Table 3")
    try:
        for name, text in (("Table 2", "Les bus s'arrêtent à 19h"), ("Table 3", "公交车太少")):
            with lap[name].transaction() as s:
                add_note(s, lap[name].event(s).id, NoteInput(text, voices=3))
        first = lap.swap("Table 2", "Table 3")
        assert first.added >= 2 and first.conflicts == 0
        again = lap.swap("Table 2", "Table 3")
        assert (again.added, again.updated, again.conflicts) == (0, 0, 0) and again.already > 0
        lap.swap("Table 3", "Table 2")
        for name in ("Table 2", "Table 3"):
            with lap[name].session() as s:
                texts = sorted(n.text for n in list_notes(s, lap[name].event(s).id))
            assert texts == ["Les bus s'arrêtent à 19h", "公交车太少"]
        assert differences(dump(lap["Table 2"]), dump(lap["Table 3"])) == []
    finally:
        lap.close()


def test_concurrent_edits_are_decided_alike_and_the_loser_is_a_conflict(tmp_path: Path) -> None:
    lap = Laptops(tmp_path, "Table 2")
    try:
        _title(lap["org"], "Forum des bus (organiser)")
        _title(lap["Table 2"], "Forum des bus (table 2)")
        one = lap.swap("Table 2", "org")
        two = lap.swap("org", "Table 2")
        assert one.conflicts == 1 and two.conflicts == 0  # the conflict travelled with the bundle
        titles = set()
        for name in ("org", "Table 2"):
            with lap[name].session() as s:
                titles.add(s.scalar(select(Event.title)))
                conflict = s.scalars(select(SyncConflict)).one()
                assert conflict.field == "title" and conflict.table_name == "events"
                assert conflict.lost_value in ("Forum des bus (organiser)", "Forum des bus (table 2)")
        assert len(titles) == 1 and conflict.lost_value not in titles
        assert differences(dump(lap["org"]), dump(lap["Table 2"])) == []
    finally:
        lap.close()


def test_an_edit_made_after_seeing_the_other_is_no_conflict(tmp_path: Path) -> None:
    lap = Laptops(tmp_path, "Table 2")
    try:
        with lap["Table 2"].transaction() as s:
            note = add_note(s, lap["Table 2"].event(s).id, NoteInput("Buses stop at 7"))
        lap.swap("Table 2", "org")
        with lap["org"].transaction() as s:
            ws_event = lap["org"].event(s).id
            org_note = list_notes(s, ws_event)[0]
            edit_note(s, ws_event, org_note.note_id, NoteInput("Buses stop at 7pm on weekdays"))
        result = lap.swap("org", "Table 2")
        assert result.conflicts == 0 and result.updated >= 1
        with lap["Table 2"].session() as s:
            assert list_notes(s, lap["Table 2"].event(s).id)[0].text == "Buses stop at 7pm on weekdays"
        assert note.uid
    finally:
        lap.close()
