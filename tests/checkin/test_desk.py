from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from hybridhub.checkin import codes
from hybridhub.checkin.desk import Desk, attendance
from hybridhub.checkin.keys import new_key, retire_key
from hybridhub.core.errors import NotFoundError
from hybridhub.core.models import CheckIn, EventSession, Registration
from hybridhub.core.workspace import Workspace
from tests.checkin.helpers import code_of, register, short_of


@pytest.fixture
def desk(workspace: Workspace, tmp_path: Path) -> Desk:
    register(workspace, tmp_path)
    with workspace.transaction() as s:
        s.add(EventSession(event_id=workspace.event(s).id, name="Table talk", position=1))
    return Desk(workspace, "Door-1")


def _log(ws: Workspace) -> list[CheckIn]:
    with ws.session() as s:
        return list(s.scalars(select(CheckIn).order_by(CheckIn.id)))


def test_ok_then_already_with_time_and_laptop(desk: Desk, workspace: Workspace) -> None:
    code = code_of(workspace, "Élodie Müller")
    first = desk.scan(code)
    assert first.result == "ok" and first.participant and first.participant.name == "Élodie Müller"
    second = Desk(workspace, "Door-2").scan(code)
    assert second.result == "already"
    assert second.previous_device == "Door-1"
    assert f"at {desk.time_text(first.scanned_at)} on laptop Door-1" in second.message
    rows = _log(workspace)
    assert [r.result for r in rows] == ["ok", "already"]
    assert rows[0].uid == first.nonce and rows[0].device == "Door-1" and rows[0].method == "scanner"
    assert rows[0].raw_input == code


def test_json_contract(desk: Desk, workspace: Workspace) -> None:
    out = desk.scan(code_of(workspace, "Sam Okafor")).to_json(desk.tz)
    assert out["result"] == "ok"
    assert out["participant"]["name"] == "Sam Okafor" and out["participant"]["badge_number"] == 4
    assert {"message", "nonce", "session", "device", "scanned_at"} <= set(out)


def test_sessions_are_checked_in_separately(desk: Desk, workspace: Workspace) -> None:
    code = code_of(workspace, "Jörg Schäfer")
    table = desk.find_session("table")
    assert desk.scan(code).result == "ok"
    assert desk.scan(code, session_id=table).result == "ok"
    assert desk.scan(code, session_id=table).result == "already"
    assert desk.counts(table).present == 1
    with pytest.raises(NotFoundError, match="no session called"):
        desk.find_session("Lunch")


def test_check_out_then_in_again(desk: Desk, workspace: Workspace) -> None:
    code = code_of(workspace, "Jörg Schäfer")
    assert desk.scan(code, direction="out").result == "already"  # not in yet
    assert desk.scan(code).result == "ok"
    assert desk.scan(code, direction="out").result == "ok"
    assert desk.counts().present == 0
    assert desk.scan(code).result == "ok"
    assert desk.counts().present == 1


def test_failed_scans_are_logged_and_change_no_attendance(desk: Desk, workspace: Workspace) -> None:
    code = code_of(workspace, "Sam Okafor")
    tampered = code[:-5] + ("B" if code[-5] != "B" else "C") + code[-4:]
    outcomes = [desk.scan(x) for x in ("hello", code[:90], tampered, "\x1b\x1b\t")]
    assert [o.result for o in outcomes] == ["invalid"] * 4
    assert "cut short" in outcomes[1].message
    assert all(o.participant is None for o in outcomes)
    assert [r.result for r in _log(workspace)] == ["invalid"] * 4
    assert desk.counts().present == 0 and desk.counts().failed == 4


def test_code_of_another_event_is_named_as_such(desk: Desk) -> None:
    private, _ = codes.new_private_key()
    foreign = codes.sign(private, codes.Payload(1, codes.event_tag("another-event"), 1, datetime.now(UTC)))
    outcome = desk.scan(foreign)
    assert outcome.result == "other-event" and "another event" in outcome.message


def test_forged_code_with_this_events_tag_is_invalid(desk: Desk, workspace: Workspace) -> None:
    with workspace.session() as s:
        tag = codes.event_tag(workspace.event(s).uid)
    intruder, _ = codes.new_private_key()
    forged = codes.sign(intruder, codes.Payload(1, tag, 1, datetime.now(UTC)))
    outcome = desk.scan(forged)
    assert outcome.result == "invalid" and "forged" in outcome.message


