"""The `hybridhub` command: the same services as the GUI, from a terminal. No sub-command opens the GUI.

Each `cmd_*.py` module in this package contributes its sub-commands through `register(subparsers)`,
so that a capability adds its commands without touching this file.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence

from sqlalchemy.exc import DBAPIError

from hybridhub import __version__
from hybridhub.core.errors import UserError
from hybridhub.core.files import owner_only_umask
from hybridhub.core.server import as_user_error


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hybridhub",
        description="Capture, import and report the voices of a hybrid workshop.",
    )
    parser.add_argument("--version", action="version", version=f"hybridhub {__version__}")
    parser.add_argument(
        "--wait",
        type=float,
        metavar="SECONDS",
        help="how long a write waits for another HybridHub writing to the same workspace (default 60)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("cmd_"):
            importlib.import_module(f"{__name__}.{info.name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    owner_only_umask()  # workspaces, backups, exports, keys: the user's alone (participants may be patients)
    if args.wait is not None:
        os.environ["HYBRIDHUB_WRITE_TIMEOUT"] = str(max(0.0, args.wait))
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"hybridhub: error: {exc.describe()}", file=sys.stderr)
        return 2
    except DBAPIError as exc:  # a server workspace: a race with another user, or the server went away
        found = as_user_error(exc)
        if found is None:
            raise
        print(f"hybridhub: error: {found.describe()}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `hybridhub search … | head` closed the pipe: not an error of ours, and nothing to report.
        # Point stdout at devnull so that Python's final flush does not fail on the closed pipe.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("hybridhub: interrupted; nothing half-written was kept", file=sys.stderr)
        return 130
