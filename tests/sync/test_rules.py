"""The merge rules, each on laptops of one event exchanging bundles."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from hybridhub.analysis.stats import workspace_stats
from hybridhub.checkin.desk import Desk, attendance
from hybridhub.core.models import Answer, CheckIn, Event, Identity, Note, Participant, SyncConflict
from hybridhub.core.workspace import Workspace
from hybridhub.events.service import load_details, save_details
from hybridhub.importers.base import ImportOptions
from hybridhub.importers.store import import_file
from hybridhub.notes.capture import NoteInput, add_note, delete_note, edit_note, list_notes
from hybridhub.paperforms.keyed import open_sheet, save_keyed
from hybridhub.paperforms.printing import print_forms
from hybridhub.paperforms.templates import find_form
from hybridhub.people.erase import erase_participant
from hybridhub.people.merge import merge, unmerge
from hybridhub.sync.actions import import_bundles
from hybridhub.sync.bundle import Bundle
from tests.checkin.helpers import register
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


def _keyed(ws, code: str, values: dict) -> None:  # type: ignore[no-untyped-def, type-arg]
    with ws.transaction() as s:
        save_keyed(s, open_sheet(s, code).sheet_id, values)


def test_the_same_paper_sheet_captured_on_two_laptops_counts_once(tmp_path: Path) -> None:
    printed: list[str] = []

    def print_two(org: Workspace) -> None:
        with org.transaction() as s:
            form = find_form("session-feedback")
            printed.extend(print_forms(s, org.event(s), form, tmp_path / "f.pdf", copies=2).sheets)

    lap = Laptops(tmp_path, "Scanning", prepare=print_two)
    try:
        code = printed[0]
        _keyed(lap["org"], code, {"overall": 4, "change": "Plus de bancs, s'il vous plaît"})
        _keyed(lap["Scanning"], code, {"overall": 4, "change": "Plus de bancs, s'il vous plaît"})
        lap.swap("Scanning", "org")
        lap.swap("org", "Scanning")
        for name in ("org", "Scanning"):
            with lap[name].session() as s:
                stats = workspace_stats(s, lap[name].event(s))
                assert stats["sheets_by_status"] == {"captured": 1, "printed": 1}
                assert stats["participants"] == 1 and stats["contributions_by_channel"] == {"paper": 1}
                assert s.scalar(select(func.count()).select_from(Answer)) == 8
        assert differences(dump(lap["org"]), dump(lap["Scanning"])) == []
    finally:
        lap.close()


def test_the_same_export_imported_on_two_laptops_counts_once(tmp_path: Path) -> None:
    lap = Laptops(tmp_path, "Table 2", "Table 3")
    chat = Path(__file__).parents[1] / "data" / "whatsapp" / "WhatsApp Chat with Garden Group.txt"
    try:
        counts = []
        for name in ("Table 2", "Table 3"):
            import_file(lap[name], chat, options=ImportOptions(timezone="Europe/Paris"))
            with lap[name].session() as s:
                counts.append(workspace_stats(s, lap[name].event(s)))
        lap.swap("Table 2", "Table 3")
        lap.swap("Table 3", "org")
        lap.swap("Table 2", "org")
        with lap["org"].session() as s:
            merged = workspace_stats(s, lap["org"].event(s))
            assert s.scalar(select(func.count()).select_from(Identity)) == counts[0]["participants"]
        assert merged["participants"] == counts[0]["participants"] == counts[1]["participants"]
        assert merged["contributions"] == counts[0]["contributions"] and merged["import_batches"] == 1
        lap.swap("org", "Table 2")
        assert differences(dump(lap["org"]), dump(lap["Table 2"])) == []
    finally:
        lap.close()


def _people(ws) -> dict[str, Participant]:  # type: ignore[no-untyped-def]
    with ws.session() as s:
        return {p.display_name: p for p in s.scalars(select(Participant))}


def test_merges_and_unmerges_replay_in_order(tmp_path: Path) -> None:
    lap = Laptops(tmp_path, "Door", prepare=lambda org: register(org, tmp_path))
    try:
        people = _people(lap["org"])
        kept, twin = people["Élodie Müller"], people["Sam Okafor"]
        with lap["org"].transaction() as s:
            merge(s, lap["org"].event(s).id, kept.id, twin.id, "same person")
        first = lap.bundle("org")
        # Meanwhile the door, which has not seen the merge, checks in the merged-away record.
        door_twin = _people(lap["Door"])["Sam Okafor"]
        assert Desk(lap["Door"], "Door").check_in(door_twin.id).result == "ok"
        with lap["org"].transaction() as s:
            unmerge(s, lap["org"].event(s).id, twin.id)
        with lap["org"].transaction() as s:
            merge(s, lap["org"].event(s).id, kept.id, twin.id, "same person after all")
        second = lap.bundle("org")
        import_bundles(lap["Door"], [second])
        import_bundles(lap["Door"], [first])  # an older bundle read later changes nothing
        lap.swap("Door", "org")
        for name in ("org", "Door"):
            now = _people(lap[name])
            assert now["Sam Okafor"].merged_into_id == now["Élodie Müller"].id
            with lap[name].session() as s:
                came = attendance(s, lap[name].event(s).id)[None]
                assert now["Élodie Müller"].uid in came and now["Sam Okafor"].uid not in came
        assert differences(dump(lap["org"]), dump(lap["Door"])) == []
    finally:
        lap.close()


def test_erasure_wins_over_older_bundles_and_no_bundle_carries_the_text(tmp_path: Path) -> None:
    lap = Laptops(tmp_path, "Table 2", prepare=lambda org: register(org, tmp_path))
    try:
        ana = _people(lap["Table 2"])["Ана Петрова"]
        with lap["Table 2"].transaction() as s:
            add_note(
                s,
                lap["Table 2"].event(s).id,
                NoteInput("Ана говорит: автобусы слишком редкие", speaker_participant_id=ana.id),
            )
        Desk(lap["Table 2"], "Table 2").check_in(ana.id)
        older = lap.bundle("Table 2")
        erase_participant(lap["org"], ana.uid)
        lap.swap("org", "Table 2")
        import_bundles(lap["org"], [older])  # the older bundle still names Ana: she stays erased
        for name in ("org", "Table 2"):
            with lap[name].session() as s:
                assert s.scalar(select(Participant).where(Participant.uid == ana.uid)) is None
                assert s.scalar(select(func.count()).select_from(Note)) == 0
                assert s.scalar(select(func.count()).select_from(CheckIn)) == 0
            raw = Path(lap[name].path).read_bytes()  # type: ignore[arg-type]
            assert "автобусы".encode() not in raw and "Петрова".encode() not in raw
        newer = lap.bundle("Table 2")
        text = b"".join(json.dumps(r, ensure_ascii=False).encode() for r in Bundle(newer).records())
        assert "Петрова".encode() not in text and "автобусы".encode() not in text
        import_bundles(lap["org"], [newer])
        assert differences(dump(lap["org"]), dump(lap["Table 2"])) == []
    finally:
        lap.close()


def test_a_note_deleted_on_one_laptop_goes_everywhere_even_if_edited_elsewhere(tmp_path: Path) -> None:
    lap = Laptops(tmp_path, "Table 2")
    try:
        with lap["Table 2"].transaction() as s:
            add_note(s, lap["Table 2"].event(s).id, NoteInput("Draft idea"))
        lap.swap("Table 2", "org")
        with lap["org"].transaction() as s:
            delete_note(s, list_notes(s, lap["org"].event(s).id)[0].note_id)
        with lap["Table 2"].transaction() as s:
            event_id = lap["Table 2"].event(s).id
            edit_note(s, event_id, list_notes(s, event_id)[0].note_id, NoteInput("Draft idea, edited"))
        lap.swap("Table 2", "org")
        lap.swap("org", "Table 2")
        for name in ("org", "Table 2"):
            with lap[name].session() as s:
                assert list_notes(s, lap[name].event(s).id) == []
        assert differences(dump(lap["org"]), dump(lap["Table 2"])) == []
    finally:
        lap.close()
