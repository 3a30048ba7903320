"""People on a workspace, each call one session or one transaction: what the people page and the
pickers of other pages run (erasure, which also compacts the file, is `erase.erase_participant`)."""

from __future__ import annotations

from hybridhub.core.workspace import Workspace
from hybridhub.people import directory
from hybridhub.people import merge as merging
from hybridhub.people.directory import PersonRow
from hybridhub.people.merge import MergeRecord, MergeResult
from hybridhub.people.suggest import MergeSuggestion, suggest_merges


def people_choices(ws: Workspace, event_id: int) -> list[tuple[int, str]]:
    with ws.session() as s:
        return directory.people_choices(s, event_id)


def people_and_suggestions(
    ws: Workspace, event_id: int, search: str = ""
) -> tuple[list[PersonRow], list[MergeSuggestion]]:
    """The people matching `search`, and the merges to suggest among all of them, read together."""
    with ws.session() as s:
        return directory.list_people(s, event_id, search=search), suggest_merges(s, event_id)


def merges_of(ws: Workspace, participant_id: int) -> list[MergeRecord]:
    with ws.session() as s:
        return merging.merges_of(s, participant_id)


def set_consent(ws: Workspace, participant_id: int, which: str, value: bool | None) -> None:
    with ws.transaction() as s:
        directory.set_consent(s, participant_id, which, value)


def merge(ws: Workspace, event_id: int, kept_id: int, merged_id: int, reason: str = "") -> MergeResult:
    with ws.transaction() as s:
        return merging.merge(s, event_id, kept_id, merged_id, reason)


def unmerge(ws: Workspace, event_id: int, merged_id: int) -> MergeResult:
    with ws.transaction() as s:
        return merging.unmerge(s, event_id, merged_id)