def test_wrong_keyboard_layout_outcomes(desk: Desk, workspace: Workspace) -> None:
    code = code_of(workspace, "Élodie Müller")
    row = {v: k for k, v in codes.AZERTY_DIGITS.items()}
    azerty = "".join(row.get(ch, ch) for ch in code).lower()
    read = desk.scan(azerty)
    assert read.result == "ok" and read.hint and "AZERTY" in read.hint
    qwertz = desk.scan("Z" + code[1:])
    assert qwertz.result == "invalid" and qwertz.hint and "QWERTZ" in qwertz.hint
    keyed = desk.scan("KYZ4-6FD")
    assert keyed.result == "invalid" and keyed.hint and "QWERTZ" in keyed.hint


def test_short_code_typed_by_hand(desk: Desk, workspace: Workspace) -> None:
    short = short_of(workspace, "Ана Петрова")
    outcome = desk.scan(f" {short[:4].lower()}-{short[4:]} ")
    assert outcome.result == "ok" and outcome.method == "keyed"
    assert outcome.participant and outcome.participant.name == "Ана Петрова"


def test_undo_annuls_by_nonce_and_attendance_follows(desk: Desk, workspace: Workspace) -> None:
    code = code_of(workspace, "Élodie Müller")
    first = desk.scan(code)
    assert desk.counts().present == 1
    undone = desk.undo_last()
    assert undone is not None and undone.result == "undo" and undone.annuls == first.nonce
    assert desk.counts().present == 0
    assert desk.undo_last() is None
    rows = _log(workspace)
    assert [r.result for r in rows] == ["ok", "undo"] and rows[1].annuls_uid == first.nonce
    assert desk.scan(code).result == "ok"  # can come in again after an undo
    with workspace.session() as s:
        assert attendance(s, workspace.event(s).id) == {None: {first.participant.uid}}  # type: ignore[union-attr]


def test_walk_in_without_a_name_gets_a_badge_number(desk: Desk, workspace: Workspace) -> None:
    outcome = desk.walk_in()
    assert outcome.result == "ok" and outcome.method == "walk-in"
    assert outcome.participant and outcome.participant.name is None and outcome.participant.badge_number == 5
    assert outcome.participant.label == "Badge 5"
    named = desk.walk_in(name="  Amira Haddad ", organisation="Voisins")
    assert named.participant and named.participant.label == "Amira Haddad"
    assert desk.counts().walk_ins == 2 and desk.counts().present == 2
    with workspace.session() as s:  # the printing laptop can print their badge at once
        assert s.scalar(select(Registration.code).where(Registration.participant_id == named.participant.id))


def test_search_is_accent_insensitive(desk: Desk) -> None:
    index = desk.index()
    assert [p.name for p in index.search("elodie")] == ["Élodie Müller"]
    assert [p.name for p in index.search("MULLER apf")] == ["Élodie Müller"]
    assert [p.name for p in index.search("петр")] == ["Ана Петрова"]
    assert index.search("   ") == []


def test_search_check_in_and_retired_key(desk: Desk, workspace: Workspace) -> None:
    person = desk.index().search("sam")[0]
    assert desk.check_in(person.id).result == "ok"
    with workspace.transaction() as s:
        event = workspace.event(s)
        new_key(s, event)
        retire_key(s, event, 1)
    desk.reload()
    outcome = desk.scan(code_of(workspace, "Jörg Schäfer"))
    assert outcome.result == "invalid" and "retired" in outcome.message


def test_the_counter_counts_people_expected_at_the_door_and_an_undone_walk_in_not_at_all(
    desk: Desk, workspace: Workspace, tmp_path: Path
) -> None:
    """'present of N' counted everyone, online-only people included, and an undone walk-in kept
    counting on the door's counter, the Overview and `stats`."""
    from hybridhub.analysis.stats import read_stats
    from hybridhub.importers.base import ImportOptions
    from hybridhub.importers.store import import_file

    expected, stats = desk.counts(), read_stats(workspace)
    assert expected.registered == 4 and expected.walk_ins == 0
    chat = tmp_path / "WhatsApp Chat with Online.txt"
    chat.write_text("14/11/2026, 18:05 - 王芳: 我们需要更多的公交车\n", encoding="utf-8")
    import_file(workspace, chat, options=ImportOptions(timezone="Europe/Paris"))
    assert desk.counts().registered == 4  # the online-only person is not expected at the door
    assert read_stats(workspace)["people"] == stats["people"] + 1
    walk_in = desk.walk_in(name="Zoë Lefèvre")
    assert (desk.counts().registered, desk.counts().walk_ins, desk.counts().present) == (5, 1, 1)
    assert read_stats(workspace)["attended"] == stats["attended"] + 1
    undone = desk.undo_last()
    assert undone is not None and undone.annuls == walk_in.nonce
    assert (desk.counts().registered, desk.counts().walk_ins, desk.counts().present) == (4, 0, 0)
    after = read_stats(workspace)
    assert (after["people"], after["attended"]) == (stats["people"] + 1, stats["attended"])
