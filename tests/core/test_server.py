"""Server workspace targets, without a server: URLs survive as text, passwords are never shown or kept,
and the server's errors read as one line a user can act on."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from hybridhub.cli.common import add_workspace_arg, workspace_target
from hybridhub.core.errors import ConcurrentChangeError
from hybridhub.core.server import (
    PasswordError,
    ServerAddress,
    as_user_error,
    connection_error,
    display_name,
    hide_password,
    is_race,
    parse_target,
    server_url,
)


def test_a_url_stays_a_url_and_a_path_a_path(monkeypatch: pytest.MonkeyPatch) -> None:
    import argparse

    assert (
        parse_target("postgresql://marie@db.example.org/forum") == "postgresql://marie@db.example.org/forum"
    )
    assert parse_target(" postgresql+psycopg://m@h:5433/f ") == "postgresql+psycopg://m@h:5433/f"
    assert parse_target("forum.hybridhub") == Path("forum.hybridhub")
    assert parse_target("~/x.hybridhub") == Path.home() / "x.hybridhub"
    parser = argparse.ArgumentParser()
    add_workspace_arg(parser)
    args = parser.parse_args(["-w", "postgresql://marie@db.example.org/forum"])
    assert workspace_target(args) == "postgresql://marie@db.example.org/forum"  # `//` not mangled by Path
    monkeypatch.setenv("HYBRIDHUB_WORKSPACE", "postgresql://staff@db/spring")
    assert workspace_target(parser.parse_args([])) == "postgresql://staff@db/spring"
    assert server_url("postgresql://staff@db/spring").drivername == "postgresql+psycopg"


def test_passwords_are_never_shown_nor_remembered() -> None:
    url = "postgresql+psycopg://marie:pa%40ss:w0rd@db.example.org:5433/forum"
    assert hide_password(url) == "postgresql+psycopg://marie@db.example.org:5433/forum"
    assert display_name(url) == "postgresql://marie@db.example.org:5433/forum"
    assert hide_password(Path("/x/y.hybridhub")) == "/x/y.hybridhub"
    address = ServerAddress.parse(url)
    assert address is not None and address.password == "pa@ss:w0rd" and address.port == 5433
    assert address.url(with_password=False) == "postgresql://marie@db.example.org:5433/forum"
    assert ServerAddress.parse(address.url(with_password=True)) == address  # escaped and read back


def _failed(message: str) -> OperationalError:
    import psycopg

    return OperationalError("connect", {}, psycopg.OperationalError(message))


@pytest.mark.parametrize(
    ("message", "expected", "kind"),
    [
        (
            'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  password '
            'authentication failed for user "marie"',
            "the server refused the password of user 'marie'",
            PasswordError,
        ),
        (
            'connection failed: connection to server at "10.0.0.5", port 5432 failed: fe_sendauth: '
            "no password supplied",
            "the server asks for a password",
            PasswordError,
        ),
        (
            'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  database '
            '"forum" does not exist',
            "there is no database 'forum' on the server",
            None,
        ),
        (
            'connection failed: connection to server at "10.0.0.5", port 5433 failed: Connection '
            "refused\n\tIs the server running on that host and accepting TCP/IP connections?",
            "cannot reach the database server (connection refused)",
            None,
        ),
        (
            "failed to resolve host 'db.example.invalid': [Errno -2] Name or service not known",
            "cannot find the database server (unknown host name)",
            None,
        ),
        ('something new: FATAL:  too many connections for role "marie"', "too many connections", None),
    ],
)
def test_connection_errors_read_as_one_line(message: str, expected: str, kind: type | None) -> None:
    shown = "postgresql://marie@10.0.0.5/forum"
    found = connection_error(_failed(message), shown)
    line = found.describe()
    assert expected in line and line.startswith(shown + ": ") and "\n" not in line
    if kind is not None:
        assert isinstance(found, kind)


def test_a_lost_race_is_a_user_error_and_other_database_errors_stay_bugs() -> None:
    import psycopg

    race = OperationalError("UPDATE", {}, psycopg.errors.SerializationFailure("could not serialize access"))
    assert is_race(race) and isinstance(as_user_error(race), ConcurrentChangeError)
    bug = OperationalError("SELECT", {}, psycopg.errors.SyntaxError("syntax error"))
    assert not is_race(bug) and as_user_error(bug) is None
    lost = _failed("server closed the connection unexpectedly")
    found = as_user_error(lost, "postgresql://m@h/f")
    assert found is not None and "lost the database server" in found.describe()
    import sqlite3

    locked = OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked"))
    assert as_user_error(locked) is None  # a file's trouble, not a lost server
