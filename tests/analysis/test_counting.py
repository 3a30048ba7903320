from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from hybridhub.analysis.counting import OFFLINE, ONLINE, Scope, count_event
from hybridhub.core.models import (
    Answer,
    CheckIn,
    Contribution,
    ContributionTheme,
    Event,
    FormTemplate,
    Participant,
    Theme,
)
from hybridhub.core.text import content_hash, word_count
from hybridhub.core.workspace import Workspace

WHEN = datetime(2026, 11, 14, 10, 0, tzinfo=UTC)


def _person(s: Session, event: Event, **kw: object) -> Participant:
    p = Participant(event_id=event.id, **kw)
    s.add(p)
    s.flush()
    return p


def _say(
    s: Session,
    event: Event,
    p: Participant | None,
    channel: str,
    text: str,
    theme: Theme | None,
    **kw: object,
) -> Contribution:
    c = Contribution(
        event_id=event.id,
        channel=channel,
        source_key=f"k{s.scalar(select(func.count()).select_from(Contribution))}",
        participant_id=p.id if p else None,
        posted_at=kw.pop("posted_at", WHEN),
        text=text,
        word_count=word_count(text),
        content_hash=content_hash(text),
        **kw,
    )
    if theme is not None:
        c.themes.append(ContributionTheme(theme_id=theme.id))
    s.add(c)
    s.flush()
    return c


@pytest.fixture
def small(workspace: Workspace) -> Workspace:
    """Two paper writers, a table note of 6, a chatty online person, one person on both sides."""
    with workspace.transaction() as s:
        ev = workspace.event(s)
        bus = Theme(event_id=ev.id, name="Bus", position=0)
        care = Theme(event_id=ev.id, name="Care", position=1)
        s.add_all([bus, care])
        s.flush()
        ann = _person(s, ev)
        bob = _person(s, ev)
        chatty = _person(s, ev)
        both = _person(s, ev)
        silent = _person(s, ev)
        gone = _person(s, ev)
        gone.merged_into_id = ann.id
        _say(s, ev, ann, "paper", "The bus is late", bus)
        _say(s, ev, bob, "paper", "Nurses are kind", care)
        _say(s, ev, None, "note", "Table says the bus stop is far", bus, voices=6)
        for i in range(30):
            _say(s, ev, chatty, "whatsapp", f"Care waiting lists {i}", care)
        _say(s, ev, chatty, "whatsapp", "Bus again", bus, flag="off-topic")
        _say(s, ev, both, "paper", "Bus fares", bus)
        _say(s, ev, both, "zoom", "Keep the nurse", care)
        _say(s, ev, gone, "paper", "Merged away", bus)
        for p in (ann, silent):
            s.add(
                CheckIn(event_id=ev.id, participant_id=p.id, method="scanner", result="ok", scanned_at=WHEN)
            )
        s.add(
            CheckIn(
                event_id=ev.id, participant_id=bob.id, method="scanner", result="invalid", scanned_at=WHEN
            )
        )
    return workspace


def test_people_not_messages(small: Workspace) -> None:
    with small.session() as s:
        c = count_event(s, small.event(s))
    # Offline: ann, bob, both, 6 note voices = 9; online: chatty, both = 2. The merged record is left out.
    assert c.sides[OFFLINE].people == 9
    assert c.sides[ONLINE].people == 2
    assert c.people == 10
    assert c.split == {"offline_only": 8, "online_only": 1, "both": 1}
    assert c.channel("whatsapp").people == 1 and c.channel("whatsapp").contributions == 31
    assert c.channel("note").people == 6 and c.channel("note").contributions == 1
    bus = next(t for t in c.themes if t.name == "Bus")
    care = next(t for t in c.themes if t.name == "Care")
    # Bus offline: ann + both + 6 note voices = 8 of 9; online: chatty's flagged message counts as heard.
    assert bus.people_by_side == {OFFLINE: 8, ONLINE: 1}
    assert bus.share_by_side[OFFLINE] == pytest.approx(8 / 9)
    assert bus.share_by_side[ONLINE] == pytest.approx(1 / 2)
    assert bus.balanced == pytest.approx((8 / 9 + 1 / 2) / 2)
    # Care: chatty counts once however many of their 30 messages raise it.
    assert care.people_by_side == {OFFLINE: 1, ONLINE: 2}
    assert care.people_by_channel["whatsapp"] == 1
    assert care.contributions == 32
    assert care.balanced == pytest.approx((1 / 9 + 1.0) / 2)
    assert c.flagged == 1


def test_attendance_shows_silent_people(small: Workspace) -> None:
    with small.session() as s:
        c = count_event(s, small.event(s))
    door = c.channel("checkin")
    assert door is not None
    assert (door.attended, door.attended_silent) == (2, 1)
    assert c.attended == 2 and c.attended_silent == 1


