"""Notes and tallies on a workspace, each call one session or one transaction: what the notes page
runs (the note typed in the room is saved together with the removal of its draft)."""

from __future__ import annotations

from hybridhub.core.workspace import Workspace
from hybridhub.notes import agenda, capture, drafts, tallies
from hybridhub.notes.agenda import SessionInfo
from hybridhub.notes.capture import NoteInput, NoteView
from hybridhub.notes.drafts import Draft
from hybridhub.notes.tallies import OptionView, TallyView


def list_sessions(ws: Workspace, event_id: int) -> list[SessionInfo]:
    with ws.session() as s:
        return agenda.list_sessions(s, event_id)


def load_draft(ws: Workspace, device: str) -> Draft | None:
    with ws.session() as s:
        return drafts.load_draft(s, device)


def save_note(ws: Workspace, event_id: int, data: NoteInput, device: str) -> NoteView:
    """Store the note and remove this device's draft in one transaction: both happen, or neither."""
    with ws.transaction() as s:
        view = capture.add_note(s, event_id, data)
        drafts.clear_draft(s, device)
        return view


def session_notes(
    ws: Workspace, event_id: int, session_id: int | None, limit: int
) -> tuple[list[NoteView], list[TallyView]]:
    """The latest notes of a session (or of none) and its tallies (a tally needs a session)."""
    with ws.session() as s:
        notes = capture.list_notes(s, event_id, session_id, limit=limit)
        found = tallies.list_tallies(s, event_id, session_id) if session_id is not None else []
        return notes, found


def create_tally(
    ws: Workspace, event_id: int, session_id: int | None, question: str, options: list[str]
) -> TallyView:
    with ws.transaction() as s:
        return tallies.create_tally(s, event_id, session_id, question, options)


def bump(ws: Workspace, option_id: int, delta: int) -> OptionView:
    with ws.transaction() as s:
        return tallies.bump(s, option_id, delta)


def set_count(ws: Workspace, option_id: int, count: int) -> OptionView:
    with ws.transaction() as s:
        return tallies.set_count(s, option_id, count)
