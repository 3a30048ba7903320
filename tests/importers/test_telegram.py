"""Telegram Desktop JSON: one chat's result.json and the whole-account export."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hybridhub.core.errors import ImportFormatError
from hybridhub.importers.formats.telegram import TelegramImporter
from hybridhub.importers.records import Problem
from tests.conftest import DATA
from tests.importers.exports import fuzz, messages, records, scores, skipped, zip_bytes

SINGLE = DATA / "telegram" / "single_chat" / "result.json"
ACCOUNT = DATA / "telegram" / "account" / "result.json"
TELEGRAM = TelegramImporter()


def test_single_chat_messages() -> None:
    found = records(TELEGRAM, SINGLE)
    msgs = messages(found)
    assert [(m.source_id, m.author.name, m.kind) for m in msgs] == [
        ("3", "Jana Nováková", "message"),
        ("4", "Mehmet Yılmaz", "message"),
        ("5", "Olena Kovalenko", "message"),
        ("6", "Ahmad Haddad", "media"),
        ("7", "Ahmad Haddad", "message"),
        ("8", "Jana Nováková", "poll"),
        ("9", "Mehmet Yılmaz", "media"),
        ("10", "Deleted Account", "message"),
        ("12", "Mehmet Yılmaz", "message"),
    ]
    assert {m.chat for m in msgs} == {"Nachbarschaftsrat Süd 🌻"}
    assert not any(m.direct for m in msgs)
    # date_unixtime wins over the local "date": 10:02:11 in Berlin is 09:02:11 UTC
    assert msgs[0].posted_at == datetime(2024, 3, 9, 9, 2, 11, tzinfo=UTC)
    assert msgs[0].author.key == "user5011"
    # text as a list of entities: bold, text_link with its address, plain link
    assert msgs[1].text == (
        "Ich finde, wir brauchen mehr Schatten – siehe Umfrage (https://example.org/umfrage) "
        "und https://example.org/plan.pdf."
    )
    assert msgs[2].text == "Згодна з Мехметом.\nІ ще: лавки для бабусь!"
    assert msgs[3].attachments == ["photo_1@09-03-2024_10-06-40.jpg"] and msgs[3].text == ""
    assert msgs[4].text == "هذا الملعب الآن" and msgs[4].attachments == ["photo_2@09-03-2024_10-07-15.jpg"]
    assert msgs[5].text == "Wann treffen wir uns vor Ort?"
    assert msgs[6].attachments == ["sticker.webp"]
    assert msgs[8].text == "Olena, danke! Ich bringe die Liste mit."
    assert msgs[8].extra == {"edited_at": "2024-03-09T09:15:12+00:00"}


def test_replies_keep_their_parent() -> None:
    msgs = messages(records(TELEGRAM, SINGLE))
    assert [(m.source_id, m.parent_id) for m in msgs if m.parent_id] == [("5", "4"), ("12", "5")]


def test_service_messages_and_contact_cards_are_skipped() -> None:
    found = records(TELEGRAM, SINGLE)
    assert skipped(found) == [
        "service message (create_group)",
        "service message (invite_members)",
        "contact card",
        "service message (remove_members)",
    ]
    assert "+49 151" not in repr(found)  # the shared contact's phone number goes nowhere


def test_line_numbers_point_at_the_message() -> None:
    lines = SINGLE.read_text(encoding="utf-8").splitlines()
    for message in messages(records(TELEGRAM, SINGLE)):
        assert lines[message.line - 1].strip() == "{"  # type: ignore[operator]
        assert f'"id": {message.source_id},' in lines[message.line]  # type: ignore[index]


def test_whole_account_export() -> None:
    found = records(TELEGRAM, ACCOUNT)
    msgs = messages(found)
    assert [(m.chat, m.author.name, m.text, m.direct) for m in msgs] == [
        ("Mehmet Yılmaz", "Mehmet Yılmaz", "Kommst du morgen zum Treffen?", True),
        ("Mehmet Yılmaz", "Jana Nováková", "Ja, ich moderiere. Bis morgen!", True),
        (
            "Werkstatt Hybrid 2024",
            "Olena Kovalenko",
            "Привіт усім! Hier sammeln wir Ideen für die Werkstatt.",
            False,
        ),
        ("Werkstatt Hybrid 2024", "Jana Nováková", "Danke Olena 🙏 Ich schlage Samstag vor.", False),
        ("Werkstatt Hybrid 2024", "Olena Kovalenko", "Samstag passt.", False),
        ("Stadtteilforum (alt)", "Ahmad Haddad", "Wer kann beim Aufräumen helfen?", False),
    ]
    assert msgs[3].parent_id == "2"
    assert msgs[4].extra == {"forwarded_from": "Kalender Bot"}
    # an old export without date_unixtime: the local time, naive, for the import's time zone
    assert msgs[5].posted_at == datetime(2021, 11, 20, 18, 0, 5)
    assert skipped(found) == ["service message (create_group)"]
    text = repr(found)
    assert "+420" not in text and "+49 170" not in text  # personal info and contacts are never read out


def test_result_json_inside_a_zip(tmp_path: Path) -> None:
    archive = tmp_path / "Telegram Export.zip"
    archive.write_bytes(
        zip_bytes(
            {
                "ChatExport_2024-03-10/result.json": SINGLE.read_bytes(),
                "ChatExport_2024-03-10/photos/x.jpg": b"\xff",
            }
        )
    )
    assert scores(archive)["telegram"] >= 0.9
    assert len(messages(records(TELEGRAM, archive))) == 9


def test_detect_scores() -> None:
    assert scores(SINGLE)["telegram"] >= 0.95
    assert scores(ACCOUNT)["telegram"] >= 0.9
    for path in (SINGLE, ACCOUNT):
        assert max(v for k, v in scores(path).items() if k != "telegram") < 0.5
    messenger = DATA / "facebook" / "new_export" / "your_facebook_activity" / "messages" / "inbox"
    assert scores(next(messenger.rglob("message_1.json")))["telegram"] == 0.0
    assert scores(DATA / "slack" / "export" / "ideen" / "2024-03-09.json")["telegram"] == 0.0


def test_streamed_across_read_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Items that straddle the reader's chunk boundary decode the same (tiny chunks force it)."""
    from hybridhub.importers import jsonstream

    whole = records(TELEGRAM, SINGLE), records(TELEGRAM, ACCOUNT)
    monkeypatch.setattr(jsonstream, "CHUNK", 7)
    assert (records(TELEGRAM, SINGLE), records(TELEGRAM, ACCOUNT)) == whole


