"""Record every change a service makes, so that the next bundle carries it and every laptop decides
alike: each edited field gets this laptop's clock, each deleted row a tombstone.

It works at the ORM level, below every service: `before_flush` sees attribute edits and `delete()`s,
`do_orm_execute` sees bulk `update(Model)` / `delete(Model)` statements (their rows are looked up with
the statement's own WHERE before it runs). New rows need nothing: a bundle carries every row, and a
field never edited has the clock of its row's creation. Rows made in the same transaction are not
stamped when they are filled in afterwards. A session marked `APPLYING` (the merge of another laptop's
changes) is not recorded: those changes keep the clocks they came with.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, and_, delete, exists, inspect, select, update
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker

from hybridhub.core import hlc
from hybridhub.core.dialect import upsert
from hybridhub.core.models import FieldClock, Participant, SyncConflict, SyncLocal, Tombstone
from hybridhub.core.sync_tables import BY_NAME, SyncTable, table_of

APPLYING = "sync_applying"
_FRESH = "sync_fresh"
_TRACKED: dict[str, frozenset[str]] = {name: spec.tracked() for name, spec in BY_NAME.items()}


def install(sessions: sessionmaker[Session]) -> None:
    """Record changes made in every session of this factory."""
    from sqlalchemy import event

    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "after_transaction_end", _after_transaction_end)
    event.listen(sessions, "do_orm_execute", _orm_execute)


def tick(conn: Connection) -> tuple[int, str]:
    """Advance this laptop's clock for a change: (clock value, laptop uid)."""
    now = hlc.physical_now()
    row = conn.execute(select(SyncLocal.hlc, SyncLocal.laptop_uid).where(SyncLocal.id == 1)).first()
    if row is None:
        raise RuntimeError("this workspace has no laptop identity (sync_local is empty)")
    value = hlc.after(int(row.hlc), now)
    conn.execute(update(SyncLocal).where(SyncLocal.id == 1).values(hlc=value))
    return value, str(row.laptop_uid)


def record(
    conn: Connection,
    stamps: Iterable[tuple[str, str]],
    tombstones: Iterable[tuple[str, str, bool]] = (),
) -> None:
    """Stamp (row uid, field) edits and (uid, table, erased) deletions with one new clock value."""
    stamps = sorted(set(stamps))
    tombstones = sorted({(u, t, e) for u, t, e in tombstones if u})
    if not stamps and not tombstones:
        return
    value, laptop = tick(conn)
    if stamps:
        upsert(
            conn,
            table_of(FieldClock),
            [{"row_uid": u, "field": f, "hlc": value, "laptop": laptop} for u, f in stamps],
            keys=("row_uid", "field"),
            update=("hlc", "laptop"),
        )
    if tombstones:
        upsert(
            conn,
            table_of(Tombstone),
            [
                {"uid": u, "table_name": t, "erased": e, "hlc": value, "laptop": laptop}
                for u, t, e in tombstones
            ],
            keys=("uid",),
            update=(),
        )
        forget(conn, [u for u, _t, _e in tombstones])
        sweep(conn)


def forget(conn: Connection, uids: list[str]) -> None:
    """A deleted row's clocks and conflicts go with it: a conflict may hold an erased text."""
    for start in range(0, len(uids), 500):
        part = uids[start : start + 500]
        conn.execute(delete(FieldClock).where(FieldClock.row_uid.in_(part)))
        conn.execute(delete(SyncConflict).where(SyncConflict.row_uid.in_(part)))


def sweep(conn: Connection) -> None:
    """Drop the clocks and conflicts of rows that are gone (the database deleted them with a parent)."""
    for model, column in ((FieldClock, FieldClock.row_uid), (SyncConflict, SyncConflict.row_uid)):
        gone = and_(*(~exists().where(spec.table.c.uid == column) for spec in BY_NAME.values()))
        conn.execute(delete(model).where(gone))


def _spec(obj: Any) -> SyncTable | None:
    return BY_NAME.get(getattr(type(obj), "__tablename__", ""))


def _changed_fields(obj: Any, tracked: frozenset[str]) -> list[str]:
    state = inspect(obj)
    fields = [name for name in tracked if name in state.attrs and state.attrs[name].history.has_changes()]
    for rel in state.mapper.relationships:
        if state.attrs[rel.key].history.has_changes():
            fields += [c.key for c in rel.local_columns if c.key in tracked and c.key not in fields]
    return fields


def _before_flush(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    if session.info.get(APPLYING):
        return
    fresh: weakref.WeakSet[Any] = session.info.get(_FRESH) or weakref.WeakSet()
    stamps: list[tuple[str, str]] = []
    for obj in session.dirty:
        spec = _spec(obj)
        if spec is None or obj in fresh or not session.is_modified(obj, include_collections=False):
            continue
        fields = _changed_fields(obj, _TRACKED[spec.name])
        stamps += [(obj.uid, f) for f in fields]
        if fields and "updated_at" in _TRACKED[spec.name]:
            stamps.append((obj.uid, "updated_at"))
    tombstones = [
        (obj.uid, spec.name, isinstance(obj, Participant))
        for obj in session.deleted
        if (spec := _spec(obj)) is not None and obj not in session.new
    ]
    if stamps or tombstones:
        record(session.connection(), stamps, tombstones)


def _after_flush(session: Session, _flush: UOWTransaction) -> None:
    if session.new:
        fresh = session.info.setdefault(_FRESH, weakref.WeakSet())
        for obj in session.new:
            if _spec(obj) is not None:
                fresh.add(obj)


def _after_transaction_end(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop(_FRESH, None)


def _orm_execute(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete) or state.session.info.get(APPLYING):
        return
    table = getattr(state.statement, "table", None)
    spec = BY_NAME.get(getattr(table, "name", ""))
    if spec is None or table is None:
        return
    params = state.parameters
    fields: list[str] = []
    if state.is_update:
        tracked = _TRACKED[spec.name]
        fields = [f for f in _updated_columns(state.statement, params) if f in tracked]
        if not fields:
            return  # only columns written once (a thread's parent, set by the import that made the row)
        if "updated_at" in tracked:
            fields.append("updated_at")
    uids = _affected(state, table, params)
    if not uids:
        return
    if state.is_delete:
        record(state.session.connection(), [], [(u, spec.name, spec.name == "participants") for u in uids])
    else:
        record(state.session.connection(), [(u, f) for u in uids for f in fields])


def _affected(state: ORMExecuteState, table: Any, params: Any) -> list[str]:
    """The uids of the rows a bulk UPDATE or DELETE is about to change (its own WHERE, run first)."""
    conn = state.session.connection()
    where = state.statement.whereclause  # type: ignore[attr-defined]
    if where is None and isinstance(params, list):  # ORM bulk update by primary key
        ids = [p["id"] for p in params if "id" in p]
        return list(conn.scalars(select(table.c.uid).where(table.c.id.in_(ids)))) if ids else []
    query = select(table.c.uid)
    return list(conn.scalars(query.where(where) if where is not None else query))


def _updated_columns(statement: Any, params: Any) -> list[str]:
    names: list[str] = []
    values = getattr(statement, "_values", None) or {}
    ordered = getattr(statement, "_ordered_values", None) or []
    for key in [*values.keys(), *(k for k, _v in ordered)]:
        names.append(getattr(key, "key", None) or getattr(key, "name", None) or str(key))
    if isinstance(params, dict):
        names += list(params)
    elif isinstance(params, list) and params:
        names += [k for k in params[0] if k != "id"]
    return names
