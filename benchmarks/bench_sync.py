"""Read a bundle of 100,000 contributions and 10,000 check-ins into another laptop of the event; compare
with a bare baseline measured in the same run.

Baseline: the same rows (as the bundle carries them, already in memory) inserted with plain
`sqlite3.executemany` into tables with the same columns (an integer key, no other index, no full-text
index), in one transaction on a file with the workspace's pragmas. The import reads the file, checks
its signature, decompresses and checks every value, maps every link to a row id, unites rows by uid,
writes them with every index of the workspace, and indexes the texts for search.

Store floor: the same rows, in memory, written into the workspace's own table definitions (unique keys,
secondary indexes rebuilt at the end, full-text index) by plain `sqlite3` and nothing else: it shows
how much of the ratio the store itself takes.

Goals (issue #17): import within 3x of the baseline; reading the same bundle again under 10 % of the
first time; peak memory (max RSS of the importing process) under 300 MB. Each side runs in a child
process so that its peak memory is its own.

    .venv/bin/python benchmarks/bench_sync.py [--contributions 100000 --checkins 10000 --repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

WORDS = [
    "bus",
    "ramp",
    "bench",
    "library",
    "garden",
    "path",
    "step",
    "access",
    "meeting",
    "saturday",
    "parking",
    "volunteers",
    "lift",
    "wheelchair",
    "station",
    "doctor",
    "appointment",
    "children",
    "school",
    "noise",
    "light",
    "rain",
    "shelter",
    "seats",
    "toilet",
    "sign",
    "timetable",
    "cost",
    "ticket",
    "friends",
    "neighbours",
    "help",
    "transport",
    "evening",
    "morning",
    "weekend",
]


def build(folder: Path, contributions: int, checkins: int) -> None:
    """An event whose 'Scanning' laptop imported a big chat and logged many check-ins, and a 'Target'
    laptop enrolled before that, which has none of it. Writes the Scanning laptop's bundle."""
    from sqlalchemy import insert

    from hybridhub.core.ids import uuid7
    from hybridhub.core.models import CheckIn, Contribution, Identity, ImportBatch, Participant
    from hybridhub.core.workspace import create_workspace, open_workspace
    from hybridhub.sync.actions import export_bundle
    from hybridhub.sync.laptops import add_laptop

    org = create_workspace(folder / "org.hybridhub", "Big forum", timezone="Europe/Paris")
    add_laptop(org, "Scanning", folder / "source.hybridhub")
    add_laptop(org, "Target", folder / "target.hybridhub")
    org.close()
    rng = random.Random(7)
    source = open_workspace(folder / "source.hybridhub")
    start = datetime(2026, 3, 5, 8, 0, tzinfo=UTC)
    with source.transaction() as s:
        event_id = source.event(s).id
        people = [Participant(event_id=event_id, display_name=f"Person {i:04d}") for i in range(2000)]
        s.add_all(people)
        s.flush()
        idents = [
            Identity(event_id=event_id, participant_id=p.id, channel="whatsapp", key=f"name:person {i:04d}")
            for i, p in enumerate(people)
        ]
        batch = ImportBatch(event_id=event_id, format="whatsapp", file_name="chat.txt", sha256="ab" * 32)
        s.add_all([*idents, batch])
        s.flush()
        rows = []
        for i in range(contributions):
            k = rng.randrange(len(people))
            text = " ".join(rng.choices(WORDS, k=rng.randint(3, 25)))
            when = start + timedelta(seconds=i * 7)
            rows.append(
                {
                    "uid": uuid7(),
                    "event_id": event_id,
                    "channel": "whatsapp",
                    "source_key": f"m{i:07d}",
                    "participant_id": people[k].id,
                    "identity_id": idents[k].id,
                    "batch_id": batch.id,
                    "posted_at": when,
                    "text": text,
                    "word_count": len(text.split()),
                    "content_hash": f"{rng.getrandbits(160):040x}",
                    "provenance": {"line": i + 1, "source": "chat.txt"},
                    "created_at": when,
                    "updated_at": when,
                }
            )
        for part in range(0, len(rows), 10_000):
            s.execute(insert(Contribution), rows[part : part + 10_000])
        log = [
            {
                "uid": uuid7(),
                "event_id": event_id,
                "participant_id": people[i % len(people)].id,
                "method": "scanner",
                "result": "ok",
                "device": "Door",
                "scanned_at": start + timedelta(seconds=i),
                "created_at": start + timedelta(seconds=i),
                "updated_at": start + timedelta(seconds=i),
            }
            for i in range(checkins)
        ]
        s.execute(insert(CheckIn), log)
    export_bundle(source, folder / "source.hhbundle")
    source.close()


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_import(folder: Path) -> dict[str, float]:
    """Read the bundle into a fresh copy of the target laptop, then read it again."""
    from hybridhub.core.workspace import open_workspace
    from hybridhub.sync.actions import import_bundles

    work = folder / "target-run.hybridhub"
    shutil.copy(folder / "target.hybridhub", work)
    ws = open_workspace(work)
    try:
        t0 = time.perf_counter()
        first = import_bundles(ws, [folder / "source.hhbundle"])[0]
        t1 = time.perf_counter()
        again = import_bundles(ws, [folder / "source.hhbundle"])[0]
        t2 = time.perf_counter()
    finally:
        ws.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{work}{suffix}").unlink(missing_ok=True)
    assert first.added >= 110_000 and again.added == 0, (first, again)
    return {"first": t1 - t0, "again": t2 - t1, "peak_mb": _peak_mb(), "added": first.added}


