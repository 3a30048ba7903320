"""Every path that writes what people wrote stores phone numbers and e-mail addresses as placeholders:
notes, drafts, keyed paper entry, transcriptions, imported messages and their provenance, mapped
tables, online form answers, registration lists, the check-in desk, import errors. Nothing of them is
left in clear in the file, its WAL or the search index; one number gives one placeholder everywhere."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import select

from hybridhub.checkin.desk import Desk
from hybridhub.checkin.registrations import ColumnMapping, import_registrations
from hybridhub.checkin.tables import read_table
from hybridhub.core.event_secrets import hash_key
from hybridhub.core.models import (
    Answer,
    CheckIn,
    Contribution,
    Identity,
    ImportBatch,
    NoteDraft,
    Participant,
    Sheet,
)
from hybridhub.core.privacy import phone_hash
from hybridhub.core.scrub import Scrubber
from hybridhub.core.workspace import Workspace
from hybridhub.importers.base import ImportOptions
from hybridhub.importers.mapping import save_preset
from hybridhub.importers.store import import_file
from hybridhub.notes.capture import NoteInput, add_note, edit_note
from hybridhub.notes.drafts import Draft, load_draft, save_draft
from hybridhub.paperforms.keyed import save_keyed
from hybridhub.paperforms.printing import print_forms
from hybridhub.paperforms.review import transcribe
from hybridhub.paperforms.templates import find_form
from tests.backend import search_hits, stored_bytes
from tests.importers.helpers import feedback_template

PHONE, EMAIL = "+33 6 12 34 56 78", "marie.dupont@example.org"
NEEDLES = [b"12 34 56 78", b"0612345678", b"marie.dupont", b"example.org", b"07 11 22 33 44", b"kwame"]
PLACEHOLDER = re.compile(r"\[(phone|e-mail) …([0-9a-f]{6})\]")


def _tag(ws: Workspace, number: str) -> str:
    with ws.session() as s:
        return phone_hash(hash_key(ws.event(s)), number)[0][:6]


def _assert_nothing_in_clear(ws: Workspace) -> None:
    for word in ("marie", "dupont", "example", "kwame"):
        assert search_hits(ws, word) == [], word  # the search index (FTS5, or a server's) holds none
    raw = stored_bytes(ws)  # the file with its WAL, or every row on a server
    for needle in NEEDLES:
        assert needle not in raw, needle


def test_notes_and_drafts(workspace: Workspace) -> None:
    with workspace.transaction() as s:
        event_id = workspace.event(s).id
        note = add_note(s, event_id, NoteInput(text=f"Marie: rappeler au {PHONE} ou {EMAIL} #transport"))
        assert PLACEHOLDER.search(note.text) and PHONE not in note.text  # the view shows what is stored
        edit_note(s, event_id, note.note_id, NoteInput(text="Table 2 : appeler le 07 11 22 33 44", voices=6))
    save_draft(workspace, "Table-2", Draft(text=f"brouillon {PHONE}"))
    with workspace.session() as s:
        draft = load_draft(s, "Table-2")
        assert draft is not None and draft.text == f"brouillon [phone …{_tag(workspace, PHONE)}]"
        stored = s.scalars(select(Contribution.text)).one()
        assert stored == f"Table 2 : appeler le [phone …{_tag(workspace, '07 11 22 33 44')}]"
        assert s.scalars(select(NoteDraft.text)).one() == draft.text
    _assert_nothing_in_clear(workspace)


def test_keyed_paper_entry_and_transcription(workspace: Workspace, tmp_path: Path) -> None:
    with workspace.transaction() as s:
        print_forms(s, workspace.event(s), find_form("session-feedback"), tmp_path / "f.pdf", copies=2)
        first, second = s.scalars(select(Sheet.id).order_by(Sheet.id)).all()
        save_keyed(s, first, {"overall": 4, "worked": f"Écrivez à {EMAIL}", "change": "Rien"})
        save_keyed(s, second, {"overall": 2, "change": "à transcrire"})
        answer = s.scalars(
            select(Answer).where(Answer.sheet_id == second, Answer.question_key == "change")
        ).one()
        transcribe(s, answer.id, f"Appelez-moi : {PHONE}")
    with workspace.session() as s:
        texts = sorted(s.scalars(select(Contribution.text)))
        values = [
            a.value for a in s.scalars(select(Answer).where(Answer.question_key.in_(["worked", "change"])))
        ]
        transcriptions = [t for t in s.scalars(select(Answer.transcription)) if t]
    assert any(t.startswith("Écrivez à [e-mail …") for t in texts)
    assert f"Appelez-moi : [phone …{_tag(workspace, PHONE)}]" in texts
    assert all(PHONE not in str(v) and EMAIL not in str(v) for v in values + transcriptions)
    _assert_nothing_in_clear(workspace)


def test_imports_messages_provenance_tables_forms_and_errors(workspace: Workspace, tmp_path: Path) -> None:
    chat = tmp_path / f"WhatsApp Chat with {PHONE}.txt"
    chat.write_text(
        "6/13/18, 9:25 PM - Carla: Is the meeting still at 12:30? Call me on 06 12 34 56 78\n"
        f"6/13/18, 9:31 PM - {PHONE}: Yes, at the library. Mail {EMAIL} for the ramp\n"
        "6/13/18, 9:32 PM - Carla: ok, see you on 14.11.2026 at 10h30\n",
        encoding="utf-8",
    )
    viber = tmp_path / "viber.csv"
    viber.write_text(
        f"Date;Time;Sender;Text\n22.06.2022;18:07:29;Jürgen;Mein Handy: {PHONE}\n", encoding="utf-8"
    )
    form = tmp_path / "form.csv"
    form.write_text(
        '"Timestamp","Email Address","How would you rate the session overall?",'
        '"What should change next time?"\n'
        f'"2022/06/22 11:07:29 AM AST","kwame@example.net","5","Call me: {PHONE}"\n',
        encoding="utf-8",
    )
    with workspace.transaction() as s:
        save_preset(
            s,
            "table",
            "Viber",
            {"channel": "viber", "columns": {"author": "Sender", "time": ["Date", "Time"], "text": "Text"}},
        )
        s.add(feedback_template())
    import_file(workspace, chat)
    import_file(
        workspace,
        viber,
        format="table",
        options=ImportOptions(timezone="Europe/Berlin", settings={"map": "Viber"}),
    )
    import_file(
        workspace,
        form,
        format="google-forms",
        options=ImportOptions(timezone="UTC", settings={"form": "feedback"}),
    )
    tag = _tag(workspace, PHONE)
    with workspace.session() as s:
        rows = s.execute(select(Contribution.channel, Contribution.text, Contribution.provenance)).all()
        answers = [a for a in s.scalars(select(Answer.value)) if isinstance(a, str)]
        batches = s.scalars(select(ImportBatch.file_name)).all()
    by_text = {t: (c, p) for c, t, p in rows}
    assert any(
        re.fullmatch(r"Yes, at the library\. Mail \[e-mail …[0-9a-f]{6}\] for the ramp", t) for t in by_text
    )
    assert "ok, see you on 14.11.2026 at 10h30" in by_text  # dates and times stay
    assert f"Mein Handy: [phone …{tag}]" in by_text
    assert f"Call me: [phone …{tag}]" in by_text and answers == [f"Call me: [phone …{tag}]"]
    assert all(PHONE not in str(p) for _c, _t, p in rows)
    assert batches[0] == f"WhatsApp Chat with [phone …{tag}].txt"
    _assert_nothing_in_clear(workspace)


def test_registration_lists_and_the_desk(workspace: Workspace, tmp_path: Path) -> None:
    listing = tmp_path / "inscrits.csv"
    listing.write_text(
        "name,email,remarks\nÉlodie Müller,elodie@example.org,rappeler au 07 11 22 33 44\n", encoding="utf-8"
    )
    with workspace.transaction() as s:
        table = read_table(listing)
        mapping = ColumnMapping({"name": "name", "email": "email"}, {"remarks": "remarks"})
        import_registrations(s, workspace.event(s), listing, mapping, table=table)
    Desk(workspace, "Door-1").scan("0612345678", method="keyed")
    with workspace.session() as s:
        person = s.scalars(select(Participant)).one()
        assert person.attributes["remarks"].startswith("rappeler au [phone …")
        typed = s.scalars(select(CheckIn.raw_input).where(CheckIn.method == "keyed")).one()
        assert typed.startswith("[phone …")
    _assert_nothing_in_clear(workspace)


def test_the_same_number_gives_the_same_placeholder_in_every_channel(
    workspace: Workspace, tmp_path: Path
) -> None:
    with workspace.transaction() as s:
        add_note(s, workspace.event(s).id, NoteInput(text=f"call {PHONE}"))
    chat = tmp_path / "WhatsApp Chat with Garden.txt"
    chat.write_text("6/13/18, 9:25 PM - Carla: my number is +33612345678\n", encoding="utf-8")
    import_file(workspace, chat)
    with workspace.session() as s:
        found = {PLACEHOLDER.search(t).group(0) for t in s.scalars(select(Contribution.text))}  # type: ignore[union-attr]
    assert len(found) == 1


def test_the_demo_workspace_holds_no_contact_detail(demo_workspace: Workspace) -> None:
    scrubber = Scrubber(b"\0" * 32)
    with demo_workspace.session() as s:
        for value in s.scalars(select(Contribution.text)):
            assert scrubber.text(value) == value, value


def test_an_address_used_as_a_sources_own_id_is_matched_on_a_keyed_hash(
    workspace: Workspace, tmp_path: Path
) -> None:
    forum = tmp_path / "forum.csv"
    forum.write_text(
        f"Date;Time;Sender;Login;Text\n22.06.2022;18:07:29;Marie;{EMAIL};Le bus passe trop tôt\n"
        f"22.06.2022;18:09:02;{EMAIL};{EMAIL};Et le samedi ?\n",
        encoding="utf-8",
    )
    columns = {"author": "Sender", "author_key": "Login", "time": ["Date", "Time"], "text": "Text"}
    with workspace.transaction() as s:
        save_preset(s, "table", "Forum", {"channel": "forum", "columns": columns})
    options = ImportOptions(timezone="Europe/Paris", settings={"map": "Forum"})
    first = import_file(workspace, forum, format="table", options=options)
    forum.write_text(forum.read_text(encoding="utf-8") + "23.06.2022;09:00:00;Marie;" + EMAIL + ";Merci\n")
    again = import_file(workspace, forum, format="table", options=options)
    assert (first.participants, again.participants, again.added) == (1, 0, 1)  # the same person again
    with workspace.session() as s:
        keys = s.scalars(select(Identity.key).where(Identity.channel == "forum")).all()
    assert len(keys) == 1 and keys[0].startswith("k:")
    _assert_nothing_in_clear(workspace)
