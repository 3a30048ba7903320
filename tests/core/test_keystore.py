"""The event's secrets live in the user's key store, never in the workspace file; key files carry them
to another laptop under a passphrase; a laptop without them reads everything and signs nothing."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from hybridhub.checkin.keys import make_door_copy, signing_key
from hybridhub.checkin.registrations import ColumnMapping, import_registrations
from hybridhub.checkin.tables import read_table
from hybridhub.cli import main
from hybridhub.core import keystore
from hybridhub.core.errors import MissingKeyError, UserError, WorkspaceError
from hybridhub.core.event_secrets import hash_key
from hybridhub.core.key_exchange import export_keys, import_keys
from hybridhub.core.keyfile import KeySet, key_file_event, read_key_file, write_key_file
from hybridhub.core.models import Contribution, EventKey
from hybridhub.core.workspace import Workspace, create_workspace, open_workspace
from hybridhub.importers.store import import_file
from tests.backend import Stores, stored_bytes
from tests.core.old_workspace import file_bytes

DATA = Path(__file__).parents[1] / "data"
WHATSAPP = DATA / "whatsapp" / "WhatsApp Chat with Town Hall.txt"
PASS = "correct horse battery"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _secrets(ws: Workspace) -> tuple[str, bytes, bytes]:
    with ws.transaction() as s:
        event = ws.event(s)
        private = signing_key(s, event).private  # the first registration makes the key
        return event.uid, hash_key(event), private


def test_secrets_are_in_the_key_store_owner_only_and_never_in_the_file(workspace: Workspace) -> None:
    uid, key, private = _secrets(workspace)
    store = keystore.keystore_dir()
    event_dir = store / "events" / uid
    assert (event_dir / "hash.key").read_bytes() == key
    assert (event_dir / "signing-1.key").read_bytes() == private
    if os.name == "posix":
        for folder in (store, store / "events", event_dir):
            assert _mode(folder) == 0o700, folder
        for secret in event_dir.iterdir():
            assert _mode(secret) == 0o600, secret
    raw = stored_bytes(workspace)  # the file, or every row on a server
    assert key not in raw and private not in raw


def test_a_key_is_never_replaced_silently(tmp_path: Path) -> None:
    keystore.store_hash_key("event-a", b"k" * 32)
    keystore.store_hash_key("event-a", b"k" * 32)  # the same again is fine
    with pytest.raises(keystore.KeyMismatchError, match="another hash key"):
        keystore.store_hash_key("event-a", b"x" * 32)
    assert keystore.read_hash_key("event-a") == b"k" * 32


@pytest.mark.parametrize("uid", ["../escape", "..", "a/b", "", "x" * 200, ".hidden"])
def test_a_hostile_uid_cannot_choose_a_path(uid: str) -> None:
    with pytest.raises(UserError, match="cannot name a key"):
        keystore.store_signing_key(uid, 1, b"p" * 32)


def test_key_file_round_trip_and_refusals(tmp_path: Path) -> None:
    path = tmp_path / "event.keys"
    keys = KeySet(
        "0190a5c2-aaaa", "Forum santé", b"h" * 32, {1: b"a" * 32, 3: b"b" * 32}, {"lap-1": b"l" * 32}
    )
    write_key_file(path, keys, PASS)
    if os.name == "posix":
        assert _mode(path) == 0o600
    text = path.read_text()
    assert "Forum" not in text and b"h" * 32 not in path.read_bytes()  # the title and keys are sealed
    assert key_file_event(path) == "0190a5c2-aaaa"
    assert read_key_file(path, PASS) == keys
    with pytest.raises(UserError, match="wrong passphrase"):
        read_key_file(path, "not the passphrase")
    document = json.loads(text)
    document["event"] = "0190a5c2-bbbb"  # the header is bound to the sealed content
    path.write_text(json.dumps(document))
    with pytest.raises(UserError, match="wrong passphrase, or the key file was changed"):
        read_key_file(path, PASS)
    document["kdf"]["n"] = 2**30  # a hostile file cannot make us allocate gigabytes
    path.write_text(json.dumps(document))
    with pytest.raises(UserError, match=r"unusable setting|too much memory"):
        read_key_file(path, PASS)
    path.write_text("not json at all")
    with pytest.raises(UserError, match="not a HybridHub key file"):
        read_key_file(path, PASS)
    with pytest.raises(UserError, match="at least 8 characters"):
        write_key_file(tmp_path / "short.keys", keys, "short")


def test_a_copied_file_alone_reads_but_cannot_sign_nor_hash(
    workspace: Workspace, stores: Stores, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with workspace.transaction() as s:
        event = ws_event = workspace.event(s)
        signing_key(s, ws_event)
        s.add(Contribution(event_id=event.id, channel="note", source_key="n1", text="Bus at 10:30"))
    workspace.close()
    copy = stores.copy(workspace.target, "copy.hybridhub")  # a copied file (or database)
    monkeypatch.setenv("HYBRIDHUB_KEYSTORE", str(tmp_path / "other-keys"))  # another laptop
    ws = open_workspace(copy)  # opens, reads, reports
    try:
        with ws.session() as s:
            assert s.scalars(select(Contribution.text)).all() == ["Bus at 10:30"]
        with pytest.raises(MissingKeyError, match="Test workshop") as caught:
            import_file(ws, WHATSAPP)
        assert "hybridhub keys import" in caught.value.describe()
        with ws.session() as s:
            assert s.scalars(select(Contribution.text)).all() == ["Bus at 10:30"]  # nothing half-written
        listing = tmp_path / "people.csv"
        listing.write_text("name,email\nAnna Weber,anna@example.org\n", encoding="utf-8")
        with pytest.raises(MissingKeyError, match="cannot sign badge codes"), ws.transaction() as s:
            table = read_table(listing)
            import_registrations(s, ws.event(s), listing, ColumnMapping({"name": "name"}), table=table)
    finally:
        ws.close()


def test_keys_move_to_another_laptop_with_a_key_file(
    workspace: Workspace, stores: Stores, tmp_path: Path
) -> None:
    uid, key, private = _secrets(workspace)
    full, door = tmp_path / "full.keys", tmp_path / "door.keys"
    assert export_keys(workspace, full, PASS).signing == [1]
    assert export_keys(workspace, door, PASS, signing=False).signing == []
    workspace.close()
    copy = stores.copy(workspace.target, "copy.hybridhub")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HYBRIDHUB_KEYSTORE", str(tmp_path / "laptop-2"))
        ws = open_workspace(copy)
        with pytest.raises(UserError, match="wrong passphrase"):
            import_keys(ws, door, "another passphrase")
        assert import_keys(ws, door, PASS).hash_key
        assert keystore.read_hash_key(uid) == key and keystore.read_signing_key(uid, 1) is None
        import_file(ws, WHATSAPP)  # phone numbers can be hashed now
        with pytest.raises(MissingKeyError), ws.transaction() as s:
            signing_key(s, ws.event(s))
        import_keys(ws, full, PASS)
        with ws.transaction() as s:
            assert signing_key(s, ws.event(s)).private == private
        ws.close()


def test_a_key_file_of_another_event_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    other = create_workspace(tmp_path / "other.hybridhub", "Another event")
    path = tmp_path / "other.keys"
    export_keys(other, path, PASS)
    other.close()
    with pytest.raises(UserError, match="for another event"):
        import_keys(workspace, path, PASS)


def test_a_key_store_with_another_hash_key_for_the_event_is_noticed(workspace: Workspace) -> None:
    with workspace.session() as s:
        event = workspace.event(s)
        (keystore.keystore_dir() / "events" / event.uid / "hash.key").write_bytes(b"z" * 32)
        with pytest.raises(WorkspaceError, match="does not belong to this workspace"):
            hash_key(event)


def test_door_copy_never_signs_even_where_the_key_store_has_the_keys(
    workspace: Workspace, tmp_path: Path
) -> None:
    _uid, _key, private = _secrets(workspace)
    door = tmp_path / "door.hybridhub"
    assert make_door_copy(workspace.target, door) == 1  # from a file, or a server store
    assert private not in file_bytes(door)
    ws = open_workspace(door)
    try:
        with ws.session() as s:
            assert s.scalars(select(EventKey.signs_here)).all() == [False]
        with pytest.raises(UserError, match="only the public keys"), ws.transaction() as s:
            signing_key(s, ws.event(s))
    finally:
        ws.close()


def test_cli_keys_export_import_and_status(
    workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _secrets(workspace)
    ws_path = str(workspace.target)  # a file, or a server store
    workspace.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")
    out = tmp_path / "event.keys"
    assert main(["keys", "export", "-w", ws_path, "-o", str(out), "--passphrase-file", str(secret)]) == 0
    assert "signing keys 1" in capsys.readouterr().out
    assert main(["keys", "export", "-w", ws_path, "-o", str(out), "--passphrase-file", str(secret)]) == 2
    assert "already exists" in capsys.readouterr().err
    monkeypatch.setenv("HYBRIDHUB_KEYSTORE", str(tmp_path / "laptop-2"))
    assert main(["keys", "status", "-w", ws_path, "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["hash_key"] is False and status["signing"][0]["private_here"] is False
    monkeypatch.setenv("HYBRIDHUB_KEY_PASSPHRASE", "a wrong passphrase")
    assert main(["keys", "import", str(out), "-w", ws_path]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "wrong passphrase" in err
    monkeypatch.setenv("HYBRIDHUB_KEY_PASSPHRASE", PASS)
    assert main(["keys", "import", str(out), "-w", ws_path]) == 0
    assert main(["keys", "status", "-w", ws_path]) == 0
    shown = capsys.readouterr().out
    assert "hash key: here" in shown and "signs here" in shown
