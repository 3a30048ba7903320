"""`hybridhub laptops …`: enrol another laptop of the event, list the laptops. `laptops list --json`
prints one object per laptop: name, uid, role, this, enrolled_at, enrolled_by, last_exchange,
contributed."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from hybridhub.cli.cmd_keys import PASSPHRASE_ENV
from hybridhub.cli.common import add_workspace_arg, print_json, workspace_from
from hybridhub.core.errors import ValidationError
from hybridhub.sync.laptops import AddedLaptop, add_laptop, list_laptops


def _passphrase(path: Path | None) -> str | None:
    """The key file's passphrase: the first line of the file, else $HYBRIDHUB_KEY_PASSPHRASE, else none
    (no key file is written; `keys export` makes one later)."""
    if path is None:
        return os.environ.get(PASSPHRASE_ENV) or None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError("cannot read the passphrase file", file=path) from exc
    return lines[0] if lines else None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    top = sub.add_parser("laptops", help="the laptops of this event: enrol another one, list them")
    cmds = top.add_subparsers(dest="laptops_command", metavar="ACTION")
    cmds.required = True

    p = cmds.add_parser(
        "add", help="write a workspace for another laptop of this event, with a key of its own"
    )
    p.add_argument("name", metavar="NAME", help="what to call it, e.g. 'Table 2' or 'Scanning'")
    add_workspace_arg(p)
    p.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="the new laptop's workspace"
    )
    p.add_argument("--key-file", type=Path, metavar="PATH", help="its key file (default: FILE with .keys)")
    p.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="PATH",
        help=f"also write a key file for another computer, under this passphrase (or ${PASSPHRASE_ENV})",
    )
    p.add_argument("--door", action="store_true", help="a door laptop (check-in only)")
    p.set_defaults(func=_add)

    p = cmds.add_parser("list", help="the event's laptops, their last exchange and what each contributed")
    add_workspace_arg(p)
    p.add_argument("--json", action="store_true", help="one JSON object per laptop")
    p.set_defaults(func=_list)


def carry_hint(added: AddedLaptop) -> str:
    """How to use the new laptop on another computer."""
    if added.key_file is not None:
        return (
            f"for another computer: copy {added.output.name} there, carry {added.key_file.name} separately, "
            f"then run there: hybridhub keys import {added.key_file.name} -w {added.output.name}"
        )
    keys = f"{added.output.stem}.keys"
    return (
        f"for another computer: write its key file with 'hybridhub keys export -w {added.output} -o {keys} "
        f"--no-signing' (under a passphrase), carry it apart from the workspace, and run "
        f"'hybridhub keys import {keys} -w {added.output.name}' there"
    )


def _add(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws:
        added = add_laptop(
            ws,
            args.name,
            args.output,
            role="door" if args.door else "laptop",
            key_file=args.key_file,
            passphrase=_passphrase(args.passphrase_file),
        )
    print(f"enrolled laptop '{added.name}' ({added.uid}); wrote its workspace {added.output}")
    print("on this computer it is ready to use: its key is in your key store")
    print(carry_hint(added))
    return 0


def _list(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws, ws.session() as s:
        laptops = list_laptops(s)
    for info in laptops:
        if args.json:
            print_json(info.as_json())
            continue
        last = info.last_exchange.strftime("%Y-%m-%d %H:%M UTC") if info.last_exchange else "never"
        made = ", ".join(f"{n} {k}" for k, n in {**info.contributed, "edits": info.edits}.items() if n)
        mark = " (this laptop)" if info.this else ""
        when = f"{info.enrolled_at:%Y-%m-%d}"
        print(
            f"{info.name}{mark}: {info.role}, enrolled {when}, last exchange {last}; {made or 'nothing yet'}"
        )
    return 0
