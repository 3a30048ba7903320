"""Secrets leave the file; phone numbers and e-mail addresses inside texts become placeholders;
erased participants leave a tombstone.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

- The event's hash key and the private halves of its signing keys move to the user's key store
  (hybridhub.core.keystore); the file keeps a fingerprint of the hash key and, per signing key, whether
  this copy signs (`signs_here`).
- Texts that can hold what people wrote are rewritten with the scrubber (hybridhub.core.scrub), and
  the full-text index is rebuilt from them.
- `erasures` remembers who was erased (uid and pseudonym only).
The workspace compacts the file after the upgrade (hybridhub.core.workspace), so the old bytes are
gone from the file and its WAL, not only from the tables.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

import hybridhub.core.models.base
from hybridhub.core import keystore
from hybridhub.core.errors import WorkspaceError
from hybridhub.core.scrub import Scrubber

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None
# The workspace removes the backups made before this revision once the upgrade succeeded: they hold
# the secrets and texts this revision takes out of the file.
REMOVES_CLEAR_DATA = True

# The texts this revision scrubs, as the schema is at 0005: table -> (key, text columns, JSON columns).
_TEXTS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "contributions": ("id", ("text",), ("provenance",)),
    "answers": ("id", ("transcription",), ("value",)),
    "note_drafts": ("device", ("text",), ()),
    "notes": ("id", ("speaker_group",), ()),
    "import_batches": ("id", ("file_name",), ("errors",)),
    "checkins": ("id", ("raw_input",), ()),
    "participants": ("id", ("display_name", "organisation"), ("attributes",)),
    "identities": ("id", ("display",), ()),
    "registrations": ("id", (), ("source",)),
    "sheets": ("id", (), ("source",)),
    "unidentified_pages": ("id", ("file_name", "reason"), ()),
    "events": ("id", ("purpose_who", "purpose_what", "purpose_why", "venue"), ()),
    "themes": ("id", ("description",), ()),
    "tallies": ("id", ("question",), ()),
}


def _move_secrets(conn: sa.Connection) -> dict[int, bytes]:
    """Store every event's secrets in the key store; returns the hash keys by event id."""
    keys: dict[int, bytes] = {}
    uids: dict[int, str] = {}
    for event_id, uid, key in conn.execute(sa.text("SELECT id, uid, hash_key FROM events")):
        key = bytes(key)
        try:
            keystore.store_hash_key(uid, key)
        except keystore.KeyMismatchError as exc:
            raise WorkspaceError(
                f"the key store already holds another hash key for event {uid}; nothing was changed",
                hint="this workspace is not the one those keys were made for",
            ) from exc
        keys[event_id], uids[event_id] = key, uid
        conn.execute(
            sa.text("UPDATE events SET hash_key_fingerprint = :f WHERE id = :id"),
            {"f": keystore.hash_key_fingerprint(key), "id": event_id},
        )
    rows = conn.execute(
        sa.text("SELECT id, event_id, key_id, private_key FROM event_keys WHERE private_key IS NOT NULL")
    )
    for row_id, event_id, key_id, private in rows.all():
        keystore.store_signing_key(uids[event_id], key_id, bytes(private))
        conn.execute(
            sa.text("UPDATE event_keys SET signs_here = :t WHERE id = :id"), {"t": True, "id": row_id}
        )
    return keys


def _scrub_row(
    row: Any, texts: tuple[str, ...], values: tuple[str, ...], scrubber: Scrubber
) -> dict[str, Any]:
    changed: dict[str, Any] = {}
    for i, name in enumerate(texts):
        old = row[2 + i]
        if isinstance(old, str) and (new := scrubber.text(old)) != old:
            changed[name] = new
    for i, name in enumerate(values):
        old = row[2 + len(texts) + i]
        if (new_value := scrubber.value(old)) is not old:
            changed[name] = new_value
    return changed


def _scrub_table(conn: sa.Connection, table: str, scrubbers: dict[int | None, Scrubber]) -> None:
    pk, texts, values = _TEXTS[table]
    has_event = "event_id" in {c["name"] for c in sa.inspect(conn).get_columns(table)}
    event_col = "id" if table == "events" else "event_id" if has_event else "NULL"
    columns = ", ".join((*texts, *values))
    query = sa.text(f"SELECT {pk}, {event_col}, {columns} FROM {table}")
    rows = conn.execute(query.columns(**dict.fromkeys(values, sa.JSON))).all()
    for row in rows:
        changed = _scrub_row(row, texts, values, scrubbers.get(row[1]) or scrubbers[None])
        if changed:
            sets = ", ".join(f"{name} = :{name}" for name in changed)
            statement = sa.text(f"UPDATE {table} SET {sets} WHERE {pk} = :pk").bindparams(
                *(sa.bindparam(name, type_=sa.JSON) for name in changed if name in values)
            )
            conn.execute(statement, {**changed, "pk": row[0]})


