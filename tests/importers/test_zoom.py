"""Zoom chat layouts (old, new, cloud, German), DMs, reactions, replies, dates; participant reports."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from hybridhub.core.errors import ImportFormatError, UserError
from hybridhub.core.models import CheckIn, Contribution, Identity
from hybridhub.core.workspace import Workspace
from hybridhub.importers.base import ImportOptions
from hybridhub.importers.detect import detect
from hybridhub.importers.formats.zoom import ZoomParticipantsImporter, ZoomWebinarImporter
from hybridhub.importers.records import Attendance, Message, Problem, Skipped
from hybridhub.importers.source import Source
from hybridhub.importers.store import import_file, preview
from tests.conftest import DATA

ZOOM = DATA / "zoom"
NEW = ZOOM / "2024-03-05 10.00.12 Community Workshop 81234567890" / "meeting_saved_chat.txt"
OLD = ZOOM / "2019-11-20 23.30.00 Residents Meeting 9876543210" / "chat.txt"
GERMAN = ZOOM / "2024-03-06 14.00.00 Nachbarschaftstreffen 81111111111" / "meeting_saved_chat.txt"


def parse(path: Path, **settings: str) -> list:  # type: ignore[type-arg]
    found = detect(path)
    return list(found.importer.records(found.source, ImportOptions(settings=dict(settings))))


def msgs(records: list) -> list[tuple[str, str, str, bool]]:  # type: ignore[type-arg]
    return [
        (r.posted_at.isoformat(sep=" "), r.author.name, r.text, r.direct)
        for r in records
        if isinstance(r, Message)
    ]


def test_new_layout_with_dm_reaction_and_reply() -> None:
    records = parse(NEW)
    assert msgs(records) == [
        ("2024-03-05 10:01:02", "Ana Lopez", "Good morning everyone! Please say where you join from.", False),
        (
            "2024-03-05 10:01:40",
            "Ben Okafor",
            "Morning! Can you hear me?\nI am on the phone, the video does not work.",
            False,
        ),
        ("2024-03-05 10:02:05", "Ana Lopez", "Your microphone is muted", True),
        ("2024-03-05 10:03:10", "Chris Wu", "Yes, loud and clear", False),
        (
            "2024-03-05 10:04:00",
            "Dana Smith (she/her)",
            "The bus to the venue does not run on Saturdays.",
            False,
        ),
    ]
    assert [(r.line, r.reason) for r in records if isinstance(r, Skipped)] == [(8, "reaction")]
    ben, reply = records[1], records[4]
    assert reply.parent_id == ben.source_id and reply.chat == NEW.parent.name


def test_old_layout_crosses_midnight_and_keeps_multiline() -> None:
    assert msgs(parse(OLD)) == [
        ("2019-11-20 23:58:12", "Ana Lopez", "Welcome to the late session", False),
        ("2019-11-20 23:59:30", "Ben Okafor", "Thanks, glad to be here", False),
        ("2019-11-21 00:00:45", "Ben Okafor", "Is the recording on?", True),
        ("2019-11-21 00:01:05", "Chris Wu", "Two questions:\n1. parking\n2. step-free access", False),
    ]


def test_german_keywords() -> None:
    assert msgs(parse(GERMAN)) == [
        ("2024-03-06 14:01:02", "Jana Weber", "Hallo zusammen, willkommen!", False),
        ("2024-03-06 14:02:10", "Olaf Berg", "Ich muss früher gehen", True),
        ("2024-03-06 14:03:00", "Olaf Berg", "Der Aufzug am Bahnhof ist seit Wochen kaputt.", False),
    ]


def test_cloud_recording_times_count_from_the_recording_start() -> None:
    assert msgs(parse(ZOOM / "GMT20240305-090012_RecordingnewChat.txt")) == [
        ("2024-03-05 09:01:14+00:00", "Ana Lopez", "Recording started, welcome", False),
        ("2024-03-05 09:15:52+00:00", "Ben Okafor", "Could you share the slides afterwards?", False),
        ("2024-03-05 10:02:15+00:00", "Chris Wu", "Thank you all", False),
    ]


def test_date_is_asked_for_when_the_name_has_none() -> None:
    path = ZOOM / "saved_chat_without_date.txt"
    with pytest.raises(ImportFormatError, match="meeting date") as info:
        parse(path)
    assert info.value.field == "date"
    assert msgs(parse(path, date="2024-03-07")) == [
        ("2024-03-07 18:00:05", "Eve Adams", "Hello from the library computer", False)
    ]


def test_import_skips_dms_unless_asked_and_links_replies(workspace: Workspace) -> None:
    result = import_file(workspace, NEW, options=ImportOptions(timezone="Europe/Paris"))
    assert (result.format, result.added, result.skipped, result.participants) == ("zoom-chat", 4, 2, 4)
    assert result.skipped_reasons == {"reaction": 1, "direct message": 1}
    with workspace.session() as s:
        rows = s.scalars(select(Contribution).order_by(Contribution.posted_at)).all()
        assert rows[0].posted_at == datetime(2024, 3, 5, 9, 1, 2, tzinfo=UTC)
        assert rows[2].parent_id == rows[1].id
    with_dm = import_file(workspace, NEW, options=ImportOptions(timezone="Europe/Paris", include_direct=True))
    assert (with_dm.added, with_dm.duplicates) == (1, 4)


def test_participants_report_with_meeting_block_merges_rejoins() -> None:
    records = parse(ZOOM / "participants_81234567890.csv")
    assert [(r.author.name, r.joined_at, r.left_at, r.minutes) for r in records] == [
        ("Ana Lopez", datetime(2024, 3, 5, 9, 58, 12), datetime(2024, 3, 5, 12, 4, 40), 127),
        ("Ben Okafor", datetime(2024, 3, 5, 10, 0, 30), datetime(2024, 3, 5, 12, 0), 115),
        ("Chris Wu", datetime(2024, 3, 5, 10, 2), datetime(2024, 3, 5, 11, 30), 88),
        ("Smith, Dana", datetime(2024, 3, 5, 10, 3), datetime(2024, 3, 5, 12, 1), 118),
    ]


def test_participants_report_without_meeting_block() -> None:
    records = parse(ZOOM / "participants_plain.csv")
    assert [(r.author.name, r.minutes, r.line) for r in records] == [
        ("Jana Weber", 92, 2),
        ("Olaf Berg", 49, 3),
    ]


def test_webinar_report_with_preamble() -> None:
    records = parse(ZOOM / "webinar_attendee_report.csv")
    present = [r for r in records if isinstance(r, Attendance)]
    assert [(r.author.name, r.role, r.minutes) for r in present] == [
        ("Mayor Office", "host", 63),
        ("Dr. Ruth Klein", "panelist", 61),
        ("Alice Brown", "attendee", 50),
        ("Carmen Ruiz", "attendee", 50),
    ]
    assert present[2].joined_at == datetime(2024, 3, 5, 19, 0) and present[2].left_at == datetime(
        2024, 3, 5, 20, 0
    )
    assert [(r.line, r.reason) for r in records if isinstance(r, Skipped)] == [
        (15, "registered but did not attend")
    ]


def test_attendance_links_to_chat_identities_and_reimports_nothing(workspace: Workspace) -> None:
    import_file(workspace, NEW)
    report = ZOOM / "participants_81234567890.csv"
    result = import_file(workspace, report)
    assert (result.format, result.added, result.participants) == (
        "zoom-participants",
        4,
        1,
    )  # only "Smith, Dana"
    assert import_file(workspace, report).duplicates == 4
    with workspace.session() as s:
        ben = s.scalars(select(Identity).where(Identity.display == "Ben Okafor")).one()
        checkin = s.scalars(select(CheckIn).where(CheckIn.participant_id == ben.participant_id)).one()
        assert (checkin.channel, checkin.minutes, checkin.method) == ("zoom", 115, "import")
        assert checkin.scanned_at == datetime(2024, 3, 5, 9, 0, 30, tzinfo=UTC)


def test_preview_shows_local_times_and_kinds(workspace: Workspace) -> None:
    shown = preview(workspace, NEW, options=ImportOptions(timezone="America/New_York"))
    assert shown.format == "zoom-chat" and shown.complete
    assert [(r.kind, r.author) for r in shown.rows][:4] == [
        ("message", "Ana Lopez"),
        ("message", "Ben Okafor"),
        ("skipped", "Ana Lopez"),
        ("skipped", ""),
    ]
    first_time = shown.rows[0].time
    assert first_time is not None and (first_time.hour, str(first_time.tzinfo)) == (10, "America/New_York")


def test_participants_report_without_join_or_leave_times(workspace: Workspace) -> None:
    """Issue 15: 'Name (Original Name), User Email, Total Duration (Minutes), Guest' under the meeting
    block, no join or leave columns: attendance without times, rejoins summed, guests marked."""
    path = DATA / "zoom" / "participants_total_duration.csv"
    assert detect(path).importer.name == "zoom-participants"
    found = parse(path)
    attendance = [r for r in found if isinstance(r, Attendance)]
    assert [(a.author.name, a.minutes, a.role, a.joined_at, a.left_at) for a in attendance] == [
        ("Ana Lopez", 127, "participant", None, None),
        ("ليلى حداد", 115, "guest", None, None),
        ("王芳", 64, "guest", None, None),
        ("Jean-Pierre Dubois", 0, "participant", None, None),
    ]
    assert [p.message for p in found if isinstance(p, Problem)] == ["a participant row without a name"]
    first = import_file(workspace, path)
    assert (first.added, first.participants, first.counts["attendance"]) == (4, 4, 4)
    again = import_file(workspace, path)
    assert (again.added, again.duplicates) == (0, 4)  # no times, yet a re-import adds nothing


_CELLS = st.sampled_from(
    ["Ana Lopez", "ليلى حداد", "", "--", "127", "12.5", "x", "Yes", "No", "03/05/2024 09:58:12 AM",
     "2024-03-05 10:00:00", "31/02/2024 25:00", '"', "a,b", "Ana (iPad)"]
)  # fmt: skip
_HEADERS = st.sampled_from(
    [
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest",
        "Name (Original Name),User Email,Total Duration (Minutes),Guest",
        "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants",
        "Attendee Details\nAttended,User Name (Original Name),Join Time,Leave Time,Time in Session (minutes)",
        "",
    ]
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(header=_HEADERS, rows=st.lists(st.lists(_CELLS, max_size=8), max_size=12))
def test_any_report_gives_attendance_problems_or_a_user_error(
    header: str, rows: list[list[str]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("zoom") / "participants_81234567890.csv"
    path.write_text(header + "\n" + "\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    for importer in (ZoomParticipantsImporter(), ZoomWebinarImporter()):
        try:
            found = list(importer.records(Source(path), ImportOptions()))
        except UserError:
            continue
        assert all(isinstance(r, Attendance | Problem | Skipped) for r in found)
        assert all(r.author.name.strip() for r in found if isinstance(r, Attendance))
