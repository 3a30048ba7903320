from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from hybridhub.core.errors import NotFoundError, ValidationError
from hybridhub.core.models import Contribution, ContributionTheme, EventSession, Note, Theme
from hybridhub.core.workspace import Workspace
from hybridhub.notes.agenda import SessionInfo, find_session, list_sessions, running_session
from hybridhub.notes.capture import NoteInput, add_note, delete_note, edit_note, list_notes
from hybridhub.notes.drafts import Draft, clear_draft, load_draft, save_draft
from hybridhub.notes.tags import find_tags
from hybridhub.notes.tallies import bump, create_tally, list_tallies, set_count
from tests.backend import search_hits
from tests.helpers_voices import person

T0 = datetime(2026, 11, 14, 9, 0, tzinfo=UTC)


def _sessions(ws: Workspace) -> tuple[int, list[int]]:
    with ws.transaction() as s:
        event = ws.event(s)
        rows = [
            EventSession(event_id=event.id, name="Welcome", starts_at=T0, ends_at=T0 + timedelta(hours=1)),
            EventSession(
                event_id=event.id,
                name="Table talk",
                starts_at=T0 + timedelta(hours=1),
                ends_at=T0 + timedelta(hours=2),
                position=1,
            ),
            EventSession(
                event_id=event.id,
                name="Breakout B",
                starts_at=T0 + timedelta(hours=1, minutes=15),
                ends_at=T0 + timedelta(hours=2),
                position=2,
            ),
        ]
        s.add_all(rows)
        s.flush()
        return event.id, [r.id for r in rows]


def test_a_note_is_a_contribution_of_channel_note_with_voices_and_tags(workspace: Workspace) -> None:
    event_id, sids = _sessions(workspace)
    with workspace.transaction() as s:
        s.add(Theme(event_id=event_id, name="Transport and access"))
        s.flush()
        view = add_note(
            s,
            event_id,
            NoteInput(
                "Table 3 says buses stop at 7pm #transport #Fatigue\nand nobody knows",
                sids[1],
                8,
                speaker_group="Table 3",
                is_quote=True,
                author="Ana",
            ),
            at=T0 + timedelta(minutes=70),
        )
    with workspace.session() as s:
        c = s.get(Contribution, view.contribution_id)
        assert c is not None and c.channel == "note" and c.kind == "note"
        assert c.voices == 8 and c.session_id == sids[1] and c.posted_at == T0 + timedelta(minutes=70)
        assert c.text.endswith("nobody knows") and c.word_count == 12
        note = s.scalars(select(Note)).one()
        assert (note.author, note.speaker_group, note.is_quote, note.tags) == (
            "Ana",
            "Table 3",
            True,
            ["transport", "Fatigue"],
        )
        coded = s.scalars(
            select(Theme.name).join(ContributionTheme).where(ContributionTheme.contribution_id == c.id)
        ).all()
        # '#transport' names the existing theme by its first word; '#Fatigue' creates a new one.
        assert sorted(coded) == ["Fatigue", "Transport and access"]
        assert s.scalar(select(Theme.id).where(Theme.name == "transport")) is None


def test_tags_are_found_once_and_not_in_words_or_urls() -> None:
    assert find_tags("#Bus and #bus, then x#no and #über-alles. &#39;") == ["Bus", "über-alles"]
    assert find_tags("no tags here #") == []


def test_speaker_participant_edit_and_delete(workspace: Workspace) -> None:
    event_id, sids = _sessions(workspace)
    with workspace.transaction() as s:
        p = person(s, event_id, "Ruth")
        view = add_note(
            s, event_id, NoteInput("She cannot use the app", sids[0], speaker_participant_id=p.id)
        )
        assert view.speaker == "Ruth"
        edited = edit_note(
            s, event_id, view.note_id, NoteInput("She cannot use the website #access", sids[0], 2)
        )
        assert edited.voices == 2 and edited.speaker is None and edited.tags == ["access"]
    assert search_hits(workspace, "website") == [view.contribution_id]  # the search index followed
    assert search_hits(workspace, "app") == []
    with workspace.transaction() as s:
        delete_note(s, view.note_id)
    with workspace.session() as s:
        assert s.scalars(select(Note)).all() == [] and list_notes(s, event_id) == []


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (NoteInput("   "), "text"),
        (NoteInput("x", voices=0), "voices"),
        (NoteInput("x", voices=501), "voices"),
        (NoteInput("x", session_id=999), "session"),
        (NoteInput("x", speaker_participant_id=999), "speaker"),
    ],
)
def test_bad_notes_are_refused_and_nothing_is_stored(
    workspace: Workspace, data: NoteInput, field: str
) -> None:
    with pytest.raises((ValidationError, NotFoundError)) as info, workspace.transaction() as s:
        add_note(s, workspace.event(s).id, data)
    assert info.value.field == field
    with workspace.session() as s:
        assert s.scalars(select(Contribution)).all() == []


