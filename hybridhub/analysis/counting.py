"""Counting voices fairly: the figures a report prints, computed from a handful of grouped queries.

The unit is the person, not the message. A contribution with a participant counts as that person,
once per theme whatever the number of their messages; a contribution without one (a facilitator's
group note, an anonymous message) counts as `voices` people of its own. Shares are taken within each
channel and within each side (offline, online), and a theme's channel-balanced share is the mean of the
offline and the online share, so each side weighs the same whatever its size or its message volume.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Select, and_, case, distinct, func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from hybridhub.core.channels import is_offline
from hybridhub.core.models import (
    Answer,
    CheckIn,
    Contribution,
    ContributionTheme,
    Event,
    EventSession,
    FormTemplate,
    Participant,
    Sheet,
    Tally,
    Theme,
)
from hybridhub.core.models.checkin import standing

OFFLINE = "offline"
ONLINE = "online"
SIDES = (OFFLINE, ONLINE)
# Two sides agree on a theme when their shares differ by less than this (in share, 0.10 = 10 points).
AGREEMENT_GAP = 0.10
CHOICE_TYPES = ("rating", "yesno", "single", "multiple", "number")
IDENTICAL_LIMIT = 50
# Any SELECT, whatever its columns: the scope only adds WHERE clauses.
AnySelect = TypeVar("AnySelect", bound="Select[*tuple[Any, ...]]")


def side_of(channel: str) -> str:
    return OFFLINE if is_offline(channel) else ONLINE


@dataclass(frozen=True)
class Scope:
    """Which part of the event to count: some sessions, a time window (aware UTC, `until` exclusive)."""

    session_ids: frozenset[int] | None = None
    since: datetime | None = None
    until: datetime | None = None

    @property
    def is_whole_event(self) -> bool:
        return self.session_ids is None and self.since is None and self.until is None

    def on_contributions(self, stmt: AnySelect) -> AnySelect:
        if self.session_ids is not None:
            stmt = stmt.where(Contribution.session_id.in_(sorted(self.session_ids)))
        if self.since is not None:
            stmt = stmt.where(Contribution.posted_at >= self.since)
        if self.until is not None:
            stmt = stmt.where(Contribution.posted_at < self.until)
        return stmt

    def on_checkins(self, stmt: AnySelect) -> AnySelect:
        if self.session_ids is not None:
            stmt = stmt.where(CheckIn.session_id.in_(sorted(self.session_ids)))
        if self.since is not None:
            stmt = stmt.where(CheckIn.scanned_at >= self.since)
        if self.until is not None:
            stmt = stmt.where(CheckIn.scanned_at < self.until)
        return stmt


@dataclass(kw_only=True)
class Figures:
    """How many people took part through a channel or a side, what they sent, and who only attended."""

    people: int = 0
    contributions: int = 0
    words: int = 0
    distinct_texts: int = 0
    attended: int = 0
    attended_silent: int = 0


@dataclass
class ChannelFigures(Figures):
    channel: str
    side: str


@dataclass
class SideFigures(Figures):
    side: str


@dataclass
class ThemeFigures:
    theme_id: int
    name: str
    colour: str
    description: str
    people: int = 0
    people_by_side: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SIDES, 0))
    share_by_side: dict[str, float | None] = field(default_factory=lambda: dict.fromkeys(SIDES, None))
    people_by_channel: dict[str, int] = field(default_factory=dict)
    share_by_channel: dict[str, float] = field(default_factory=dict)
    contributions: int = 0
    contributions_by_side: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SIDES, 0))
    words: int = 0
    distinct_texts: int = 0

    @property
    def balanced(self) -> float:
        """Mean of the offline and online shares; a side without any contributor is left out."""
        known = [s for s in self.share_by_side.values() if s is not None]
        return sum(known) / len(known) if known else 0.0

    @property
    def gap(self) -> float:
        """Offline share minus online share (0 when a side has no contributors)."""
        off, on = self.share_by_side[OFFLINE], self.share_by_side[ONLINE]
        return (off - on) if off is not None and on is not None else 0.0

    @property
    def leaning(self) -> str:
        """'offline' or 'online' when one side raised it clearly more, else 'agree'."""
        if self.gap >= AGREEMENT_GAP and self.people_by_side[OFFLINE] >= 2:
            return OFFLINE
        if self.gap <= -AGREEMENT_GAP and self.people_by_side[ONLINE] >= 2:
            return ONLINE
        return "agree"


@dataclass
class IdenticalText:
    content_hash: str
    people: int
    messages: int
    channels: list[str]
    first_id: int


@dataclass
class QuestionResult:
    template_key: str
    template_version: int
    key: str
    type: str
    label: dict[str, str]
    values: list[str]
    value_labels: dict[str, dict[str, str]]
    counts: dict[str, dict[str, int]]
    numeric: dict[str, list[float]] = field(default_factory=lambda: {OFFLINE: [], ONLINE: []})
    # People who answered: a multiple-choice answer counts once however many boxes it ticks.
    respondents: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SIDES, 0))

    def mean(self, side: str) -> float | None:
        values = self.numeric[side]
        return sum(values) / len(values) if values else None


@dataclass
class TallyResult:
    question: str
    session: str | None
    options: list[tuple[str, int]]

    @property
    def total(self) -> int:
        return sum(count for _label, count in self.options)


@dataclass
class AttributeBreakdown:
    """One participant attribute among the people who took part, per side; None values are 'unknown'."""

    name: str
    values: list[str]
    counts: dict[str, dict[str, int]]

    def unknown_share(self, side: str | None = None) -> float:
        sides = [side] if side else list(SIDES)
        total = sum(sum(self.counts[s].values()) for s in sides)
        unknown = sum(self.counts[s].get("unknown", 0) for s in sides)
        return unknown / total if total else 0.0


@dataclass(frozen=True)
class Headline:
    """The figures every screen leads with, the same on the Overview, the report's cover and `stats`:
    the people who took part by contributing (a group note's voices each count), how many of them have
    a name and how many are voices without one (by channel: the voices of notes, anonymous answers),
    by side, and those who attended without contributing (not in `people`)."""

    people: int
    named: int
    unnamed_by_channel: dict[str, int]
    offline: int
    online: int
    split: dict[str, int]
    attended: int
    attended_silent: int

    @property
    def unnamed(self) -> int:
        return sum(self.unnamed_by_channel.values())


@dataclass
class Counts:
    """Everything a report needs to print, as plain numbers."""

    event_id: int
    scope: Scope
    people: int
    split: dict[str, int]
    sides: dict[str, SideFigures]
    channels: list[ChannelFigures]
    themes: list[ThemeFigures]
    identical: list[IdenticalText]
    identical_total: int
    questions: list[QuestionResult]
    tallies: list[TallyResult]
    attributes: list[AttributeBreakdown]
    contributions: int
    words: int
    distinct_texts: int
    flagged: int
    uncoded_people: int
    attended: int
    attended_silent: int
    answers_needing_review: int
    session_names: dict[int, str]

    headline: Headline

    def channel(self, name: str) -> ChannelFigures | None:
        return next((c for c in self.channels if c.channel == name), None)

    @property
    def ranked_themes(self) -> list[ThemeFigures]:
        return sorted(self.themes, key=lambda t: (-t.balanced, -t.people, t.name))


def _person_key() -> Any:
    """People are participants; an item without one is its own group (negative key, weight = voices)."""
    return case(
        (Contribution.participant_id.is_not(None), Contribution.participant_id), else_=-Contribution.id
    )


def _base(event_id: int, scope: Scope, *columns: Any) -> Select[Any]:
    """Contributions of the event in scope, leaving out merged-away participants."""
    stmt = (
        select(*columns)
        .select_from(Contribution)
        .outerjoin(Participant, Participant.id == Contribution.participant_id)
        .where(
            Contribution.event_id == event_id,
            or_(Contribution.participant_id.is_(None), Participant.merged_into_id.is_(None)),
        )
    )
    return scope.on_contributions(stmt)


@dataclass
class _Contributors:
    """Who contributed through which channel and side, keyed by `_person_key` with their weight."""

    channels: dict[str, ChannelFigures] = field(default_factory=dict)
    side_people: dict[str, dict[int, int]] = field(default_factory=lambda: {s: {} for s in SIDES})
    side_volume: dict[str, list[int]] = field(default_factory=lambda: {s: [0, 0] for s in SIDES})
    everyone: dict[int, int] = field(default_factory=dict)
    unnamed_channel: dict[int, str] = field(default_factory=dict)  # an unnamed item's key -> its channel

    def side_total(self, side: str) -> int:
        return sum(self.side_people[side].values())


@dataclass
class _Attendance:
    by_side: dict[str, set[int]]

    @property
    def everyone(self) -> set[int]:
        return set().union(*self.by_side.values())


def headline(session: Session, event: Event, scope: Scope | None = None) -> Headline:
    """The lead figures alone (steps 1 and 5 of `count_event`), for screens that show nothing else."""
    scope = scope or Scope()
    who = _contributors(session, event.id, scope)
    return _headline(who, _attendance(session, event.id, scope, who))


def _headline(who: _Contributors, came: _Attendance) -> Headline:
    everyone = who.everyone
    unnamed: dict[str, int] = defaultdict(int)
    for key, channel in who.unnamed_channel.items():
        unnamed[channel] += everyone[key]
    attended = came.everyone
    return Headline(
        people=sum(everyone.values()),
        named=sum(1 for key in everyone if key > 0),
        unnamed_by_channel=dict(sorted(unnamed.items(), key=lambda kv: (-kv[1], kv[0]))),
        offline=who.side_total(OFFLINE),
        online=who.side_total(ONLINE),
        split=_split(who),
        attended=len(attended),
        attended_silent=len(attended - everyone.keys()),
    )


def count_event(session: Session, event: Event, scope: Scope | None = None) -> Counts:
    scope = scope or Scope()
    who = _contributors(session, event.id, scope)
    side_hashes, all_hashes = _distinct_texts(session, event.id, scope, who.channels)
    themes, coded = _theme_figures(session, event.id, scope, who)
    identical, identical_total = _identical_texts(session, event.id, scope)
    came = _attendance(session, event.id, scope, who)
    everyone, all_attended = who.everyone, came.everyone
    sides = {
        s: SideFigures(
            s,
            people=who.side_total(s),
            contributions=who.side_volume[s][0],
            words=who.side_volume[s][1],
            distinct_texts=len(side_hashes[s]),
            attended=len(came.by_side[s]),
            attended_silent=len(came.by_side[s] - everyone.keys()),
        )
        for s in SIDES
    }
    flagged = session.scalar(_base(event.id, scope, func.count()).where(Contribution.flag.is_not(None))) or 0
    session_names = dict(
        session.execute(
            select(EventSession.id, EventSession.name).where(EventSession.event_id == event.id)
        ).all()
    )
    head = _headline(who, came)
    took_part = {k for k in everyone if k > 0} | all_attended
    contributor_sides = {s: {k for k in who.side_people[s] if k > 0} | came.by_side[s] for s in SIDES}
    channels = who.channels.values()
    return Counts(
        event_id=event.id,
        scope=scope,
        people=head.people,
        split=head.split,
        sides=sides,
        channels=sorted(channels, key=lambda c: (c.side != OFFLINE, -c.people, c.channel)),
        themes=list(themes.values()),
        identical=identical,
        identical_total=identical_total,
        questions=_questions(session, event.id, scope),
        tallies=_tallies(session, event.id, scope, session_names),
        attributes=_attributes(session, event.id, took_part, contributor_sides),
        contributions=sum(c.contributions for c in channels),
        words=sum(c.words for c in channels),
        distinct_texts=len(all_hashes),
        flagged=flagged,
        uncoded_people=sum(w for k, w in everyone.items() if k not in coded),
        attended=head.attended,
        attended_silent=head.attended_silent,
        answers_needing_review=_answers_needing_review(session, event.id),
        session_names=session_names,
        headline=head,
    )


def _contributors(session: Session, event_id: int, scope: Scope) -> _Contributors:
    """1. Who contributed through which channel, how often and how much (one row per channel x person)."""
    person = _person_key()
    who = _Contributors()
    rows = session.execute(
        _base(
            event_id,
            scope,
            Contribution.channel,
            person,
            func.max(Contribution.voices),
            func.count(),
            func.coalesce(func.sum(Contribution.word_count), 0),
        ).group_by(Contribution.channel, person)
    )
    for channel, key, voices, messages, words in rows:
        weight = max(int(voices or 1), 1)
        side = side_of(channel)
        fig = who.channels.setdefault(channel, ChannelFigures(channel, side))
        fig.people += weight
        fig.contributions += messages
        fig.words += words
        who.side_people[side][key] = max(weight, who.side_people[side].get(key, 0))
        who.side_volume[side][0] += messages
        who.side_volume[side][1] += words
        if key < 0:
            who.unnamed_channel[key] = channel
    for side in SIDES:
        for key, weight in who.side_people[side].items():
            who.everyone[key] = max(weight, who.everyone.get(key, 0))
    return who


def _distinct_texts(
    session: Session, event_id: int, scope: Scope, channels: dict[str, ChannelFigures]
) -> tuple[dict[str, set[str]], set[str]]:
    """2. Distinct texts per channel (identical texts count once); returns the texts per side and in all."""
    for channel, distinct_count in session.execute(
        _base(
            event_id, scope, Contribution.channel, func.count(distinct(Contribution.content_hash))
        ).group_by(Contribution.channel)
    ):
        channels[channel].distinct_texts = distinct_count
    side_hashes: dict[str, set[str]] = {s: set() for s in SIDES}
    all_hashes: set[str] = set()
    for channel, chash in session.execute(
        _base(event_id, scope, Contribution.channel, Contribution.content_hash).distinct()
    ):
        side_hashes[side_of(channel)].add(chash)
        all_hashes.add(chash)
    return side_hashes, all_hashes


def _theme_figures(
    session: Session, event_id: int, scope: Scope, who: _Contributors
) -> tuple[dict[int, ThemeFigures], set[int]]:
    """3. Themes: who raised each, through which channel; returns the figures and the people coded."""
    themes: dict[int, ThemeFigures] = {
        t.id: ThemeFigures(t.id, t.name, t.colour, t.description)
        for t in session.scalars(select(Theme).where(Theme.event_id == event_id).order_by(Theme.position))
    }
    linked = and_(ContributionTheme.contribution_id == Contribution.id, ContributionTheme.accepted.is_(True))
    side_people, people, coded = _theme_people(session, event_id, scope, themes, linked)
    for theme_id, channel, messages, words in session.execute(
        _base(
            event_id,
            scope,
            ContributionTheme.theme_id,
            Contribution.channel,
            func.count(),
            func.coalesce(func.sum(Contribution.word_count), 0),
        )
        .join(ContributionTheme, linked)
        .group_by(ContributionTheme.theme_id, Contribution.channel)
    ):
        if theme_id in themes:
            themes[theme_id].contributions += messages
            themes[theme_id].contributions_by_side[side_of(channel)] += messages
            themes[theme_id].words += words
    for theme_id, distinct_count in session.execute(
        _base(event_id, scope, ContributionTheme.theme_id, func.count(distinct(Contribution.content_hash)))
        .join(ContributionTheme, linked)
        .group_by(ContributionTheme.theme_id)
    ):
        if theme_id in themes:
            themes[theme_id].distinct_texts = distinct_count
    for theme_id, fig in themes.items():
        fig.people = sum(people[theme_id].values())
        for side in SIDES:
            raised, total = sum(side_people[theme_id][side].values()), who.side_total(side)
            fig.people_by_side[side] = raised
            fig.share_by_side[side] = raised / total if total else None
        for channel, raised in fig.people_by_channel.items():
            total = who.channels[channel].people
            fig.share_by_channel[channel] = raised / total if total else 0.0
    return themes, coded


def _theme_people(
    session: Session, event_id: int, scope: Scope, themes: dict[int, ThemeFigures], linked: Any
) -> tuple[dict[int, dict[str, dict[int, int]]], dict[int, dict[int, int]], set[int]]:
    """People per theme and side, per theme, and everyone coded (one row per theme x channel x person);
    fills each theme's people per channel."""
    person = _person_key()
    side_people: dict[int, dict[str, dict[int, int]]] = defaultdict(lambda: {s: {} for s in SIDES})
    people: dict[int, dict[int, int]] = defaultdict(dict)
    coded: set[int] = set()
    rows = session.execute(
        _base(
            event_id,
            scope,
            ContributionTheme.theme_id,
            Contribution.channel,
            person,
            func.max(Contribution.voices),
        )
        .join(ContributionTheme, linked)
        .group_by(ContributionTheme.theme_id, Contribution.channel, person)
    )
    for theme_id, channel, key, voices in rows:
        fig = themes.get(theme_id)
        if fig is None:
            continue
        weight = max(int(voices or 1), 1)
        fig.people_by_channel[channel] = fig.people_by_channel.get(channel, 0) + weight
        per_side = side_people[theme_id][side_of(channel)]
        per_side[key] = max(weight, per_side.get(key, 0))
        people[theme_id][key] = max(weight, people[theme_id].get(key, 0))
        coded.add(key)
    return side_people, people, coded


def _identical_texts(session: Session, event_id: int, scope: Scope) -> tuple[list[IdenticalText], int]:
    """4. Identical texts sent by more than one person: counted once, with the people behind them.
    Returns the first `IDENTICAL_LIMIT` and how many there are."""
    person = _person_key()
    people_expr = func.count(distinct(person))
    identical_rows = session.execute(
        _base(
            event_id, scope, Contribution.content_hash, people_expr, func.count(), func.min(Contribution.id)
        )
        .where(Contribution.content_hash != "")
        .group_by(Contribution.content_hash)
        .having(people_expr > 1)
        .order_by(people_expr.desc(), func.count().desc(), Contribution.content_hash)
    ).all()
    shown = identical_rows[:IDENTICAL_LIMIT]
    hash_channels: dict[str, set[str]] = defaultdict(set)
    if shown:
        for chash, channel in session.execute(
            _base(event_id, scope, Contribution.content_hash, Contribution.channel)
            .where(Contribution.content_hash.in_([r[0] for r in shown]))
            .distinct()
        ):
            hash_channels[chash].add(channel)
    identical = [
        IdenticalText(chash, people, messages, sorted(hash_channels[chash]), first)
        for chash, people, messages, first in shown
    ]
    return identical, len(identical_rows)


def _attendance(session: Session, event_id: int, scope: Scope, who: _Contributors) -> _Attendance:
    """5. Attendance: successful check-ins not undone, per channel ('checkin' in the room, else online);
    fills the channels' attendance figures."""
    stmt = scope.on_checkins(
        select(CheckIn.channel, CheckIn.participant_id)
        .join(Participant, Participant.id == CheckIn.participant_id)
        .where(standing(event_id), Participant.merged_into_id.is_(None))
        .distinct()
    )
    attended: dict[str, set[int]] = defaultdict(set)
    for channel, pid in session.execute(stmt):
        if pid is not None:  # never None: the join keeps only rows with a participant
            attended[channel].add(pid)
    by_side: dict[str, set[int]] = {s: set() for s in SIDES}
    for channel, pids in attended.items():
        fig = who.channels.setdefault(channel, ChannelFigures(channel, side_of(channel)))
        fig.attended = len(pids)
        fig.attended_silent = len(pids - who.everyone.keys())
        by_side[side_of(channel)] |= pids
    return _Attendance(by_side)


def _split(who: _Contributors) -> dict[str, int]:
    """People (weighted) who contributed only offline, only online, or on both sides."""
    split = {"offline_only": 0, "online_only": 0, "both": 0}
    for key, weight in who.everyone.items():
        on_off, on_on = key in who.side_people[OFFLINE], key in who.side_people[ONLINE]
        split["both" if on_off and on_on else "offline_only" if on_off else "online_only"] += weight
    return split


def _attributes(
    session: Session, event_id: int, took_part: set[int], by_side: dict[str, set[int]]
) -> list[AttributeBreakdown]:
    """Internet access and age band of the people who took part (contributed or attended)."""
    rows = session.execute(
        select(Participant.id, Participant.internet_access, Participant.age_band).where(
            Participant.event_id == event_id, Participant.merged_into_id.is_(None)
        )
    ).all()
    result = []
    for name in ("internet_access", "age_band"):
        counts: dict[str, dict[str, int]] = {s: defaultdict(int) for s in SIDES}
        for row in rows:
            if row.id not in took_part:
                continue
            value: str = getattr(row, name) or "unknown"
            for side in SIDES:
                if row.id in by_side[side]:
                    counts[side][value] += 1
        known = sorted({v for s in SIDES for v in counts[s] if v != "unknown"}, key=_attribute_order)
        result.append(AttributeBreakdown(name, [*known, "unknown"], {s: dict(counts[s]) for s in SIDES}))
    return result


def _attribute_order(value: str) -> tuple[int, str]:
    order = ["none", "poor", "good"]
    return (order.index(value), value) if value in order else (len(order), value)


def _answers_needing_review(session: Session, event_id: int) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Answer)
            .where(Answer.event_id == event_id, Answer.needs_review.is_(True))
        )
        or 0
    )


