"""WhatsApp exports: every header variant, system lines, media, deleted/edited markers, phones, ZIPs."""

from __future__ import annotations

import codecs
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from hybridhub.core.errors import UserError
from hybridhub.core.models import Contribution, Identity
from hybridhub.core.workspace import Workspace
from hybridhub.importers.base import ImportOptions
from hybridhub.importers.detect import detect
from hybridhub.importers.formats.whatsapp import WhatsAppImporter
from hybridhub.importers.records import Message, Skipped
from hybridhub.importers.source import Source
from hybridhub.importers.store import import_file
from hybridhub.importers.whatsapp_texts import is_notice
from tests.conftest import DATA

WA = DATA / "whatsapp"


def records(path: Path) -> tuple[list[Message], list[Skipped]]:
    found = list(WhatsAppImporter().records(Source(path), ImportOptions()))
    return [r for r in found if isinstance(r, Message)], [r for r in found if isinstance(r, Skipped)]


def summary(msgs: list[Message]) -> list[tuple[str, str, str]]:
    return [(m.posted_at.isoformat(sep=" ") if m.posted_at else "", m.author.name, m.text) for m in msgs]


def test_android_24h_day_first_with_every_kind_of_line() -> None:
    msgs, skipped = records(WA / "WhatsApp Chat with Garden Group.txt")
    assert summary(msgs) == [
        ("2018-06-13 21:25:00", "Ana", "Welcome everyone! The workshop is on Saturday."),
        (
            "2018-06-13 21:26:00",
            "Ben",
            "Thanks Ana. Can we talk about the raised beds?\n"
            "They are too low for wheelchair users.\n\nAnd the path is gravel.",
        ),
        ("2018-06-13 21:27:00", "+44 7700 900123", "I agree about the path"),
        ("2018-06-13 21:28:00", "Ana", ""),
        ("2018-06-13 21:29:00", "Ben", "Photo of the gate"),
        ("2018-06-13 21:31:00", "Ana", "See you at 10:00 - bring gloves"),
        ("2018-06-14 08:05:00", "Ana", "Ben had to leave, he will send his notes."),
    ]
    assert msgs[2].author.phone == "+44 7700 900123"
    assert (msgs[3].kind, msgs[3].attachments) == ("media", ["Media omitted"])
    assert (msgs[4].kind, msgs[4].attachments) == ("message", ["IMG-20180613-WA0001.jpg"])
    assert msgs[5].extra == {"edited": True}
    assert [(s.line, s.reason) for s in skipped] == [
        (1, "system message"),
        (2, "system message"),
        (3, "system message"),
        (4, "system message"),
        (14, "deleted message"),
        (16, "system message"),
        (17, "system message"),
        (18, "system message"),
    ]


def test_android_12h_month_first() -> None:
    msgs, skipped = records(WA / "WhatsApp Chat with Town Hall.txt")
    assert summary(msgs) == [
        ("2018-06-13 21:25:00", "Carla", "Is the meeting still at 12:30?"),
        ("2018-06-13 21:31:00", "Dev", "Yes, 12:30 PM at the library"),
        ("2018-06-14 00:05:00", "Carla", "Great, thank you"),
        ("2018-06-14 12:45:00", "Dev", "The ramp is at the back entrance"),
    ]
    assert len(skipped) == 1


def test_ios_marks_group_author_notices_media_and_phone() -> None:
    msgs, skipped = records(WA / "_chat.txt")
    assert summary(msgs) == [
        ("2018-06-13 21:25:15", "Ana", "Hallo zusammen!"),
        ("2018-06-13 21:26:02", "Ben", "Der Weg ist zu schmal für Rollstühle.\nUnd es gibt keine Bank."),
        ("2018-06-13 21:27:00", "Ben", ""),
        ("2018-06-13 21:27:30", "Ana", ""),
        ("2018-06-13 21:28:00", "Eli", "Ich komme auch"),
        ("2018-06-14 07:30:12", "+49 151 23456789", "Guten Morgen"),
    ]
    assert msgs[3].attachments == ["00000012-PHOTO-2018-06-13-21-27-30.jpg"]
    assert msgs[5].author.phone == "+49 151 23456789"
    assert [s.reason for s in skipped] == ["system message"] * 3 + ["deleted message", "system message"]
    assert all(s.reason != "system message" or s.line in (1, 2, 3, 11) for s in skipped)


