"""Push to and pull from an organisation's shared store (a PostgreSQL URL, or any workspace URL), with
the merge rules of bundles: the same records, read straight from one database and merged into the
other. Pushing into an empty database creates the event there, with a laptop identity of its own
("server") enrolled by the pushing laptop."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from hybridhub.core.clock import utcnow
from hybridhub.core.errors import ValidationError, WorkspaceError
from hybridhub.core.ids import uuid7
from hybridhub.core.models import Event, Laptop, SyncExchange, SyncLocal
from hybridhub.core.progress import ProgressFn, no_progress
from hybridhub.core.server import EmptyStoreError
from hybridhub.core.tracking import APPLYING
from hybridhub.core.workspace import Workspace, new_store, open_workspace
from hybridhub.sync import keys, state
from hybridhub.sync.export import counts, export_state
from hybridhub.sync.laptops import enrolment_message, local_uid, report_contribution, signing_key, this_laptop
from hybridhub.sync.merge import Merger, MergeResult
from hybridhub.sync.trust import check_laptop_rows


@dataclass(frozen=True)
class Endpoint:
    ws: Workspace
    created: bool


def open_server(url: str) -> Endpoint:
    """The workspace at `url`; an empty database (or a missing SQLite file) gets the schema, no event."""
    if "://" not in url:
        raise ValidationError("expected a database URL such as postgresql://user@host/db", field="url")
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        from pathlib import Path

        path = Path(parsed.database)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch(mode=0o600)
    try:
        ws = open_workspace(url)
    except EmptyStoreError:  # an empty server database: the schema, no event
        ws = new_store(url)
    with ws.session() as s:
        created = s.scalar(select(Event.id).limit(1)) is None
    return Endpoint(ws, created)


def _enrol_server(laptop_ws: Workspace, server: Workspace) -> None:
    """The server's own identity, enrolled (and signed) by the pushing laptop, in both databases."""
    key = keys.new_key()
    uid = uuid7()
    with laptop_ws.transaction() as s:
        event = laptop_ws.event(s)
        enroller_key, enroller = signing_key(s, event), local_uid(s)
        public = keys.public_bytes(key)
        row = Laptop(
            uid=uid,
            name=f"Server {server.engine.url.host or server.engine.url.database or ''}".strip()[:100],
            role="server",
            public_key=public,
            enrolled_at=utcnow(),
            enrolled_by=enroller,
            enrolment_sig=enroller_key.sign(enrolment_message(event.uid, uid, public, enroller)),
        )
        s.add(row)
    keys.store(uid, key)
    with server.transaction() as s:
        placeholder = s.scalar(select(SyncLocal.laptop_uid).where(SyncLocal.id == 1))
        s.execute(delete(Laptop).where(Laptop.uid == placeholder))
        s.execute(update(SyncLocal).where(SyncLocal.id == 1).values(laptop_uid=uid))


def _records(
    source: Workspace, session: Session
) -> tuple[Any, dict[str, int], dict[str, Any], dict[str, int]]:
    conn = session.connection()
    laptop = this_laptop(session)
    sizes = counts(conn)
    meta = {"uid": laptop.uid, "name": laptop.name}
    return export_state(conn), state.vector(conn), meta, sizes


def _prepare(source: Workspace) -> None:
    with source.transaction() as s:
        report_contribution(s)
        state.settle(s.connection())


def transfer(
    source: Workspace,
    target: Workspace,
    *,
    label: str,
    creates_event: bool = False,
    check_laptops: bool = False,
    progress: ProgressFn = no_progress,
) -> MergeResult:
    """Merge everything `source` holds into `target` (one transaction on each side)."""
    _prepare(source)
    with source.session() as src, src.begin(), target.transaction() as dst:
        records, vector, meta, sizes = _records(source, src)
        source_event = source.event(src)
        event = dst.scalar(select(Event).order_by(Event.id).limit(1))
        if event is not None and event.uid != source_event.uid:
            raise WorkspaceError(
                f"the database holds another event ('{event.title}')",
                file=label,
                hint="one event per database",
            )
        if event is None and not creates_event:
            raise WorkspaceError(
                "the database holds no event yet", file=label, hint="push a laptop into it first"
            )
        conn = dst.connection()
        state.settle(conn)
        dst.info[APPLYING] = True
        if event is not None and state.covers(state.vector(conn), vector):
            result = MergeResult(label, meta["name"], meta["uid"], already=sum(sizes.values()))
        else:
            merger = Merger(
                dst,
                event,  # type: ignore[arg-type]
                file=label,
                laptop_name=meta["name"],
                laptop_uid=meta["uid"],
                vector=vector,
                counts=sizes,
                progress=progress,
            )
            if check_laptops:
                merger.laptop_check = lambda st, rows: check_laptop_rows(
                    dst, source_event.uid, label, st, rows
                )
            result = merger.run(records)
            state.mark_settled(conn)
        dst.add(
            SyncExchange(direction="received", laptop_uid=meta["uid"], file=label, summary=result.as_json())
        )
    return result


def _server_uid(ws: Workspace) -> str:
    with ws.session() as s:
        return local_uid(s)


def push(laptop: Workspace, url: str, progress: ProgressFn = no_progress) -> MergeResult:
    """Send everything this laptop knows to the server at `url` (creating the event in an empty one)."""
    server = open_server(url)
    label = server.ws.shown
    try:
        if server.created:
            _enrol_server(laptop, server.ws)
        result = transfer(laptop, server.ws, label=label, creates_event=server.created, progress=progress)
        with laptop.transaction() as s:
            s.add(
                SyncExchange(
                    direction="push", laptop_uid=_server_uid(server.ws), file=label, summary=result.as_json()
                )
            )
    finally:
        server.ws.close()
    return result


def pull(laptop: Workspace, url: str, progress: ProgressFn = no_progress) -> MergeResult:
    """Merge everything the server at `url` holds into this laptop."""
    server = open_server(url)
    label = server.ws.shown
    try:
        if server.created:
            raise WorkspaceError(
                "the database holds no event yet", file=label, hint="push a laptop into it first"
            )
        result = transfer(server.ws, laptop, label=label, check_laptops=True, progress=progress)
    finally:
        server.ws.close()
    return result
