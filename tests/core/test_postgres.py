"""The same models and migrations on PostgreSQL, in every pass. Runs when HYBRIDHUB_TEST_POSTGRES_URL names
a server role that may create databases (e.g. postgresql+psycopg://hh:hh@localhost/hh_test);
`bash scripts/postgres-test-db.sh` prints one. (`make test-postgres` runs the whole suite there.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from hybridhub.analysis.stats import workspace_stats
from hybridhub.core.migrations.env_filters import include_name
from hybridhub.core.models import Base
from hybridhub.core.workspace import create_workspace, head_revision, open_workspace
from tests.backend import PgServer

URL = os.environ.get("HYBRIDHUB_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="set HYBRIDHUB_TEST_POSTGRES_URL to test on PostgreSQL")


@pytest.fixture
def empty_database(pg_server: PgServer | None) -> Iterator[str]:
    assert pg_server is not None
    url = pg_server.create()
    yield url
    pg_server.drop(url)


def test_demo_builds_and_counts_the_same_on_postgres(empty_database: str, demo_workspace: object) -> None:
    from hybridhub.demo.builder import build_demo

    build_demo(empty_database)  # type: ignore[arg-type]
    ws = open_workspace(empty_database)
    assert ws.revision() == head_revision()
    with ws.session() as s:
        on_pg = workspace_stats(s, ws.event(s))
    with demo_workspace.session() as s:  # type: ignore[attr-defined]
        on_sqlite = workspace_stats(s, demo_workspace.event(s))  # type: ignore[attr-defined]
    assert on_pg == on_sqlite
    with ws.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_name": include_name, "compare_type": True})
        assert compare_metadata(ctx, Base.metadata) == []
    ws.close()


def test_door_desk_scans_on_postgres(empty_database: str, tmp_path: Path) -> None:
    """The desk's hot statements run as portable SQL text off SQLite: same outcomes, aware times."""
    from hybridhub.checkin.desk import Desk
    from tests.checkin.helpers import code_of, register

    ws = create_workspace(empty_database, "Door on PostgreSQL", timezone="Europe/Paris")
    register(ws, tmp_path)
    code = code_of(ws, "Élodie Müller")
    first = Desk(ws, "Door-1").scan(code)
    assert first.result == "ok" and first.participant and first.participant.walk_in is False
    again = Desk(ws, "Door-2").scan(code)
    assert again.result == "already" and again.previous_device == "Door-1"
    assert again.previous_at == first.scanned_at and again.previous_at.tzinfo is not None
    desk = Desk(ws, "Door-1")
    assert desk.undo_last() is not None
    assert desk.scan(code).result == "ok"
    ws.close()


def test_upgrade_from_0004_on_postgres_moves_the_secrets_and_scrubs_the_texts(empty_database: str) -> None:
    from sqlalchemy import select

    from hybridhub.core import keystore
    from hybridhub.core.models import Answer, Contribution
    from tests.core.old_workspace import build_old_workspace

    planted = build_old_workspace(empty_database, "0004")
    ws = open_workspace(empty_database)
    try:
        assert ws.revision() == head_revision()
        with ws.session() as s:
            texts = s.scalars(select(Contribution.text)).all()
            answers = s.scalars(select(Answer.value)).all()
        assert len(texts) == 3 and all("[phone …" in t for t in texts) and "[phone …" in answers[0]
        assert keystore.read_hash_key(planted.event_uid) == planted.hash_key
        with ws.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"include_name": include_name, "compare_type": True})
            assert compare_metadata(ctx, Base.metadata) == []
    finally:
        ws.close()


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hybridhub", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PGPASSFILE": "/nonexistent/pgpass", **(env or {})},
    )


