"""`hybridhub laptops …`: enrol another laptop of the event, list the laptops, take a laptop's key."""

from __future__ import annotations

import argparse
from pathlib import Path

from hybridhub.cli.common import add_workspace_arg, print_json, workspace_from
from hybridhub.core.errors import ValidationError
from hybridhub.sync.laptops import add_laptop, import_key, list_laptops


def _passphrase(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8").strip() or None
    except OSError as exc:
        raise ValidationError(f"cannot read the passphrase file: {exc.strerror}", file=path) from exc


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
    p.add_argument("--key-file", type=Path, metavar="PATH", help="where to write its key (default: FILE.key)")
    p.add_argument(
        "--passphrase-file", type=Path, metavar="PATH", help="protect the key file with this passphrase"
    )
    p.add_argument("--door", action="store_true", help="a door laptop (check-in only)")
    p.set_defaults(func=_add)

    p = cmds.add_parser("list", help="the event's laptops, their last exchange and what each contributed")
    add_workspace_arg(p)
    p.add_argument("--json", action="store_true", help="one JSON object per laptop")
    p.set_defaults(func=_list)

    p = cmds.add_parser(
        "import-key", help="put this laptop's key (from its key file) in this computer's key store"
    )
    p.add_argument("file", type=Path, metavar="KEYFILE")
    add_workspace_arg(p)
    p.add_argument("--passphrase-file", type=Path, metavar="PATH")
    p.set_defaults(func=_import_key)


def _add(args: argparse.Namespace) -> int:
    ws = workspace_from(args)
    try:
        added = add_laptop(
            ws,
            args.name,
            args.output,
            role="door" if args.door else "laptop",
            key_file=args.key_file,
            passphrase=_passphrase(args.passphrase_file),
        )
    finally:
        ws.close()
    print(f"enrolled laptop '{added.name}' ({added.uid}); wrote its workspace {added.output}")
    print("on this computer it is ready to use: its key is in your key store")
    print(
        f"for another computer: copy {added.output.name} there, carry {added.key_file.name} separately "
        f"(it signs in that laptop's name), then run: hybridhub laptops import-key {added.key_file.name} "
        f"-w {added.output.name}"
    )
    return 0


def _list(args: argparse.Namespace) -> int:
    ws = workspace_from(args)
    try:
        with ws.session() as s:
            laptops = list_laptops(s)
    finally:
        ws.close()
    for info in laptops:
        if args.json:
            print_json(info.as_json())
            continue
        last = info.last_exchange.strftime("%Y-%m-%d %H:%M UTC") if info.last_exchange else "never"
        made = ", ".join(f"{n} {k}" for k, n in {**info.contributed, "edits": info.edits}.items() if n)
        made = made or "nothing yet"
        mark = " (this laptop)" if info.this else ""
        when = f"{info.enrolled_at:%Y-%m-%d}"
        print(f"{info.name}{mark}: {info.role}, enrolled {when}, last exchange {last}; {made}")
    return 0


def _import_key(args: argparse.Namespace) -> int:
    ws = workspace_from(args)
    try:
        name = import_key(ws, args.file, _passphrase(args.passphrase_file))
    finally:
        ws.close()
    print(f"the key of laptop '{name}' is now in this computer's key store")
    return 0
