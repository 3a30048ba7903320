"""File > Open server workspace…: the dialog, the password asked again, recent server workspaces remembered
without it, and an empty database becoming a new event's store. The flows run on the test server."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from hybridhub.core.server import display_name
from hybridhub.core.workspace import create_workspace
from hybridhub.ui.context import AppContext
from hybridhub.ui.dialogs import ScriptedDialogs
from hybridhub.ui.main_window import MainWindow
from hybridhub.ui.server_dialog import ServerDialog
from hybridhub.ui.settings import Settings
from tests.backend import SERVER_URL, PgServer

needs_server = pytest.mark.skipif(
    not SERVER_URL, reason="set HYBRIDHUB_TEST_POSTGRES_URL to test on a server"
)


def test_dialog_keeps_url_and_fields_in_step_and_never_shows_the_password(qtbot: QtBot) -> None:
    dialog = ServerDialog(None, "postgresql://marie:s3cr%40t@db.example.org:5433/spring_forum")
    qtbot.addWidget(dialog)
    open_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    assert (dialog.host.text(), dialog.port.text(), dialog.database.text()) == (
        "db.example.org",
        "5433",
        "spring_forum",
    )
    assert dialog.user.text() == "marie" and dialog.password.text() == "s3cr@t"
    assert (
        dialog.url_edit.text() == "postgresql://marie@db.example.org:5433/spring_forum"
    )  # no password shown
    assert make_url(dialog.target()).password == "s3cr@t" and open_button.isEnabled()

    qtbot.keyClicks(dialog.database, "_2")
    assert dialog.url_edit.text().endswith("/spring_forum_2")
    dialog.port.clear()
    qtbot.keyClicks(dialog.port, "5432x")  # the default port, and a letter the field refuses
    assert dialog.url_edit.text() == "postgresql://marie@db.example.org/spring_forum_2"
    dialog.user.clear()
    dialog.user.textEdited.emit("")
    assert not open_button.isEnabled()  # host, database and user are needed

    empty = ServerDialog(None, "", "the server refused the password of user 'marie'")
    qtbot.addWidget(empty)
    assert not empty.buttons.button(QDialogButtonBox.StandardButton.Open).isEnabled()
    assert empty.problem.text().startswith("the server refused") and not empty.problem.isHidden()


@pytest.fixture
def server_event(pg_server: PgServer | None, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A server store with an event, and no password from the environment (so the app must ask)."""
    if pg_server is None:
        pytest.skip("set HYBRIDHUB_TEST_POSTGRES_URL to test on a server")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    url = pg_server.create()
    create_workspace(url, "Forum on the server", timezone="Europe/Paris").close()
    yield url
    pg_server.drop(url)


def _without_password(url: str) -> str:
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


@needs_server
def test_open_server_workspace_asks_again_for_a_wrong_password_and_forgets_it(
    qtbot: QtBot,
    ctx: AppContext,
    dialogs: ScriptedDialogs,
    settings: Settings,
    server_event: str,
    tmp_path: Path,
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    password = make_url(server_event).password
    wrong = make_url(server_event).set(password="not-it").render_as_string(hide_password=False)
    dialogs.answers["ask_server"] = deque([wrong, server_event])
    assert window.open_server()
    asked = [entry for entry in dialogs.shown if entry[0] == "ask_server"]
    assert len(asked) == 2 and "refused the password" in asked[1][2]
    assert asked[1][1] == _without_password(server_event)  # asked again with the fields filled in
    assert window.event_label.text() == "Forum on the server"
    assert ctx.workspace.path is None and ctx.workspace.shown in window.statusBar().currentMessage()
    assert f":{password}@" not in window.statusBar().currentMessage()

    remembered = ctx.settings.recent_workspaces[0]
    assert remembered == _without_password(server_event)
    settings.sync()
    assert f":{password}@" not in (tmp_path / "settings.ini").read_text()  # the password was not kept

    # Reopening from the recent list: the server wants the password, so the dialog asks for it.
    window.switch_to(tmp_path / "nope.hybridhub")  # (an error; the server workspace stays open)
    dialogs.answers["ask_server"] = deque([server_event])
    assert window.open_recent(remembered)
    assert dialogs.shown[-1][0] == "ask_server" and "password" in dialogs.shown[-1][2]
    assert window.event_label.text() == "Forum on the server"


@needs_server
def test_an_unreachable_server_is_named_in_the_dialog_and_cancel_keeps_the_workspace(
    qtbot: QtBot, ctx: AppContext, dialogs: ScriptedDialogs
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    before = ctx.workspace
    dialogs.answers["ask_server"] = deque(["postgresql://marie@127.0.0.1:1/forum"])  # then cancel
    assert not window.open_server()
    problem = dialogs.shown[-1][2]
    assert problem.startswith("cannot reach the database server (connection refused)")
    assert ctx.workspace is before


@needs_server
def test_an_empty_database_becomes_a_new_event(
    qtbot: QtBot, ctx: AppContext, dialogs: ScriptedDialogs, pg_server: PgServer
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    empty = pg_server.create()
    try:
        dialogs.answers.update(
            ask_server=deque([empty]), ask=deque([True]), get_text=deque(["Café des âges 2027"])
        )
        assert window.open_server()
        assert window.event_label.text() == "Café des âges 2027"
        question = next(text for kind, _title, text in dialogs.shown if kind == "ask")
        assert display_name(empty) in question and "holds no event yet" in question
    finally:
        ctx.tasks.shutdown()  # the new pages' reads hold connections until they finish
        ctx.workspace.close()
        pg_server.drop(empty)
