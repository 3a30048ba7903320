"""Facebook "Download your information" JSON: group posts/comments (old and new layouts), Messenger,
and the mojibake repair."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hybridhub.core.errors import ImportFormatError
from hybridhub.importers.formats.facebook import FacebookImporter, repair_text
from tests.conftest import DATA
from tests.importers.exports import fuzz, messages, records, scores, skipped, zip_bytes, zip_folder

OLD = DATA / "facebook" / "old_export"
NEW = DATA / "facebook" / "new_export"
FACEBOOK = FacebookImporter()
INNENHOF = "Nachbarschaft Lindenviertel – Innenhof"


@pytest.fixture
def old_zip(tmp_path: Path) -> Path:
    return zip_folder(OLD, tmp_path / "facebook-zoemuller-2024-03-12-Xy7.zip")


@pytest.fixture
def new_zip(tmp_path: Path) -> Path:
    return zip_folder(NEW, tmp_path / "facebook-zoemuller-2024-04-20-Ab1.zip")


def test_mojibake_is_repaired_and_real_text_left_alone() -> None:
    assert repair_text("M\u00c3\u00bcnchen \u00f0\u009f\u0099\u008c") == "München 🙌"
    assert repair_text("café") == "café"  # a lone é is not UTF-8 bytes
    assert repair_text("Łukasz") == "Łukasz"  # beyond Latin-1: already real text
    assert repair_text("plain") == "plain"


def test_old_layout_posts_comments_and_messenger(old_zip: Path) -> None:
    found = records(FACEBOOK, old_zip)
    msgs = messages(found)
    assert [(m.kind, m.chat, m.author.name, m.text) for m in msgs] == [
        (
            "comment",
            "Nachbarschaft Lindenviertel",
            "Zoë Müller",
            "Genau, die Bänke am Spielplatz fehlen seit Jahren. Ältere Menschen können dort nicht ausruhen.",
        ),
        ("comment", "Nachbarschaft Lindenviertel", "Zoë Müller", "Ευχαριστώ! Θα έρθω το Σάββατο."),
        ("media", "Nachbarschaft Lindenviertel", "Zoë Müller", ""),  # a GIF as the comment
        (
            "post",
            "Nachbarschaft Lindenviertel",
            "Zoë Müller",
            "Danke an alle für den tollen Workshop! Die Ergebnisse hänge ich morgen an 🙌",
        ),
        ("media", "Nachbarschaft Lindenviertel", "Zoë Müller", ""),
        (
            "post",
            "Quartier Solidaire Lindenviertel",
            "Zoë Müller",
            "Pour nos voisins francophones : l'atelier est aussi ouvert à vous, café offert ☕",
        ),
        (
            "message",
            "Lena Schulz",
            "Lena Schulz",
            "Kannst du mich Samstag mitnehmen? Mein Knie macht wieder Ärger.",
        ),
        ("media", INNENHOF, "Giorgos Papadopoulos", ""),
        ("message", INNENHOF, "Łukasz Wójcik", "Zgadzam się 👍 Mehr Licht im Durchgang wäre gut."),
        (
            "message",
            INNENHOF,
            "Zoë Müller",
            "Was wünscht ihr euch für den Innenhof?\nBitte bis Sonntag antworten.",
        ),
        (
            "message",
            INNENHOF,
            "Giorgos Papadopoulos",
            "Καλημέρα! Hier der Plan: https://example.org/innenhof",
        ),
    ]
    assert msgs[0].posted_at == datetime(2024, 3, 9, 18, 2, tzinfo=UTC)
    assert msgs[2].attachments == ["x.gif"]
    assert msgs[3].posted_at == datetime(2024, 3, 9, 17, 30, tzinfo=UTC)
    assert msgs[4].attachments == ["flipchart.jpg"]
    assert msgs[7].attachments == ["123.jpg"]  # "… sent an attachment." is the photo, not text
    assert msgs[10].posted_at == datetime(2024, 3, 8, 8, 5, tzinfo=UTC)  # from message_2.json
    assert msgs[10].extra == {"link": "https://example.org/innenhof"}
    assert [m.direct for m in msgs] == [False] * 6 + [True] + [False] * 4  # a two-person chat is direct
    assert skipped(found) == [
        "unsent message",
        "call",
        "chat notice",
        "joined or left the chat",
    ]


def test_new_layout_with_a_bare_list_and_german_titles(new_zip: Path) -> None:
    msgs = messages(records(FACEBOOK, new_zip))
    assert [(m.kind, m.chat, m.author.name, m.text) for m in msgs] == [
        (
            "post",
            "Nachbarschaft Lindenviertel",
            "Zoë Müller",
            "Zweiter Workshop: Treffpunkt wieder im Gemeindesaal. Rollstuhlgerechter Eingang hinten links ♿",
        ),
        (
            "comment",
            "Nachbarschaft Lindenviertel",
            "Zoë Müller",
            "Şimdiden teşekkürler – ich übersetze für die türkischen Nachbarn.",
        ),
        ("message", "Werkstatt Hybrid", "Ayşe Demir", "Ich bringe Çay und Simit mit 😊"),
        ("message", "Werkstatt Hybrid", "Lena Schulz", "Wer holt die Stühle?"),
    ]
    assert msgs[2].posted_at == datetime(2024, 4, 13, 16, 30, tzinfo=UTC)


def test_without_profile_the_author_comes_from_the_title(tmp_path: Path) -> None:
    posts = tmp_path / "your_posts_in_groups.json"
    posts.write_bytes((OLD / "groups" / "your_posts_in_groups.json").read_bytes())
    msgs = messages(records(FACEBOOK, posts))
    assert [(m.author.name, m.chat) for m in msgs] == [
        ("Zoë Müller", "Nachbarschaft Lindenviertel"),
        ("Zoë Müller", "Nachbarschaft Lindenviertel"),
        ("Zoë Müller", "Quartier Solidaire Lindenviertel"),
    ]


def test_single_messenger_file() -> None:
    path = OLD / "messages" / "inbox" / "nachbarschaftlindenviertel_a1b2c3d4e5" / "message_2.json"
    assert scores(path)["facebook"] >= 0.9
    msgs = messages(records(FACEBOOK, path))
    assert [(m.chat, m.author.name) for m in msgs] == [(INNENHOF, "Giorgos Papadopoulos")]


def test_detect_scores(old_zip: Path, new_zip: Path) -> None:
    for path in (old_zip, new_zip, OLD / "groups" / "your_comments_in_groups.json"):
        assert scores(path)["facebook"] >= 0.9
        assert max(v for k, v in scores(path).items() if k != "facebook") < 0.5
    assert scores(DATA / "telegram" / "single_chat" / "result.json")["facebook"] == 0.0
    assert scores(DATA / "whatsapp" / "_chat.txt")["facebook"] == 0.0


def test_export_without_groups_or_messages_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "facebook-x.zip"
    archive.write_bytes(
        zip_bytes({"profile_information/profile_information.json": b"{}", "ads/x.json": b"{}"})
    )
    assert scores(archive)["facebook"] == 0.0
    with pytest.raises(ImportFormatError, match="no group posts"):
        records(FACEBOOK, archive)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=st.binary(max_size=300),
    prefix=st.sampled_from(
        [
            b"",
            b'{"group_posts_v2": [{"timestamp": ',
            b'{"participants": [], "messages": [{"sender_name": "A", ',
            b"[{",
        ]
    ),
)
def test_any_bytes_give_records_or_a_user_error(body: bytes, prefix: bytes) -> None:
    fuzz(FACEBOOK, prefix + body, ".json")
    fuzz(
        FACEBOOK,
        zip_bytes(
            {
                "messages/inbox/x_1/message_1.json": prefix + body,
                "groups/your_posts_in_groups.json": prefix + body,
            }
        ),
        ".zip",
    )
