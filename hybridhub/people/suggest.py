"""Suggested merges: records that are probably the same person seen through different channels.

Evidence, strongest first: the same phone number hash, the same e-mail hash, the same or a similar name
(rapidfuzz token-sort ratio) on records that share no channel — two people in one WhatsApp group are two
people, however alike their names. A pair that the facilitator un-merged is not suggested again.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hybridhub.core.models import Contribution, Identity, Participant, ParticipantMerge
from hybridhub.core.text import fold

NAME_CUTOFF = 88


@dataclass(frozen=True)
class MergeSuggestion:
    keep_id: int  # the record to keep: the one with more contributions (older on a tie)
    merge_id: int
    keep_label: str
    merge_label: str
    score: int  # 100 for a hash match or an identical name
    reasons: tuple[str, ...]


@dataclass
class _Clues:
    """What may tie two records together: shared phone or e-mail hashes, and the names they go by."""

    channels: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    names: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_phone: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    by_email: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    last2: dict[str, str] = field(default_factory=dict)


class _Found:
    """Candidate pairs (smaller id first) with their best score and every reason seen."""

    def __init__(self) -> None:
        self.pairs: dict[tuple[int, int], tuple[int, list[str]]] = {}

    def note(self, a: int, b: int, score: int, reason: str) -> None:
        key = (min(a, b), max(a, b))
        best, reasons = self.pairs.get(key, (0, []))
        if reason not in reasons:
            reasons.append(reason)
        self.pairs[key] = (max(best, score), reasons)

    def note_all(self, pids: set[int], score: int, reason: str) -> None:
        for a in pids:
            for b in pids:
                if a < b:
                    self.note(a, b, score, reason)


def suggest_merges(session: Session, event_id: int, *, cutoff: int = NAME_CUTOFF) -> list[MergeSuggestion]:
    people = {
        p.id: p
        for p in session.scalars(
            select(Participant).where(Participant.event_id == event_id, Participant.merged_into_id.is_(None))
        )
    }
    clues = _clues(session, event_id, people)
    found = _Found()
    for digest, pids in clues.by_phone.items():
        found.note_all(pids, 100, f"same phone number (…{clues.last2.get(digest, '')})")
    for pids in clues.by_email.values():
        found.note_all(pids, 100, "same e-mail address")
    for a, b, score in _similar_names(clues.names, cutoff):
        if clues.channels[a] & clues.channels[b]:
            continue
        found.note(a, b, score, "same name" if score == 100 else f"similar name ({score}%)")

    undone = {
        (min(m.kept_id, m.merged_id), max(m.kept_id, m.merged_id))
        for m in session.scalars(select(ParticipantMerge).where(ParticipantMerge.undone_at.is_not(None)))
    }
    counts = _counts(session, [pid for pair in found.pairs for pid in pair])
    out = []
    for (a, b), (score, reasons) in found.pairs.items():
        if (a, b) in undone:
            continue
        keep, merge = (a, b) if counts.get(a, 0) >= counts.get(b, 0) else (b, a)
        out.append(
            MergeSuggestion(keep, merge, _label(people[keep]), _label(people[merge]), score, tuple(reasons))
        )
    out.sort(key=lambda s: (-s.score, s.keep_label.casefold()))
    return out


def _clues(session: Session, event_id: int, people: dict[int, Participant]) -> _Clues:
    clues = _Clues()
    for ident in session.scalars(select(Identity).where(Identity.event_id == event_id)):
        pid = ident.participant_id
        if pid not in people:
            continue
        clues.channels[pid].add(ident.channel)
        if ident.phone_hash:
            clues.by_phone[ident.phone_hash].add(pid)
            clues.last2[ident.phone_hash] = ident.phone_last2 or ""
        if ident.email_hash:
            clues.by_email[ident.email_hash].add(pid)
        if ident.display and not ident.phone_hash and not ident.display.startswith("…"):
            clues.names[pid].add(fold(ident.display, punctuation=True))
    for pid, p in people.items():
        if p.display_name:
            clues.names[pid].add(fold(p.display_name, punctuation=True))
    return clues


def _similar_names(names: dict[int, set[str]], cutoff: int) -> list[tuple[int, int, int]]:
    """Pairs of participants with similar names. Names are compared within blocks keyed by the first
    letter of their sorted words, which keeps a large event's comparison far below N²."""
    owners: dict[str, set[int]] = defaultdict(set)
    for pid, folded in names.items():
        for name in folded:
            if len(name) >= 3:
                owners[name].add(pid)
    blocks: dict[str, list[str]] = defaultdict(list)
    for name in owners:
        blocks[" ".join(sorted(name.split()))[:1]].append(name)
    pairs: dict[tuple[int, int], int] = {}
    for block in blocks.values():
        matrix = process.cdist(block, block, scorer=fuzz.token_sort_ratio, score_cutoff=cutoff, dtype="uint8")
        for i, row in enumerate(matrix):
            for j in row.nonzero()[0]:
                if j < i:
                    continue
                for a in owners[block[i]]:
                    for b in owners[block[int(j)]]:
                        if a != b:
                            pair = (min(a, b), max(a, b))
                            pairs[pair] = max(pairs.get(pair, 0), int(row[j]))
    return [(a, b, s) for (a, b), s in pairs.items()]


def _counts(session: Session, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    rows = session.execute(
        select(Contribution.participant_id, func.count())
        .where(Contribution.participant_id.in_(set(ids)))
        .group_by(Contribution.participant_id)
    )
    return {pid: int(n) for pid, n in rows if pid is not None}


def _label(p: Participant) -> str:
    return f"{p.pseudonym} · {p.display_name}" if p.display_name else p.pseudonym
