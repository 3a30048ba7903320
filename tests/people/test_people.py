from __future__ import annotations

import pytest
from sqlalchemy import func, select

from hybridhub.browse.filters import ContributionFilter
from hybridhub.browse.pages import fetch_page
from hybridhub.core.errors import NotFoundError, ValidationError
from hybridhub.core.event_secrets import hash_key
from hybridhub.core.models import CheckIn, Contribution, Identity, Participant, ParticipantMerge
from hybridhub.core.privacy import email_hash, phone_hash
from hybridhub.core.workspace import Workspace
from hybridhub.people.directory import list_people, resolve, set_consent
from hybridhub.people.merge import merge, unmerge
from hybridhub.people.suggest import suggest_merges
from tests.backend import search_hits
from tests.helpers_voices import identity, person, say


def _fts(ws: Workspace, word: str) -> list[int]:
    return search_hits(ws, word)


def test_list_resolve_and_consent(workspace: Workspace) -> None:
    with workspace.transaction() as s:
        ev = workspace.event(s).id
        p = person(s, ev, "Marie Dupont", pseudonym="P-K7QH4M")
        identity(s, p, "whatsapp", "…42", phone_hash="h1", phone_last2="42")
        identity(s, p, "zoom", "Marie D.")
        say(s, ev, "hello", p=p)
        assert resolve(s, ev, "p-k7qh4m").id == p.id
        assert resolve(s, ev, "K7QH4M").id == p.id
        assert resolve(s, ev, p.uid).id == p.id
        with pytest.raises(NotFoundError, match="P-K7QH4M"):
            resolve(s, ev, "P-NOPE")
        set_consent(s, p.id, "quote", False)
        with pytest.raises(ValidationError):
            set_consent(s, p.id, "sing", True)
        (row,) = list_people(s, ev, search="marie d.")
        assert row.channels == ("whatsapp", "zoom") and row.contributions == 1
        assert (
            row.consent_quote is False and row.identities[0].has_phone and row.identities[0].display == "…42"
        )


def test_suggested_merges_by_phone_email_and_similar_names(workspace: Workspace) -> None:
    with workspace.transaction() as s:
        ev = workspace.event(s).id
        key = hash_key(workspace.event(s))
        digest, last2 = phone_hash(key, "+33 6 12 34 56 78")
        a = person(s, ev, None)
        identity(s, a, "whatsapp", f"…{last2}", phone_hash=digest, phone_last2=last2)
        b = person(s, ev, None)
        identity(s, b, "sms", f"…{last2}", phone_hash=digest, phone_last2=last2)
        c = person(s, ev, "Jean-Pierre Martin")
        identity(s, c, "checkin", "Badge 3")
        d = person(s, ev, None)
        identity(s, d, "zoom", "Martin Jean Pierre")
        e = person(s, ev, "Anna Wagner")
        identity(s, e, "email", "Anna", email_hash=email_hash(key, "anna@example.org"))
        f = person(s, ev, "A. Wagner")
        identity(s, f, "google-forms", "", email_hash=email_hash(key, " ANNA@example.org"))
        g = person(s, ev, "Jean-Pierre Marti")  # similar to c, but also at the door: another person
        identity(s, g, "checkin", "Badge 9")
        found = {frozenset((m.keep_id, m.merge_id)): m for m in suggest_merges(s, ev)}
    assert frozenset((c.id, g.id)) not in found  # both checked in at the door: two people
    assert set(found) == {
        frozenset((a.id, b.id)),
        frozenset((c.id, d.id)),
        frozenset((e.id, f.id)),
        frozenset((d.id, g.id)),  # the Zoom name could be either of the two at the door
    }
    assert found[frozenset((a.id, b.id))].reasons == (f"same phone number (…{last2})",)
    assert found[frozenset((e.id, f.id))].score == 100
    assert "same name" in found[frozenset((c.id, d.id))].reasons


def test_merge_moves_everything_and_unmerge_restores_it(workspace: Workspace) -> None:
    with workspace.transaction() as s:
        ev = workspace.event(s).id
        keep = person(s, ev, "Ana", consent_quote=True)
        other = person(s, ev, None, region="Lyon", consent_quote=False)
        identity(s, keep, "zoom", "Ana")
        identity(s, other, "sms", "…12")
        k1 = say(s, ev, "keepsake words", p=keep).id
        o1 = say(s, ev, "othersome words", p=other).id
        s.add(
            CheckIn(
                event_id=ev, participant_id=other.id, method="scanner", result="ok", scanned_at=func.now()
            )
        )
        s.flush()
        keep_id, other_id = keep.id, other.id
    with workspace.transaction() as s:
        result = merge(s, ev, keep_id, other_id, "same phone")
        assert result.moved == {"identities": 1, "contributions": 1, "checkins": 1}
        with pytest.raises(ValidationError, match="already merged"):
            merge(s, ev, keep_id, other_id)
        with pytest.raises(ValidationError, match="itself"):
            merge(s, ev, keep_id, keep_id)
    with workspace.session() as s:
        kept = s.get(Participant, keep_id)
        assert kept is not None and kept.region == "Lyon" and kept.consent_quote is False  # a "no" wins
        assert s.scalar(select(func.count()).where(Contribution.participant_id == keep_id)) == 2
        assert [p.id for p in list_people(s, ev)] == [keep_id]
        rows = fetch_page(s, ev, ContributionFilter(participant_id=keep_id)).rows
        assert sorted(r.id for r in rows) == sorted([k1, o1])
    assert _fts(workspace, "othersome") == [o1]  # FTS unchanged by the merge
    with workspace.transaction() as s:
        unmerge(s, ev, other_id)
        with pytest.raises(ValidationError, match="not merged"):
            unmerge(s, ev, other_id)
    with workspace.session() as s:
        kept, back = s.get(Participant, keep_id), s.get(Participant, other_id)
        assert kept is not None and back is not None and back.merged_into_id is None
        assert kept.region is None and kept.consent_quote is True
        assert s.scalar(select(Contribution.participant_id).where(Contribution.id == o1)) == other_id
        assert s.scalar(select(Identity.participant_id).where(Identity.channel == "sms")) == other_id
        assert s.scalar(select(CheckIn.participant_id)) == other_id
        assert s.scalars(select(ParticipantMerge.undone_at)).one() is not None
        # An un-merged pair is not suggested again.
        assert all({m.keep_id, m.merge_id} != {keep_id, other_id} for m in suggest_merges(s, ev))
    assert _fts(workspace, "othersome") == [o1] and _fts(workspace, "keepsake") == [k1]
