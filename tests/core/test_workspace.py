from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from hybridhub.core.errors import WorkspaceError
from hybridhub.core.migrations.env_filters import include_name
from hybridhub.core.models import Base, Contribution, Participant
from hybridhub.core.workspace import Workspace, create_workspace, head_revision, open_workspace
from tests.backend import Stores, engine_of, search_hits, sqlite_only


def test_create_then_reopen_keeps_the_event(stores: Stores) -> None:
    path = stores.new("w.hybridhub")
    create_workspace(path, "  Spring forum ", timezone="Europe/Berlin").close()
    ws = open_workspace(path)
    with ws.session() as s:
        event = ws.event(s)
        assert event.title == "Spring forum"
        assert event.timezone == "Europe/Berlin"
        assert len(event.hash_key_fingerprint) == 64  # the key itself is in the key store
        assert len(event.uid) == 36 and event.created_at.tzinfo is not None
    assert ws.revision() == head_revision()
    ws.close()


@sqlite_only("the pragmas of SQLite connections")
def test_pragmas_are_set_on_every_connection(workspace: Workspace) -> None:
    with workspace.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        assert conn.execute(text("PRAGMA secure_delete")).scalar() == 1


def test_migrations_build_exactly_the_models(workspace: Workspace) -> None:
    with workspace.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_name": include_name, "compare_type": True})
        assert compare_metadata(ctx, Base.metadata) == []


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "w.hybridhub"
    path.write_text("precious")
    with pytest.raises(WorkspaceError, match="already exists"):
        create_workspace(path, "X")
    assert path.read_text() == "precious"


def test_open_missing_and_foreign_files_fail_clearly(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="no workspace here"):
        open_workspace(tmp_path / "nope.hybridhub")
    bogus = tmp_path / "notes.txt"
    bogus.write_text("just some text, long enough to have a header")
    with pytest.raises(WorkspaceError, match="not a HybridHub workspace"):
        open_workspace(bogus)


def test_newer_workspace_is_refused_untouched(stores: Stores, tmp_path: Path) -> None:
    path = stores.new("new.hybridhub")
    ws = create_workspace(path, "Future")
    with ws.engine.begin() as conn:
        conn.execute(text("update alembic_version set version_num='9999'"))
    ws.close()
    with pytest.raises(WorkspaceError, match="newer HybridHub"):
        open_workspace(path)
    assert not list(tmp_path.glob("*.bak"))
    engine = engine_of(path)  # the store is as it was: still at the newer revision
    with engine.connect() as conn:
        assert conn.execute(text("select version_num from alembic_version")).scalar() == "9999"
    engine.dispose()


def test_transaction_rolls_back_everything_on_error(workspace: Workspace) -> None:
    with pytest.raises(RuntimeError), workspace.transaction() as s:
        s.add(Participant(event_id=workspace.event(s).id, display_name="Half"))
        s.flush()
        raise RuntimeError("boom")
    with workspace.session() as s:
        assert s.scalars(select(Participant)).all() == []


def test_search_index_follows_insert_edit_and_delete(workspace: Workspace) -> None:
    def hits(word: str) -> int:
        return len(search_hits(workspace, word))

    with workspace.transaction() as s:
        c = Contribution(
            event_id=workspace.event(s).id, channel="note", source_key="n1", text="Réunion à l'hôpital"
        )
        s.add(c)
    assert hits("hopital") == 1 and hits("REUNION") == 1  # accent- and case-insensitive
    with workspace.transaction() as s:
        s.get(Contribution, c.id).text = "Parking"
    assert hits("hopital") == 0 and hits("parking") == 1
    with workspace.transaction() as s:
        s.delete(s.get(Contribution, c.id))
    assert hits("parking") == 0


def test_workspace_as_context_manager_closes_even_on_error(tmp_path: Path) -> None:
    path = tmp_path / "w.hybridhub"
    create_workspace(path, "Forum").close()
    with pytest.raises(RuntimeError), open_workspace(path) as ws:
        with ws.session() as s:
            assert ws.event(s).title == "Forum"
        assert ws.engine.pool.checkedin() == 1  # the session's connection, pooled for reuse
        raise RuntimeError("boom")
    assert ws.engine.pool.checkedin() == 0  # closed: the pool was disposed


def test_the_quick_head_read_from_the_files_is_alembics_head(tmp_path: Path) -> None:
    """Opening an up-to-date workspace skips importing Alembic; it must agree with Alembic on the head."""
    from hybridhub.core.workspace import head_revision, shipped_head

    assert shipped_head() == head_revision()
    ws = create_workspace(tmp_path / "w.hybridhub", "W")
    assert ws.revision() == head_revision()
    ws.close()
