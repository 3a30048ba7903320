"""Sub-commands for facilitator notes and tallies: notes add, notes list, tally add/set/show."""

from __future__ import annotations

import argparse
import getpass

from sqlalchemy.orm import Session

from hybridhub.cli.common import add_workspace_arg, print_json, workspace_from
from hybridhub.core.clock import zone
from hybridhub.core.errors import ValidationError
from hybridhub.core.local_time import LocalTimes
from hybridhub.core.models import Event
from hybridhub.notes.agenda import find_session, list_sessions, running_session
from hybridhub.notes.capture import NoteInput, add_note, list_notes
from hybridhub.notes.tallies import create_tally, list_tallies, set_count
from hybridhub.people.directory import resolve


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    notes = sub.add_parser("notes", help="facilitator notes: add one, list them")
    nsub = notes.add_subparsers(dest="notes_command", metavar="ACTION")
    nsub.required = True

    p = nsub.add_parser(
        "add",
        help="add a note (time-stamped now; #tags become themes)",
        description="Add a facilitator note. #tags in the text code it with themes of the same name.",
    )
    add_workspace_arg(p)
    p.add_argument(
        "--session", metavar="NAME", help="session name or a unique start of it (default: running now)"
    )
    p.add_argument("--voices", type=int, default=1, metavar="N", help="how many people speak through it")
    p.add_argument("--speaker", metavar="ID", help="a participant's pseudonym (P-…) or uid who said it")
    p.add_argument("--group", metavar="NAME", help="a named group who said it, e.g. 'Table 3'")
    p.add_argument("--quote", action="store_true", help="the text is a verbatim quote")
    p.add_argument("--author", default=None, metavar="NAME", help="who wrote the note (default: your login)")
    p.add_argument("text", metavar="TEXT", help="the note")
    p.set_defaults(func=_add)

    p = nsub.add_parser("list", help="list the latest notes")
    add_workspace_arg(p)
    p.add_argument("--session", metavar="NAME", help="only this session")
    p.add_argument("--json", action="store_true", help="JSON Lines, one note per line")
    p.set_defaults(func=_list)

    tally = sub.add_parser("tally", help="show-of-hands and dot votes: add, set a count, show")
    tsub = tally.add_subparsers(dest="tally_command", metavar="ACTION")
    tsub.required = True
    p = tsub.add_parser("add", help="add a tally: a question and its options")
    add_workspace_arg(p)
    p.add_argument("--session", metavar="NAME")
    p.add_argument("question", metavar="QUESTION")
    p.add_argument("options", nargs="+", metavar="OPTION")
    p.set_defaults(func=_tally_add)
    p = tsub.add_parser("set", help="set the count of a tally option (ids from 'tally show')")
    add_workspace_arg(p)
    p.add_argument("option", type=int, metavar="OPTION_ID")
    p.add_argument("count", type=int, metavar="COUNT")
    p.set_defaults(func=_tally_set)
    p = tsub.add_parser("show", help="show tallies with their option ids and counts")
    add_workspace_arg(p)
    p.set_defaults(func=_tally_show)


def _session_id(s: Session, event_id: int, name: str | None) -> int | None:
    if name:
        return find_session(s, event_id, name).id
    tz = zone(s.get_one(Event, event_id).timezone)
    running = running_session(list_sessions(s, event_id), tz=tz)
    return running.id if running else None


def _add(args: argparse.Namespace) -> int:
    if args.speaker and args.group:
        raise ValidationError("give a speaker or a group, not both", field="speaker")
    with workspace_from(args) as ws, ws.transaction() as s:
        event = ws.event(s)
        speaker = resolve(s, event.id, args.speaker).id if args.speaker else None
        view = add_note(
            s,
            event.id,
            NoteInput(
                text=args.text,
                session_id=_session_id(s, event.id, args.session),
                voices=args.voices,
                speaker_participant_id=speaker,
                speaker_group=args.group,
                is_quote=args.quote,
                author=args.author if args.author is not None else _login(),
            ),
        )
    where = f" in '{view.session_name}'" if view.session_name else ""
    tags = f", themes: {', '.join(view.tags)}" if view.tags else ""
    print(f"note {view.note_id} saved{where} ({view.voices} voice{'s' if view.voices != 1 else ''}{tags})")
    return 0


def _list(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws, ws.session() as s:
        event = ws.event(s)
        sid = find_session(s, event.id, args.session).id if args.session else None
        notes = list_notes(s, event.id, sid)
        times = LocalTimes(event.timezone)
    for n in notes:
        if args.json:
            print_json(
                {
                    "id": n.note_id,
                    "contribution_id": n.contribution_id,
                    "posted_at": times.iso(n.posted_at) or None,
                    "session": n.session_name,
                    "voices": n.voices,
                    "author": n.author,
                    "speaker": n.speaker,
                    "quote": n.is_quote,
                    "tags": n.tags,
                    "text": n.text,
                }
            )
        else:
            when = times.stamp(n.posted_at)
            print(f"{n.note_id:>5}  {when}  ×{n.voices:<3} {n.session_name or '-'}: {n.text}")
    return 0


def _tally_add(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws, ws.transaction() as s:
        event = ws.event(s)
        view = create_tally(s, event.id, _session_id(s, event.id, args.session), args.question, args.options)
    print(f"tally {view.id}: {view.question}")
    for o in view.options:
        print(f"  option {o.id}: {o.label}")
    return 0


def _tally_set(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws, ws.transaction() as s:
        option = set_count(s, args.option, args.count)
    print(f"{option.label}: {option.count}")
    return 0


def _tally_show(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws, ws.session() as s:
        tallies = list_tallies(s, ws.event(s).id)
    for t in tallies:
        print(f"tally {t.id}: {t.question} (total {t.total})")
        for o in t.options:
            print(f"  {o.id:>5}  {o.count:>5}  {o.label}")
    return 0


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in containers without a passwd entry
        return ""
