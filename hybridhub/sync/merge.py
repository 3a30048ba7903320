"""The merge rules, applied to another laptop's records (from a bundle, or straight from a database for
push and pull). Every laptop that has read the same records ends with the same rows:

- rows are united by uid; a row another laptop has under a natural key (the same sheet answer, the same
  imported message) is the same row, and the smaller uid is kept everywhere (the other maps onto it);
- each field keeps the value with the newest clock (hybrid logical clock, then laptop uid); a field never
  edited has the clock of its row's creation. When the losing value was an edit the winner's laptop had
  not seen, it is kept as a conflict to look at;
- tombstones win: a deleted row is never added again, and an erased person's rows are dropped wherever
  they turn up (and erased here if they are here).

The caller runs this inside one transaction: any error (a damaged or forged record) rolls it all back.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.orm import Session

from hybridhub.core import tracking
from hybridhub.core.collector import collector_paused
from hybridhub.core.dialect import upsert
from hybridhub.core.errors import ImportFormatError
from hybridhub.core.models import (
    Event,
    FieldClock,
    SyncAlias,
    SyncConflict,
    SyncLocal,
    SyncReceived,
    SyncSeen,
    Tombstone,
)
from hybridhub.core.progress import ProgressFn, no_progress
from hybridhub.core.sync_tables import BY_NAME, SyncTable, table_of
from hybridhub.importers.sql import DeferredIndexes, DeferredSearchIndex
from hybridhub.sync.export import RowEncoder, UidMaps, map_id_lists
from hybridhub.sync.rows_sql import first_bad_json, insert_rows, max_id, new_ids, quiet_update, read_rows
from hybridhub.sync.wire import (
    Column,
    RowError,
    WireError,
    check_json_columns,
    check_rows,
    check_uid,
    checker,
    columns_of,
    json_value,
    same_json,
    to_store,
    where,
)

Stamp = tuple[int, str]
ZERO: Stamp = (0, "")
BULK_SEARCH_ROWS = 1000  # more new texts than this: index them in one statement at the end
CONFLICTS = uuid.UUID("6f1c2a52-7d0e-4d36-9a53-3f7d2b8c9e41")


@dataclass
class MergeResult:
    file: str
    laptop: str
    laptop_uid: str
    added: int = 0
    updated: int = 0
    conflicts: int = 0
    already: int = 0
    skipped: int = 0  # rows dropped: deleted here, erased, or their parent was
    erased: int = 0  # people erased here because another laptop erased them
    tables: dict[str, int] = field(default_factory=dict)  # rows added, by table

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "laptop": self.laptop,
            "added": self.added,
            "updated": self.updated,
            "conflicts": self.conflicts,
            "already": self.already,
        }


def _order(value: Any) -> str:
    """A total order on wire values, to break a tie between two values with the same clock."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


class TableState:
    """What the merge knows of one table while its records stream by."""

    def __init__(self, spec: SyncTable, maps: UidMaps) -> None:
        self.spec = spec
        self.name = spec.name
        self.columns: list[Column] = columns_of(spec)
        self.names = [c.name for c in self.columns]
        self.checks = [checker(c) for c in self.columns]
        self.checks[0] = check_uid
        self.refs = [(j, c) for j, c in enumerate(self.columns) if c.kind == "ref"]
        self.nk = [self.names.index(n) for n in spec.natural_key]
        self.has_event = "event_id" in spec.table.c
        self.encoder = RowEncoder(spec, maps)
        self.before = max_id(maps.conn, spec.table)
        self.high = self.before
        self.rows_seen = 0
        self._nk_map: dict[tuple[Any, ...], str] | None = None
        self.deferred: list[tuple[str, str, str]] = []  # (row uid, column, target uid) of self-references
        # Columns that stay with each copy (a door copy's keys never sign): their default in new rows.
        self.local_values: dict[str, Any] = {}
        for name in sorted(spec.local):
            default = spec.table.c[name].default
            self.local_values[name] = (
                getattr(default, "arg", None) if not callable(getattr(default, "arg", None)) else None
            )
        self.indexes: DeferredIndexes | None = None
        self.search: DeferredSearchIndex | None = None

    def nk_map(self, conn: Connection) -> dict[tuple[Any, ...], str]:
        """Natural key -> uid of the rows here (loaded on first use; links as uids)."""
        if self._nk_map is None:
            self._nk_map = {}
            keys = [self.columns[j] for j in self.nk]
            names = [c.name for c in keys]
            maps = self.encoder.maps
            for chunk in read_rows(conn, self.spec.table, ["uid", *names]):
                for raw in chunk:
                    values = tuple(
                        maps.uid_of(c.target).get(v) if c.target and v is not None else v
                        for c, v in zip(keys, raw[2:], strict=True)
                    )
                    if None not in values:
                        self._nk_map[values] = raw[1]
        return self._nk_map

    def key(self, row: list[Any]) -> tuple[Any, ...] | None:
        if not self.nk:
            return None
        values = tuple(row[j] for j in self.nk)
        return None if any(v is None for v in values) else values


