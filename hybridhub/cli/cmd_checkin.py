"""`hybridhub checkin …`: registrations, badges, scanning at the door, and moving the log between
laptops. `scan --json` prints one object whose `result` is ok, already, invalid or other-event; outside
scripts rely on these keys. Exit status of `scan`: 0 when the person is in (ok, already), 1 when the
code is refused (invalid, other-event: a normal outcome, logged and in the JSON), 2 when the command
could not run (a `UserError`: no workspace, unknown session), as for every command.
"""

from __future__ import annotations

import argparse
import os
import socket
from pathlib import Path

from hybridhub.checkin.actions import export_log_file, merge_log_file, print_badges
from hybridhub.checkin.badges import LAYOUTS
from hybridhub.checkin.desk import Desk, ScanOutcome, attendance
from hybridhub.checkin.keys import list_keys, make_door_copy, new_key, retire_key
from hybridhub.checkin.log_sync import read_log
from hybridhub.checkin.registrations import (
    FIELDS,
    ColumnMapping,
    guess_mapping,
    import_registrations,
    load_mapping,
)
from hybridhub.checkin.tables import read_table
from hybridhub.cli.common import (
    add_workspace_arg,
    print_json,
    print_json_pretty,
    workspace_from,
    workspace_target,
)
from hybridhub.core.errors import ValidationError


def default_device() -> str:
    return os.environ.get("HYBRIDHUB_DEVICE") or socket.gethostname() or "desk"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    top = sub.add_parser("checkin", help="registrations, badges and the check-in desk")
    cmds = top.add_subparsers(dest="checkin_command", metavar="ACTION")
    cmds.required = True
    _register_before(cmds)
    _register_desk(cmds)
    _register_between_laptops(cmds)


def _register_before(cmds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Before the event: the list of participants and their badges."""
    p = cmds.add_parser("import-registrations", help="import a participants list (CSV or XLSX)")
    add_workspace_arg(p)
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=f"use COLUMN for FIELD (fields: {', '.join(FIELDS)}); repeatable",
    )
    p.add_argument("--extra", action="append", default=[], metavar="COLUMN[=ATTRIBUTE]", help="keep a column")
    p.add_argument("--guess", action="store_true", help="ignore the mapping saved at the last import")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_import)

    p = cmds.add_parser("badges", help="write a PDF of badges with QR codes")
    add_workspace_arg(p)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PDF")
    p.add_argument(
        "--layout", choices=LAYOUTS, default="labels", help="A4 label sheets or one ticket per page"
    )
    p.add_argument("--sort", choices=("name", "badge"), default="name")
    p.set_defaults(func=_badges)


def _register_desk(cmds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """At the door: scans, walk-ins, undo, and who came."""
    p = cmds.add_parser("scan", help="check someone in with a scanned or typed code")
    add_workspace_arg(p)
    p.add_argument("code", metavar="CODE")
    p.add_argument("--session", metavar="NAME", help="the session (default: arrival at the event)")
    p.add_argument("--out", action="store_true", help="check out instead of in")
    p.add_argument("--device", default=None, help="this laptop's name in the log")
    p.add_argument("--method", default="scanner", choices=("scanner", "camera", "keyed"))
    p.add_argument("--json", action="store_true", help="print the outcome as one JSON object")
    p.set_defaults(func=_scan)

    p = cmds.add_parser("walk-in", help="add someone who came unregistered and check them in")
    add_workspace_arg(p)
    p.add_argument("--name", default=None)
    p.add_argument("--organisation", default=None)
    p.add_argument("--session", metavar="NAME")
    p.add_argument("--device", default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_walk_in)

    p = cmds.add_parser("undo", help="annul a check-in (the last one on this laptop, or by nonce)")
    add_workspace_arg(p)
    p.add_argument("nonce", nargs="?", default=None)
    p.add_argument("--device", default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_undo)

    p = cmds.add_parser("attendance", help="who came, per session, derived from the log")
    add_workspace_arg(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_attendance)


def _register_between_laptops(cmds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Between laptops: the door log, the signing keys, a copy for a door laptop."""
    p = cmds.add_parser("export-log", help="write this laptop's check-in log to a file")
    add_workspace_arg(p)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument("--device", default=None)
    p.set_defaults(func=_export)

    p = cmds.add_parser("merge-log", help="merge another laptop's check-in log (safe to repeat)")
    add_workspace_arg(p)
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_merge)

    p = cmds.add_parser("keys", help="list, add or retire the event's signing keys")
    add_workspace_arg(p)
    group = p.add_mutually_exclusive_group()
    group.add_argument("--rotate", action="store_true", help="add a new signing key (old codes stay valid)")
    group.add_argument("--retire", type=int, metavar="KEY_ID", help="stop accepting codes of this key")
    p.set_defaults(func=_keys)

    p = cmds.add_parser(
        "door-copy", help="enrol a door laptop: a copy of the workspace without private signing keys"
    )
    add_workspace_arg(p)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")
    p.set_defaults(func=_door_copy)


