"""Reports and exports of a workspace, each in one session: what the Report page runs in the background."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from hybridhub.core.progress import ProgressFn, no_progress
from hybridhub.core.workspace import Workspace
from hybridhub.reports.exports import export
from hybridhub.reports.options import ReportOptions, event_sessions, scope_for
from hybridhub.reports.quotes import QuotePolicy
from hybridhub.reports.report import ReportResult, build_report


@dataclass(frozen=True)
class ScopeChoice:
    """What a report covers, as chosen on screen: some sessions (None: all, and messages outside any
    session too) and whole days in the event's time zone (None: no limit)."""

    session_ids: list[int] | None = None
    first_day: date | None = None
    last_day: date | None = None


def report_sessions(ws: Workspace) -> list[tuple[int, str]]:
    with ws.session() as s:
        return event_sessions(s, ws.event(s))


def write_report(
    ws: Workspace,
    path: Path,
    *,
    lang: str,
    sections: tuple[str, ...],
    scope: ScopeChoice,
    quotes: QuotePolicy,
    progress: ProgressFn = no_progress,
) -> ReportResult:
    with ws.session() as s:
        event = ws.event(s)
        options = ReportOptions(
            lang=lang,
            sections=sections,
            scope=scope_for(s, event, scope.session_ids, scope.first_day, scope.last_day),
            quotes=quotes,
        )
        return build_report(s, event, path, options, progress)


def write_export(
    ws: Workspace, path: Path, fmt: str, scope: ScopeChoice, progress: ProgressFn = no_progress
) -> int:
    """Export the contributions in scope as CSV, XLSX or JSON; returns how many were written."""
    with ws.session() as s:
        event = ws.event(s)
        chosen = scope_for(s, event, scope.session_ids, scope.first_day, scope.last_day)
        return export(s, event, path, fmt, chosen, progress)
