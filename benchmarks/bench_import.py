"""Import a generated WhatsApp export of N messages; compare with a bare baseline in the same run.

Baseline: the same lines parsed with one regex and inserted with plain `sqlite3.executemany` into a
table with the same columns as `contributions` (and its unique source-key index; no FTS index, no
identities, no time-zone conversion, no hashing). Each side runs in its own child process so that its
peak memory (max RSS) is measured on its own.

Store floor: the rows the import stored, written again into a fresh workspace by the store's SQL
alone (unique keys, secondary indexes rebuilt, full-text index, WAL commit), timed without any parsing
or per-message Python. It shows how much of the ratio the store itself takes.

    .venv/bin/python benchmarks/bench_import.py --messages 1000000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

_VOCABULARY = """bus ramp bench library garden path step access meeting saturday parking volunteers lift
wheelchair station doctor appointment children school noise light rain shelter seats toilet
sign timetable cost ticket friends neighbours help transport evening morning weekend"""
WORDS = _VOCABULARY.split()


def generate(path: Path, messages: int, seed: int = 7) -> int:
    """An Android export with 300 authors (a tenth of them phone numbers), multi-line messages,
    media markers and system lines. Returns the number of lines written."""
    rng = random.Random(seed)
    authors = [f"Person {i:03d}" for i in range(270)] + [f"+44 7700 9{i:05d}" for i in range(30)]
    when = datetime(2024, 3, 5, 8, 0)
    lines = 0
    with path.open("w", encoding="utf-8") as fh:
        fh.write(f"{when:%d/%m/%Y, %H:%M} - Messages and calls are end-to-end encrypted.\n")
        lines += 1
        for i in range(messages):
            when += timedelta(seconds=rng.randint(1, 40))
            author = rng.choice(authors)
            text = " ".join(rng.choices(WORDS, k=rng.randint(3, 25)))
            if i % 97 == 0:
                text = "<Media omitted>"
            fh.write(f"{when:%d/%m/%Y, %H:%M} - {author}: {text}\n")
            lines += 1
            if i % 20 == 0:
                fh.write(" ".join(rng.choices(WORDS, k=8)) + "\n")
                lines += 1
            if i % 1000 == 0:
                fh.write(f"{when:%d/%m/%Y, %H:%M} - {author} joined using this group's invite link\n")
                lines += 1
    return lines


HEADER = re.compile(r"(\d{1,2}/\d{1,2}/\d{4}), (\d{1,2}:\d{2}) - ([^:]+): (.*)")


def baseline(chat: Path, db: Path) -> int:
    conn = sqlite3.connect(db)
    conn.execute(
        "CREATE TABLE contributions (id INTEGER PRIMARY KEY, uid TEXT UNIQUE, created_at TEXT,"
        " updated_at TEXT, event_id INT, channel TEXT, kind TEXT, source_key TEXT, participant_id INT,"
        " identity_id INT, session_id INT, batch_id INT, sheet_id INT, parent_id INT, thread_key TEXT,"
        " posted_at TEXT,"
        " language TEXT, text TEXT, word_count INT, content_hash TEXT, voices INT, flag TEXT,"
        " provenance TEXT, UNIQUE (event_id, channel, source_key))"
    )
    rows: list[list[object]] = []
    count = 0
    sql = (
        "INSERT INTO contributions VALUES (NULL,?,?,?,1,'whatsapp','message',?,?,?,NULL,1,NULL,NULL,NULL,"
        "?,NULL,?,0,'',1,NULL,'{}')"
    )
    with chat.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            m = HEADER.match(line)
            if m is None:
                if rows:
                    rows[-1][-1] = str(rows[-1][-1]) + "\n" + line.rstrip("\n")
                continue
            rows.append([f"u{number}", "now", "now", str(number), 1, 1, f"{m[1]} {m[2]}", m[4]])
            if len(rows) >= 4000:
                last = rows.pop()
                conn.executemany(sql, rows)
                count += len(rows)
                rows = [last]
    conn.executemany(sql, rows)
    count += len(rows)
    conn.commit()
    conn.close()
    return count


def hybridhub_import(chat: Path, db: Path) -> tuple[int, float]:
    """(rows added, seconds): the clock runs over `import_file` only, not over creating the
    workspace (Alembic migrations) that any real import finds already done."""
    from hybridhub.core.workspace import create_workspace
    from hybridhub.importers.base import ImportOptions
    from hybridhub.importers.store import import_file

    ws = create_workspace(db, "Benchmark", timezone="Europe/London")
    start = time.perf_counter()
    result = import_file(ws, chat, format="whatsapp", options=ImportOptions(timezone="Europe/London"))
    seconds = time.perf_counter() - start
    ws.close()
    return result.added, seconds


def store_floor(imported: Path, db: Path) -> tuple[int, float]:
    """(rows, seconds) for the store's own SQL alone: the rows the import stored, copied (untimed)
    from its workspace into a fresh one the way the import writes them — secondary indexes set
    aside and rebuilt, unique keys kept, executemany with ON CONFLICT, the full-text index built in
    one statement, one commit. No parsing and no Python per message: what any import must pay."""
    from hybridhub.core.workspace import create_workspace
    from hybridhub.importers.rows import CONTRIBUTION_COLUMNS

    create_workspace(db, "Floor", timezone="Europe/London").close()
    source = sqlite3.connect(imported)
    target = sqlite3.connect(db, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON", "secure_delete=ON"):
        target.execute(f"PRAGMA {pragma}")
    target.execute("PRAGMA cache_size=-98304")  # as the import widens it
    names = ", ".join(CONTRIBUTION_COLUMNS)
    insert = (
        f"INSERT INTO contributions ({names}) VALUES ({', '.join('?' for _ in CONTRIBUTION_COLUMNS)}) "
        "ON CONFLICT DO NOTHING"
    )
    trigger = target.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'contributions_fts_ai'"
    ).fetchone()[0]
    start = time.perf_counter()
    target.execute("BEGIN")
    target.execute("DROP TRIGGER contributions_fts_ai")
    indexes = target.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contributions' "
        "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'"
    ).fetchall()
    for name, _ in indexes:
        target.execute(f'DROP INDEX "{name}"')
    seconds = time.perf_counter() - start
    cursor = source.execute(f"SELECT {names} FROM contributions ORDER BY id")
    rows = 0
    while chunk := cursor.fetchmany(4000):
        # No participants, identities or batch exist here: leaving those ids out also leaves out
        # their foreign-key checks, so this floor is if anything below what the import must pay.
        chunk = [(*r[:7], None, None, None, None, *r[11:]) for r in chunk]
        t0 = time.perf_counter()
        target.executemany(insert, chunk)
        seconds += time.perf_counter() - t0
        rows += len(chunk)
    start = time.perf_counter()
    for _, sql in indexes:
        target.execute(sql)
    target.execute("INSERT INTO contributions_fts(rowid, text) SELECT id, text FROM contributions")
    target.execute(trigger)
    target.execute("COMMIT")
    seconds += time.perf_counter() - start
    source.close()
    target.close()
    return rows, seconds


def child(kind: str, chat: Path, db: Path) -> None:
    if kind == "floor":
        rows, seconds = store_floor(chat, db)
    elif kind == "baseline":
        start = time.perf_counter()
        rows = baseline(chat, db)
        seconds = time.perf_counter() - start
    else:
        rows, seconds = hybridhub_import(chat, db)
    print(json.dumps({"rows": rows, "seconds": seconds}))


def measure(kind: str, chat: Path, db: Path) -> dict[str, float]:
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", kind, str(chat), str(db)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{kind} failed with exit code {proc.returncode}")
    found = json.loads(out)
    found["peak_mb"] = usage.ru_maxrss / 1024  # Linux reports KiB
    return found


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--messages", type=int, default=1_000_000, help="messages to generate (default 1,000,000)"
    )
    parser.add_argument("--child", nargs=3, metavar=("KIND", "CHAT", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, chat, db = args.child
        child(kind, Path(chat), Path(db))
        return
    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        tmp = Path(folder)
        chat = tmp / "WhatsApp Chat with Benchmark.txt"
        lines = generate(chat, args.messages)
        size_mb = chat.stat().st_size / 1024**2
        print(f"export: {args.messages:,} messages, {lines:,} lines, {size_mb:,.1f} MB")
        base = measure("baseline", chat, tmp / "baseline.sqlite")
        ours = measure("hybridhub", chat, tmp / "bench.hybridhub")
        floor = measure("floor", tmp / "bench.hybridhub", tmp / "floor.hybridhub")
    print(f"baseline  (regex + sqlite3.executemany): {base['rows']:>10,} rows  {base['seconds']:8.1f} s  "
          f"peak {base['peak_mb']:6.0f} MB")  # fmt: skip
    print(f"hybridhub (import_file, one transaction): {ours['rows']:>10,} rows  {ours['seconds']:8.1f} s  "
          f"peak {ours['peak_mb']:6.0f} MB")  # fmt: skip
    print(f"store floor (the stored rows' SQL alone):  {floor['rows']:>10,} rows  {floor['seconds']:8.1f} s  "
          f"= {floor['seconds'] / base['seconds']:.2f}x baseline")  # fmt: skip
    ratio = ours["seconds"] / base["seconds"]
    print(f"time ratio {ratio:.2f}x (goal <= 3x): {'met' if ratio <= 3 else 'NOT met'}")
    memory_ok = "met" if ours["peak_mb"] < 300 else "NOT met"
    print(f"peak memory {ours['peak_mb']:.0f} MB (goal < 300 MB): {memory_ok}")


if __name__ == "__main__":
    main()
