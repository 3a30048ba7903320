"""Choosing the quotes a report prints: balanced across channels, with consent, without contact details.

One windowed query gives the few best candidates of every theme x channel; the choice then alternates
between the offline and the online side and between channels, never quotes the same person or the same
text twice in a theme, and never quotes a flagged contribution.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from itertools import zip_longest

from sqlalchemy import ColumnElement, and_, false, func, or_, select, true
from sqlalchemy.orm import Session

from hybridhub.analysis.counting import OFFLINE, ONLINE, Scope, side_of
from hybridhub.core.models import Contribution, ContributionTheme, Note, Participant
from hybridhub.reports.redact import redact

MAX_CHARS = 320
MIN_WORDS = 4
IDEAL_WORDS = 22
PER_CHANNEL = 4
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class QuotePolicy:
    """The organiser's choices: quote people whose consent is unknown? show names where allowed?"""

    unknown_consent_allows: bool = False
    show_names: bool = False
    per_theme: int = 4


@dataclass
class Quote:
    contribution_id: int
    theme_id: int
    text: str
    channel: str
    side: str
    session_id: int | None
    posted_at: datetime | None
    who: str
    group: str | None
    voices: int
    content_hash: str


def quotable(policy: QuotePolicy) -> ColumnElement[bool]:
    """SQL condition: not flagged, from a person (or group note) whose consent allows quoting."""
    unknown = true() if policy.unknown_consent_allows else false()
    return and_(
        Contribution.flag.is_(None),
        or_(
            and_(Contribution.participant_id.is_(None), unknown),
            and_(
                Participant.merged_into_id.is_(None),
                or_(Participant.consent_quote.is_(True), and_(Participant.consent_quote.is_(None), unknown)),
            ),
        ),
    )


def tidy(text: str, placeholders: dict[str, str] | None = None) -> str:
    """Redacted, on one line, and cut at a word boundary if long."""
    text = _SPACE.sub(" ", redact(text, placeholders)).strip()
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + " …"
    return text


def pick_quotes(
    session: Session,
    event_id: int,
    scope: Scope,
    policy: QuotePolicy,
    placeholders: dict[str, str] | None = None,
) -> dict[int, list[Quote]]:
    """Theme id -> up to `policy.per_theme` quotes, alternating offline and online."""
    rank = (
        func.row_number()
        .over(
            partition_by=(ContributionTheme.theme_id, Contribution.channel),
            order_by=(func.abs(Contribution.word_count - IDEAL_WORDS), Contribution.id),
        )
        .label("rank")
    )
    inner = scope.on_contributions(
        select(
            ContributionTheme.theme_id,
            Contribution.id,
            Contribution.channel,
            Contribution.text,
            Contribution.session_id,
            Contribution.posted_at,
            Contribution.participant_id,
            Contribution.voices,
            Contribution.content_hash,
            Participant.pseudonym,
            Participant.display_name,
            Participant.consent_name,
            Note.speaker_group,
            rank,
        )
        .join(
            ContributionTheme,
            and_(ContributionTheme.contribution_id == Contribution.id, ContributionTheme.accepted.is_(True)),
        )
        .outerjoin(Participant, Participant.id == Contribution.participant_id)
        .outerjoin(Note, Note.contribution_id == Contribution.id)
        .where(
            Contribution.event_id == event_id,
            Contribution.word_count >= MIN_WORDS,
            quotable(policy),
        )
    ).subquery()
    rows = session.execute(select(inner).where(inner.c.rank <= PER_CHANNEL)).all()

    by_theme: dict[int, dict[str, dict[str, list[Quote]]]] = defaultdict(
        lambda: {OFFLINE: defaultdict(list), ONLINE: defaultdict(list)}
    )
    for row in rows:
        if row.participant_id is not None:
            named = policy.show_names and row.consent_name is True and row.display_name
            who = row.display_name if named else row.pseudonym
        else:
            who = f"N-{row.id}"
        side = side_of(row.channel)
        by_theme[row.theme_id][side][row.channel].append(
            Quote(
                contribution_id=row.id,
                theme_id=row.theme_id,
                text=tidy(row.text, placeholders),
                channel=row.channel,
                side=side,
                session_id=row.session_id,
                posted_at=row.posted_at,
                who=who,
                group=row.speaker_group,
                voices=row.voices or 1,
                content_hash=row.content_hash,
            )
        )
    return {theme_id: _balanced(sides, policy.per_theme) for theme_id, sides in by_theme.items()}


def _round_robin(channels: dict[str, list[Quote]]) -> list[Quote]:
    """One quote of each channel in turn (largest channel first), so no channel crowds out the others."""
    ordered = sorted(channels.values(), key=lambda quotes: (-len(quotes), quotes[0].channel))
    return [q for group in zip_longest(*ordered) for q in group if q is not None]


def _balanced(sides: dict[str, dict[str, list[Quote]]], limit: int) -> list[Quote]:
    chosen: list[Quote] = []
    seen_text: set[str] = set()
    seen_who: set[str] = set()
    for pair in zip_longest(_round_robin(sides[OFFLINE]), _round_robin(sides[ONLINE])):
        for quote in pair:
            if quote is None or len(chosen) >= limit:
                continue
            if quote.content_hash in seen_text or quote.who in seen_who:
                continue
            chosen.append(quote)
            seen_text.add(quote.content_hash)
            seen_who.add(quote.who)
    return chosen


def identical_samples(
    session: Session,
    event_id: int,
    hashes: list[str],
    policy: QuotePolicy,
    placeholders: dict[str, str] | None = None,
) -> dict[str, str]:
    """For repeated texts, the wording from a sender who allows quoting (others stay unprinted)."""
    if not hashes:
        return {}
    first = (
        select(Contribution.content_hash, func.min(Contribution.id).label("first_id"))
        .outerjoin(Participant, Participant.id == Contribution.participant_id)
        .where(Contribution.event_id == event_id, Contribution.content_hash.in_(hashes), quotable(policy))
        .group_by(Contribution.content_hash)
        .subquery()
    )
    rows = session.execute(
        select(first.c.content_hash, Contribution.text).join(
            Contribution, Contribution.id == first.c.first_id
        )
    )
    return {chash: tidy(text, placeholders) for chash, text in rows}
