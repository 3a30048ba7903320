"""Upgrades from every earlier revision, with realistic rows in every table, to the head: the data
survives, the schema equals the models, secrets leave the file for the key store, texts are scrubbed,
and none of the old bytes remain in the file, its WAL or a backup."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import select, text

from hybridhub.core import keystore
from hybridhub.core.migrations.env_filters import include_name
from hybridhub.core.models import (
    Answer,
    Base,
    Contribution,
    Event,
    EventKey,
    Identity,
    ImportBatch,
    NoteDraft,
    Participant,
)
from hybridhub.core.privacy import phone_hash
from hybridhub.core.workspace import MIGRATIONS, Workspace, head_revision, open_workspace
from tests.core.old_workspace import EMAIL, NEEDLES, PHONE, build_old_workspace, file_bytes, tables_of

EARLIER = [
    r.revision for r in ScriptDirectory(str(MIGRATIONS)).walk_revisions() if r.revision != head_revision()
]
# Tables that the planted rows (of an older schema) do not fill: the sync bookkeeping of revision 0006,
# whose upgrade makes the workspace the event's first laptop (one row in laptops and sync_local).
NEW_AFTER_0005 = {
    "laptops",
    "sync_local",
    "sync_seen",
    "sync_clocks",
    "sync_tombstones",
    "sync_conflicts",
    "sync_aliases",
    "sync_exchanges",
    "sync_received",
}


# Revisions from 0005 on hold no secret and no text in clear (0005 took them out): their upgrade only
# has to keep every row and end at the models' schema.
SECRETS_INSIDE = [r for r in EARLIER if r < "0005"]


@pytest.mark.parametrize("revision", sorted(set(EARLIER) - set(SECRETS_INSIDE)))
def test_upgrade_from_a_revision_without_secrets_keeps_every_row(tmp_path: Path, revision: str) -> None:
    planted = build_old_workspace(tmp_path / "old.hybridhub", revision)
    assert set(planted.counts) == tables_of(planted.path) - NEW_AFTER_0005
    ws = open_workspace(planted.path)
    try:
        _same_rows_and_schema(ws, planted.counts)
    finally:
        ws.close()


def _same_rows_and_schema(ws: Workspace, counts: dict[str, int]) -> None:
    assert ws.revision() == head_revision()
    with ws.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_name": include_name, "compare_type": True})
        assert compare_metadata(ctx, Base.metadata) == []
        for table, count in counts.items():
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == count, table


@pytest.mark.parametrize("revision", sorted(SECRETS_INSIDE))
def test_upgrade_from_every_earlier_revision_keeps_every_row(tmp_path: Path, revision: str) -> None:
    planted = build_old_workspace(tmp_path / "old.hybridhub", revision)
    assert set(planted.counts) == tables_of(planted.path), "every table of the old schema has rows"
    raw = file_bytes(planted.path)
    assert planted.hash_key in raw and planted.private_key in raw and EMAIL.encode() in raw  # not vacuous

    ws = open_workspace(planted.path)
    try:
        _same_rows_and_schema(ws, planted.counts)
        with ws.session() as s:
            event = ws.event(s)
            assert event.title == "Vivre avec la SEP : atelier du 14.11.2026"  # a date is not a number
            assert event.venue.startswith("Maison des associations, 75011 Paris, tél. [phone …")
            assert event.hash_key_fingerprint == keystore.hash_key_fingerprint(planted.hash_key)
            names = set(s.scalars(select(Participant.display_name)))
            assert {"Élodie Müller", "张伟", "فاطمة الزهراء"} <= names
            message = s.scalars(select(Contribution).where(Contribution.channel == "whatsapp")).one()
            tag = phone_hash(planted.hash_key, PHONE)[0][:6]
            expected = rf"Écrivez-moi à \[e-mail …[0-9a-f]{{6}}\] ou appelez le \[phone …{tag}\], le bus 21"
            assert re.fullmatch(expected + " part à 10h30", message.text)
            assert message.provenance == {"line": 4, "chat": f"Chat with [phone …{tag}]"}
            assert message.source_key != "m:" + "e" * 40 and message.source_key.startswith("m:")
            assert message.thread_key is not None and message.thread_key.startswith("k:")
            answer = s.scalars(select(Answer)).one()
            assert answer.transcription == answer.value and "[phone …" in (answer.transcription or "")
            assert "[e-mail …" in s.scalars(select(ImportBatch.errors)).one()[0]
            assert s.scalars(select(Identity.key).where(Identity.channel == "table")).one().startswith("k:")
            key_row = s.scalars(select(EventKey)).one()
            assert key_row.signs_here and key_row.active
            if "note_drafts" in planted.counts:
                assert "[phone …" in s.scalars(select(NoteDraft.text)).one()
            hits = s.execute(
                text("SELECT rowid FROM contributions_fts WHERE contributions_fts MATCH 'taxis'")
            )
            assert len(hits.all()) == 1  # the index was rebuilt from the scrubbed texts
            for word in ("example", "dupont", "asso"):
                found = s.execute(
                    text("SELECT rowid FROM contributions_fts WHERE contributions_fts MATCH :w"), {"w": word}
                )
                assert found.all() == [], word
        assert keystore.read_hash_key(planted.event_uid) == planted.hash_key
        assert keystore.read_signing_key(planted.event_uid, 1) == planted.private_key
    finally:
        ws.close()

    raw = file_bytes(planted.path)
    for needle in [*NEEDLES, planted.hash_key, planted.private_key]:
        assert needle not in raw, needle
    assert list(tmp_path.glob("*.bak")) == [], "the backup held the secrets in clear"


def test_an_upgraded_workspace_still_signs_and_matches_phone_numbers(tmp_path: Path) -> None:
    from hybridhub.checkin.keys import signing_key

    planted = build_old_workspace(tmp_path / "old.hybridhub", "0004")
    ws = open_workspace(planted.path)
    try:
        with ws.transaction() as s:
            event = ws.event(s)
            assert signing_key(s, event).private == planted.private_key
            s.add(Contribution(event_id=event.id, channel="note", source_key="n9", text=f"encore {PHONE}"))
        with ws.session() as s:
            texts = list(s.scalars(select(Contribution.text).where(Contribution.source_key.in_(["n9"]))))
            whatsapp = s.scalars(select(Contribution.text).where(Contribution.channel == "whatsapp")).one()
        tag = re.search(r"\[phone …[0-9a-f]{6}\]", whatsapp)
        assert tag is not None and texts == [f"encore {tag.group(0)}"]  # same number, same placeholder
    finally:
        ws.close()


def test_a_key_store_holding_another_key_for_the_event_stops_the_upgrade_untouched(tmp_path: Path) -> None:
    planted = build_old_workspace(tmp_path / "old.hybridhub", "0004")
    keystore.store_hash_key(planted.event_uid, bytes(32))
    before = sqlite3.connect(planted.path).execute("SELECT version_num FROM alembic_version").fetchone()
    with pytest.raises(Exception, match="another hash key"):
        open_workspace(planted.path)
    con = sqlite3.connect(planted.path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == before == ("0004",)
    assert con.execute("SELECT hash_key FROM events").fetchone()[0] == planted.hash_key
    assert list(tmp_path.glob("*.bak")), "a failed upgrade keeps its backup"


def test_newer_event_rows_need_no_migration(tmp_path: Path) -> None:
    """Sanity of the fixture itself: a workspace built at the head has its keys outside already."""
    planted = build_old_workspace(tmp_path / "new.hybridhub", head_revision())
    assert planted.hash_key not in file_bytes(planted.path)
    ws = open_workspace(planted.path)
    try:
        with ws.session() as s:
            assert s.scalars(select(Event.hash_key_fingerprint)).one() == keystore.hash_key_fingerprint(
                planted.hash_key
            )
    finally:
        ws.close()
