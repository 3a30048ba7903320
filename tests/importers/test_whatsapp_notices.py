"""WhatsApp's own lines recognised by their text in seven languages, whatever stands before the colon
(issue 15), and media placeholders counted as media, never stored as empty texts (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from hybridhub.core.models import Contribution, Identity, Participant
from hybridhub.core.workspace import Workspace
from hybridhub.importers.base import ImportOptions
from hybridhub.importers.formats.whatsapp import WhatsAppImporter
from hybridhub.importers.records import Message, Skipped
from hybridhub.importers.source import Source
from hybridhub.importers.store import import_file, preview
from hybridhub.importers.whatsapp_texts import NOTICE_WORDS, is_membership, is_notice
from tests.conftest import DATA

NOTICES = DATA / "whatsapp" / "notices"
GROUPS = {
    "en": "Garden Friends", "fr": "Jardin partagé", "de": "Nachbarschaftsgarten", "es": "Huerto Comunitario",
    "it": "Orto Condiviso", "pt": "Horta Comunitária", "nl": "Buurttuin",
}  # fmt: skip
# Per language: the people's messages, in order (author, text); media-only ones have text "".
EXPECTED = {
    "en": [("Ana", "Welcome! I added the agenda to the group description."), ("Ben", ""), ("Ben", ""),
           ("Chloé", ""), ("Chloé", "I left the keys under the mat"),
           ("Ana", "Ben left early, he will send notes.")],
    "fr": [("Amélie", "Bienvenue à tous ! J'ai ajouté l'ordre du jour."), ("Bertrand", ""), ("Zoé", ""),
           ("Zoé", "La rampe est trop raide pour mon fauteuil"),
           ("Amélie", "Bertrand est parti plus tôt, il enverra ses notes.")],
    "de": [("Jana", "Willkommen! Ich habe die Tagesordnung hinzugefügt."), ("Olaf", ""), ("Olaf", ""),
           ("Jürgen", "Der Weg ist zu schmal für Rollstühle"),
           ("Jana", "Olaf hat die Gruppe verlassen, er schickt seine Notizen.")],
    "es": [("Lucía", "¡Bienvenidos! Añadí el orden del día."), ("Pablo", ""), ("Íñigo", ""),
           ("Íñigo", "La rampa es demasiado empinada"),
           ("Lucía", "Pablo salió antes, enviará sus notas.")],
    "it": [("Giulia", "Benvenuti! Ho aggiunto l'ordine del giorno."), ("Marco", ""), ("Niccolò", ""),
           ("Niccolò", "La rampa è troppo ripida"),
           ("Giulia", "Marco è uscito prima, manderà i suoi appunti.")],
    "pt": [("João", "Bem-vindos! Adicionei a pauta."), ("Conceição", ""), ("Conceição", ""),
           ("Luís", "A rampa é íngreme demais"), ("João", "Conceição saiu mais cedo, vai mandar as notas.")],
    "nl": [("Sanne", "Welkom! Ik heb de agenda toegevoegd."), ("Joost", ""), ("Joost", ""),
           ("Fenna", "Het pad is te smal voor rolstoelen"),
           ("Sanne", "Joost is eerder vertrokken, hij stuurt zijn aantekeningen.")],
}  # fmt: skip


def _records(path: Path) -> tuple[list[Message], list[Skipped]]:
    found = list(WhatsAppImporter().records(Source(path), ImportOptions()))
    return [r for r in found if isinstance(r, Message)], [r for r in found if isinstance(r, Skipped)]


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_notices_are_skipped_whatever_stands_before_the_colon(lang: str) -> None:
    msgs, skipped = _records(NOTICES / f"{lang}.txt")
    assert [(m.author.name, m.text) for m in msgs] == EXPECTED[lang]
    assert GROUPS[lang] not in {m.author.name for m in msgs}  # the group's name is nobody
    assert all(m.kind == "media" and m.attachments for m in msgs if not m.text)
    assert [m.extra for m in msgs if m.extra] == [{"edited": True}]
    reasons = [s.reason for s in skipped]
    assert reasons.count("deleted message") == 1
    assert reasons[:4] == ["system message"] * 4  # encryption notice, created, added, joined by link


def test_the_notice_as_the_first_line_of_an_android_group(workspace: Workspace, tmp_path: Path) -> None:
    chat = tmp_path / "WhatsApp Chat with Kiezrunde.txt"
    chat.write_text(
        "12/03/2024, 10:00 - Kiezrunde: Messages and calls are end-to-end encrypted. No one outside of this "
        "chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n"
        "12/03/2024, 10:05 - Ana: Who is coming on Saturday?\n",
        encoding="utf-8",
    )
    result = import_file(workspace, chat)
    assert (result.added, result.participants, result.skipped_reasons) == (1, 1, {"system message": 1})
    with workspace.session() as s:
        assert s.scalars(select(Participant.display_name)).all() == ["Ana"]


def test_a_person_who_writes_like_a_notice_keeps_their_message(tmp_path: Path) -> None:
    assert not is_notice("We changed the subject from bikes to buses, as you asked")
    assert not is_notice("Il est parti plus tôt") and not is_notice("I added the slides to the drive")
    assert is_notice('Ana changed the subject from "Garden" to "Garden Friends"')
    assert is_membership("Ana added Ben") and not is_membership("Thanks for the photos, Ana!")
    # A 1:1 iOS chat puts the encryption notice under the other person's name; once they write a
    # message they are a person, and their next line that reads like a notice stays a message.
    chat = tmp_path / "_chat.txt"
    chat.write_text(
        "[02/04/2024, 09:00:00] Marie: Messages and calls are end-to-end encrypted. No one outside of this "
        "chat, not even WhatsApp, can read or listen to them.\n"
        "[02/04/2024, 09:01:00] Marie: Hello!\n"
        "[02/04/2024, 09:02:00] Marie: Paul left\n",
        encoding="utf-8",
    )
    msgs, skipped = _records(chat)
    assert [m.text for m in msgs] == ["Hello!", "Paul left"]
    assert [s.reason for s in skipped] == ["system message"]


def test_every_notice_word_gate_lets_the_samples_through() -> None:
    """The word screen in front of the patterns must never hide a notice the patterns know."""
    for path in sorted(NOTICES.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = line.partition(": ")[2]
            if is_notice(text):
                assert not NOTICE_WORDS.isdisjoint(text.lower().replace(".", " ").split())


def test_media_lines_are_counted_not_stored_and_shown_as_media_in_the_preview(workspace: Workspace) -> None:
    result = import_file(workspace, NOTICES / "de.txt")
    assert result.counts["media"] == 2 and result.added == 3
    with workspace.session() as s:
        texts = s.scalars(select(Contribution.text)).all()
        assert "" not in [t.strip() for t in texts]
        kinds = s.scalar(select(func.count()).select_from(Contribution).where(Contribution.kind == "media"))
        assert kinds == 0
        assert GROUPS["de"] not in s.scalars(select(Identity.display)).all()
    shown = preview(workspace, NOTICES / "de.txt")
    media = [row for row in shown.rows if row.kind == "media"]
    assert [row.text for row in media] == ["Medien ausgeschlossen", "Bild weggelassen"]
