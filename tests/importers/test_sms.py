"""SMS Backup & Restore XML: sms and mms, received/sent/drafts, surrogate-pair emoji, entity bombs."""

from __future__ import annotations

import contextlib
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hybridhub.core.errors import UserError
from hybridhub.importers.formats.sms import SmsImporter, repair_references
from hybridhub.importers.source import Source
from tests.conftest import DATA
from tests.importers.helpers import messages, run, skipped

BACKUP = DATA / "sms" / "sms-20220623101500.xml"
BOMB = DATA / "sms" / "entity-bomb.xml"


def test_detects_the_backup() -> None:
    assert SmsImporter().detect(Source(BACKUP)) == 0.95
    assert SmsImporter().detect(Source(DATA / "email" / "RE Workshop summary.eml")) == 0.0


def test_received_sms_and_mms_with_emoji() -> None:
    records = run(SmsImporter(), BACKUP)
    msgs = messages(records)
    assert [(m.author.name, m.author.phone, m.posted_at) for m in msgs] == [
        ("Marie Dupont", "+33 6 12 34 56 78", datetime(2022, 6, 22, 13, 7, 29, tzinfo=UTC)),
        ("…23", "07700 900123", datetime(2022, 6, 22, 15, 0, tzinfo=UTC)),
        ("Jürgen Weiß", "+4915112345678", datetime(2022, 6, 22, 15, 33, 20, tzinfo=UTC)),
        ("…23", "+447700900123", datetime(2022, 6, 22, 15, 50, tzinfo=UTC)),
    ]
    assert (
        msgs[0].text
        == "Bonjour, je n'ai pas internet mais je veux participer. Le bus du mardi est trop tôt 😎"
    )
    assert (
        msgs[1].text
        == "Can't make it online. My vote: evening sessions \nand a paper copy of the notes please🙏🏻"
    )
    assert msgs[2].text == "Foto vom Aushang an der Haltestelle 🙌"
    assert msgs[2].attachments == ["IMG_20220622.jpg"]
    assert msgs[3].chat == "(Unknown), Jürgen Weiß"  # a group MMS
    assert [s.reason for s in skipped(records)] == [
        "message 2: sent from this phone",
        "message 4: draft, not sent or received",
        "message 7: sent from this phone",
    ]


def test_sent_messages_on_request() -> None:
    msgs = messages(run(SmsImporter(), BACKUP, include_sent=True))
    sent = [m for m in msgs if m.author.key == "self"]
    assert [(m.text, m.chat) for m in sent] == [
        ("Merci Marie, c'est noté pour l'atelier.", "Marie Dupont"),
        ("Danke!", "Jürgen Weiß"),
    ]


def test_entity_bomb_refused() -> None:
    with pytest.raises(UserError, match="entity bomb"):
        run(SmsImporter(), BOMB)


def test_reference_repair() -> None:
    assert repair_references(b"&#55357;&#56846;") == b"&#128526;"
    assert repair_references(b"&#xD83D;&#xDE0E;") == b"&#128526;"
    assert repair_references(b"a&#55357;b") == b"a&#65533;b"  # a lone surrogate
    assert repair_references(b"&#0;&#65;&#10;") == b"&#65;&#10;"


def test_damaged_xml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "sms.xml"
    path.write_text('<?xml version="1.0"?>\n<smses count="1">\n<sms body="a" \n', encoding="utf-8")
    with pytest.raises(UserError, match="damaged XML"):
        run(SmsImporter(), path)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.binary(max_size=200), refs=st.lists(st.integers(0, 0x11FFFF), max_size=4))
def test_any_backup_gives_records_or_user_error(body: bytes, refs: list[int]) -> None:
    entity = "".join(f"&#{r};" for r in refs).encode()
    doc = b'<smses><sms address="+1" date="1" type="1" body="' + entity + body + b'"/></smses>'
    with tempfile.TemporaryDirectory() as folder:
        for data in (doc, body):
            path = Path(folder) / "sms.xml"
            path.write_bytes(data)
            with contextlib.suppress(UserError):
                run(SmsImporter(), path)


@pytest.mark.parametrize("pad", [0, 5, 13])
def test_one_long_message_with_emoji_pairs_across_every_chunk_boundary(tmp_path: Path, pad: int) -> None:
    """Issue 15: one 50 MB message never finished (the stream was cut only after a '>'). Now chunks are
    cut before a reference that may continue; here 1 MB of text with an emoji written as two surrogate
    references every few bytes, shifted so that pairs straddle the 256 KB and feed boundaries."""
    pair = "&#55357;&#56846;"
    body = ("x" * pad + ("Bus " + pair + " ") * 60_000)[: 1024 * 1024]
    body = body[: body.rfind(" ")]
    path = tmp_path / "sms-long.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<smses count="1">\n'
        f'<sms address="+33612345678" date="1655967600000" type="1" body="{body}" contact_name="Ana" />\n'
        "</smses>\n",
        encoding="utf-8",
    )
    (msg,) = messages(run(SmsImporter(), path))
    assert msg.text.count("😎") == body.count(pair) and "\ufffd" not in msg.text
