"""Slack workspace export: channels, private channel, DM, threads across days, markup, notices."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hybridhub.core.errors import ImportFormatError
from hybridhub.importers.formats.slack import SlackImporter
from tests.conftest import DATA
from tests.importers.exports import fuzz, messages, records, scores, skipped, zip_bytes, zip_folder

EXPORT = DATA / "slack" / "export"
SLACK = SlackImporter()
ROOT_TS = "1709974800.000100"


@pytest.fixture
def export_zip(tmp_path: Path) -> Path:
    return zip_folder(EXPORT, tmp_path / "Workshop Hybrid Slack export Mar 8 2024 - Mar 10 2024.zip")


def test_messages_authors_times_and_texts(export_zip: Path) -> None:
    found = records(SLACK, export_zip)
    msgs = messages(found)
    assert len(msgs) == 12
    assert [(m.chat, m.author.name) for m in msgs] == [
        ("allgemein", "Anna Schmidt"),
        ("allgemein", "Björn Åberg"),
        ("allgemein", "Fatima Z."),
        ("allgemein", "Fatima Z."),
        ("allgemein", "Kenji Watanabe 渡辺健二"),
        ("allgemein", "Fatima Z."),
        ("allgemein", "Björn Åberg"),
        ("ideen", "Kenji Watanabe 渡辺健二"),
        ("ideen", "Marta Nowak"),
        ("ideen", "Anna Schmidt"),
        ("orga-team", "Anna Schmidt"),
        ("Anna Schmidt & Björn Åberg", "Björn Åberg"),
    ]
    first = msgs[0]
    assert first.posted_at == datetime(2024, 3, 9, 9, 0, 0, 100, tzinfo=UTC)
    assert first.source_id == ROOT_TS and first.thread_id == ROOT_TS and first.parent_id is None
    assert first.author.key == "U01ANNA" and first.author.email == "anna.schmidt@example.org"
    # markup: <!channel>, <url|label>, <@U…>, <@U…|label>, <#C…>, entities, bare <url>
    assert first.text == (
        "Willkommen @channel! Die Agenda: Agenda (PDF) (https://example.org/agenda.pdf) – "
        "Fragen bitte im Thread."
    )
    assert msgs[1].text == "Danke @Anna Schmidt! Ich bin online dabei & freue mich <3"
    assert msgs[1].extra == {"edited_at": "2024-03-09T09:02:00.000100+00:00"}
    assert msgs[4].text == "参加します。Thanks @Anna Schmidt!"
    assert msgs[5].text == "Noch eine Frage zu Punkt 3 → siehe #ideen\n(ich bin ab 10 Uhr da)"
    assert msgs[6].text == "Zusammenfassung: Treffpunkt example.org/raum, Beginn 10 Uhr."
    assert msgs[7].text == (
        "Idee: mehr Bänke 🪑 im Park – @Fatima Z. hatte das auch gesagt. Quelle: https://example.org/bänke"
    )
    assert msgs[9].text == "nickt zustimmend"  # /me message
    assert msgs[8].author.key == "U09EXTERN"  # shared-channel guest, named from the message's profile


def test_file_only_message_is_media_and_file_with_text_keeps_its_name(export_zip: Path) -> None:
    msgs = messages(records(SLACK, export_zip))
    photo_only, with_text = msgs[2], msgs[3]
    assert (photo_only.kind, photo_only.text, photo_only.attachments) == ("media", "", ["flipchart.jpg"])
    assert (with_text.kind, with_text.attachments) == ("message", ["gruppe2.png"])
    assert with_text.text == "Hier mein Foto vom Flipchart, Gruppe 2 😊"


def test_thread_replies_link_to_the_root_even_from_a_later_day(export_zip: Path) -> None:
    msgs = messages(records(SLACK, export_zip))
    replies = [m for m in msgs if m.parent_id]
    assert [(m.author.name, m.posted_at.date().isoformat()) for m in replies] == [  # type: ignore[union-attr]
        ("Kenji Watanabe 渡辺健二", "2024-03-09"),
        ("Fatima Z.", "2024-03-10"),
        ("Björn Åberg", "2024-03-10"),  # thread_broadcast
    ]
    assert {m.parent_id for m in replies} == {ROOT_TS}
    assert {m.thread_id for m in replies} == {ROOT_TS}


def test_notices_bots_and_deleted_messages_are_skipped(export_zip: Path) -> None:
    assert skipped(records(SLACK, export_zip)) == [
        "Slack notice (channel_join)",
        "Slack notice (channel_join)",
        "bot message",
        "Slack notice (channel_topic)",
        "bot message",  # Slackbot
        "deleted message",
    ]


def test_direct_messages_are_marked_private_channels_are_not(export_zip: Path) -> None:
    msgs = messages(records(SLACK, export_zip))
    assert [m.chat for m in msgs if m.direct] == ["Anna Schmidt & Björn Åberg"]


def test_export_rezipped_under_a_top_folder(tmp_path: Path) -> None:
    nested = zip_folder(EXPORT, tmp_path / "nested.zip", prefix="Workshop Hybrid Slack export/")
    assert scores(nested)["slack"] >= 0.9
    assert len(messages(records(SLACK, nested))) == 12


def test_single_day_file(tmp_path: Path) -> None:
    day = EXPORT / "ideen" / "2024-03-09.json"
    assert scores(day)["slack"] >= 0.5
    msgs = messages(records(SLACK, day))
    assert [(m.chat, m.author.name) for m in msgs] == [
        ("ideen", "Kenji Watanabe 渡辺健二"),  # named from the embedded profile without users.json
        ("ideen", "Marta Nowak"),
        ("ideen", "Anna Schmidt"),
    ]
    assert msgs[0].text.startswith("Idee: mehr Bänke 🪑 im Park – @U03FATIMA hatte")


def test_detect_scores(export_zip: Path) -> None:
    assert scores(export_zip)["slack"] >= 0.95
    assert max(v for k, v in scores(export_zip).items() if k != "slack") < 0.5
    for other in (DATA / "telegram" / "single_chat" / "result.json", DATA / "whatsapp" / "_chat.txt"):
        assert scores(other)["slack"] == 0.0


def test_damaged_day_file_names_file_and_line(tmp_path: Path) -> None:
    archive = tmp_path / "broken.zip"
    archive.write_bytes(
        zip_bytes(
            {
                "users.json": b"[]",
                "channels.json": b'[{"id": "C1", "name": "general"}]',
                "general/2024-03-09.json": b'[\n {"type": "message", "ts": "1709974800.0001", "text": "hi"},'
                b'\n {"ts": ]',
            }
        )
    )
    with pytest.raises(ImportFormatError) as info:
        records(SLACK, archive)
    assert info.value.file == "broken.zip!general/2024-03-09.json"
    assert info.value.line == 3
    assert open_handles(archive) == 0  # the failed read closed the archive, not the garbage collector


def open_handles(path: Path) -> int:
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        pytest.skip("needs /proc to list open files")
    return sum(1 for fd in fds.iterdir() if os.path.realpath(fd) == str(path.resolve()))


def test_garbled_message_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    day = tmp_path / "2024-03-09.json"
    day.write_text('[{"type": "message", "ts": "nonsense", "user": "U1", "text": "x"}, 5]', encoding="utf-8")
    found = records(SLACK, day)
    assert [type(r).__name__ for r in found] == ["Problem", "Problem"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=st.binary(max_size=300),
    prefix=st.sampled_from([b"", b'[{"type": "message", "ts": "1709974800.0001", ', b"["]),
)
def test_any_day_file_bytes_give_records_or_a_user_error(body: bytes, prefix: bytes) -> None:
    fuzz(SLACK, prefix + body, ".json")
    fuzz(
        SLACK,
        zip_bytes({"users.json": b"[]", "channels.json": b"[]", "c/2024-01-01.json": prefix + body}),
        ".zip",
    )
