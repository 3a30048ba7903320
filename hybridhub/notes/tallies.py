"""Show-of-hands and dot votes: per session, a question with options and a count per option."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hybridhub.core.errors import NotFoundError, ValidationError
from hybridhub.core.models import EventSession, Tally, TallyOption

MAX_COUNT = 100_000


@dataclass(frozen=True)
class OptionView:
    id: int
    label: str
    count: int


@dataclass(frozen=True)
class TallyView:
    id: int
    question: str
    session_id: int | None
    options: list[OptionView]

    @property
    def total(self) -> int:
        return sum(o.count for o in self.options)


def _view(t: Tally) -> TallyView:
    return TallyView(t.id, t.question, t.session_id, [OptionView(o.id, o.label, o.count) for o in t.options])


def _clean_labels(options: list[str]) -> list[str]:
    labels = [o.strip() for o in options if o.strip()]
    if len(labels) < 2:
        raise ValidationError("a tally needs at least two options", field="options")
    folded = [label.casefold() for label in labels]
    if len(set(folded)) != len(folded):
        raise ValidationError("two options have the same label", field="options")
    if any(len(label) > 200 for label in labels):
        raise ValidationError("an option label is limited to 200 characters", field="options")
    return labels


def create_tally(
    session: Session, event_id: int, session_id: int | None, question: str, options: list[str]
) -> TallyView:
    if not question.strip():
        raise ValidationError("a tally needs a question", field="question")
    if session_id is not None:
        found = session.get(EventSession, session_id)
        if found is None or found.event_id != event_id:
            raise NotFoundError("this session no longer exists", field="session")
    tally = Tally(event_id=event_id, session_id=session_id, question=question.strip())
    for i, label in enumerate(_clean_labels(options)):
        tally.options.append(TallyOption(label=label, count=0, position=i))
    session.add(tally)
    session.flush()
    return _view(tally)


def list_tallies(session: Session, event_id: int, session_id: int | None = None) -> list[TallyView]:
    query = select(Tally).where(Tally.event_id == event_id).order_by(Tally.id)
    if session_id is not None:
        query = query.where(Tally.session_id == session_id)
    return [_view(t) for t in session.scalars(query)]


def _option(session: Session, option_id: int) -> TallyOption:
    option = session.get(TallyOption, option_id)
    if option is None:
        raise NotFoundError("this tally option no longer exists", field="option")
    return option


def set_count(session: Session, option_id: int, count: int) -> OptionView:
    """A typed count (after counting hands or dots)."""
    if not 0 <= count <= MAX_COUNT:
        raise ValidationError(f"a count must be between 0 and {MAX_COUNT}", field="count")
    option = _option(session, option_id)
    option.count = count
    session.flush()
    return OptionView(option.id, option.label, option.count)


def bump(session: Session, option_id: int, delta: int) -> OptionView:
    """+1 / -1 from the buttons; never below zero."""
    option = _option(session, option_id)
    option.count = max(0, min(MAX_COUNT, option.count + delta))
    session.flush()
    return OptionView(option.id, option.label, option.count)