def _text(value: Any) -> dict[str, str]:
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items() if v is not None}
    return {"en": str(value)} if value not in (None, "") else {}


def _options(question: dict[str, Any]) -> tuple[list[str], dict[str, dict[str, str]]]:
    """Option keys in order, with labels; plain strings or {'key', 'label'} dicts."""
    keys: list[str] = []
    labels: dict[str, dict[str, str]] = {}
    for option in question.get("options") or []:
        if isinstance(option, dict):
            key = str(option.get("key", option.get("value", "")))
            labels[key] = _text(option.get("label", key))
        else:
            key = str(option)
            labels[key] = {}
        if key:
            keys.append(key)
    return keys, labels


def _questions(session: Session, event_id: int, scope: Scope) -> list[QuestionResult]:
    """Distributions of closed questions, paper (offline) vs online answers, one answer per person."""
    sheet = aliased(Sheet)
    source = aliased(Contribution)
    stmt = (
        select(Answer.template_id, Answer.question_key, Answer.channel, Answer.value)
        .outerjoin(Participant, Participant.id == Answer.participant_id)
        .outerjoin(sheet, sheet.id == Answer.sheet_id)
        .outerjoin(source, source.id == Answer.contribution_id)
        .where(
            Answer.event_id == event_id,
            Answer.needs_review.is_(False),
            Answer.value.is_not(None),
            or_(Answer.participant_id.is_(None), Participant.merged_into_id.is_(None)),
        )
    )
    if scope.session_ids is not None:
        ids = sorted(scope.session_ids)
        stmt = stmt.where(or_(sheet.session_id.in_(ids), source.session_id.in_(ids)))
    when = func.coalesce(sheet.captured_at, source.posted_at)
    if scope.since is not None:
        stmt = stmt.where(when >= scope.since)
    if scope.until is not None:
        stmt = stmt.where(when < scope.until)
    answers = session.execute(stmt).all()
    if not answers:
        return []
    templates = {
        t.id: t
        for t in session.scalars(select(FormTemplate).where(FormTemplate.id.in_({a[0] for a in answers})))
    }
    results: dict[tuple[str, str], QuestionResult] = {}
    for template in sorted(templates.values(), key=lambda t: (t.form_key, -t.version)):
        definition = template.definition if isinstance(template.definition, dict) else {}
        for q in definition.get("questions") or []:
            if not isinstance(q, dict) or q.get("type") not in CHOICE_TYPES or not q.get("key"):
                continue
            slot = (template.form_key, str(q["key"]))
            if slot in results:
                continue  # the newest version of a form names the question
            values, labels = _options(q)
            if q["type"] == "yesno" and not values:
                values = ["yes", "no"]
            results[slot] = QuestionResult(
                template.form_key,
                template.version,
                str(q["key"]),
                str(q["type"]),
                _text(q.get("label", q["key"])),
                values,
                labels,
                {s: defaultdict(int) for s in SIDES},
            )
    for template_id, key, channel, value in answers:
        answered = templates.get(template_id)
        result = results.get((answered.form_key, key)) if answered else None
        if result is None:
            continue
        side = side_of(channel)
        chosen = value if isinstance(value, list) else [value]
        result.respondents[side] += 1
        for item in chosen:
            label = _value_key(item)
            if result.type in ("rating", "number"):
                number = _number(item)
                if number is None:
                    continue
                result.numeric[side].append(number)
                label = f"{number:g}"
            result.counts[side][label] += 1
            if label not in result.values:
                result.values.append(label)
    for result in results.values():
        if result.type in ("rating", "number") and all(_number(v) is not None for v in result.values):
            result.values.sort(key=lambda v: _number(v) or 0.0)
        result.counts = {s: dict(result.counts[s]) for s in SIDES}
    return [r for r in results.values() if any(r.respondents.values())]


def _value_key(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _tallies(session: Session, event_id: int, scope: Scope, names: dict[int, str]) -> list[TallyResult]:
    stmt = (
        select(Tally)
        .where(Tally.event_id == event_id)
        .order_by(Tally.id)
        .options(selectinload(Tally.options))
    )
    if scope.session_ids is not None:
        stmt = stmt.where(Tally.session_id.in_(sorted(scope.session_ids)))
    return [
        TallyResult(
            t.question,
            names.get(t.session_id) if t.session_id else None,
            [(o.label, o.count) for o in t.options],
        )
        for t in session.scalars(stmt)
    ]
