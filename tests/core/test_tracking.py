"""Every change a service makes is recorded below the services: an edited field gets this laptop's
clock, a deleted row a tombstone; rows made in the same transaction and columns written once are not
stamped; a merge of another laptop's changes (APPLYING) records nothing of its own."""

from __future__ import annotations

from sqlalchemy import delete, select, update

from hybridhub.core.models import Contribution, FieldClock, Participant, SyncLocal, Theme, Tombstone
from hybridhub.core.tracking import APPLYING
from hybridhub.core.workspace import Workspace


def _clocks(ws: Workspace) -> set[tuple[str, str]]:
    with ws.session() as s:
        return {(c.row_uid, c.field) for c in s.scalars(select(FieldClock))}


def test_edits_are_stamped_and_deletions_leave_tombstones(workspace: Workspace) -> None:
    with workspace.transaction() as s:
        event = workspace.event(s)
        theme = Theme(event_id=event.id, name="Transport")
        first = Contribution(event_id=event.id, channel="note", source_key="n1", text="Bus")
        second = Contribution(event_id=event.id, channel="note", source_key="n2", text="Tram")
        person = Participant(event_id=event.id, display_name="Zoë")
        s.add_all([theme, first, second, person])
        s.flush()
        theme.name = "Transports"  # made in this transaction: its creation values, no clock
    assert _clocks(workspace) == set()
    before = _hlc(workspace)
    with workspace.transaction() as s:
        s.get(Theme, theme.id).name = "Bus et tram"  # type: ignore[union-attr]
        s.execute(update(Contribution).where(Contribution.id == first.id).values(flag="off-topic"))
        s.execute(update(Contribution).where(Contribution.id == second.id).values(parent_id=first.id))
    clocks = _clocks(workspace)
    assert {(theme.uid, "name"), (theme.uid, "updated_at"), (first.uid, "flag")} <= clocks
    assert (second.uid, "parent_id") not in clocks  # written once, by the import that made the row
    assert _hlc(workspace) > before
    with workspace.transaction() as s:
        s.delete(s.get(Theme, theme.id))
        s.execute(delete(Participant).where(Participant.id == person.id))
    with workspace.session() as s:
        tombs = {t.uid: (t.table_name, t.erased) for t in s.scalars(select(Tombstone))}
    assert tombs == {theme.uid: ("themes", False), person.uid: ("participants", True)}
    assert not any(uid == theme.uid for uid, _f in _clocks(workspace))  # a gone row keeps no clock


def test_a_merge_of_another_laptops_changes_records_nothing_of_its_own(workspace: Workspace) -> None:
    with workspace.transaction() as s:
        theme = Theme(event_id=workspace.event(s).id, name="Transport")
        s.add(theme)
    with workspace.transaction() as s:
        s.info[APPLYING] = True
        s.get(Theme, theme.id).name = "Accès"  # type: ignore[union-attr]
        s.execute(delete(Theme).where(Theme.id == theme.id))
    with workspace.session() as s:
        assert s.scalars(select(FieldClock)).all() == [] and s.scalars(select(Tombstone)).all() == []


def _hlc(ws: Workspace) -> int:
    with ws.session() as s:
        return int(s.scalar(select(SyncLocal.hlc)) or 0)