class Merger:
    """Merge one stream of records into the workspace behind `session` (hooks off: the changes keep the
    clocks they came with)."""

    def __init__(
        self,
        session: Session,
        event: Event,
        *,
        file: str,
        laptop_name: str,
        laptop_uid: str,
        vector: dict[str, int],
        counts: dict[str, int] | None = None,
        progress: ProgressFn = no_progress,
        secrets: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        self.session = session
        self.conn = session.connection()
        self.sqlite = self.conn.dialect.name == "sqlite"
        self.event_id = event.id if event is not None else None
        self.result = MergeResult(file, laptop_name, laptop_uid)
        self.in_vector = vector
        self.local_vector = self._local_vector()
        self.me = str(self.conn.scalar(select(SyncLocal.laptop_uid).where(SyncLocal.id == 1)))
        self.maps = UidMaps(self.conn)
        self.aliases: dict[str, str] = dict(
            self.conn.execute(select(SyncAlias.uid, SyncAlias.canonical)).all()
        )
        self.tombs: dict[str, bool] = {
            u: bool(e) for u, e in self.conn.execute(select(Tombstone.uid, Tombstone.erased)).all()
        }
        self.in_clocks: dict[tuple[str, str], Stamp] = {}
        self._local_clocks: dict[tuple[str, str], Stamp] = {}
        self.present: set[str] = set()
        self.doomed: set[str] = set()  # contributions of notes and answers of erased people
        self.tables: dict[str, TableState] = {}
        self.current: TableState | None = None
        self.counts = {k: v for k, v in (counts or {}).items() if type(v) is int}
        self.total, self.done, self.progress = sum(self.counts.values()), 0, progress
        self.secrets = secrets or {}
        self.laptop_check: Callable[[TableState, list[list[Any]]], None] | None = None
        self.after_table: list[Callable[[TableState], None]] = []

    # -- bookkeeping ---------------------------------------------------------------------------------

    def _local_vector(self) -> dict[str, int]:
        vector = dict(self.conn.execute(select(SyncSeen.laptop_uid, SyncSeen.hlc)).all())
        row = self.conn.execute(select(SyncLocal.laptop_uid, SyncLocal.hlc)).first()
        if row is not None:
            vector[row.laptop_uid] = int(row.hlc)
        return {k: int(v) for k, v in vector.items()}

    def canon(self, uid: str) -> str:
        for _ in range(32):  # chains are short; a cycle would be damage
            nxt = self.aliases.get(uid)
            if nxt is None or nxt == uid:
                return uid
            uid = nxt
        return uid

    def state(self, name: str) -> TableState:
        if name not in self.tables:
            self.tables[name] = TableState(BY_NAME[name], self.maps)
        return self.tables[name]

    def error(self, message: str, field_name: str | None = None) -> ImportFormatError:
        return ImportFormatError(message, file=self.result.file, field=field_name)

    def alias(self, table: str, uid: str, canonical: str) -> None:
        self.aliases[uid] = canonical
        upsert(
            self.conn,
            table_of(SyncAlias),
            [{"uid": uid, "canonical": canonical, "table_name": table}],
            keys=("uid",),
            update=("canonical",),
        )

    # -- the stream ----------------------------------------------------------------------------------

    def run(self, records: Iterable[list[Any]]) -> MergeResult:
        with collector_paused():
            self._run(records)
        return self.result

    def _run(self, records: Iterable[list[Any]]) -> None:
        for rec in records:
            kind = rec[0]
            if kind == "rows" and len(rec) == 3 and isinstance(rec[2], list):
                if self.current is None or rec[1] != self.current.name:
                    raise self.error("the bundle's rows come before their columns")
                self._rows(self.current, rec[2])
            elif kind == "columns" and len(rec) == 3:
                self._columns(rec[1], rec[2])
            elif kind in ("clocks", "tombstones") and len(rec) == 2 and isinstance(rec[1], list):
                if self.current is not None:
                    raise self.error(f"the bundle's {kind} come after its rows")
                self._clocks(rec[1]) if kind == "clocks" else self._tombstones(rec[1])
            else:
                raise self.error(f"the bundle holds a record this version cannot read ({str(kind)[:20]!r})")
        self._end_table()
        self._finish()

    def _columns(self, name: Any, names: Any) -> None:
        self._end_table()
        if name not in BY_NAME:
            raise self.error(f"the bundle holds a table this version does not know ({str(name)[:40]!r})")
        state = self.state(name)
        if names != state.names:
            raise self.error(f"the bundle's table {name} has other columns than this version's")
        self.current = state
        expected = self.counts.get(name, 0)
        state.indexes = DeferredIndexes(self.conn, name, expected)
        if name == "contributions" and expected >= BULK_SEARCH_ROWS:
            state.search = DeferredSearchIndex(self.conn)

    def _end_table(self) -> None:
        if self.current is not None:
            self._check_stored_json(self.current)
            if self.current.search is not None:
                self.current.search.finish_where("id > ?", (self.current.before,))
            if self.current.indexes is not None:
                self.current.indexes.finish()
            self._fix_deferred(self.current)
            for hook in self.after_table:
                hook(self.current)
        self.current = None

    def _clocks(self, rows: list[Any]) -> None:
        for n, row in enumerate(rows):
            try:
                if type(row) is not list or len(row) != 4:
                    raise WireError("expected [row uid, field, clock, laptop]")
                uid, name, value, laptop = check_uid(row[0]), row[1], row[2], check_uid(row[3])
                if type(name) is not str or type(value) is not int or value < 0:
                    raise WireError("expected a field name and a clock value")
            except WireError as exc:
                raise where("clocks", n + 1, "clock", str(exc), self.result.file) from exc
            key = (uid, name)
            if self.in_clocks.get(key, ZERO) < (value, laptop):
                self.in_clocks[key] = (value, laptop)

    # -- tombstones ----------------------------------------------------------------------------------

    def _tombstones(self, rows: list[Any]) -> None:
        fresh: list[dict[str, Any]] = []
        for n, row in enumerate(rows):
            try:
                if type(row) is not list or len(row) != 5:
                    raise WireError("expected [uid, table, erased, clock, laptop]")
                uid, table, erased, value, laptop = row
                check_uid(uid)
                check_uid(laptop)
                if table not in BY_NAME or type(erased) is not bool or type(value) is not int:
                    raise WireError("expected a known table, true or false, and a clock value")
            except WireError as exc:
                raise where("tombstones", n + 1, "uid", str(exc), self.result.file) from exc
            if uid not in self.tombs:
                self.tombs[uid] = erased
                fresh.append(
                    {"uid": uid, "table_name": table, "erased": erased, "hlc": value, "laptop": laptop}
                )
        if not fresh:
            return
        upsert(self.conn, table_of(Tombstone), fresh, keys=("uid",), update=())
        from hybridhub.sync.merge_people import apply_tombstones

        apply_tombstones(self, fresh)
        tracking.sweep(self.conn)
        self.maps.forget_all()

    # -- rows ----------------------------------------------------------------------------------------

    def _check(self, state: TableState, rows: list[Any]) -> list[tuple[Any, ...]]:
        try:
            columns = check_rows(state.columns, rows, state.rows_seen + 1, json_later=True)
        except RowError as exc:
            raise where(state.name, exc.row, exc.column, exc.problem, self.result.file) from exc
        state.rows_seen += len(rows)
        return columns

    def _check_json(self, state: TableState, rows: list[Any], columns: list[tuple[Any, ...]]) -> None:
        try:
            check_json_columns(state.columns, rows, columns, state.rows_seen - len(rows) + 1)
        except RowError as exc:
            raise where(state.name, exc.row, exc.column, exc.problem, self.result.file) from exc

    def _check_stored_json(self, state: TableState) -> None:
        """The JSON texts of the rows stored as they came, checked by SQLite in one pass."""
        checks = [
            (c.name, "object" if c.shape is dict else "array" if c.shape is list else None)
            for c in state.columns
            if c.kind == "json"
        ]
        bad = (
            first_bad_json(self.conn, state.spec.table, state.before, checks)
            if state.high > state.before
            else None
        )
        if bad is not None:
            row_id, column = bad
            raise where(
                state.name,
                row_id - state.before,
                column,
                "expected JSON text of the right kind",
                self.result.file,
            )

    def _plain(self, state: TableState, columns: list[tuple[Any, ...]]) -> bool:
        """Whether no row of the chunk needs `_resolve`: no aliases or tombstones in play, and every
        link names a row already here (the common case of a big first exchange)."""
        if self.aliases or not columns[0]:
            return False
        if self.tombs and not self.tombs.keys().isdisjoint(columns[0]):
            return False
        for j, col in state.refs:
            assert col.target is not None
            wanted = set(columns[j])
            wanted.discard(None)
            if not wanted:
                continue
            if not wanted <= self.maps.id_of(col.target).keys() or not self.tombs.keys().isdisjoint(wanted):
                return False
        return True

    def _all_new(self, state: TableState, columns: list[tuple[Any, ...]]) -> bool:
        """Whether every row of a plain chunk is new here (by uid and natural key); the keys are noted."""
        if not self.maps.id_of(state.name).keys().isdisjoint(columns[0]):
            return False
        if not state.nk:
            return True
        nk_map = state.nk_map(self.conn)
        parts = [columns[j] for j in state.nk]
        pairs = zip(zip(*parts, strict=True), columns[0], strict=True)
        if any(None in part for part in parts):  # no key (a NULL in it), no match: those rows left out
            keyed = [(k, u) for k, u in pairs if None not in k]
        else:
            keyed = list(pairs)
        found = dict(keyed)
        if len(found) != len(keyed) or not nk_map.keys().isdisjoint(found):
            return False  # a key met twice: the rows are folded one by one
        nk_map.update(found)
        return True

    def _resolve(self, state: TableState, row: list[Any]) -> bool:
        """Map the row's links to uids kept here; False when the row must be dropped."""
        for j, col in state.refs:
            value = row[j]
            if value is None:
                continue
            target = self.canon(value)
            assert col.target is not None
            if target in self.tombs:
                if self.tombs[target] and col.target == "participants":
                    from hybridhub.sync.merge_people import erased_link

                    if not erased_link(self, state, row, j):
                        return False
                    continue
                if col.ondelete == "CASCADE" or not col.nullable:
                    return False
                row[j] = None
            elif target in self.maps.id_of(col.target):
                row[j] = target
            elif col.target == state.name:
                state.deferred.append((row[0], col.name, target))
                row[j] = None
            elif col.ondelete == "CASCADE" or not col.nullable:
                return False
            else:
                row[j] = None
        return True

    def _rows(self, state: TableState, rows: list[Any]) -> None:
        columns = self._check(state, rows)
        foreign = state.name == "events" and any(r[0] not in self.maps.id_of("events") for r in rows)
        if foreign and (self.event_id is not None or len(rows) != 1):
            raise self.error("the records hold another event than this workspace's")
        if self.laptop_check is not None and state.name == "laptops":
            self.laptop_check(state, rows)
        plain = self._plain(state, columns)
        fast = plain and self._all_new(state, columns)
        if not (fast and self.sqlite):  # rows stored as they came on SQLite are checked there
            self._check_json(state, rows, columns)
        if fast:
            self._insert(state, rows, columns)
        else:
            self._classify(state, rows, plain)
        self.done += len(rows)
        self.progress(self.done, self.total, f"merging {state.name}")

    def _classify(self, state: TableState, rows: list[list[Any]], plain: bool) -> None:
        """Rows one by one: dropped, known here (merge fields), the same as a row here (fold), or new."""
        ids = self.maps.id_of(state.name)
        new: list[list[Any]] = []
        known: list[tuple[int, list[Any], str]] = []
        folds: list[tuple[str, list[Any]]] = []
        nk_map = state.nk_map(self.conn) if state.nk else None
        for row in rows:
            in_uid = row[0]
            uid = in_uid if plain else self.canon(in_uid)
            if not plain and (uid in self.tombs or not self._resolve(state, row)):
                self.result.skipped += 1
                continue
            if uid in ids:
                known.append((ids[uid], row, in_uid))
                continue
            key = state.key(row) if nk_map is not None else None
            if key is not None:
                assert nk_map is not None
                if key in nk_map:
                    folds.append((nk_map[key], row))
                    continue
                nk_map[key] = uid
            row[0] = uid
            new.append(row)
        self._insert(state, new)
        self._merge_known(state, known)
        for hit, row in folds:
            self._fold(state, hit, row)

    def _store_rows(
        self, state: TableState, rows: list[list[Any]], by_column: list[tuple[Any, ...]] | None
    ) -> list[list[Any]]:
        """The rows (changed in place) as the backend takes them: links as ids, the event appended."""
        for j, col in enumerate(state.columns):
            if col.kind == "ref":
                assert col.target is not None
                ids = self.maps.id_of(col.target)
                if by_column is not None and None not in by_column[j]:
                    for row in rows:
                        row[j] = ids[row[j]]
                    continue
                for row in rows:
                    if row[j] is not None:
                        row[j] = ids[row[j]]
            elif col.kind == "bytes" or (not self.sqlite and col.kind in ("time", "date", "json")):
                for row in rows:
                    row[j] = to_store(col, row[j], self.sqlite)
        if state.spec.id_lists:
            at = state.names.index(state.spec.id_lists[0])
            for row in rows:
                row[at] = self._id_lists_in(state, row[at])
        extra = ([self.event_id] if state.has_event else []) + list(self._extra(state).values())
        if extra:
            for row in rows:
                row.extend(extra)
        return rows

    def _extra(self, state: TableState) -> dict[str, Any]:
        """Values of new rows that the records do not carry: this copy's own columns."""
        return {**state.local_values, **self.secrets.get(state.name, {})}

    def _id_lists_in(self, state: TableState, stored: Any) -> Any:
        value = json.loads(stored) if isinstance(stored, str) else stored

        def ids_for(table: str, items: list[Any]) -> list[Any]:
            ids = self.maps.id_of(table)
            return [ids[self.canon(u)] for u in items if isinstance(u, str) and self.canon(u) in ids]

        mapped = map_id_lists(value, state.spec.id_lists, ids_for)
        return json.dumps(mapped, ensure_ascii=False) if isinstance(stored, str) else mapped

    def _insert(
        self, state: TableState, rows: list[list[Any]], by_column: list[tuple[Any, ...]] | None = None
    ) -> None:
        if not rows:
            return
        names = list(state.names) + (["event_id"] if state.has_event else [])
        names += list(self._extra(state))
        uids = [r[0] for r in rows]
        inserted = insert_rows(self.conn, state.spec.table, names, self._store_rows(state, rows, by_column))
        pairs = new_ids(self.conn, state.spec.table, state.high, uids, inserted)
        state.high = max([state.high, *(i for _u, i in pairs[-1:])])
        self.maps.add(state.name, pairs)
        if state.name == "events" and self.event_id is None:  # a push into an empty database
            self.event_id = pairs[0][1]
        if self.in_clocks:  # only rows with clocks need to be known as here at the end
            self.present.update(uids)
        self.result.added += len(rows)
        self.result.tables[state.name] = self.result.tables.get(state.name, 0) + len(rows)

    # -- fields --------------------------------------------------------------------------------------

    def local_stamp(self, uid: str, name: str) -> Stamp:
        return self._local_clocks.get((uid, name), ZERO)

    def current_stamp(self, uid: str, name: str) -> Stamp:
        """The clock of the value a row here holds now (after what this merge already applied)."""
        return max(self.local_stamp(uid, name), self.in_clocks.get((uid, name), ZERO))

    def load_clocks(self, uids: Iterable[str]) -> None:
        wanted = sorted({u for u in uids} - {u for u, _f in self._local_clocks})
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            rows = self.conn.execute(
                select(FieldClock.row_uid, FieldClock.field, FieldClock.hlc, FieldClock.laptop).where(
                    FieldClock.row_uid.in_(part)
                )
            )
            for u, f, h, la in rows:
                self._local_clocks[(u, f)] = (int(h), la)

    def merge_fields(
        self,
        state: TableState,
        row_uid: str,
        mine: list[Any],
        theirs: list[Any],
        stamps: tuple[Callable[[str], Stamp], Callable[[str], Stamp]],
        tie_theirs: bool | None,
    ) -> dict[str, Any]:
        """The changes that make `mine` (a row here) hold the merged values of both; conflicts recorded.
        `stamps` give the clock of each side's value of a field; on a tie `tie_theirs` decides (None:
        the greater value, so that every laptop picks the same)."""
        changes: dict[str, Any] = {}
        for j in range(1, len(state.columns)):
            name, ours, other = state.names[j], mine[j], theirs[j]
            if ours == other or (state.columns[j].kind == "json" and same_json(ours, other)):
                continue
            a, b = stamps[0](name), stamps[1](name)
            take = (
                b > a if a != b else (tie_theirs if tie_theirs is not None else _order(other) > _order(ours))
            )
            lost, lost_stamp, won_stamp = (ours, a, b) if take else (other, b, a)
            seen = self.in_vector if take else self.local_vector
            if lost_stamp[0] and not state.spec.silent(name) and seen.get(lost_stamp[1], 0) < lost_stamp[0]:
                self._conflict(state, row_uid, name, lost, lost_stamp, won_stamp)
            if take:
                changes[name] = other
        return changes

    def _conflict(
        self, state: TableState, row_uid: str, name: str, value: Any, lost: Stamp, won: Stamp
    ) -> None:
        uid = str(uuid.uuid5(CONFLICTS, f"{row_uid}|{name}|{lost[0]}|{lost[1]}"))
        if state.columns[state.names.index(name)].kind == "json":
            value = json_value(value)
        ids = self.maps.id_of("sync_conflicts")
        if uid in ids or uid in self.tombs:
            return
        table = table_of(SyncConflict)
        self.conn.execute(
            insert(table).values(
                uid=uid,
                table_name=state.name,
                row_uid=row_uid,
                field=name,
                lost_value=value,
                lost_hlc=lost[0],
                lost_laptop=lost[1],
                won_hlc=won[0],
                won_laptop=won[1],
                resolved=False,
            )
        )
        new_id = int(self.conn.scalar(select(table.c.id).where(table.c.uid == uid)) or 0)
        ids[uid] = new_id
        self.maps.uid_of("sync_conflicts")[new_id] = uid
        self.result.conflicts += 1

    def apply(self, state: TableState, row_id: int, changes: dict[str, Any]) -> None:
        """Write merged values (wire form) to a row here."""
        values: dict[str, Any] = {}
        for name, value in changes.items():
            col = state.columns[state.names.index(name)]
            if col.kind == "ref" and value is not None:
                assert col.target is not None
                value = self.maps.id_of(col.target)[value]
            values[name] = to_store(col, value, sqlite=False)
        if state.spec.id_lists and state.spec.id_lists[0] in values:
            values[state.spec.id_lists[0]] = self._id_lists_in(state, values[state.spec.id_lists[0]])
        table = state.spec.table
        self.conn.execute(quiet_update(table).where(table.c.id == row_id).values(values))

    def local_rows(self, state: TableState, ids: list[int]) -> dict[int, list[Any]]:
        out: dict[int, list[Any]] = {}
        for chunk in read_rows(self.conn, state.spec.table, state.names, ids):
            for raw in chunk:
                out[raw[0]] = state.encoder.encode(raw)
        return out

    def _merge_known(self, state: TableState, known: list[tuple[int, list[Any], str]]) -> None:
        if not known:
            return
        mine = self.local_rows(state, [i for i, _r, _u in known])
        differ = [(i, row, in_uid) for i, row, in_uid in known if mine[i][1:] != row[1:]]
        self.load_clocks(mine[i][0] for i, _r, _u in differ)
        self.result.already += len(known) - len(differ)
        for row_id, row, in_uid in differ:
            uid = mine[row_id][0]
            stamps = (
                lambda name, uid=uid: self.local_stamp(uid, name),
                lambda name, in_uid=in_uid: self.in_clocks.get((in_uid, name), ZERO),
            )
            changes = self.merge_fields(state, uid, mine[row_id], row, stamps, None)
            if changes:
                self.apply(state, row_id, changes)
                self.result.updated += 1
            else:
                self.result.already += 1
        self.present.update(mine[i][0] for i, _r, _u in known)

    def _fold(self, state: TableState, hit: str, row: list[Any]) -> None:
        """An incoming row that is a row here under another uid: keep the smaller uid, merge fields."""
        in_uid = row[0]
        row_id = self.maps.id_of(state.name)[hit]
        if in_uid < hit:  # theirs becomes the uid kept: this row takes it
            table = state.spec.table
            self.conn.execute(quiet_update(table).where(table.c.id == row_id).values(uid=in_uid))
            self.conn.execute(update(FieldClock).where(FieldClock.row_uid == hit).values(row_uid=in_uid))
            self.conn.execute(update(SyncConflict).where(SyncConflict.row_uid == hit).values(row_uid=in_uid))
            for (u, f), stamp in list(self._local_clocks.items()):
                if u == hit:
                    self._local_clocks[(in_uid, f)] = stamp
            self.maps.rekey(state.name, hit, in_uid)
            self.alias(state.name, hit, in_uid)
            key = state.key(row)
            if key is not None:
                state.nk_map(self.conn)[key] = in_uid
            kept, before = in_uid, hit
        else:
            self.alias(state.name, in_uid, hit)
            kept, before = hit, hit
        mine = self.local_rows(state, [row_id])[row_id]
        self.load_clocks([kept, before])
        stamps = (
            lambda name: self.local_stamp(kept, name),
            lambda name: self.in_clocks.get((in_uid, name), ZERO),
        )
        theirs = [kept, *row[1:]]
        changes = self.merge_fields(state, kept, mine, theirs, stamps, in_uid < hit)
        if state.name == "identities":
            from hybridhub.sync.merge_people import unify_people

            unify_people(self, state, mine, theirs)
            changes.pop("participant_id", None)
        if changes:
            self.apply(state, row_id, changes)
            self.result.updated += 1
        else:
            self.result.already += 1
        self.present.add(kept)

    def _fix_deferred(self, state: TableState) -> None:
        """Links to rows of the same table that came later in the stream."""
        ids = self.maps.id_of(state.name)
        table = state.spec.table
        for row_uid, name, target in state.deferred:
            row_id, target_id = ids.get(self.canon(row_uid)), ids.get(self.canon(target))
            if row_id is not None and target_id is not None:
                self.conn.execute(
                    quiet_update(table)
                    .where(table.c.id == row_id, table.c[name].is_(None))
                    .values({name: target_id})
                )
        state.deferred = []

    # -- the end -------------------------------------------------------------------------------------

    def _finish(self) -> None:
        from hybridhub.sync.merge_people import drop_doomed, normalise_merges

        if drop_doomed(self):
            tracking.sweep(self.conn)
        normalise_merges(self)
        clocks = []
        for (uid, name), (value, laptop) in self.in_clocks.items():
            kept = self.canon(uid)
            if kept in self.present:
                clocks.append({"row_uid": kept, "field": name, "hlc": value, "laptop": laptop})
        keep_newer_clocks(self.conn, clocks)
        self._advance_clocks()
        for state in self.tables.values():
            if state.high > state.before:
                self.conn.execute(
                    insert(SyncReceived).values(
                        table_name=state.name, first_id=state.before + 1, last_id=state.high
                    )
                )

    def _advance_clocks(self) -> None:
        """Remember how far each laptop's changes are known here; move this laptop's clock past them."""
        seen = [
            {"laptop_uid": k, "hlc": v}
            for k, v in self.in_vector.items()
            if k != self.me and v > self.local_vector.get(k, 0)
        ]
        upsert(self.conn, table_of(SyncSeen), seen, keys=("laptop_uid",), update=("hlc",))
        top = max(self.in_vector.values(), default=0)
        self.conn.execute(update(SyncLocal).where(SyncLocal.id == 1, SyncLocal.hlc < top).values(hlc=top))


def keep_newer_clocks(conn: Connection, clocks: list[dict[str, Any]]) -> None:
    """Store field clocks where they are newer than the ones here (row_uid, field, hlc, laptop)."""
    upsert(
        conn, table_of(FieldClock), clocks, keys=("row_uid", "field"), update=("hlc", "laptop"), newer=True
    )


def forget_rows(conn: Connection, table: SyncTable, uids: list[str]) -> int:
    """Delete rows here by uid (the database cascades to what hangs on them); returns how many."""
    done = 0
    for start in range(0, len(uids), 500):
        part = uids[start : start + 500]
        result = conn.execute(delete(table.table).where(table.table.c.uid.in_(part)))
        done += int(result.rowcount or 0)
    tracking.forget(conn, uids)
    return done


def count_rows(conn: Connection, table: SyncTable) -> int:
    return int(conn.scalar(select(func.count()).select_from(table.table)) or 0)
