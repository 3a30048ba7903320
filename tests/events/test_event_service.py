from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from hybridhub.core.errors import NotFoundError, ValidationError
from hybridhub.core.models import Contribution, EventSession
from hybridhub.core.workspace import Workspace
from hybridhub.events.service import SessionDraft, find_session, load_details, save_details


def test_round_trip_keeps_local_times_and_session_identity(workspace: Workspace) -> None:
    with workspace.transaction() as s:
        event = workspace.event(s)
        details = load_details(s, event)
        details.sessions = [
            SessionDraft("Morning", datetime(2026, 7, 1, 9), datetime(2026, 7, 1, 12), "in-person")
        ]
        save_details(s, event, details)
    with workspace.transaction() as s:
        event = workspace.event(s)
        details = load_details(s, event)
        morning = details.sessions[0]
        assert (morning.starts_at, morning.ends_at) == (datetime(2026, 7, 1, 9), datetime(2026, 7, 1, 12))
        stored = s.scalars(select(EventSession)).one()
        assert stored.starts_at.hour == 7  # Paris summer time is UTC+2
        s.add(Contribution(event_id=event.id, channel="note", source_key="n", session_id=stored.id, text="x"))
        details.sessions[0].name = "Morning plenary"
        details.sessions.append(SessionDraft("Afternoon"))
        save_details(s, event, details)
    with workspace.session() as s:
        rows = list(s.scalars(select(EventSession).order_by(EventSession.position)))
        assert [r.name for r in rows] == ["Morning plenary", "Afternoon"]
        assert s.scalars(select(Contribution.session_id)).one() == rows[0].id  # kept by uid


def test_removing_a_session_releases_its_contributions(workspace: Workspace) -> None:
    with workspace.transaction() as s:
        event = workspace.event(s)
        details = load_details(s, event)
        details.sessions = [SessionDraft("Only")]
        save_details(s, event, details)
        session_id = s.scalars(select(EventSession.id)).one()
        s.add(
            Contribution(event_id=event.id, channel="note", source_key="n", session_id=session_id, text="x")
        )
    with workspace.transaction() as s:
        event = workspace.event(s)
        details = load_details(s, event)
        details.sessions = []
        save_details(s, event, details)
    with workspace.session() as s:
        assert s.scalars(select(Contribution.session_id)).one() is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: setattr(d, "title", "  "), "field 'title': the event needs a title"),
        (lambda d: setattr(d, "languages", ["en", "f r"]), "'f r' is not a language code"),
        (lambda d: setattr(d, "sessions", [SessionDraft("A"), SessionDraft("a ")]), "session 2"),
        (lambda d: setattr(d, "sessions", [SessionDraft("")]), "field 'session 1': a session needs a name"),
        (
            lambda d: setattr(
                d, "sessions", [SessionDraft("A", datetime(2026, 1, 1, 10), datetime(2026, 1, 1, 9))]
            ),
            "'A' ends before it starts",
        ),
        (lambda d: setattr(d, "timezone", "Nowhere/Town"), "unknown time zone"),
    ],
)
def test_validation_names_the_field(workspace: Workspace, change: object, message: str) -> None:
    with workspace.transaction() as s:
        details = load_details(s, workspace.event(s))
    change(details)  # type: ignore[operator]
    with pytest.raises(ValidationError) as info, workspace.transaction() as s:
        save_details(s, workspace.event(s), details)
    assert message in str(info.value)


def test_find_session_by_name_lists_the_choices(workspace: Workspace) -> None:
    with workspace.transaction() as s:
        event = workspace.event(s)
        details = load_details(s, event)
        details.sessions = [SessionDraft("Table 1"), SessionDraft("Table 2")]
        save_details(s, event, details)
        assert find_session(s, event, " table 2 ").name == "Table 2"
        assert find_session(s, event, "2").name == "Table 2"  # agenda number
        with pytest.raises(
            NotFoundError, match=r"no session called 'Table 3' \(sessions: 1. Table 1; 2. Table 2\)"
        ):
            find_session(s, event, "Table 3")
        with pytest.raises(NotFoundError, match="several sessions start with 'table'"):
            find_session(s, event, "table")


def test_a_unique_start_of_the_name_is_enough(workspace: Workspace) -> None:
    with workspace.transaction() as s:
        event = workspace.event(s)
        details = load_details(s, event)
        details.sessions = [SessionDraft("Table talk: daily life"), SessionDraft("Online circle")]
        save_details(s, event, details)
        assert find_session(s, event, "table TALK").name == "Table talk: daily life"
