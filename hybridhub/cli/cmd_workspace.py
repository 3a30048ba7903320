"""Sub-commands for workspaces: init, demo, stats."""

from __future__ import annotations

import argparse

from hybridhub.analysis.stats import read_stats
from hybridhub.cli.common import add_workspace_arg, print_json, workspace_from
from hybridhub.core.channels import label
from hybridhub.core.clock import zone
from hybridhub.core.server import display_name, parse_target
from hybridhub.core.workspace import create_workspace


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create a new workspace for an event (a file, or an empty database)")
    p.add_argument("path", type=parse_target, metavar="PATH|URL")
    p.add_argument("--event", required=True, metavar="TITLE", help="the event's title")
    p.add_argument("--tz", default="UTC", metavar="ZONE", help="the event's time zone (IANA name)")
    p.add_argument("--lang", action="append", metavar="CODE", help="a language of the event (repeatable)")
    p.set_defaults(func=_init)

    p = sub.add_parser("demo", help="create a demo workspace with realistic sample data")
    p.add_argument("-o", "--output", type=parse_target, required=True, metavar="PATH|URL")
    p.add_argument("--seed", type=int, default=7, help="random seed (same seed, same data)")
    p.set_defaults(func=_demo)

    p = sub.add_parser("stats", help="counts of participants, contributions, check-ins and sheets")
    add_workspace_arg(p)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=_stats)


def _init(args: argparse.Namespace) -> int:
    zone(args.tz)
    create_workspace(args.path, args.event, timezone=args.tz, languages=args.lang or ["en"]).close()
    print(f"created {display_name(args.path)} for '{args.event}'")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from hybridhub.demo.builder import build_demo

    summary = build_demo(args.output, seed=args.seed)
    print(f"created demo workspace {display_name(args.output)}: {summary}")
    return 0


def _stats(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws:
        stats = read_stats(ws)
    if args.json:
        print_json(stats)
        return 0
    split = stats["participants_split"]
    print(f"{stats['event']}")
    unnamed = ", ".join(f"{n} {label(ch)}" for ch, n in stats["voices_unnamed_by_channel"].items())
    print(
        f"  people who took part: {stats['people']} ({stats['people_named']} named"
        + (f" + {stats['voices_unnamed']} voices without a name: {unnamed}" if unnamed else "")
        + f"); {stats['people_offline']} offline, {stats['people_online']} online"
    )
    if stats["attended_silently"]:
        print(f"    and {stats['attended_silently']} more attended without contributing")
    print(
        f"  participant records: {stats['participants']} (offline only {split['offline_only']}, "
        f"online only {split['online_only']}, both {split['both']}, not yet {split['not_yet']})"
    )
    print(f"  contributions: {stats['contributions']}")
    for channel, count in stats["contributions_by_channel"].items():
        print(f"    {label(channel):<22} {count}")
    print(f"  check-ins: {stats['checkins']}   sheets: {stats['sheets']}   sessions: {stats['sessions']}")
    return 0