def test_ios_12h_with_narrow_no_break_space() -> None:
    msgs, _ = records(WA / "_chat_us.txt")
    assert [m.posted_at for m in msgs] == [
        datetime(2018, 6, 13, 21, 25, 15),
        datetime(2018, 6, 13, 21, 26),
        datetime(2018, 6, 13, 21, 27),
        datetime(2018, 6, 14, 0, 0, 59),
    ]
    assert msgs[2].kind == "media" and msgs[3].text == "Midnight thought: more benches"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "WhatsApp Chat with Year First.txt",
            [("2018-06-13 21:25:00", "Mei", "早上好"), ("2018-06-13 21:26:00", "Jun", "Good morning Mei")],
        ),
        (
            "WhatsApp-keskustelu Puutarha.txt",
            [
                ("2018-06-13 21:25:15", "Aino", "Hyvää iltaa"),
                ("2018-06-13 21:26:00", "Veikko", "Kiitos, huomiseen"),
            ],
        ),
        (
            "WhatsApp Chat with Vrt.txt",
            [
                ("2018-06-13 21:25:00", "Ivana", "Dobra večer"),
                ("2018-06-13 21:26:00", "Marko", "Vidimo se sutra"),
            ],
        ),
        (
            "Chat de WhatsApp con Huerto.txt",
            [
                ("2018-06-13 21:25:00", "Lucía", "Buenas noches"),
                ("2018-06-13 21:26:00", "Pablo", ""),
                ("2018-06-13 21:27:00", "Lucía", ""),
                ("2018-06-14 10:02:00", "Lucía", "¿Nos vemos el sábado?"),
            ],
        ),
        (
            "WhatsApp-Chat mit Nachbarn.txt",
            [
                ("2018-06-13 21:26:00", "Jana", "Wer kommt am Samstag?"),
                ("2018-06-13 21:27:00", "Olaf", ""),
                ("2018-06-13 21:28:00", "Olaf", ""),
                ("2018-06-13 21:30:00", "Jana", "Danke Olaf"),
            ],
        ),
    ],
)
def test_locale_variants(name: str, expected: list[tuple[str, str, str]]) -> None:
    msgs, _ = records(WA / name)
    assert summary(msgs) == expected


def test_media_markers_in_other_languages() -> None:
    es, es_skipped = records(WA / "Chat de WhatsApp con Huerto.txt")
    assert [m.attachments for m in es[1:3]] == [["Multimedia omitido"], ["00000003-AUDIO-2018-06-13.opus"]]
    assert [s.reason for s in es_skipped] == ["system message", "deleted message"]
    de, de_skipped = records(WA / "WhatsApp-Chat mit Nachbarn.txt")
    assert [m.attachments for m in de[1:3]] == [["Medien ausgeschlossen"], ["00000004-Plan.pdf"]]
    assert de[3].extra == {"edited": True}
    assert [s.reason for s in de_skipped] == ["system message", "system message", "deleted message"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le-bom", "cp1252"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    text = (
        (WA / "WhatsApp-Chat mit Nachbarn.txt")
        .read_text(encoding="utf-8")
        .replace("„", '"')
        .replace("“", '"')
    )
    path = tmp_path / "WhatsApp-Chat mit Nachbarn.txt"
    if encoding == "utf-16-le-bom":
        path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    else:
        path.write_bytes(text.encode(encoding))
    msgs, _ = records(path)
    assert msgs[0].text == "Wer kommt am Samstag?" and msgs[0].author.name == "Jana"
    assert msgs[0].posted_at == datetime(2018, 6, 13, 21, 26)
    assert detect(path).importer.name == "whatsapp"


