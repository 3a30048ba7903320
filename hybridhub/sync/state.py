"""How far this workspace's knowledge goes: its laptop's clock and the newest clock it has seen of every
other laptop (a version vector). A bundle whose clocks are all covered here holds nothing new.

New rows get no clock of their own; so before a bundle is written or read, `settle` ticks this laptop's
clock when rows were added or removed since it last did (a digest of row counts and highest ids tells).
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import Connection, func, select, update

from hybridhub.core import tracking
from hybridhub.core.models import FieldClock, SyncLocal, SyncSeen, Tombstone
from hybridhub.core.sync_tables import SYNC_TABLES


def digest(conn: Connection) -> str:
    figures = []
    for spec in SYNC_TABLES:
        t = spec.table
        figures.append(list(conn.execute(select(func.count(), func.coalesce(func.max(t.c.id), 0))).one()))
    for model in (Tombstone, FieldClock):
        figures.append([conn.scalar(select(func.count()).select_from(model))])
    return hashlib.sha256(json.dumps(figures).encode()).hexdigest()


def settle(conn: Connection) -> None:
    """Tick this laptop's clock if rows changed since it last covered them."""
    now = digest(conn)
    stored = conn.scalar(select(SyncLocal.settled).where(SyncLocal.id == 1))
    if stored != now:
        tracking.tick(conn)
        conn.execute(update(SyncLocal).where(SyncLocal.id == 1).values(settled=now))


def mark_settled(conn: Connection) -> None:
    """After merging another laptop's rows: they are covered by its clocks, not this laptop's."""
    conn.execute(update(SyncLocal).where(SyncLocal.id == 1).values(settled=digest(conn)))


def vector(conn: Connection) -> dict[str, int]:
    out = {str(u): int(h) for u, h in conn.execute(select(SyncSeen.laptop_uid, SyncSeen.hlc))}
    row = conn.execute(select(SyncLocal.laptop_uid, SyncLocal.hlc).where(SyncLocal.id == 1)).one()
    out[str(row.laptop_uid)] = int(row.hlc)
    return out


def covers(mine: dict[str, int], theirs: dict[str, int]) -> bool:
    """Whether everything `theirs` knows is known here."""
    return bool(theirs) and all(mine.get(k, 0) >= v for k, v in theirs.items())
