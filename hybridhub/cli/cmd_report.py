"""Sub-commands `report` (the PDF for decision-makers) and `export` (CSV, XLSX, JSON)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from hybridhub.analysis.counting import Scope
from hybridhub.cli.common import add_workspace_arg, workspace_from
from hybridhub.core.models import Event
from hybridhub.events.service import match_session, session_choices
from hybridhub.reports.exports import FORMATS, export
from hybridhub.reports.i18n import LANGUAGES
from hybridhub.reports.options import SECTIONS, ReportOptions, scope_for
from hybridhub.reports.quotes import QuotePolicy
from hybridhub.reports.report import build_report


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("report", help="write the PDF report for decision-makers")
    add_workspace_arg(p)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the report (default: en)")
    _scope_args(p)
    p.add_argument(
        "--section",
        action="append",
        choices=SECTIONS,
        metavar="NAME",
        help="print only these sections (repeatable; default: all): " + ", ".join(SECTIONS),
    )
    p.add_argument(
        "--names",
        action="store_true",
        help="show the names of people who agreed to be named (default: pseudonyms only)",
    )
    p.add_argument(
        "--quote-unknown",
        choices=("yes", "no"),
        default="no",
        help="may people whose consent to be quoted was not recorded be quoted? (default: no)",
    )
    p.set_defaults(func=_report)

    p = sub.add_parser("export", help="export all contributions (CSV, XLSX) or the whole data set (JSON)")
    add_workspace_arg(p)
    p.add_argument("--format", choices=FORMATS, required=True)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    _scope_args(p)
    p.set_defaults(func=_export)


def _scope_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--session",
        action="append",
        metavar="NAME",
        help="only this session (its name or number in the agenda; repeatable)",
    )
    p.add_argument(
        "--from", dest="since", type=_date, metavar="YYYY-MM-DD", help="from this day (event time)"
    )
    p.add_argument("--to", dest="until", type=_date, metavar="YYYY-MM-DD", help="up to this day, included")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-14") from None


def scope_from(session: Session, event: Event, args: argparse.Namespace) -> Scope:
    """Sessions named by name or agenda number; days in the event's time zone, both ends included."""
    ids: frozenset[int] | None = None
    if args.session:
        choices = session_choices(session, event)
        chosen = {match_session(choices, wanted) for wanted in args.session}
        ids = frozenset(chosen)
    return scope_for(session, event, ids, args.since, args.until)


def _progress(done: int, total: int, message: str) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r{message} ({done}/{total})\033[K")
        if done >= total:
            sys.stderr.write("\n")


def _report(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws, ws.session() as s:
        event = ws.event(s)
        options = ReportOptions(
            lang=args.lang,
            sections=tuple(args.section) if args.section else SECTIONS,
            scope=scope_from(s, event, args),
            quotes=QuotePolicy(unknown_consent_allows=args.quote_unknown == "yes", show_names=args.names),
        )
        result = build_report(s, event, args.output, options, progress=_progress)
    c = result.counts
    offline, online = c.sides["offline"].people, c.sides["online"].people
    print(
        f"wrote {result.path}: {result.pages} pages; {c.people} people "
        f"({offline} offline, {online} online), {c.contributions} contributions"
    )
    return 0


def _export(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws, ws.session() as s:
        event = ws.event(s)
        count = export(s, event, args.output, args.format, scope_from(s, event, args), progress=_progress)
    print(f"wrote {args.output}: {count} contributions ({args.format})")
    return 0
