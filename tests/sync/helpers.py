"""An event on several laptops: the organiser's workspace and laptops enrolled from it, bundles swapped
between them, and a canonical dump of everything a laptop holds (to compare laptops by uid)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from hybridhub.core.models import Tombstone
from hybridhub.core.sync_tables import BY_NAME
from hybridhub.core.workspace import Workspace, create_workspace, open_workspace
from hybridhub.sync.actions import export_bundle, import_bundles
from hybridhub.sync.export import export_state
from hybridhub.sync.laptops import add_laptop
from hybridhub.sync.merge import MergeResult
from hybridhub.sync.wire import columns_of, json_value

_counter = itertools.count()


class Laptops:
    """The organiser ("org") and enrolled laptops, by name; closed at the end of the test."""

    def __init__(
        self,
        tmp: Path,
        *names: str,
        title: str = "Forum on buses",
        prepare: Callable[[Workspace], object] | None = None,
    ) -> None:
        """A new event; `prepare` fills the organiser's workspace before the laptops are enrolled."""
        self.tmp = tmp
        self.ws: dict[str, Workspace] = {
            "org": create_workspace(tmp / "org.hybridhub", title, timezone="Europe/Paris")
        }
        if prepare is not None:
            prepare(self.ws["org"])
        for name in names:
            path = self.path(name)
            add_laptop(self.ws["org"], name, path)
            self.ws[name] = open_workspace(path)

    @classmethod
    def opened(cls, tmp: Path, names: Iterable[str]) -> Laptops:
        """The laptops whose workspaces are already in `tmp` (org.hybridhub and the others by name)."""
        lap = cls.__new__(cls)
        lap.tmp = tmp
        lap.ws = {name: open_workspace(lap.path(name)) for name in names}
        return lap

    def path(self, name: str) -> Path:
        return self.tmp / f"{name.replace(' ', '-')}.hybridhub"

    def __getitem__(self, name: str) -> Workspace:
        return self.ws[name]

    def bundle(self, name: str) -> Path:
        path = self.tmp / f"{name.replace(' ', '-')}-{next(_counter)}.hhbundle"
        export_bundle(self.ws[name], path)
        return path

    def swap(self, src: str, dst: str) -> MergeResult:
        return import_bundles(self.ws[dst], [self.bundle(src)])[0]

    def all_to_all(self, rounds: int = 2) -> None:
        for _ in range(rounds):
            for a in self.ws:
                path = self.bundle(a)
                for b in self.ws:
                    if b != a:
                        import_bundles(self.ws[b], [path])

    def close(self) -> None:
        for ws in self.ws.values():
            ws.close()


def dump(ws: Workspace) -> dict[str, Any]:
    """Every travelling row by uid (links as uids), the field clocks and what was deleted."""
    out: dict[str, Any] = {}
    with ws.session() as s, s.begin():
        conn = s.connection()
        columns: dict[str, list[str]] = {}
        texts: dict[str, set[str]] = {}  # JSON columns, compared by value (spacing differs by backend)
        for rec in export_state(conn):
            if rec[0] == "columns":
                columns[rec[1]] = rec[2]
                texts[rec[1]] = {c.name for c in columns_of(BY_NAME[rec[1]]) if c.kind == "json"}
                out.setdefault(rec[1], {})
            elif rec[0] == "rows":
                for row in rec[2]:
                    values = dict(zip(columns[rec[1]], row, strict=True))
                    for name in texts[rec[1]]:
                        values[name] = json_value(values[name])
                    out[rec[1]][row[0]] = values
            elif rec[0] == "clocks":
                out.setdefault("clocks", []).extend(tuple(r) for r in rec[1])
        out["tombstones"] = sorted((t.uid, t.table_name, t.erased) for t in s.scalars(select(Tombstone)))
    return out


def differences(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """What differs between two dumps, in words (empty: the same)."""
    found = []
    for table in sorted(set(a) | set(b)):
        x, y = a.get(table), b.get(table)
        if x == y:
            continue
        if isinstance(x, dict) and isinstance(y, dict):
            for uid in sorted(set(x) | set(y)):
                r, q = x.get(uid), y.get(uid)
                if r != q and r is not None and q is not None:
                    fields = {k: (r[k], q[k]) for k in r if r[k] != q[k]}
                    found.append(f"{table} {uid}: {fields}")
                elif r != q:
                    found.append(f"{table} {uid}: only in the {'first' if q is None else 'second'}")
        else:
            only_x, only_y = sorted(set(x or []) - set(y or [])), sorted(set(y or []) - set(x or []))
            found.append(f"{table}: only in the first {only_x[:5]}, only in the second {only_y[:5]}")
    return found