def test_demo_then_stats_search_and_report_on_a_server_url(pg_server: PgServer, tmp_path: Path) -> None:
    url = pg_server.create()
    try:
        made = _cli("demo", "-o", url)
        assert made.returncode == 0, made.stderr
        password = make_url(url).password
        assert f":{password}@" not in made.stdout and "created demo workspace postgresql://" in made.stdout
        stats = _cli("stats", "-w", url, "--json")
        assert stats.returncode == 0, stats.stderr
        assert json.loads(stats.stdout)["participants"] >= 40
        found = _cli("search", "-w", url, "TRANSPORT", "--json")  # accent- and case-folding search
        assert found.returncode == 0 and found.stdout.count("\n") >= 1, found.stderr
        pdf = tmp_path / "report.pdf"
        done = _cli("report", "-w", url, "-o", str(pdf), env={"HYBRIDHUB_WORKSPACE": "ignored.hybridhub"})
        assert done.returncode == 0, done.stderr
        assert pdf.read_bytes().startswith(b"%PDF")
        env_stats = _cli("stats", "--json", env={"HYBRIDHUB_WORKSPACE": url})
        assert json.loads(env_stats.stdout) == json.loads(stats.stdout)
    finally:
        pg_server.drop(url)


def test_server_problems_exit_2_with_one_line_and_never_the_password(pg_server: PgServer) -> None:
    good = make_url(pg_server.url_of("postgres"))
    secret = "Tr0ub4dor&3"
    empty, foreign = pg_server.create(), pg_server.create()
    latin1 = pg_server.create(options="ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C'")
    engine = create_engine(foreign)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id int)"))
    engine.dispose()
    cases = {
        "cannot reach the database server": good.set(port=1, password=secret),
        "the server refused the password of user": good.set(password=secret),
        "there is no database 'hh_nope_": good.set(database=f"hh_nope_{os.getpid()}"),
        "not a HybridHub store": make_url(foreign),
        "holds no HybridHub event yet": make_url(empty),
    }
    try:
        for expected, url in cases.items():
            done = _cli("stats", "-w", url.render_as_string(hide_password=False), "--json")
            lines = done.stderr.strip().splitlines()
            assert done.returncode == 2 and done.stdout == "", (expected, done.stderr)
            assert len(lines) == 1 and expected in lines[0], (expected, done.stderr)
            assert secret not in done.stderr and "Traceback" not in done.stderr
        init = _cli("init", make_url(foreign).render_as_string(hide_password=False), "--event", "X")
        assert init.returncode == 2 and "not a HybridHub store" in init.stderr
        init = _cli("init", latin1, "--event", "Café")
        assert init.returncode == 2 and "needs UTF-8" in init.stderr and "createdb -E UTF8" in init.stderr
    finally:
        for url_ in (empty, foreign, latin1):
            pg_server.drop(url_)


def test_init_refuses_a_database_that_holds_an_event(pg_server: PgServer) -> None:
    url = pg_server.create()
    try:
        assert _cli("init", url, "--event", "Première").returncode == 0
        again = _cli("init", url, "--event", "Seconde")
        assert again.returncode == 2 and "already holds the event 'Première'" in again.stderr
    finally:
        pg_server.drop(url)


WRITER = r"""
import sys
from sqlalchemy import select
from hybridhub.checkin.desk import Desk
from hybridhub.core.models import Registration
from hybridhub.core.workspace import open_workspace
from hybridhub.notes.capture import NoteInput, add_note
from hybridhub.notes.tallies import bump

url, door, option, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
ws = open_workspace(url)
with ws.session() as s:
    codes = list(s.scalars(select(Registration.code).order_by(Registration.id)))
    event_id = ws.event(s).id
desk = Desk(ws, door)
results = []
for i in range(rounds):
    results.append(desk.scan(codes[i % len(codes)]).result)
    ws.run(lambda s: bump(s, option, +1))  # read, add one, write: a lost update would lose a vote
    ws.run(lambda s: add_note(s, event_id, NoteInput(f"{door} note {i}: Élodie, 张伟, مريم")))
print(" ".join(results))
"""


