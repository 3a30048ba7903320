"""E-mail: Gmail Takeout mbox with labels, RFC 2047, threads, quotes and signatures, HTML, .eml."""

from __future__ import annotations

import contextlib
import tempfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hybridhub.core.errors import UserError
from hybridhub.importers.formats.email import EmailImporter
from hybridhub.importers.mailtext import html_to_text, strip_quoted
from hybridhub.importers.source import Source
from tests.conftest import DATA
from tests.importers.helpers import messages, run, skipped

MBOX = DATA / "email" / "All mail Including Spam and Trash.mbox"
EML = DATA / "email" / "RE Workshop summary.eml"
PLUS2 = timezone(timedelta(hours=2))


def test_detects_mbox_and_eml() -> None:
    assert EmailImporter().detect(Source(MBOX)) == 0.9
    assert EmailImporter().detect(Source(EML)) == 0.8
    assert EmailImporter().detect(Source(DATA / "table" / "messages.csv")) == 0.0


def test_gmail_takeout_mbox() -> None:
    records = run(EmailImporter(), MBOX)
    msgs = messages(records)
    assert [(m.author.name, m.author.email, m.posted_at) for m in msgs] == [
        ("Marie Dupont", "marie.dupont@example.org", datetime(2022, 6, 22, 19, 35, 2, tzinfo=PLUS2)),
        ("Kwame Mensah", "kwame@example.net", datetime(2022, 6, 23, 8, 2, 10, tzinfo=UTC)),
        ("Jürgen Weiß", "juergen@example.de", datetime(2022, 6, 24, 8, 45, tzinfo=PLUS2)),
    ]
    marie, kwame, juergen = msgs
    # HTML-only mail as text, the quoted newsletter left out
    assert (
        marie.text == "Merci pour l'atelier !\n\nLe minibus du marché serait une vraie aide pour ma mère."
        "\n• mardi\n• vendredi"
    )
    # '>From' unescaped, the "On … wrote:" quote and the signature removed, the attachment listed
    assert kwame.text == (
        "I agree with Marie about the market-day minibus.\n"
        "From my experience in Kumasi, a fixed timetable matters more than the vehicle."
    )
    assert kwame.attachments == ["timetable-proposal.pdf"]
    assert juergen.text == "Ein Rufbus wäre für uns Ältere das Wichtigste."
    # RFC 2047 subjects and the thread of replies to the Mailchimp newsletter
    assert marie.extra["subject"] == "Re: Atelier mobilité – compte rendu"
    assert marie.chat == kwame.chat == "Atelier mobilité – compte rendu"
    assert kwame.parent_id == "CAFmarie001@mail.gmail.com" and kwame.source_id == "kwame-0623@example.net"
    assert {m.thread_id for m in msgs} == {"newsletter-june@mailchimpapp.net"}
    assert marie.extra["tags"] == ["Inbox", "Opened", "Workshop replies"]
    assert juergen.extra["tags"] == ["Workshop replies", "Rückmeldungen"]
    assert [s.reason for s in skipped(records)] == ["e-mail is a draft", "e-mail is spam"]


def test_outlook_eml_base64_cp1252() -> None:
    (msg,) = messages(run(EmailImporter(), EML))
    assert (msg.author.name, msg.author.email) == ("Helga Sørensen", "helga@example.dk")
    assert msg.text == (
        "Thank you for sending the summary.\nCould the next meeting be held in the afternoon? "
        "Many of us cannot travel in the morning.\n\nBest regards\nHelga"
    )
    assert msg.parent_id == "summary-0622@example.org" and msg.chat == "Workshop summary"


def test_quote_and_signature_rules() -> None:
    assert strip_quoted("Oui !\n\nLe 22 juin 2022 à 17:00, Sam <s@x.org> a écrit :\n> texte") == "Oui !"
    assert strip_quoted("Ja.\n\nVon meinem iPhone gesendet") == "Ja."
    assert strip_quoted("Yes\n\nFrom: Sam\nSent: Monday\nTo: all\n\nold") == "Yes"
    assert strip_quoted("A\n-- \nsig") == "A"
    assert (
        html_to_text("<p>a<blockquote>old</blockquote></p><script>x</script><p>b &amp; c</p>") == "a\n\nb & c"
    )


def test_not_an_email_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "note.eml"
    path.write_bytes(b"just some words, no headers at all\n")
    try:
        run(EmailImporter(), path)
    except UserError as exc:
        assert "e-mail" in str(exc)
    else:
        raise AssertionError("not refused")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=st.sampled_from(
        [
            b"",
            b"From x@y Thu Jun 23 08:02:10 2022\nFrom: A <a@b>\nSubject: =?utf-8?q?",
            b"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/html\n\n<p",
            b"From: =?x-unknown?B?AAA?=\nDate: 99 Foo 2022\nContent-Transfer-Encoding: base64\n\n",
        ]
    ),
    data=st.binary(max_size=300),
)
def test_any_mail_gives_records_or_user_error(prefix: bytes, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for suffix in (".mbox", ".eml"):
            path = Path(folder) / f"mail{suffix}"
            path.write_bytes(prefix + data)
            with contextlib.suppress(UserError):
                run(EmailImporter(), path)
