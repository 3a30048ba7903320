"""Sub-commands for people: list, suggest merges, merge, un-merge, erase."""

from __future__ import annotations

import argparse
import sys

from hybridhub.cli.common import add_workspace_arg, print_json, workspace_from
from hybridhub.core.workspace import Workspace
from hybridhub.events.actions import event_times
from hybridhub.people.directory import list_people, resolve
from hybridhub.people.erase import erase_participant, erased_before
from hybridhub.people.merge import merge, unmerge
from hybridhub.people.suggest import suggest_merges

ID_HELP = "a participant's pseudonym (such as P-K7QH4M; the P- may be left out) or uid"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    people = sub.add_parser("people", help="participants: list, suggested merges, merge, un-merge, erase")
    psub = people.add_subparsers(dest="people_command", metavar="ACTION")
    psub.required = True

    p = psub.add_parser("list", help="list participants with their channels and consent")
    add_workspace_arg(p)
    p.add_argument("--search", default="", metavar="TEXT", help="only names/pseudonyms containing TEXT")
    p.add_argument("--json", action="store_true", help="JSON Lines, one participant per line")
    p.set_defaults(func=_list)

    p = psub.add_parser("suggest", help="list records that are probably the same person")
    add_workspace_arg(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_suggest)

    p = psub.add_parser(
        "merge",
        help="merge the second participant into the first (recorded; undo with 'people unmerge')",
        description=f"Merge participant MERGED into KEEP. ID: {ID_HELP}.",
    )
    add_workspace_arg(p)
    p.add_argument("keep", metavar="KEEP", help=ID_HELP)
    p.add_argument("merged", metavar="MERGED", help=ID_HELP)
    p.add_argument("--reason", default="", help="why (kept with the merge record)")
    p.set_defaults(func=_merge)

    p = psub.add_parser(
        "unmerge",
        help="undo the merge of a participant record into another",
        description=f"Undo the merge of MERGED into another record. ID: {ID_HELP}.",
    )
    add_workspace_arg(p)
    p.add_argument("merged", metavar="MERGED", help=ID_HELP)
    p.set_defaults(func=_unmerge)

    p = psub.add_parser(
        "erase",
        help="erase a participant and everything they said, for good",
        description=(
            f"Erase a participant completely. ID: {ID_HELP}. Removes their contributions, identities, "
            "check-ins, registrations, answers and notes speaking as them, unlinks their paper sheets, "
            "and compacts the workspace so none of their text stays in the file. Backups made before "
            "this are not touched."
        ),
    )
    add_workspace_arg(p)
    p.add_argument("participant", metavar="ID", help=ID_HELP)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--json", action="store_true", help="print the outcome as one JSON object")
    p.set_defaults(func=_erase)


def _yn(value: bool | None) -> str:
    return {True: "yes", False: "no", None: "?"}[value]


def _list(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws, ws.session() as s:
        rows = list_people(s, ws.event(s).id, search=args.search)
    for r in rows:
        if args.json:
            print_json(
                {
                    "pseudonym": r.pseudonym,
                    "uid": r.uid,
                    "name": r.display_name,
                    "contributions": r.contributions,
                    "identities": [{"channel": i.channel, "display": i.display} for i in r.identities],
                    "consent": {
                        "quote": r.consent_quote,
                        "contact": r.consent_contact,
                        "name": r.consent_name,
                    },
                }
            )
        else:
            consent = f"quote {_yn(r.consent_quote)}, name {_yn(r.consent_name)}"
            print(
                f"{r.pseudonym:<9} {(r.display_name or ''):<24} {r.contributions:>4} items  "
                f"{', '.join(r.channels) or '-':<28} {consent}"
            )
    return 0


def _suggest(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws, ws.session() as s:
        found = suggest_merges(s, ws.event(s).id)
    for m in found:
        if args.json:
            print_json({"keep": m.keep_label, "merge": m.merge_label, "score": m.score, "reasons": m.reasons})
        else:
            print(f"{m.keep_label}  <=  {m.merge_label}   ({'; '.join(m.reasons)})")
    if not found and not args.json:
        print("no suggested merges")
    return 0


def _merge(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws, ws.transaction() as s:
        event = ws.event(s)
        keep, merged = resolve(s, event.id, args.keep), resolve(s, event.id, args.merged)
        names = keep.pseudonym, merged.pseudonym
        result = merge(s, event.id, keep.id, merged.id, reason=args.reason or "command line")
    moved = ", ".join(f"{n} {k}" for k, n in result.moved.items()) or "nothing"
    print(
        f"merged {names[1]} into {names[0]} (moved {moved}); undo with: hybridhub people unmerge {names[1]}"
    )
    return 0


def _unmerge(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws, ws.transaction() as s:
        event = ws.event(s)
        merged = resolve(s, event.id, args.merged)
        name = merged.pseudonym
        unmerge(s, event.id, merged.id)
    print(f"{name} is a separate participant again")
    return 0


def _erase(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws:
        if not args.yes and not _confirm_erase(ws, args.participant):
            print("nothing erased")
            return 1
        result = erase_participant(ws, args.participant)
        times = event_times(ws)
    if args.json:
        print_json(result.as_json())
    elif result.already:
        when = times.stamp(result.erased_at) or "earlier"
        print(f"{result.pseudonym} was already erased ({when}); nothing of them is left in this workspace")
    else:
        print(
            f"erased {result.pseudonym}: {result.contributions} contributions, {result.identities} "
            f"identities, {result.checkins} check-ins, {result.registrations} registrations, "
            f"{result.answers} answers; {result.sheets_unlinked} paper sheets unlinked"
        )
    if not result.compacted:
        print(
            "warning: another program was reading the workspace, so deleted text may stay in its files "
            "(a file's WAL, a server's tables) until it stops; run this command again then to finish",
            file=sys.stderr,
        )
    return 0


def _confirm_erase(ws: Workspace, ref: str) -> bool:
    with ws.session() as s:
        event_id = ws.event(s).id
        if erased_before(s, event_id, ref) is not None:
            return True  # nothing left to erase: nothing to confirm
        person = resolve(s, event_id, ref)
        label = person.pseudonym + (f" ({person.display_name})" if person.display_name else "")
    answer = input(f"Erase {label} and everything they said? This cannot be undone. [y/N] ")
    return answer.strip().lower() in ("y", "yes")
