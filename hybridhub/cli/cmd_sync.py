"""`hybridhub sync …`: carry what a laptop knows to the other laptops of the event, as a signed bundle
file (USB stick) or straight to an organisation's server. `import --json` prints one object per file:
{"file", "laptop", "added", "updated", "conflicts", "already"}."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hybridhub.cli.common import add_workspace_arg, print_json, workspace_from
from hybridhub.sync.actions import export_bundle, import_bundles
from hybridhub.sync.merge import MergeResult
from hybridhub.sync.server import pull, push


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    top = sub.add_parser("sync", help="exchange what laptops of one event know (bundles, push, pull)")
    cmds = top.add_subparsers(dest="sync_command", metavar="ACTION")
    cmds.required = True

    p = cmds.add_parser("export", help="write one bundle file with everything this laptop knows")
    add_workspace_arg(p)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_export)

    p = cmds.add_parser("import", help="merge bundles from other laptops (safe to repeat, any order)")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    add_workspace_arg(p)
    p.add_argument("--json", action="store_true", help="one JSON object per file")
    p.set_defaults(func=_import)

    p = cmds.add_parser("push", help="send what this laptop knows to the organisation's server")
    add_workspace_arg(p)
    p.add_argument("--to", required=True, metavar="URL", help="e.g. postgresql://user@host/db")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_push)

    p = cmds.add_parser("pull", help="bring what the organisation's server knows to this laptop")
    add_workspace_arg(p)
    p.add_argument("--from", dest="source", required=True, metavar="URL")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_pull)


def _print(result: MergeResult, as_json: bool, verb: str) -> None:
    if as_json:
        print_json(result.as_json())
        return
    r = result
    counts = f"{r.added} added, {r.updated} updated, {r.conflicts} conflicts, {r.already} already there"
    print(f"{verb} {r.file}: {counts}")


def _push(args: argparse.Namespace) -> int:
    return _exchange(args, push, args.to, "pushed to")


def _pull(args: argparse.Namespace) -> int:
    return _exchange(args, pull, args.source, "pulled from")


def _exchange(args: argparse.Namespace, action: Any, url: str, verb: str) -> int:
    with workspace_from(args) as ws:
        _print(action(ws, url), args.json, verb)
    return 0


def _export(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws:
        result = export_bundle(ws, args.output)
    if args.json:
        print_json(result.as_json())
    else:
        print(
            f"wrote {result.file}: {result.rows} rows from laptop '{result.laptop}' ({result.size:,} bytes)"
        )
    return 0


def _import(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws:
        results = import_bundles(ws, args.files)
    for r in results:
        if args.json:
            print_json(r.as_json())
        else:
            print(
                f"{r.file} from '{r.laptop}': {r.added} added, {r.updated} updated, {r.conflicts} conflicts, "
                f"{r.already} already here"
            )
    return 0