def _mapping(args: argparse.Namespace, headers: list[str], saved: ColumnMapping) -> ColumnMapping:
    mapping = guess_mapping(headers) if args.guess else saved
    for item in args.map:
        field, sep, column = item.partition("=")
        if not sep:
            raise ValidationError(f"--map expects FIELD=COLUMN, got '{item}'", field="map")
        mapping.fields[field.strip()] = column.strip()
    for item in args.extra:
        column, _sep, attr = item.partition("=")
        mapping.extras[column.strip()] = (attr or column).strip()
    return mapping


def _import(args: argparse.Namespace) -> int:
    table = read_table(args.file)
    with workspace_from(args) as ws, ws.transaction() as s:
        mapping = _mapping(args, table.headers, load_mapping(s, table.headers))
        summary = import_registrations(s, ws.event(s), args.file, mapping, table=table)
    if args.json:
        print_json(summary.__dict__)
    else:
        print(summary.describe())
        for error in summary.errors[:20]:
            print(f"  skipped: {error}")
    return 0


def _badges(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws:
        count = print_badges(ws, args.output, layout=args.layout, sort=args.sort)
    print(f"wrote {count} badges to {args.output}")
    return 0


def _print_outcome(desk: Desk, outcome: ScanOutcome, as_json: bool) -> None:
    if as_json:
        print_json(outcome.to_json(desk.tz))
        return
    print(f"{outcome.result.upper()}: {outcome.message}")
    if outcome.hint:
        print(f"  hint: {outcome.hint}")


def _scan(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws:
        desk = Desk(ws, args.device or default_device())
        session_id = desk.find_session(args.session)
        outcome = desk.scan(
            args.code, method=args.method, session_id=session_id, direction="out" if args.out else "in"
        )
        _print_outcome(desk, outcome, args.json)
    return 0 if outcome.result in ("ok", "already") else 1


def _walk_in(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws:
        desk = Desk(ws, args.device or default_device())
        outcome = desk.walk_in(
            name=args.name, organisation=args.organisation, session_id=desk.find_session(args.session)
        )
        _print_outcome(desk, outcome, args.json)
    return 0


def _undo(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws:
        desk = Desk(ws, args.device or default_device())
        outcome = desk.undo(args.nonce) if args.nonce else desk.undo_last()
        if outcome is None:
            raise ValidationError(f"no check-in on laptop '{desk.device}' to undo")
        _print_outcome(desk, outcome, args.json)
    return 0


def _attendance(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws, ws.session() as s:
        found = attendance(s, ws.event(s).id)
    rows = {("arrival" if name is None else name): sorted(uids) for name, uids in found.items()}
    if args.json:
        print_json_pretty({name: {"count": len(uids), "participants": uids} for name, uids in rows.items()})
    else:
        for name, uids in rows.items():
            print(f"{len(uids):5d}  {name}")
    return 0


def _export(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws:
        rows, walk_ins = export_log_file(ws, args.output, args.device or default_device())
    print(f"wrote {rows} check-in rows and {walk_ins} walk-ins to {args.output}")
    return 0


def _merge(args: argparse.Namespace) -> int:
    read_log(args.file)  # a wrong file is refused before the workspace is opened
    with workspace_from(args) as ws:
        summary = merge_log_file(ws, args.file)
    if args.json:
        print_json(summary.__dict__)
    else:
        print(summary.describe())
    return 0


def _keys(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws, ws.transaction() as s:
        event = ws.event(s)
        if args.rotate:
            key = new_key(s, event)
            print(f"added signing key {key.key_id}; codes of earlier keys stay valid")
        elif args.retire is not None:
            retire_key(s, event, args.retire)
            print(f"retired key {args.retire}: its codes are no longer accepted")
        keys = list_keys(s, event)
    for k in keys:
        state = "valid" if k.active else "retired"
        half = "signs and verifies" if k.can_sign else "verifies only"
        print(f"  key {k.key_id}: {state}, {half}, fingerprint {k.fingerprint}")
    return 0


def _door_copy(args: argparse.Namespace) -> int:
    source = workspace_target(args)
    workspace_from(args).close()  # checks and migrates the source first
    stripped = make_door_copy(source, args.output)
    print(f"wrote door copy {args.output} ({stripped} private keys left out)")
    keys = f"{args.output.stem}.keys"
    print(
        f"it is a laptop of the event with a key of its own, ready on this computer; for another computer: "
        f"'hybridhub keys export -w {args.output} -o {keys} --no-signing', then 'hybridhub keys import' there"
    )
    return 0