def _bundle_rows(folder: Path) -> tuple[dict[str, list[str]], dict[str, list[list[object]]]]:
    """The columns and rows of the contributions and check-ins the bundle carries (as it carries them)."""
    from hybridhub.sync.bundle import Bundle

    columns: dict[str, list[str]] = {}
    rows: dict[str, list[list[object]]] = {"contributions": [], "checkins": []}
    for rec in Bundle(folder / "source.hhbundle").records():
        if rec[0] == "columns" and rec[1] in rows:
            columns[rec[1]] = rec[2]
        elif rec[0] == "rows" and rec[1] in rows:
            rows[rec[1]].extend(rec[2])
    return columns, rows


def run_baseline(folder: Path) -> dict[str, float]:
    """The same rows, already in memory, into plain tables of the same columns."""
    columns, rows = _bundle_rows(folder)
    path = folder / "baseline.db"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    for table, names in columns.items():
        conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, {', '.join(names)})")
    conn.commit()
    t0 = time.perf_counter()
    for table, names in columns.items():
        marks = ", ".join("?" for _ in names)
        conn.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", rows[table])
    conn.commit()
    elapsed = time.perf_counter() - t0
    conn.close()
    return {"baseline": elapsed, "peak_mb": _peak_mb(), "rows": sum(len(r) for r in rows.values())}


def run_floor(folder: Path) -> dict[str, float]:
    """The store's own share: the same rows, already in memory, into the workspace's tables as they are
    (their indexes and full-text index, built at the end as the import does), nothing else."""
    columns, rows = _bundle_rows(folder)
    for table in rows:
        rows[table] = [[*r, 1] for r in rows[table]]  # the event's row id
    path = folder / "floor.db"
    path.unlink(missing_ok=True)
    source = sqlite3.connect(folder / "target.hybridhub")
    ddl = [
        sql
        for (sql,) in source.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND (tbl_name IN ('contributions', "
            "'checkins') OR name = 'contributions_fts') AND type IN ('table', 'index') ORDER BY type DESC"
        )
    ]
    source.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    for sql in ddl:
        conn.execute(sql.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS"))
    secondary = [
        (name, sql)
        for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND sql NOT LIKE 'CREATE UNIQUE%'"
        )
    ]
    conn.commit()
    t0 = time.perf_counter()
    for name, _sql in secondary:
        conn.execute(f'DROP INDEX "{name}"')
    for table, names in columns.items():
        marks = ", ".join("?" for _ in [*names, "event_id"])
        conn.executemany(f"INSERT INTO {table} ({', '.join(names)}, event_id) VALUES ({marks})", rows[table])
    for _name, sql in secondary:
        conn.execute(sql)
    conn.execute("INSERT INTO contributions_fts(rowid, text) SELECT id, text FROM contributions")
    conn.commit()
    elapsed = time.perf_counter() - t0
    conn.close()
    return {"floor": elapsed}


def _child(role: str, folder: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--role", role, "--folder", str(folder)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "HYBRIDHUB_DATA_DIR": str(folder / "data")},
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contributions", type=int, default=100_000)
    parser.add_argument("--checkins", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--role", choices=("build", "import", "baseline", "floor"))
    parser.add_argument("--folder", type=Path)
    args = parser.parse_args()
    if args.role == "build":
        build(args.folder, args.contributions, args.checkins)
        print("{}")
        return
    if args.role:
        run = {"import": run_import, "baseline": run_baseline, "floor": run_floor}[args.role]
        print(json.dumps(run(args.folder)))
        return
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        _child("build", folder)
        size = (folder / "source.hhbundle").stat().st_size
        print(f"built the event and a bundle of {size / 1e6:.1f} MB in {time.perf_counter() - t0:.0f} s")
        best: dict[str, float] = {}
        for i in range(args.repeat):
            base, imp, floor = _child("baseline", folder), _child("import", folder), _child("floor", folder)
            ratio, again = imp["first"] / base["baseline"], imp["again"] / imp["first"]
            print(
                f"run {i + 1}: import {imp['first']:.2f} s ({imp['added']:.0f} rows), baseline "
                f"{base['baseline']:.2f} s ({base['rows']:.0f} rows) -> ratio {ratio:.2f}; again "
                f"{imp['again']:.3f} s = {again:.1%} of the first; peak {imp['peak_mb']:.0f} MB "
                f"(baseline process {base['peak_mb']:.0f} MB); the store's own share (same rows, the "
                f"workspace's indexes and search index): {floor['floor']:.2f} s = "
                f"{floor['floor'] / base['baseline']:.2f}x the baseline"
            )
            for key, value in (("ratio", ratio), ("again", again), ("peak", imp["peak_mb"])):
                best[key] = min(best.get(key, value), value)
        print(
            f"best of {args.repeat}: ratio {best['ratio']:.2f} (goal <= 3), again {best['again']:.1%} "
            f"(goal < 10 %), peak {best['peak']:.0f} MB (goal < 300 MB)"
        )


if __name__ == "__main__":
    main()