def _scrub_identity_keys(conn: sa.Connection, scrubbers: dict[int | None, Scrubber]) -> None:
    """Match keys made from a source's own id or a name that held an address or a number
    ('id:marie@…') keep matching on a keyed hash instead (`Scrubber.stable_key`), as the importers
    now make them."""
    rows = conn.execute(
        sa.text(
            "SELECT id, event_id, key FROM identities WHERE key NOT LIKE 'tel:%' AND key NOT LIKE 'mail:%'"
        )
    ).all()
    for row_id, event_id, key in rows:
        new = (scrubbers.get(event_id) or scrubbers[None]).stable_key(key)
        if new != key:
            conn.execute(sa.text("UPDATE identities SET key = :k WHERE id = :id"), {"k": new, "id": row_id})


def _protect_message_keys(conn: sa.Connection, scrubbers: dict[int | None, Scrubber]) -> None:
    """Imported messages' keys as the importers now store them (`Scrubber.key`): keyed hashes, so that
    a key can no longer be brute-forced back to the phone number of its author or in its text."""
    rows = conn.execute(
        sa.text("SELECT id, event_id, source_key, thread_key FROM contributions WHERE batch_id IS NOT NULL")
    ).all()
    for row_id, event_id, source_key, thread_key in rows:
        scrubber = scrubbers.get(event_id) or scrubbers[None]
        new_source = scrubber.stable_key(source_key)
        new_thread = scrubber.stable_key(thread_key) if thread_key else thread_key
        if new_source != source_key or new_thread != thread_key:
            conn.execute(
                sa.text("UPDATE contributions SET source_key = :s, thread_key = :t WHERE id = :id"),
                {"s": new_source, "t": new_thread, "id": row_id},
            )


def upgrade() -> None:
    conn = op.get_bind()
    op.create_table(
        "erasures",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("participant_uid", sa.String(length=36), nullable=False),
        sa.Column("pseudonym", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_erasures_event_id_events"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasures")),
        sa.UniqueConstraint("participant_uid", name=op.f("uq_erasures_participant_uid")),
        sa.UniqueConstraint("uid", name=op.f("uq_erasures_uid")),
    )
    op.create_index(op.f("ix_erasures_event_id"), "erasures", ["event_id"], unique=False)
    op.create_index(op.f("ix_erasures_pseudonym"), "erasures", ["pseudonym"], unique=False)
    op.add_column(
        "events", sa.Column("hash_key_fingerprint", sa.String(length=64), nullable=False, server_default="")
    )
    op.add_column(
        "event_keys", sa.Column("signs_here", sa.Boolean(), nullable=False, server_default=sa.false())
    )

    keys = _move_secrets(conn)
    scrubbers: dict[int | None, Scrubber] = {event_id: Scrubber(key) for event_id, key in keys.items()}
    scrubbers[None] = scrubbers[min(keys)] if keys else Scrubber(None)
    for table in _TEXTS:
        _scrub_table(conn, table, scrubbers)
    _scrub_identity_keys(conn, scrubbers)
    _protect_message_keys(conn, scrubbers)

    # SQLite >= 3.35 drops a plain column in place; with secure_delete on, the old bytes are zeroed.
    op.drop_column("events", "hash_key")
    op.drop_column("event_keys", "private_key")
    if conn.dialect.name == "sqlite":
        op.execute("INSERT INTO contributions_fts(contributions_fts) VALUES ('rebuild')")


def downgrade() -> None:
    """Put the secrets back into the file from this user's key store (texts stay scrubbed: the clear
    text is gone for good)."""
    conn = op.get_bind()
    op.add_column(
        "events", sa.Column("hash_key", sa.LargeBinary(length=32), nullable=False, server_default="")
    )
    op.add_column("event_keys", sa.Column("private_key", sa.LargeBinary(length=32), nullable=True))
    uids: dict[int, str] = {row[0]: row[1] for row in conn.execute(sa.text("SELECT id, uid FROM events"))}
    for event_id, uid in uids.items():
        key = keystore.read_hash_key(uid)
        if key is None:
            raise WorkspaceError(f"the hash key of event {uid} is not in the key store; cannot downgrade")
        conn.execute(sa.text("UPDATE events SET hash_key = :k WHERE id = :id"), {"k": key, "id": event_id})
    rows = conn.execute(sa.text("SELECT id, event_id, key_id FROM event_keys WHERE signs_here")).all()
    for row_id, event_id, key_id in rows:
        private = keystore.read_signing_key(uids[event_id], key_id)
        conn.execute(
            sa.text("UPDATE event_keys SET private_key = :p WHERE id = :id"), {"p": private, "id": row_id}
        )
    op.drop_column("event_keys", "signs_here")
    op.drop_column("events", "hash_key_fingerprint")
    op.drop_index(op.f("ix_erasures_pseudonym"), table_name="erasures")
    op.drop_index(op.f("ix_erasures_event_id"), table_name="erasures")
    op.drop_table("erasures")