def test_running_session_by_agenda(workspace: Workspace) -> None:
    event_id, sids = _sessions(workspace)
    with workspace.session() as s:
        sessions = list_sessions(s, event_id)
        assert running_session(sessions, T0 + timedelta(minutes=10)).id == sids[0]  # type: ignore[union-attr]
        # Parallel sessions: the one that started last.
        assert running_session(sessions, T0 + timedelta(minutes=80)).id == sids[2]  # type: ignore[union-attr]
        assert running_session(sessions, T0 - timedelta(minutes=30)).id == sids[0]  # type: ignore[union-attr]
        assert running_session(sessions, T0 + timedelta(days=3)).id == sids[2]  # type: ignore[union-attr]
        assert running_session([], T0) is None
        untimed = [SessionInfo(5, "Any", None, None, "hybrid")]
        assert running_session(untimed, T0) == untimed[0]
        assert find_session(s, event_id, "table").id == sids[1]
        with pytest.raises(NotFoundError, match="no session"):
            find_session(s, event_id, "lunch")


def test_drafts_replace_load_and_clear(workspace: Workspace) -> None:
    event_id, sids = _sessions(workspace)
    save_draft(workspace, "laptop-1", Draft("Half a tho", sids[0], 3, speaker_group="Table 2"))
    save_draft(workspace, "laptop-1", Draft("Half a thought", sids[0], 3, speaker_group="Table 2"))
    save_draft(workspace, "laptop-2", Draft("other device"))
    with workspace.session() as s:
        draft = load_draft(s, "laptop-1")
        assert draft is not None and draft.text == "Half a thought" and draft.voices == 3
        assert draft.speaker_group == "Table 2" and draft.updated_at is not None
    with workspace.transaction() as s:
        add_note(s, event_id, NoteInput("Half a thought, finished", sids[0]))
        clear_draft(s, "laptop-1")
    save_draft(workspace, "laptop-2", Draft("   "))  # emptied editor: no draft
    with workspace.session() as s:
        assert load_draft(s, "laptop-1") is None and load_draft(s, "laptop-2") is None
    if workspace.is_sqlite:
        with workspace.engine.connect() as conn:  # the durable write did not leave the connection on FULL
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1


def test_tallies(workspace: Workspace) -> None:
    event_id, sids = _sessions(workspace)
    with workspace.transaction() as s:
        tally = create_tally(s, event_id, sids[1], "Which first?", ["Buses", " Nurses ", ""])
        assert [o.label for o in tally.options] == ["Buses", "Nurses"]
        buses, nurses = (o.id for o in tally.options)
        bump(s, buses, +1)
        bump(s, buses, +1)
        bump(s, nurses, -1)  # never below zero
        set_count(s, nurses, 14)
        with pytest.raises(ValidationError):
            set_count(s, nurses, -3)
        with pytest.raises(ValidationError, match="two options"):
            create_tally(s, event_id, None, "Q", ["A", "a"])
        with pytest.raises(ValidationError, match="question"):
            create_tally(s, event_id, None, " ", ["A", "B"])
    with workspace.session() as s:
        (shown,) = list_tallies(s, event_id, sids[1])
        assert [(o.label, o.count) for o in shown.options] == [("Buses", 2), ("Nurses", 14)]
        assert shown.total == 16
        assert list_tallies(s, event_id, sids[0]) == []
    with workspace.transaction() as s, pytest.raises(NotFoundError):
        bump(s, max(o.id for o in shown.options) + 1, 1)  # an option that does not exist
