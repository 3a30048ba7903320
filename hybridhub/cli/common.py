"""Helpers every sub-command shares: the workspace option, opening it, printing JSON."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from hybridhub.core.paths import default_workspace
from hybridhub.core.server import WorkspaceTarget, parse_target
from hybridhub.core.workspace import Workspace, open_workspace


def add_workspace_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-w",
        "--workspace",
        metavar="PATH|URL",
        type=parse_target,
        default=None,
        help="workspace file, or a server's postgresql://USER@HOST/DB "
        "(default: $HYBRIDHUB_WORKSPACE, else one in your user data folder)",
    )


def workspace_target(args: argparse.Namespace) -> WorkspaceTarget:
    return args.workspace or default_workspace()


def workspace_from(args: argparse.Namespace) -> Workspace:
    ws = open_workspace(workspace_target(args))
    ws.on_wait = _tell_waiting
    return ws


def _tell_waiting(message: str) -> None:
    print(f"hybridhub: {message}", file=sys.stderr, flush=True)


def print_json(value: Any) -> None:
    """One JSON object on one line (JSON Lines when called repeatedly)."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, default=str) + "\n")


def print_json_pretty(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")