def test_ios_zip_with_media_is_detected_and_imported(workspace: Workspace, tmp_path: Path) -> None:
    archive = tmp_path / "WhatsApp Chat - Garden Group.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(WA / "_chat.txt", "_chat.txt")
        zf.writestr("00000012-PHOTO-2018-06-13-21-27-30.jpg", b"\xff\xd8\xff\xe0" + bytes(2000))
    found = detect(archive)
    assert (found.importer.name, found.source.member) == ("whatsapp", "_chat.txt")
    result = import_file(workspace, archive, options=ImportOptions(timezone="Europe/Berlin"))
    # the photo and the image placeholder are counted as media, not stored as empty texts
    assert (result.added, result.skipped, result.participants) == (4, 5, 4)
    assert result.counts["media"] == 2
    with workspace.session() as s:
        first = s.scalars(select(Contribution).order_by(Contribution.posted_at)).first()
        assert first is not None and first.posted_at is not None
        assert first.posted_at.isoformat() == "2018-06-13T19:25:15+00:00"  # CEST is UTC+2
        assert first.provenance == {"line": 4, "chat": "Garden Group"}
        phones = s.scalars(select(Identity).where(Identity.phone_hash.is_not(None))).all()
        assert [(p.display, p.phone_last2) for p in phones] == [("…89", "89")]
    again = import_file(workspace, archive)
    assert (again.added, again.duplicates) == (0, 4)


def test_later_export_adds_only_new_messages(workspace: Workspace, tmp_path: Path) -> None:
    full = (WA / "WhatsApp Chat with Garden Group.txt").read_text(encoding="utf-8").splitlines()
    early = tmp_path / "early" / "WhatsApp Chat with Garden Group.txt"
    early.parent.mkdir()
    early.write_text("\n".join(full[:13]) + "\n", encoding="utf-8")
    first = import_file(workspace, early)
    assert (first.added, first.counts["media"]) == (4, 1)
    later = import_file(workspace, WA / "WhatsApp Chat with Garden Group.txt")
    assert (later.added, later.duplicates) == (2, 4)


def test_not_a_chat_is_refused_by_detection(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Shopping list\nmilk\n", encoding="utf-8")
    assert WhatsAppImporter().detect(Source(path)) == 0.0


_WORDS = st.sampled_from(
    ["Ana", "Ben", "~ Eli", "+49 151 23456789", "Garden Group", "Jardin partagé", "", " ", ":", '"', "“"]
)
_TEXTS = st.sampled_from(
    [
        "Hallo", "", "<Media omitted>", "‎image omitted", "‎<attached: 0001-PHOTO.jpg>", "null",
        "This message was deleted", "Ana added Ben", "Ben left",
        "Messages and calls are end-to-end encrypted.",
        'Ana changed the subject from "A" to "B: C"', "a <This message was edited>", "x" * 500, "\u200e",
        "Les messages et les appels sont chiffrés de bout en bout.", "Bertrand est parti",
    ]
)  # fmt: skip


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lines=st.lists(
        st.tuples(
            st.sampled_from(
                ["{d}/{m}/2018, 21:{mi} - ", "[{d}.{m}.18, 21:{mi}:05] ", "{d}/{m}/18 9:{mi} PM - ", ""]
            ),
            st.integers(1, 31), st.integers(1, 13), st.integers(0, 59), _WORDS,
            st.sampled_from([": ", "", ":"]), _TEXTS,
        ),
        max_size=25,
    )
)  # fmt: skip
def test_any_chat_of_headers_notices_and_media_gives_records_or_a_user_error(
    lines: list[tuple[str, int, int, int, str, str, str]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Whatever mix of headers, authors, notices and media lines: records in line order, no empty
    author, never a notice as the first message; or a UserError."""
    text = "".join(
        head.format(d=d, m=m, mi=f"{mi:02d}") + who + sep + body + "\n"
        for head, d, m, mi, who, sep, body in lines
    )
    path = tmp_path_factory.mktemp("wa") / "WhatsApp Chat with Garden Group.txt"
    path.write_text(text, encoding="utf-8")
    try:
        found = list(WhatsAppImporter().records(Source(path), ImportOptions()))
    except UserError:
        return
    numbers = [r.line for r in found if r.line is not None]
    assert numbers == sorted(numbers)
    msgs = [r for r in found if isinstance(r, Message)]
    assert all(m.author.name.strip() for m in msgs)
    head, *_rest, who, sep, body = lines[0] if lines else ("", 0, 0, 0, "", "", "")
    if head and who.strip() and sep == ": " and is_notice(body):  # the notice as the first line
        assert all(m.line != 1 for m in msgs)
