"""Microsoft Teams attendance reports: UTF-16 + tabs, sections, translated headers, old layout."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hybridhub.core.errors import ImportFormatError
from hybridhub.importers.formats.teams import TeamsImporter, parse_duration
from hybridhub.importers.records import Attendance
from tests.conftest import DATA
from tests.importers.exports import fuzz, records, scores

TEAMS = TeamsImporter()
FOLDER = DATA / "teams"
REPORT_EN = FOLDER / "meetingAttendanceReport(Workshop Hybrid).csv"
REPORT_DE = FOLDER / "Teilnahmebericht Werkstatt.csv"
REPORT_FR = FOLDER / "Rapport de présence.csv"
OLD_LIST = FOLDER / "meetingAttendanceList.csv"


def rows(path: Path) -> list[tuple[str, str | None, datetime | None, datetime | None, int | None, str]]:
    found = records(TEAMS, path)
    assert all(isinstance(r, Attendance) for r in found)
    return [(r.author.name, r.author.email, r.joined_at, r.left_at, r.minutes, r.role) for r in found]  # type: ignore[union-attr]


def test_durations() -> None:
    assert parse_duration("19m 26s") == 19 * 60 + 26
    assert parse_duration("1h 2m 3s") == 3723
    assert parse_duration("45s") == 45
    assert parse_duration("2 Std. 1 Min. 50 Sek.") == 7310
    assert parse_duration("15 min 30 s") == 930
    assert parse_duration("0:19:26") == 1166
    assert parse_duration("soon") is None and parse_duration("") is None


def test_english_report_uses_the_participants_section() -> None:
    assert REPORT_EN.read_bytes()[:2] == b"\xff\xfe"  # really UTF-16 with a BOM
    assert rows(REPORT_EN) == [
        (
            "Anna Schmidt",
            "anna.schmidt@example.org",
            datetime(2024, 3, 9, 9, 55, 2),
            datetime(2024, 3, 9, 12, 1, 40),
            127,
            "organizer",
        ),
        (
            "Kenji Watanabe",
            "kenji@example.net",
            datetime(2024, 3, 9, 10, 1, 15),
            datetime(2024, 3, 9, 11, 58),
            98,
            "presenter",
        ),
        (
            "Renée O'Connor",
            None,
            datetime(2024, 3, 9, 10, 20),
            datetime(2024, 3, 9, 10, 39, 26),
            19,
            "attendee",
        ),
        (
            "Fatima Zahra",
            "fatima@example.org",
            datetime(2024, 3, 9, 10, 5),
            datetime(2024, 3, 9, 11, 0, 45),
            1,
            "attendee",
        ),
    ]


def test_german_report_day_first_dates_and_translated_headers() -> None:
    assert rows(REPORT_DE) == [
        (
            "Jürgen Groß",
            "j.gross@beispiel.de",
            datetime(2024, 4, 13, 14, 0, 10),
            datetime(2024, 4, 13, 16, 2),
            122,
            "organizer",
        ),
        (
            "Ayşe Demir",
            "ayse.demir@beispiel.de",
            datetime(2024, 4, 13, 14, 3),
            datetime(2024, 4, 13, 15, 30, 30),
            70,
            "attendee",
        ),
        (
            "Olena Kovalenko",
            None,
            datetime(2024, 4, 13, 14, 30),
            datetime(2024, 4, 13, 15, 0),
            30,
            "attendee",
        ),
    ]


def test_french_activities_only_rejoins_are_merged() -> None:
    assert rows(REPORT_FR) == [
        (
            "Élodie Lefèvre",
            "elodie@exemple.fr",
            datetime(2024, 4, 20, 9, 58),
            datetime(2024, 4, 20, 11, 0),
            57,
            "organizer",
        ),
        # 15 min 30 s + 39 min = 54.5 minutes: half a minute counts
        (
            "Moussa Diop",
            "moussa@exemple.fr",
            datetime(2024, 4, 20, 10, 0),
            datetime(2024, 4, 20, 10, 59),
            55,
            "attendee",
        ),
    ]


def test_old_attendance_list_pairs_joins_and_leaves() -> None:
    assert rows(OLD_LIST) == [
        ("Anna Schmidt", None, datetime(2024, 3, 2, 18, 58, 40), None, None, ""),  # still in when saved
        ("Björn Åberg", None, datetime(2024, 3, 2, 18, 58, 40), datetime(2024, 3, 2, 20, 1), 62, ""),
        # 19:02:11–19:10:00 and 19:15:00–20:00:30
        ("Lena Schulz", None, datetime(2024, 3, 2, 19, 2, 11), datetime(2024, 3, 2, 20, 0, 30), 53, ""),
    ]


def test_a_comma_separated_utf8_copy_still_reads(tmp_path: Path) -> None:
    copy = tmp_path / "attendance.csv"
    text = OLD_LIST.read_text(encoding="utf-16").replace("\t", ",").replace(", ", " ")
    copy.write_text(text, encoding="utf-8")
    assert [r[0] for r in rows(copy)] == ["Anna Schmidt", "Björn Åberg", "Lena Schulz"]


def test_detect_scores() -> None:
    for path in (REPORT_EN, REPORT_DE, REPORT_FR, OLD_LIST):
        found = scores(path)
        assert found["teams"] >= 0.9, path
        assert max(v for k, v in found.items() if k != "teams") < 0.5, path
    for other in ("participants_81234567890.csv", "participants_plain.csv", "webinar_attendee_report.csv"):
        assert scores(DATA / "zoom" / other)["teams"] < 0.5, other
    assert scores(DATA / "whatsapp" / "_chat.txt")["teams"] == 0.0


def test_bad_date_names_the_line(tmp_path: Path) -> None:
    broken = tmp_path / "report.csv"
    text = REPORT_DE.read_text(encoding="utf-16").replace("13.04.24, 14:03:00", "gestern", 1)
    broken.write_text(text, encoding="utf-16")
    with pytest.raises(ImportFormatError, match="gestern") as info:
        records(TEAMS, broken)
    assert info.value.line == 11


def test_no_attendance_rows_is_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "report.csv"
    empty.write_text("1. Summary\nMeeting title\tX\n", encoding="utf-16")
    with pytest.raises(ImportFormatError, match="no attendance rows"):
        records(TEAMS, empty)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=st.text(alphabet=st.sampled_from(list("0123456789/.:, \t\nAPMhms")) | st.characters(), max_size=200),
    prefix=st.sampled_from(
        ["", "Full Name\tUser Action\tTimestamp\n", "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\n"]
    ),
    encoding=st.sampled_from(["utf-16", "utf-8"]),
)
def test_any_text_gives_records_or_a_user_error(body: str, prefix: str, encoding: str) -> None:
    fuzz(TEAMS, (prefix + body).encode(encoding, "surrogatepass"), ".csv")


@settings(max_examples=40, deadline=None)
@given(body=st.binary(max_size=300))
def test_any_bytes_give_records_or_a_user_error(body: bytes) -> None:
    fuzz(TEAMS, body, ".csv")