def test_damaged_message_is_a_problem_and_cut_file_an_error(tmp_path: Path) -> None:
    odd = tmp_path / "result.json"
    odd.write_text(
        json.dumps(
            {
                "name": "x",
                "type": "private_group",
                "id": 1,
                "messages": [
                    {"id": 1, "type": "message", "from": "A", "from_id": "user1", "text": "no date"},
                    "junk",
                ],
            }
        ),
        encoding="utf-8",
    )
    assert [type(r) for r in records(TELEGRAM, odd)] == [Problem, Problem]
    cut = tmp_path / "cut.json"
    cut.write_bytes(SINGLE.read_bytes()[:3000])
    with pytest.raises(ImportFormatError, match=r"ends too early|damaged JSON") as info:
        records(TELEGRAM, cut)
    assert info.value.file == "cut.json" and info.value.line is not None


def test_not_telegram_json_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "data.json"
    other.write_text('{"rows": [1, 2, 3]}', encoding="utf-8")
    assert scores(other)["telegram"] == 0.0
    with pytest.raises(ImportFormatError, match="not a Telegram export"):
        records(TELEGRAM, other)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=st.binary(max_size=300),
    prefix=st.sampled_from(
        [
            b"",
            b'{"name": "x", "type": "private_group", "id": 1, "messages": [',
            b'{"chats": {"list": [{"messages": [{',
        ]
    ),
)
def test_any_bytes_give_records_or_a_user_error(body: bytes, prefix: bytes) -> None:
    fuzz(TELEGRAM, prefix + body, ".json")
