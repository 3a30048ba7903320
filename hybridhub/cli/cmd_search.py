"""`hybridhub search`: full-text search over every contribution, as text or JSON Lines."""

from __future__ import annotations

import argparse

from hybridhub.browse.filters import ContributionFilter
from hybridhub.browse.pages import PREVIEW_CHARS, ContributionRow, fetch_page
from hybridhub.cli.common import add_workspace_arg, print_json, workspace_from
from hybridhub.core.channels import CHANNELS
from hybridhub.core.errors import ValidationError
from hybridhub.core.local_time import LocalTimes


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "search",
        help="find contributions by words (accent- and case-insensitive)",
        description=(
            "Find contributions containing all the words of QUERY (each word also matches as a prefix; "
            '"quoted words" match as a phrase; -word leaves out contributions with it).'
        ),
    )
    add_workspace_arg(p)
    p.add_argument("query", metavar="QUERY")
    p.add_argument(
        "--channel",
        action="append",
        metavar="C",
        help=f"only this channel (repeatable): {', '.join(CHANNELS)}",
    )
    p.add_argument("--side", choices=("offline", "online"), help="only offline or only online channels")
    p.add_argument("--flagged", action="store_true", help="only contributions flagged hostile or off-topic")
    p.add_argument("--limit", type=int, default=0, metavar="N", help="at most N results (default: all)")
    p.add_argument("--json", action="store_true", help="JSON Lines: one matching contribution per line")
    p.set_defaults(func=_search)


def _search(args: argparse.Namespace) -> int:
    if args.limit < 0:
        raise ValidationError("--limit must be 0 (all) or more", field="limit")
    filt = ContributionFilter(
        search=args.query,
        channels=tuple(args.channel or ()),
        side=args.side,
        flagged=True if args.flagged else None,
    )
    shown = 0
    with workspace_from(args) as ws, ws.session() as s:
        event = ws.event(s)
        times = LocalTimes(event.timezone)
        preview = None if args.json else PREVIEW_CHARS
        page = fetch_page(s, event.id, filt, None, _size(args.limit), preview=preview)
        while True:
            for row in page.rows:
                if args.limit and shown >= args.limit:
                    return 0
                shown += 1
                _print(row, args.json, times)
            if page.next is None:
                break
            page = fetch_page(s, event.id, filt, page.next, 500, preview=preview)
    return 0


def _size(limit: int) -> int:
    return min(limit, 500) if limit else 500


def _print(row: ContributionRow, as_json: bool, times: LocalTimes) -> None:
    """One contribution; times in the event's zone (ISO 8601 with its offset)."""
    if as_json:
        print_json(
            {
                "id": row.id,
                "posted_at": times.iso(row.posted_at) or None,
                "channel": row.channel,
                "session": row.session_name,
                "author": row.author,
                "voices": row.voices,
                "flag": row.flag,
                "themes": [t.name for t in row.themes],
                "text": row.text,
            }
        )
        return
    when = times.stamp(row.posted_at) or "—"
    flag = f" [{row.flag}]" if row.flag else ""
    print(f"{row.id:>7}  {when}  {row.channel:<10} {row.author[:20]:<20} {row.text[:100]}{flag}")
