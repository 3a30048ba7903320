"""The merge rules that concern people: erasure wins, one identity is one person, and merges of records
replay so that nothing is left pointing at a merged-away record."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select

from hybridhub.core.models import FieldClock, Participant, ParticipantMerge
from hybridhub.core.sync_tables import BY_NAME, table_of
from hybridhub.people.erase import _erase_rows
from hybridhub.people.merge import LINKED
from hybridhub.sync.rows_sql import quiet_update

if TYPE_CHECKING:
    from hybridhub.sync.merge import Merger, TableState

# Every column that names a participant: where a merged-away or unified record is replaced.
PARTICIPANT_LINKS = [
    *((model.__table__, column.key) for model, column in LINKED.values()),
    (table_of(ParticipantMerge), "kept_id"),
    (table_of(ParticipantMerge), "merged_id"),
]


def apply_tombstones(merger: Merger, fresh: list[dict[str, Any]]) -> None:
    """Delete here what another laptop deleted; a person it erased is erased here, with their family."""
    from hybridhub.sync.merge import forget_rows

    by_table: dict[str, list[str]] = {}
    for t in fresh:
        by_table.setdefault(t["table_name"], []).append(t["uid"])
    people = by_table.pop("participants", [])
    if people:
        found = merger.session.scalars(select(Participant).where(Participant.uid.in_(people))).all()
        for person in found:
            if merger.session.get(Participant, person.id) is not None:  # may have gone with a family
                _erase_rows(merger.session, person)
                merger.result.erased += 1
        merger.session.flush()
    for table, uids in by_table.items():
        forget_rows(merger.conn, BY_NAME[table], uids)


def erased_link(merger: Merger, state: TableState, row: list[Any], j: int) -> bool:
    """A row names an erased person: a sheet forgets them; anything else goes (a note or paper answer
    takes its text with it; a record merged into them is the same person, erased too)."""
    if state.name == "sheets":
        row[j] = None
        return True
    if state.name in ("notes", "answers"):
        at = state.names.index("contribution_id")
        if row[at] is not None:
            merger.doomed.add(merger.canon(row[at]))
    if state.name == "participants":
        merger.tombs[row[0]] = True
    return False


def drop_doomed(merger: Merger) -> bool:
    """Delete the texts that spoke for an erased person; True if there were any."""
    from hybridhub.sync.merge import forget_rows

    if not merger.doomed:
        return False
    forget_rows(merger.conn, BY_NAME["contributions"], sorted(merger.doomed))
    return True


def unify_people(merger: Merger, identities: TableState, mine: list[Any], theirs: list[Any]) -> None:
    """Two laptops made a person each for the same identity (the same phone in the same chat export):
    they are one person. The smaller uid is kept; the other's rows move to it and its uid maps onto it."""
    at = identities.names.index("participant_id")
    a, b = mine[at], theirs[at]
    if a is None or b is None or a == b:
        return
    keep, lose = sorted((a, b))
    ids = merger.maps.id_of("participants")
    keep_id, lose_id = ids[keep], ids[lose]
    for table, column in PARTICIPANT_LINKS:
        merger.conn.execute(quiet_update(table).where(table.c[column] == lose_id).values({column: keep_id}))
    p = table_of(Participant)
    merger.conn.execute(
        quiet_update(p).where(p.c.id == keep_id, p.c.merged_into_id == keep_id).values(merged_into_id=None)
    )
    people = merger.state("participants")
    rows = merger.local_rows(people, [keep_id, lose_id])
    merger.load_clocks([keep, lose])
    stamps = (
        lambda name: merger.current_stamp(keep, name),
        lambda name: merger.current_stamp(lose, name),
    )
    changes = merger.merge_fields(people, keep, rows[keep_id], [keep, *rows[lose_id][1:]], stamps, False)
    if changes:
        merger.apply(people, keep_id, changes)
    from hybridhub.sync.merge import keep_newer_clocks

    moved = [
        {"row_uid": keep, "field": f, "hlc": h, "laptop": la}
        for f, h, la in merger.conn.execute(
            select(FieldClock.field, FieldClock.hlc, FieldClock.laptop).where(FieldClock.row_uid == lose)
        )
    ]
    keep_newer_clocks(merger.conn, moved)
    merger.conn.execute(delete(FieldClock).where(FieldClock.row_uid == lose))
    merger.conn.execute(delete(p).where(p.c.id == lose_id))
    merger.alias("participants", lose, keep)
    merger.maps.drop("participants", [lose])
    merger.present.discard(lose)
    merger.present.add(keep)
    theirs[at] = mine[at] = keep


def _roots(parent: dict[int, int], stamp_of: dict[int, tuple[Any, ...]]) -> dict[int, int]:
    """Each merged-away record's root; a cycle (two laptops merged two records into each other) is
    broken at the member merged earliest (by clock), which becomes the root."""
    roots: dict[int, int] = {}
    broken: set[int] = set()
    for start in parent:
        path: list[int] = []
        node = start
        while node in parent and node not in broken and node not in path:
            path.append(node)
            node = parent[node]
        if node in path:  # a cycle: node ... node
            cycle = path[path.index(node) :]
            first = min(cycle, key=lambda n: stamp_of[n])
            broken.add(first)
    for start in parent:
        node, hops = start, 0
        while node in parent and node not in broken and hops < len(parent) + 1:
            node, hops = parent[node], hops + 1
        roots[start] = node
    return {k: v for k, v in roots.items() if k not in broken} | {k: k for k in broken}


def normalise_merges(merger: Merger) -> None:
    """Rows that name a merged-away record (made on a laptop that had not seen the merge yet) move to
    the record it was merged into, as the merge itself would have moved them."""
    p = table_of(Participant)
    rows = merger.conn.execute(
        select(p.c.id, p.c.uid, p.c.merged_into_id).where(p.c.merged_into_id.is_not(None))
    ).all()
    if not rows:
        return
    parent = {r.id: r.merged_into_id for r in rows}
    merger.load_clocks(r.uid for r in rows)
    stamp_of = {r.id: (merger.current_stamp(r.uid, "merged_into_id"), r.uid) for r in rows}
    roots = _roots(parent, stamp_of)
    for pid, root in roots.items():
        if root == pid:
            merger.conn.execute(quiet_update(p).where(p.c.id == pid).values(merged_into_id=None))
    for pid, root in roots.items():
        if root == pid:
            continue
        for table, column in PARTICIPANT_LINKS:
            if table is table_of(ParticipantMerge):
                continue
            if table is p and column == "merged_into_id":
                merger.conn.execute(
                    quiet_update(p)
                    .where(p.c.merged_into_id == pid, p.c.id != root)
                    .values(merged_into_id=root)
                )
                continue
            merger.conn.execute(quiet_update(table).where(table.c[column] == pid).values({column: root}))
