"""Everything this workspace knows, as a stream of records: the field clocks, the tombstones, then every
travelling table's rows in wire form, parents first. A bundle file and a push to a server both carry
this stream; the merge reads it back.

Records: ("clocks", rows), ("tombstones", rows), ("columns", table, names), ("rows", table, rows).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Connection, func, select

from hybridhub.core.models import FieldClock, Tombstone
from hybridhub.core.progress import ProgressFn, no_progress
from hybridhub.core.sync_tables import BY_NAME, SYNC_TABLES, SyncTable
from hybridhub.sync.rows_sql import read_rows
from hybridhub.sync.wire import Column, columns_of, encoder, json_value

Record = tuple[Any, ...]
CLOCK_CHUNK = 5000


class UidMaps:
    """id <-> uid of the rows of each travelling table, loaded when first needed."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._uid: dict[str, dict[int, str]] = {}
        self._id: dict[str, dict[str, int]] = {}

    def _load(self, table: str) -> None:
        t = BY_NAME[table].table
        rows = self.conn.execute(select(t.c.id, t.c.uid)).all()
        self._uid[table] = {i: u for i, u in rows}
        self._id[table] = {u: i for i, u in rows}

    def id_of(self, table: str) -> dict[str, int]:
        if table not in self._id:
            self._load(table)
        return self._id[table]

    def add(self, table: str, pairs: list[tuple[str, int]]) -> None:
        if table in self._id:
            self._id[table].update(pairs)
            self._uid.pop(table, None)  # read again if ever needed: most new rows are never encoded

    def uid_of(self, table: str) -> dict[int, str]:
        if table not in self._uid:
            t = BY_NAME[table].table
            self._uid[table] = {int(i): str(u) for i, u in self.conn.execute(select(t.c.id, t.c.uid))}
        return self._uid[table]

    def rekey(self, table: str, old: str, new: str) -> None:
        if table in self._id and old in self._id[table]:
            i = self._id[table].pop(old)
            self._id[table][new] = i
            if table in self._uid:
                self._uid[table][i] = new

    def drop(self, table: str, uids: list[str]) -> None:
        if table in self._id:
            for uid in uids:
                i = self._id[table].pop(uid, None)
                if i is not None and table in self._uid:
                    self._uid[table].pop(i, None)

    def forget_all(self) -> None:
        self._uid.clear()
        self._id.clear()


def map_id_lists(value: Any, path: tuple[str, ...], mapping: Callable[[str, list[Any]], list[Any]]) -> Any:
    """A copy of a JSON value whose {table: [ids]} dict (at `path`) has its lists mapped."""
    if not path or not isinstance(value, dict):
        return value
    out = dict(value)
    node = out
    for key in path[1:]:
        child = node.get(key)
        if not isinstance(child, dict):
            return out
        node[key] = dict(child)
        node = node[key]
    for table, items in list(node.items()):
        if table in BY_NAME and isinstance(items, list):
            node[table] = mapping(table, items)
    return out


class RowEncoder:
    """Rows of one table as the database holds them -> wire values (refs as uids)."""

    def __init__(self, spec: SyncTable, maps: UidMaps) -> None:
        self.spec = spec
        self.columns: list[Column] = columns_of(spec)
        self.names = [c.name for c in self.columns]
        self.maps = maps
        raw = maps.conn.dialect.name == "sqlite"
        self._steps: list[tuple[int, Callable[[Any], Any] | None, str | None]] = [
            (i, encoder(c, raw), c.target) for i, c in enumerate(self.columns)
        ]
        self._ids_at = self.names.index(spec.id_lists[0]) if spec.id_lists else None

    def _id_list_uids(self, table: str, items: list[Any]) -> list[Any]:
        uids = self.maps.uid_of(table)
        return [uids[i] for i in items if isinstance(i, int) and i in uids]

    def encode(self, raw: tuple[Any, ...]) -> list[Any]:
        """`raw` is (id, *columns); returns the wire row (without the id)."""
        out = list(raw[1:])
        for i, fn, target in self._steps:
            v = out[i]
            if v is None:
                continue
            if target is not None:
                out[i] = self.maps.uid_of(target).get(v)
            elif fn is not None:
                out[i] = fn(v)
        if self._ids_at is not None and out[self._ids_at] is not None:
            value = map_id_lists(json_value(out[self._ids_at]), self.spec.id_lists, self._id_list_uids)
            out[self._ids_at] = json.dumps(value, ensure_ascii=False)
        return out


def counts(conn: Connection) -> dict[str, int]:
    return {
        spec.name: int(conn.scalar(select(func.count()).select_from(spec.table)) or 0) for spec in SYNC_TABLES
    }


def export_state(conn: Connection, progress: ProgressFn = no_progress) -> Iterator[Record]:
    """The records of everything this workspace holds (`conn` inside one transaction)."""
    maps = UidMaps(conn)
    clocks = conn.execute(
        select(FieldClock.row_uid, FieldClock.field, FieldClock.hlc, FieldClock.laptop).order_by(
            FieldClock.row_uid, FieldClock.field
        )
    ).all()
    for start in range(0, len(clocks), CLOCK_CHUNK):
        yield ("clocks", [list(r) for r in clocks[start : start + CLOCK_CHUNK]])
    tombs = conn.execute(
        select(
            Tombstone.uid, Tombstone.table_name, Tombstone.erased, Tombstone.hlc, Tombstone.laptop
        ).order_by(Tombstone.uid)
    ).all()
    for start in range(0, len(tombs), CLOCK_CHUNK):
        yield (
            "tombstones",
            [[u, t, bool(e), h, la] for u, t, e, h, la in tombs[start : start + CLOCK_CHUNK]],
        )
    total = sum(counts(conn).values())
    done = 0
    for spec in SYNC_TABLES:
        enc = RowEncoder(spec, maps)
        yield ("columns", spec.name, enc.names)
        for chunk in read_rows(conn, spec.table, enc.names):
            yield ("rows", spec.name, [enc.encode(r) for r in chunk])
            done += len(chunk)
            progress(done, total, f"writing {spec.name}")
