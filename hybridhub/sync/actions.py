"""Whole sync tasks on a workspace, each in its own transaction: what the CLI runs and the GUI runs on a
worker thread. Writing a bundle, reading bundles (checked first, then merged one by one)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from hybridhub.core.clock import utcnow
from hybridhub.core.models import Event, SyncExchange
from hybridhub.core.progress import ProgressFn, no_progress
from hybridhub.core.tracking import APPLYING
from hybridhub.core.workspace import Workspace
from hybridhub.importers.sql import restore_cache, widen_cache
from hybridhub.people.erase import compact
from hybridhub.sync import state
from hybridhub.sync.bundle import FORMAT, VERSION, Bundle, write_bundle
from hybridhub.sync.export import counts, export_state
from hybridhub.sync.laptops import local_uid, report_contribution, signing_key, this_laptop
from hybridhub.sync.merge import Merger, MergeResult
from hybridhub.sync.trust import chain_of, check_laptop_rows, signer_key


@dataclass(frozen=True)
class ExportResult:
    file: str
    laptop: str
    rows: int
    size: int

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "laptop": self.laptop, "rows": self.rows, "bytes": self.size}


def export_bundle(ws: Workspace, output: Path, progress: ProgressFn = no_progress) -> ExportResult:
    """Write everything this laptop knows to one signed bundle file."""
    with ws.transaction() as s:
        event = ws.event(s)
        key = signing_key(s, event)
        report_contribution(s)
        state.settle(s.connection())
    with ws.session() as s, s.begin():
        conn = s.connection()
        event, me = ws.event(s), this_laptop(s)
        sizes = counts(conn)
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "event": {"uid": event.uid, "title": event.title},
            "laptop": {"uid": me.uid, "name": me.name},
            "chain": chain_of(s),
            "written_at": utcnow().isoformat(),
            "vector": state.vector(conn),
            "counts": sizes,
        }
        size = write_bundle(output, manifest, export_state(conn, progress), key)
        name = me.name
    with ws.transaction() as s:
        s.add(
            SyncExchange(
                direction="export", file=output.name, summary={"rows": sum(sizes.values()), "bytes": size}
            )
        )
    return ExportResult(output.name, name, sum(sizes.values()), size)


def _manifest_fields(bundle: Bundle) -> tuple[dict[str, Any], dict[str, Any], dict[str, int]]:
    m = bundle.manifest
    event, laptop, vector = m.get("event"), m.get("laptop"), m.get("vector")
    if m.get("format") != FORMAT:
        raise bundle.error("this is not a HybridHub bundle")
    if m.get("version") != VERSION:
        raise bundle.error(f"bundle version {m.get('version')!r} is not supported", hint="update HybridHub")
    if (
        not isinstance(event, dict)
        or not isinstance(event.get("uid"), str)
        or not isinstance(laptop, dict)
        or not isinstance(laptop.get("uid"), str)
        or not isinstance(vector, dict)
        or not all(isinstance(k, str) and type(v) is int for k, v in vector.items())
    ):
        raise bundle.error("the bundle's manifest is damaged")
    return event, laptop, vector


def check_bundle(session: Session, event: Event, bundle: Bundle) -> None:
    """Refuse a bundle changed after signing, of another event, from this laptop itself, or signed by a
    laptop not enrolled in the event (each with one line)."""
    their_event, laptop, _vector = _manifest_fields(bundle)
    if not bundle.digest_matches():
        raise bundle.error("this bundle was changed after it was signed (or is damaged)")
    if their_event["uid"] != event.uid:
        raise bundle.error(
            f"this bundle is from another event ('{str(their_event.get('title', '?'))[:80]}')",
            hint="bundles travel only between laptops of one event",
        )
    if bundle.trailer.get("laptop") != laptop["uid"]:
        raise bundle.error("this bundle's signature names another laptop than its contents")
    if laptop["uid"] == local_uid(session):
        raise bundle.error(
            "this bundle was written by this laptop (or by a copy of this workspace file)",
            hint="give each laptop its own workspace with 'hybridhub laptops add'",
        )
    key = signer_key(session, event.uid, laptop["uid"], bundle.manifest.get("chain"), bundle.name)
    if not bundle.signature_valid(key):
        raise bundle.error("this bundle's signature does not match its laptop's key")


def _merge_one(ws: Workspace, bundle: Bundle, progress: ProgressFn) -> MergeResult:
    with ws.transaction() as s:
        event = ws.event(s)
        check_bundle(s, event, bundle)
        _event, laptop, vector = _manifest_fields(bundle)
        conn = s.connection()
        state.settle(conn)
        s.info[APPLYING] = True
        name = str(laptop.get("name") or laptop["uid"])[:100]
        sizes = bundle.manifest.get("counts")
        sizes = sizes if isinstance(sizes, dict) else {}
        total = sum(v for v in sizes.values() if type(v) is int)
        if state.covers(state.vector(conn), vector):
            result = MergeResult(bundle.name, name, laptop["uid"], already=total)
        else:
            merger = Merger(
                s,
                event,
                file=bundle.name,
                laptop_name=name,
                laptop_uid=laptop["uid"],
                vector=vector,
                counts=sizes,
                progress=progress,
            )
            merger.laptop_check = lambda st, rows: check_laptop_rows(s, event.uid, bundle.name, st, rows)
            old_cache = widen_cache(conn)
            result = merger.run(bundle.records())
            restore_cache(conn, old_cache)
            state.mark_settled(conn)
        s.add(
            SyncExchange(
                direction="import", laptop_uid=laptop["uid"], file=bundle.name, summary=result.as_json()
            )
        )
        s.flush()
    if result.erased:
        compact(ws)
    return result


def import_bundles(ws: Workspace, paths: list[Path], progress: ProgressFn = no_progress) -> list[MergeResult]:
    """Check every bundle first (nothing is merged if one is refused), then merge each in turn."""
    bundles = [Bundle(p) for p in paths]
    with ws.session() as s:
        event = ws.event(s)
        for bundle in bundles:
            check_bundle(s, event, bundle)
    return [_merge_one(ws, b, progress) for b in bundles]
