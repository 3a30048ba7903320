"""`hybridhub formats`, `hybridhub import FILE...` and `hybridhub imports` (list / remove batches).

Every file is recognised before anything is written: one unrecognised file stops the command with the
workspace unchanged. Then each file is imported in its own transaction; a file found damaged while it
is read is rolled back entirely and named on stderr, the other files are still imported, and the exit
status is 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from hybridhub.cli.common import add_workspace_arg, print_json, workspace_from
from hybridhub.core.clock import zone
from hybridhub.core.errors import UserError, ValidationError
from hybridhub.core.local_time import LocalTimes
from hybridhub.events.actions import event_times
from hybridhub.importers import registry
from hybridhub.importers.base import ImportOptions
from hybridhub.importers.detect import Detection, resolve
from hybridhub.importers.store import import_file, list_batches, preview, remove_batch


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("formats", help="list the export formats HybridHub can import")
    p.add_argument("--json", action="store_true", help="one JSON object per format")
    p.set_defaults(func=cmd_formats)

    p = sub.add_parser("import", help="import exported chats, meeting reports, forms and lists")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    add_workspace_arg(p)
    p.add_argument("--format", metavar="NAME", help="skip detection and read as this format")
    p.add_argument("--tz", metavar="ZONE", help="time zone of times without one (default: the event's)")
    p.add_argument("--include-direct", action="store_true", help="also import direct/private messages")
    p.add_argument("--map", metavar="PRESET|FILE.json", help="column mapping: a saved preset or a JSON file")
    p.add_argument("--form", metavar="TEMPLATE", help="paper form that online form answers belong to")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="meeting date when the file does not carry one")
    p.add_argument(
        "--only-event-days",
        action="store_true",
        help="refuse a file with items dated outside the event's days (default: import it, with a warning)",
    )
    p.add_argument("--preview", action="store_true", help="show the first records; write nothing")
    p.add_argument("--json", action="store_true", help="one JSON object per file")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("imports", help="list imported files, or remove one as a whole")
    add_workspace_arg(p)
    p.add_argument("--remove", metavar="BATCH", help="remove this import (its id from the list)")
    p.add_argument("--json", action="store_true", help="JSON output")
    p.set_defaults(func=cmd_imports)


def cmd_formats(args: argparse.Namespace) -> int:
    for imp in registry.importers():
        if args.json:
            print_json(
                {"name": imp.name, "label": imp.label, "channel": imp.channel, "extensions": imp.extensions}
            )
        else:
            exts = " ".join(imp.extensions)
            print(f"{imp.name:<16} {imp.label}" + (f"  ({exts})" if exts else ""))
    return 0


def _settings(args: argparse.Namespace) -> dict[str, Any]:
    settings: dict[str, Any] = {}
    if args.map:
        candidate = Path(args.map)
        if candidate.suffix.lower() == ".json" or candidate.is_file():
            try:
                settings["map"] = json.loads(candidate.read_text(encoding="utf-8-sig"))
            except OSError as exc:
                raise ValidationError(f"cannot read the mapping: {exc.strerror}", file=candidate) from exc
            except json.JSONDecodeError as exc:
                raise ValidationError(
                    f"the mapping is not valid JSON: {exc.msg}", file=candidate, line=exc.lineno
                ) from exc
        else:
            settings["map"] = args.map
    if args.form:
        settings["form"] = args.form
    if args.date:
        settings["date"] = args.date
    return settings


def cmd_import(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws:
        with ws.session() as session:
            event_zone = ws.event(session).timezone
        tz = args.tz or event_zone
        zone(tz)
        options = ImportOptions(timezone=tz, include_direct=args.include_direct, settings=_settings(args))
        # Recognise every file first, so that an unknown file leaves the workspace untouched.
        found: list[tuple[Path, Detection]] = [(f, resolve(f, args.format)) for f in args.files]
        if args.preview:
            times = LocalTimes(event_zone)
            for path, detection in found:
                _print_preview(ws, path, detection, options, args.json, times)
            return 0
        failed = 0
        for path, detection in found:
            try:
                result = import_file(
                    ws, path, options=options, detection=detection, only_event_days=args.only_event_days
                )
            except UserError as exc:
                failed += 1
                print(
                    f"hybridhub: error: {exc.describe()} — nothing of this file was imported", file=sys.stderr
                )
                continue
            if result.span is not None and result.span.outside_event:
                print(
                    f"hybridhub: warning: {path.name}: {result.span.warning()} "
                    "(imported anyway; --only-event-days refuses such files)",
                    file=sys.stderr,
                )
            if args.json:
                print_json(result.as_json())
            else:
                print(
                    f"{path.name}: {result.format}: {result.added} added, {result.duplicates} already there, "
                    f"{result.skipped} skipped, {result.participants} new participants"
                )
                for error in result.errors:
                    print(f"  {error}")
        return 2 if failed else 0


def _print_preview(
    ws: Any, path: Path, detection: Detection, options: ImportOptions, as_json: bool, times: LocalTimes
) -> None:
    """The first records as they would be stored, times in the event's zone with its offset."""
    shown = preview(ws, path, options=options, detection=detection)
    if not as_json:
        print(f"{shown.source}: {shown.label} (written in {shown.timezone}, shown in {times.zone_name})")
    for row in shown.rows:
        when = times.stamp(row.time)
        if as_json:
            print_json(
                {"file": str(path), "line": row.line, "kind": row.kind, "time": when, "author": row.author,
                 "text": row.text, "session": row.session}
            )  # fmt: skip
        else:
            print(f"  {row.line or '':>6} {row.kind:<10} {when:<22} {row.author[:20]:<20} {row.text[:60]}")


def cmd_imports(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws:
        if args.remove:
            gone = remove_batch(ws, args.remove)
            summary = {
                "file": gone.file,
                "contributions": gone.contributions,
                "checkins": gone.checkins,
                "answers": gone.answers,
                "participants": gone.participants,
            }
            if args.json:
                print_json(summary)
            else:
                print(
                    f"removed {gone.file}: {gone.contributions} contributions, "
                    f"{gone.checkins} attendance rows, "
                    f"{gone.answers} answers, {gone.participants} participants"
                )
            return 0
        times = event_times(ws)
        for b in list_batches(ws):
            if args.json:
                print_json({**b.__dict__, "imported_at": times.iso(b.imported_at)})
            else:
                print(
                    f"{b.uid}  {times.stamp(b.imported_at)}  {b.format:<10} {b.file_name}  "
                    f"+{b.added} ={b.duplicates} skipped {b.skipped}"
                )
        return 0