def test_two_processes_write_to_one_store_at_once(pg_server: PgServer, tmp_path: Path) -> None:
    """Two door laptops scan the same people, vote on one tally and take notes at the same moment."""
    from hybridhub.core.models import CheckIn, Note
    from hybridhub.notes.tallies import create_tally
    from tests.checkin.helpers import register

    url = pg_server.create()
    ws = create_workspace(url, "Two doors", timezone="Europe/Paris")
    try:
        register(ws, tmp_path)
        option = ws.run(lambda s: create_tally(s, ws.event(s).id, None, "Bus?", ["Yes", "No"]).options[0].id)
        rounds = 25
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", WRITER, url, door, str(option), str(rounds)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for door in ("Door-1", "Door-2")
        ]
        outs = [p.communicate(timeout=300) for p in procs]
        for p, (_out, err) in zip(procs, outs, strict=True):
            assert p.returncode == 0, err
        results = " ".join(out for out, _ in outs).split()
        with ws.session() as s:
            from hybridhub.core.models import TallyOption

            assert s.get(TallyOption, option).count == 2 * rounds  # no vote lost
            assert s.scalar(select(func.count()).select_from(Note)) == 2 * rounds
            rows = s.execute(select(CheckIn.participant_id, CheckIn.result)).all()
        assert len(rows) == 2 * rounds and sorted(results) == sorted(r for _, r in rows)
        ok = [pid for pid, result in rows if result == "ok"]
        assert len(ok) == len(set(ok)) == 4  # each person checked in once; every other scan: 'already'
    finally:
        ws.close()
        pg_server.drop(url)


CORPUS = [
    "Réunion à l'hôpital de Lyon, RDV 14h30 avec le Dr. Müller",
    "Les bus s'arrêtent à 19h — trop tôt pour le week-end!",
    "No hay transporte adaptado los fines de semana, ¿por qué?",
    "Voir https://www.example.org/aide?x=1 ou le fichier report_final.pdf, version 1.2.3",
    "我们需要更多的无障碍公交车。周末没有服务",
    "نحتاج إلى حافلات يمكن الوصول إليها، خاصة في عطلة نهاية الأسبوع",
    "«Accès» difficile: ascenseur en panne (encore) ; 3.5 km à pied",
    "ΆΛΦΑ και ωμέγα: Η πρόσβαση είναι δύσκολη",
    "Straße gesperrt – Umleitung über die Brücke; Ärzte fehlen",
    "co-operation and snake_case_word; ＦＵＬＬＷＩＤＴＨ text，comma; Привет, Мир! 🚌 bus\tand\nnewlines",
]
_WORDS = (
    "hopital HÔP rdv 14h30 müller muller arret week-end weekend fines semana example www aide org report "
    "final pdf version 1 2 3 5 km 无障碍 我们 周末 حافلات الوصول accès acces encore αλφα ΆΛΦΑ πρόσβαση "
    "strasse straße uber über arzte cooperation operation case word fullwidth ｆｕｌｌ comma привет "
    "ПРИВЕТ мир 🚌 bus newlines _ -bus"
)
# and two that hypothesis found: '_' splits words; a phrase left out is left out as a whole
QUERIES = [*_WORDS.split(), '"fines de semana"', "semana -hay", '"le week"', "bus -arret", "1:_", "1 -1:2"]


@pytest.fixture(scope="module")
def both_backends(tmp_path_factory: pytest.TempPathFactory, pg_server: PgServer | None) -> Iterator[list]:  # type: ignore[type-arg]
    """The same texts in a SQLite file and a server database."""
    from hybridhub.core.models import Contribution

    assert pg_server is not None
    url = pg_server.create()
    stores = [
        create_workspace(tmp_path_factory.mktemp("cmp") / "s.hybridhub", "S"),
        create_workspace(url, "P"),
    ]
    for ws in stores:
        with ws.transaction() as s:
            event_id = ws.event(s).id
            s.add_all(
                Contribution(event_id=event_id, channel="note", source_key=str(i), text=t)
                for i, t in enumerate(CORPUS)
            )
    yield stores
    for ws in stores:
        ws.close()
    pg_server.drop(url)


