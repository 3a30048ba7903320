"""Search on a server store: the Browse page's first page and count for a search, on PostgreSQL's full-text
index (migration 0007), against the same page filtered by ILIKE '%word%' (a scan: what a server without
the index would do) in the same run and database.

Needs a PostgreSQL role that may create databases: $HYBRIDHUB_TEST_POSTGRES_URL (e.g. the one
`bash scripts/postgres-test-db.sh` prints); without it the benchmark says so and exits 0.
Run: .venv/bin/python benchmarks/bench_server_search.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_TEXT = (
    "bus tram rampe accès hôpital médecin infirmière week-end transport navette fauteuil escalier de "
    "公交车 无障碍 周末 حافلة الوصول Straße Brücke Ärzte semana fines noche appointment village nurse"
)
WORDS = _TEXT.split()
QUERIES = {
    "rare word": "wheelchair",
    "common word": "bus",
    "accents, case": "HÔPITAL",
    "phrase": '"fines de semana"',
}
REPEATS = 7


def fill(url: str, rows: int, seed: int = 5) -> int:
    """A workspace of `rows` contributions: random sentences, about 0.5 % with 'wheelchair'."""
    from sqlalchemy import insert

    from hybridhub.core.models import Contribution
    from hybridhub.core.workspace import create_workspace

    rnd = random.Random(seed)
    t0 = datetime(2026, 11, 14, 8, tzinfo=UTC)
    ws = create_workspace(url, "Search benchmark")
    with ws.session() as s:
        event_id = ws.event(s).id
    with ws.engine.begin() as conn:
        for start in range(0, rows, 10_000):
            batch = []
            for i in range(start, min(rows, start + 10_000)):
                words = [rnd.choice(WORDS) for _ in range(rnd.randint(4, 30))]
                if rnd.random() < 0.005:
                    words.insert(rnd.randrange(len(words) + 1), "wheelchair")
                text = " ".join(words)
                batch.append(
                    {
                        "event_id": event_id,
                        "channel": "whatsapp",
                        "source_key": f"k{i}",
                        "text": text,
                        "posted_at": t0 + timedelta(seconds=i),
                    }
                )
            conn.execute(insert(Contribution), batch)
    with ws.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("ANALYZE contributions")  # as autovacuum does within a minute of an import
    ws.close()
    return event_id


def best(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def measure(url: str, event_id: int) -> None:
    from sqlalchemy import func, select

    from hybridhub.browse.filters import ContributionFilter
    from hybridhub.browse.pages import count, fetch_page
    from hybridhub.browse.search import parse_query
    from hybridhub.core.models import Contribution
    from hybridhub.core.workspace import open_workspace

    ws = open_workspace(url)
    with ws.session() as s:
        print(f"{'query':16} {'app page':>9} {'app count':>10} {'ILIKE page':>11} {'ILIKE count':>12}  ratio")
        for label, query in QUERIES.items():
            filt = ContributionFilter(search=query)
            page = best(lambda f=filt: fetch_page(s, event_id, f, None, 200, newest_first=True))
            counted = best(lambda f=filt: count(s, event_id, f))
            wanted, _ = parse_query(query)
            like = [Contribution.text.ilike(f"%{w}%") for w in wanted]
            scan = select(Contribution.id).where(Contribution.event_id == event_id, *like)
            base_page = best(
                lambda q=scan: s.execute(q.order_by(Contribution.posted_at.desc()).limit(200)).all()
            )
            base_count = best(lambda q=scan: s.scalar(select(func.count()).select_from(q.subquery())))
            ratio = (page + counted) / (base_page + base_count)
            print(
                f"{label:16} {page * 1000:8.1f}ms {counted * 1000:9.1f}ms {base_page * 1000:10.1f}ms "
                f"{base_count * 1000:11.1f}ms  {ratio:.2f}x"
            )
    ws.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    admin = os.environ.get("HYBRIDHUB_TEST_POSTGRES_URL", "").strip()
    if not admin:
        print("bench_server_search: skipped (HYBRIDHUB_TEST_POSTGRES_URL: a role that may create databases)")
        return 0
    from tests.backend import PgServer

    server = PgServer(admin)
    try:
        url = server.create(label="bench")
        start = time.perf_counter()
        event_id = fill(url, args.rows)
        print(f"{args.rows:,} contributions written and indexed in {time.perf_counter() - start:.1f} s")
        measure(url, event_id)
    finally:
        server.drop_mine()
    return 0


if __name__ == "__main__":
    sys.exit(main())
