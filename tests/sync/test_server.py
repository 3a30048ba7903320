"""Push and pull to an organisation's server: the same merge as bundles, straight between databases.
Runs on a SQLite URL always, and on PostgreSQL when HYBRIDHUB_TEST_POSTGRES_URL names a server
(in a new empty database of the run)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hybridhub.analysis.stats import workspace_stats
from hybridhub.checkin.desk import Desk
from hybridhub.cli import main
from hybridhub.core.workspace import Workspace, open_workspace
from hybridhub.notes.capture import NoteInput, add_note
from hybridhub.sync.server import pull, push
from tests.backend import SERVER_URL, PgServer
from tests.sync.helpers import Laptops, differences, dump


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param("postgresql", marks=pytest.mark.skipif(not SERVER_URL, reason="no PG server")),
    ]
)
def server_url(request: pytest.FixtureRequest, tmp_path: Path, pg_server: PgServer | None) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    assert pg_server is not None
    url = pg_server.create()  # an empty database of its own
    yield url
    pg_server.drop(url)


def _stats(ws: Workspace) -> dict[str, object]:
    with ws.session() as s:
        return workspace_stats(s, ws.event(s))


def test_push_into_an_empty_database_creates_the_event(tmp_path: Path, server_url: str) -> None:
    lap = Laptops(tmp_path, "Table 2")
    try:
        with lap["Table 2"].transaction() as s:
            add_note(s, lap["Table 2"].event(s).id, NoteInput("Rampes à la gare #accès", voices=5))
        Desk(lap["Table 2"], "Table 2").walk_in(name="Amira Haddad")
        first = push(lap["Table 2"], server_url)
        assert first.added > 0 and first.conflicts == 0
        server = open_workspace(server_url)
        try:
            assert _stats(server) == _stats(lap["Table 2"])
        finally:
            server.close()
        again = push(lap["Table 2"], server_url)
        assert (again.added, again.updated) == (0, 0) and again.already > 0
        # The organiser, offline until now, pulls: it gets the table's notes through the server.
        result = pull(lap["org"], server_url)
        assert result.added > 0
        assert _stats(lap["org"]) == _stats(lap["Table 2"])
        push(lap["org"], server_url)
        pull(lap["Table 2"], server_url)
        server = open_workspace(server_url)
        try:
            assert differences(dump(server), dump(lap["org"])) == []
            assert differences(dump(lap["Table 2"]), dump(lap["org"])) == []
        finally:
            server.close()
    finally:
        lap.close()


def test_push_of_another_event_is_refused(
    tmp_path: Path, server_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    one = Laptops(tmp_path / "one", "Table 2")
    two = Laptops(tmp_path / "two", "Table 2", title="Another workshop")
    try:
        push(one["Table 2"], server_url)
        code = main(["sync", "push", "-w", str(two["Table 2"].path), "--to", server_url])
        err = capsys.readouterr().err
        assert code == 2 and "another event ('Forum on buses')" in err and err.count("\n") == 1
    finally:
        one.close()
        two.close()


def test_a_pull_right_after_a_push_changes_nothing(tmp_path: Path, server_url: str) -> None:
    from hybridhub.demo.builder import build_demo

    build_demo(tmp_path / "demo.hybridhub")  # answers without a value (a JSON null) among its rows
    ws = open_workspace(tmp_path / "demo.hybridhub")
    try:
        assert push(ws, server_url).added > 0
        back = pull(ws, server_url)
        assert (back.added, back.updated, back.conflicts) == (0, 0, 0)
    finally:
        ws.close()