def _found(ws: object, query: str) -> list[str]:
    from hybridhub.browse.search import search_condition
    from hybridhub.core.models import Contribution

    with ws.session() as s:  # type: ignore[attr-defined]
        dialect = ws.engine.dialect.name  # type: ignore[attr-defined]
        return sorted(s.scalars(select(Contribution.source_key).where(search_condition(query, dialect))))


@pytest.mark.parametrize("query", QUERIES)
def test_search_finds_the_same_on_the_server_as_in_a_file(both_backends: list, query: str) -> None:  # type: ignore[type-arg]
    """Word beginnings, accents and case on Latin letters, punctuation splitting words (URLs, file names,
    decimals, hyphens, CJK and Arabic punctuation), phrases and exclusions: as SQLite's FTS5 finds them."""
    on_file, on_server = (_found(ws, query) for ws in both_backends)
    assert on_server == on_file


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(alphabet=st.sampled_from(list("aeiouéèüßøkrn-_\"' 公车の12.:*&|!()<>\\@")), max_size=24))
def test_any_typed_query_is_a_safe_tsquery_that_agrees_with_the_file(both_backends: list, query: str) -> None:  # type: ignore[type-arg]
    on_file, on_server = (_found(ws, query) for ws in both_backends)
    assert on_server == on_file


def test_erasure_leaves_no_trace_in_the_servers_table_files(
    pg_server: PgServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As on a file: after erasure the person's text is in no table file of the store (VACUUM FULL).
    Another user's open transaction keeps the deleted rows alive: the erasure says it could not finish,
    and running it again once that transaction has ended does. Needs a local server whose data
    directory this test may read, and CHECKPOINT rights."""
    from hybridhub.people import erase
    from hybridhub.people.erase import erase_participant
    from tests.people.test_erase import _secret_person

    monkeypatch.setattr(erase, "VACUUM_PATIENCE_S", 1.0)
    url = pg_server.create()
    ws = create_workspace(url, "Erasure on a server")
    try:
        with ws.engine.connect() as conn:
            data_dir = Path(str(conn.scalar(text("SELECT current_setting('data_directory', true)")) or ""))
            superuser = conn.scalar(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
        if not superuser or not os.access(data_dir, os.R_OK):
            pytest.skip("the server's data directory is not readable here (a remote server)")

        def files() -> bytes:
            with ws.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("CHECKPOINT"))
                paths = conn.scalars(
                    text(
                        "SELECT pg_relation_filepath(c.oid) FROM pg_class c "
                        "JOIN pg_namespace n ON n.oid = c.relnamespace "
                        "WHERE n.nspname IN ('public', 'pg_toast') "
                        "AND pg_relation_filepath(c.oid) IS NOT NULL"
                    )
                ).all()
            return b"".join(p.read_bytes() for p in (data_dir / f for f in paths) if p.exists())

        pseudonym = _secret_person(ws)
        assert b"Quixotrelle" in files()
        colleague = create_engine(url).connect()  # reading the event in a long transaction
        colleague.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
        colleague.execute(text("SELECT title FROM events")).all()
        first = erase_participant(ws, pseudonym)
        assert first.contributions == 20 and not first.compacted  # the rows are gone, not yet the bytes
        assert b"Quixotrelle" in files()
        colleague.close()
        colleague.engine.dispose()
        again = erase_participant(ws, pseudonym)
        assert again.already and again.compacted
        blob = files()
        assert b"Quixotrelle" not in blob and b"Wobblethorpe" not in blob
        assert b"a note about buses" in blob  # the others' texts are still there
    finally:
        ws.close()
        pg_server.drop(url)
