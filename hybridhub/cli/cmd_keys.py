"""`hybridhub keys …`: carry an event's secrets (the key of the phone/e-mail hashes, private signing
keys) to another laptop in a passphrase-protected key file, and see which ones this laptop holds."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from sqlalchemy import select

from hybridhub.cli.common import add_workspace_arg, print_json, workspace_from
from hybridhub.core import keystore
from hybridhub.core.errors import UserError
from hybridhub.core.event_secrets import optional_hash_key, private_signing_key
from hybridhub.core.key_exchange import export_keys, import_keys
from hybridhub.core.models import EventKey

PASSPHRASE_ENV = "HYBRIDHUB_KEY_PASSPHRASE"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    top = sub.add_parser("keys", help="move the event's secret keys to another laptop, or list them")
    cmds = top.add_subparsers(dest="keys_command", metavar="ACTION")
    cmds.required = True

    p = cmds.add_parser("export", help="write this laptop's keys of the event to a passphrase-protected file")
    add_workspace_arg(p)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument("--no-signing", action="store_true", help="leave the private signing keys out")
    _passphrase_args(p)
    p.set_defaults(func=_export)

    p = cmds.add_parser("import", help="store the keys of a key file on this laptop, for the workspace")
    add_workspace_arg(p)
    p.add_argument("file", type=Path, metavar="FILE")
    _passphrase_args(p)
    p.set_defaults(func=_import)

    p = cmds.add_parser("status", help="which of the event's secrets this laptop holds")
    add_workspace_arg(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_status)


def _passphrase_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"read the passphrase from the first line of FILE (else ${PASSPHRASE_ENV}, else asked)",
    )


def passphrase(args: argparse.Namespace, *, confirm: bool) -> str:
    if args.passphrase_file is not None:
        try:
            lines = args.passphrase_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError("cannot read the passphrase file", file=args.passphrase_file) from exc
        return lines[0] if lines else ""
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise UserError(
            "a passphrase is needed",
            hint=f"use --passphrase-file FILE or ${PASSPHRASE_ENV}",
            field="passphrase",
        )
    first = getpass.getpass("Passphrase for the key file: ")
    if confirm and getpass.getpass("The same passphrase again: ") != first:
        raise UserError("the two passphrases differ; nothing was written", field="passphrase")
    return first


def _export(args: argparse.Namespace) -> int:
    if args.output.exists():
        raise UserError("a file already exists here; choose another name", file=args.output)
    secret = passphrase(args, confirm=True)
    with workspace_from(args) as ws:
        done = export_keys(ws, args.output, secret, signing=not args.no_signing)
    print(f"{done.describe('wrote')} to {args.output}; keep the passphrase apart from the file")
    return 0


def _import(args: argparse.Namespace) -> int:
    secret = passphrase(args, confirm=False)
    with workspace_from(args) as ws:
        done = import_keys(ws, args.file, secret)
    print(f"{done.describe('stored')} in {keystore.keystore_dir()}")
    return 0


def _status(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws, ws.session() as s:
        event = ws.event(s)
        has_hash = optional_hash_key(event) is not None
        rows = s.scalars(select(EventKey).where(EventKey.event_id == event.id).order_by(EventKey.key_id))
        signing = [
            {
                "key_id": k.key_id,
                "active": k.active,
                "signs_here": k.signs_here,
                "private_here": private_signing_key(event, k.key_id, k.public_key) is not None,
            }
            for k in rows
        ]
        status = {"event": event.uid, "title": event.title, "hash_key": has_hash, "signing": signing}
    if args.json:
        print_json({**status, "key_store": str(keystore.keystore_dir())})
        return 0
    print(f"{status['title']} (event {status['event']}); key store {keystore.keystore_dir()}")
    print(f"  phone/e-mail hash key: {'here' if has_hash else 'MISSING (import a key file)'}")
    for k in signing:
        where = "private half here" if k["private_here"] else "public half only"
        role = "signs here" if k["signs_here"] and k["private_here"] else "verifies only"
        print(f"  signing key {k['key_id']}: {'valid' if k['active'] else 'retired'}, {where}, {role}")
    return 0
