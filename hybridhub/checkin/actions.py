"""Whole check-in tasks on a workspace, each in its own transaction: what the GUI runs on a worker
thread and the CLI runs directly."""

from __future__ import annotations

from pathlib import Path

from hybridhub.checkin.badges import write_badges
from hybridhub.checkin.log_sync import MergeSummary, check_event, export_log, merge_log, read_log, write_log
from hybridhub.checkin.registrations import ColumnMapping, ImportSummary, import_registrations, load_mapping
from hybridhub.checkin.tables import Table
from hybridhub.core.progress import ProgressFn, no_progress
from hybridhub.core.workspace import Workspace, retried
from hybridhub.sync.trust import sign_document, verify_document


def mapping_for(workspace: Workspace, table: Table) -> ColumnMapping:
    """The mapping to propose for this list: the last one used if it fits, else a guess."""
    with workspace.session() as s:
        return load_mapping(s, table.headers)


@retried
def import_list(
    workspace: Workspace, table: Table, mapping: ColumnMapping, progress: ProgressFn = no_progress
) -> ImportSummary:
    with workspace.transaction() as s:
        return import_registrations(
            s, workspace.event(s), table.file, mapping, progress=progress, table=table
        )


def print_badges(
    workspace: Workspace,
    output: Path,
    *,
    layout: str = "labels",
    sort: str = "name",
    participant_ids: list[int] | None = None,
    progress: ProgressFn = no_progress,
) -> int:
    with workspace.session() as s:
        return write_badges(
            s,
            workspace.event(s),
            output,
            layout=layout,
            sort=sort,
            participant_ids=participant_ids,
            progress=progress,
        )


def export_log_file(workspace: Workspace, output: Path, device: str) -> tuple[int, int]:
    """Write the log, signed by this laptop; returns (rows, walk-ins) written."""
    with workspace.transaction() as s:
        event = workspace.event(s)
        data = sign_document(s, event, export_log(s, event, device))
    write_log(output, data)
    return len(data["rows"]), len(data["walk_ins"])


@retried
def merge_log_file(workspace: Workspace, path: Path, progress: ProgressFn = no_progress) -> MergeSummary:
    """Merge a log written by a laptop enrolled in this event, unchanged since it was signed."""
    data = read_log(path)
    with workspace.transaction() as s:
        event = workspace.event(s)
        check_event(event, data, path.name)
        verify_document(s, event, data, path.name)
        return merge_log(s, event, data, file=path.name, progress=progress)
