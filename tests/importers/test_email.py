"""E-mail: Gmail Takeout mbox with labels, RFC 2047, threads, quotes and signatures, HTML, .eml."""

from __future__ import annotations

import contextlib
import json
import tempfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hybridhub.cli import main
from hybridhub.core.errors import UserError
from hybridhub.core.workspace import create_workspace
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


REPLIES = DATA / "email" / "Replies in many languages.mbox"


def test_mbox_beginning_with_blank_lines_is_recognised_and_read_as_messages() -> None:
    """Issue 15: two blank lines before the first 'From ' line."""
    assert REPLIES.read_bytes().startswith(b"\n\nFrom ")
    assert EmailImporter().detect(Source(REPLIES)) == 0.9
    msgs = messages(run(EmailImporter(), REPLIES))
    assert len(msgs) == 10 and msgs[0].line == 4


def test_replies_keep_every_new_paragraph_and_drop_quotes_and_attributions() -> None:
    """Bottom-posted and interleaved replies; date-first and translated attribution lines (ru, pl, it
    wrapped over two lines, nl, pt, sv, de, fr, es), signatures and phone sign-offs."""
    texts = {m.author.email: m.text for m in messages(run(EmailImporter(), REPLIES))}
    assert texts == {
        "olga@example.ru": "Да, в четверг мне удобно.\n\nЛифт сломан, нужен пандус у входа.",
        "ivan@example.org": "Спасибо, я спрошу про пандус.",
        "jan@example.pl": "Nie, tylko w dni robocze.\n"
        "Też nie. To jest największy problem dla starszych osób.",
        "giulia@example.it": "Per me va bene sabato mattina.\nPorto i guanti per tutti.",
        "sanne@example.nl": "Klopt, en er is geen bankje om uit te rusten.\n\nGroet,\nSanne",
        "joao@example.pt": "Concordo, a rampa é íngreme demais.",
        "anna@example.se": "Ja, men bussen går bara två gånger om dagen.",
        "juergen@example.de": "Ja, ich. Dienstags und freitags zum Markt.",
        "amelie@example.fr": "Moi, avec mon fauteuil : il faut la rampe.",
        # a sentence that quotes someone ('Como escribió Marta …:') is not an attribution line
        "lucia@example.es": "Mejor a las once, el primer autobús llega a las 10:45.\n\n"
        "Como escribió Marta en la reunión: lo importante es el horario.",
    }


def test_raw_utf8_headers_are_read_as_utf8() -> None:
    msgs = messages(run(EmailImporter(), REPLIES))
    assert (msgs[0].author.name, msgs[0].chat) == ("Ольга Петрова", "Встреча в библиотеке")


def test_damaged_headers_give_a_message_not_a_traceback() -> None:
    """Issue 15: 'HeaderParseError: Base64 decoding error' in the subject and a Content-Disposition
    with raw 8-bit bytes ('Header' object has no attribute 'lower') stopped the import."""
    (msg,) = messages(run(EmailImporter(), DATA / "email" / "Damaged headers.eml"))
    assert msg.text == "Die Rampe am Eingang fehlt noch. Der Plan hängt an."
    assert msg.extra["subject"].endswith("Rampe")  # left as written: better than no subject
    assert len(msg.attachments) == 1 and msg.attachments[0].endswith("Rampe.pdf")


def test_cli_reads_an_mbox_with_blank_lines_with_format_email(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = tmp_path / "w.hybridhub"
    create_workspace(ws, "Atelier", timezone="Europe/Paris").close()
    assert main(["import", str(REPLIES), "--format", "email", "-w", str(ws), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["format"], result["added"], result["participants"]) == ("email", 10, 10)


def test_quotes_and_attributions_in_any_position() -> None:
    quoted_middle = "Intro.\n\nOn Tue, 21 Jun 2022 at 10:02, Sam <s@x.org> wrote:\n> old\n> older\n\nAnswer."
    assert strip_quoted(quoted_middle) == "Intro.\n\nAnswer."
    wrapped = "Top.\n\nOn Tue, 21 Jun 2022 at 10:02, Marie Dupont <\nm@example.org> wrote:\n> old"
    assert strip_quoted(wrapped) == "Top."
    # a sentence ending in 'wrote:' without a date or an address is text, and so is the line before
    assert (
        strip_quoted("Thanks!\nHere is what Marie wrote:\nbuses")
        == "Thanks!\nHere is what Marie wrote:\nbuses"
    )
    assert strip_quoted("02.04.2012 14:20, Ana пишет:\n> a\nb") == "b"
    assert strip_quoted("ok\n\n-----Ursprüngliche Nachricht-----\nVon: A\nalt") == "ok"