def test_undone_checkin_is_not_attendance(small: Workspace) -> None:
    with small.transaction() as s:
        ev = small.event(s)
        ok = s.scalars(select(CheckIn).where(CheckIn.result == "ok")).first()
        assert ok is not None
        s.add(
            CheckIn(
                event_id=ev.id,
                participant_id=ok.participant_id,
                method="scanner",
                result="undo",
                annuls_uid=ok.uid,
                scanned_at=WHEN,
            )
        )
    with small.session() as s:
        assert count_event(s, small.event(s)).attended == 1


def test_identical_texts_counted_once_with_their_people(workspace: Workspace) -> None:
    with workspace.transaction() as s:
        ev = workspace.event(s)
        for i in range(4):
            p = _person(s, ev)
            _say(s, ev, p, "facebook", "Keep the Thursday group  OPEN", None)
            if i == 0:
                _say(s, ev, p, "facebook", "keep the thursday group open", None)
    with workspace.session() as s:
        c = count_event(s, workspace.event(s))
    assert c.contributions == 5 and c.distinct_texts == 1
    assert len(c.identical) == 1
    assert (c.identical[0].people, c.identical[0].messages) == (4, 5)


def test_scope_by_session_and_time(small: Workspace) -> None:
    later = datetime(2026, 11, 15, tzinfo=UTC)
    with small.transaction() as s:
        ev = small.event(s)
        p = _person(s, ev)
        _say(s, ev, p, "sms", "Late text about the bus", None, posted_at=later)
    with small.session() as s:
        ev = small.event(s)
        assert count_event(s, ev).channel("sms") is not None
        assert count_event(s, ev, Scope(until=later)).channel("sms") is None
        assert count_event(s, ev, Scope(since=later)).contributions == 1
        assert count_event(s, ev, Scope(session_ids=frozenset({999}))).contributions == 0


def test_rating_questions_split_paper_and_online(workspace: Workspace) -> None:
    definition = {
        "id": "f",
        "version": 2,
        "title": {"en": "Feedback"},
        "questions": [
            {
                "key": "useful",
                "type": "rating",
                "label": {"en": "Useful?", "fr": "Utile ?"},
                "options": [1, 2, 3],
            },
            {"key": "again", "type": "yesno", "label": "Come again?"},
            {
                "key": "topics",
                "type": "multiple",
                "label": {"en": "Topics"},
                "options": [{"key": "bus", "label": {"en": "Bus"}}, {"key": "care", "label": {"en": "Care"}}],
            },
            {"key": "say", "type": "text", "label": {"en": "Say"}},
        ],
    }
    with workspace.transaction() as s:
        ev = workspace.event(s)
        tpl = FormTemplate(form_key="f", version=2, title="Feedback", definition=definition)
        s.add(tpl)
        s.flush()
        answers = [
            ("paper", "useful", 3),
            ("paper", "useful", 3),
            ("paper", "useful", 1),
            ("google-forms", "useful", "2"),
            ("paper", "again", True),
            ("google-forms", "again", "no"),
            ("paper", "topics", ["bus", "care"]),
            ("paper", "say", "free text"),
            ("paper", "useful", None),
        ]
        for channel, key, value in answers:
            s.add(
                Answer(
                    event_id=ev.id,
                    template_id=tpl.id,
                    channel=channel,
                    question_key=key,
                    value=value,
                    method="keyed",
                )
            )
        s.add(
            Answer(
                event_id=ev.id,
                template_id=tpl.id,
                channel="paper",
                question_key="useful",
                value=1,
                method="scan",
                needs_review=True,
            )
        )
    with workspace.session() as s:
        c = count_event(s, workspace.event(s))
    by_key = {q.key: q for q in c.questions}
    assert set(by_key) == {"useful", "again", "topics"}
    useful = by_key["useful"]
    assert useful.counts[OFFLINE] == {"3": 2, "1": 1} and useful.counts[ONLINE] == {"2": 1}
    assert useful.mean(OFFLINE) == pytest.approx(7 / 3)
    assert useful.values == ["1", "2", "3"]
    assert by_key["again"].counts == {OFFLINE: {"yes": 1}, ONLINE: {"no": 1}}
    assert by_key["topics"].counts[OFFLINE] == {"bus": 1, "care": 1}
    assert by_key["topics"].respondents[OFFLINE] == 1
    assert c.answers_needing_review == 1


def test_demo_channel_people_match_the_store(demo_workspace: Workspace) -> None:
    with demo_workspace.session() as s:
        ev = demo_workspace.event(s)
        c = count_event(s, ev)
        for channel, people, messages, words in s.execute(
            select(
                Contribution.channel,
                func.count(distinct(Contribution.participant_id)),
                func.count(),
                func.sum(Contribution.word_count),
            )
            .where(Contribution.participant_id.is_not(None))
            .group_by(Contribution.channel)
        ):
            fig = c.channel(channel)
            assert fig is not None
            assert (fig.people, fig.contributions, fig.words) == (people, messages, words)
        notes = s.execute(
            select(func.sum(Contribution.voices), func.count()).where(Contribution.channel == "note")
        ).one()
        assert (c.channel("note").people, c.channel("note").contributions) == tuple(notes)
