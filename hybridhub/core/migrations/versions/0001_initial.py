"""Initial schema: event, sessions, people, contributions, check-in, paper forms, themes, tallies.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 09:23:56.463892
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import hybridhub.core.models.base

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "events",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("purpose_who", sa.Text(), nullable=False),
        sa.Column("purpose_what", sa.Text(), nullable=False),
        sa.Column("purpose_why", sa.Text(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("venue", sa.String(length=300), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("hash_key", sa.LargeBinary(length=32), nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        sa.UniqueConstraint("uid", name=op.f("uq_events_uid")),
    )
    op.create_table(
        "form_templates",
        sa.Column("form_key", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("definition", sa.JSON(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_form_templates")),
        sa.UniqueConstraint("form_key", "version", name="uq_form_templates_key_version"),
        sa.UniqueConstraint("uid", name=op.f("uq_form_templates_uid")),
    )
    op.create_table(
        "mapping_presets",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("definition", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mapping_presets")),
        sa.UniqueConstraint("kind", "name", name="uq_mapping_presets_kind_name"),
        sa.UniqueConstraint("uid", name=op.f("uq_mapping_presets_uid")),
    )
    op.create_table(
        "event_keys",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("key_id", sa.Integer(), nullable=False),
        sa.Column("public_key", sa.LargeBinary(length=32), nullable=False),
        sa.Column("private_key", sa.LargeBinary(length=32), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_keys_event_id_events"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_keys")),
        sa.UniqueConstraint("uid", name=op.f("uq_event_keys_uid")),
    )
    with op.batch_alter_table("event_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_keys_event_id"), ["event_id"], unique=False)

    op.create_table(
        "import_batches",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(length=32), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("parser_version", sa.String(length=16), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("duplicates", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("new_participants", sa.Integer(), nullable=False),
        sa.Column("errors", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_import_batches_event_id_events"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
        sa.UniqueConstraint("uid", name=op.f("uq_import_batches_uid")),
    )
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_batches_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_import_batches_sha256"), ["sha256"], unique=False)

    op.create_table(
        "participants",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("pseudonym", sa.String(length=16), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=True),
        sa.Column("organisation", sa.String(length=200), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("region", sa.String(length=100), nullable=True),
        sa.Column("age_band", sa.String(length=16), nullable=True),
        sa.Column("internet_access", sa.String(length=8), nullable=True),
        sa.Column("attributes", sa.JSON(), nullable=False),
        sa.Column("consent_quote", sa.Boolean(), nullable=True),
        sa.Column("consent_contact", sa.Boolean(), nullable=True),
        sa.Column("consent_name", sa.Boolean(), nullable=True),
        sa.Column("badge_number", sa.Integer(), nullable=True),
        sa.Column("walk_in", sa.Boolean(), nullable=False),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_participants_event_id_events"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["merged_into_id"],
            ["participants.id"],
            name=op.f("fk_participants_merged_into_id_participants"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participants")),
        sa.UniqueConstraint("uid", name=op.f("uq_participants_uid")),
    )
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participants_event_id"), ["event_id"], unique=False)

    op.create_table(
        "sessions",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("starts_at", hybridhub.core.models.base.UTCDateTime(), nullable=True),
        sa.Column("ends_at", hybridhub.core.models.base.UTCDateTime(), nullable=True),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_sessions_event_id_events"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
        sa.UniqueConstraint("uid", name=op.f("uq_sessions_uid")),
    )
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sessions_event_id"), ["event_id"], unique=False)

    op.create_table(
        "themes",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_themes_event_id_events"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["themes.id"], name=op.f("fk_themes_parent_id_themes"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_themes")),
        sa.UniqueConstraint("uid", name=op.f("uq_themes_uid")),
    )
    with op.batch_alter_table("themes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_themes_event_id"), ["event_id"], unique=False)

    op.create_table(
        "identities",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=128), nullable=False),
        sa.Column("display", sa.String(length=200), nullable=False),
        sa.Column("phone_hash", sa.String(length=64), nullable=True),
        sa.Column("phone_last2", sa.String(length=2), nullable=True),
        sa.Column("email_hash", sa.String(length=64), nullable=True),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_identities_event_id_events"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_identities_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identities")),
        sa.UniqueConstraint("event_id", "channel", "key", name="uq_identities_channel_key"),
        sa.UniqueConstraint("uid", name=op.f("uq_identities_uid")),
    )
    with op.batch_alter_table("identities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_identities_email_hash"), ["email_hash"], unique=False)
        batch_op.create_index(batch_op.f("ix_identities_participant_id"), ["participant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_identities_phone_hash"), ["phone_hash"], unique=False)

    op.create_table(
        "participant_merges",
        sa.Column("kept_id", sa.Integer(), nullable=False),
        sa.Column("merged_id", sa.Integer(), nullable=False),
        sa.Column("moved", sa.JSON(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("undone_at", hybridhub.core.models.base.UTCDateTime(), nullable=True),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["kept_id"],
            ["participants.id"],
            name=op.f("fk_participant_merges_kept_id_participants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["merged_id"],
            ["participants.id"],
            name=op.f("fk_participant_merges_merged_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant_merges")),
        sa.UniqueConstraint("uid", name=op.f("uq_participant_merges_uid")),
    )
    with op.batch_alter_table("participant_merges", schema=None) as batch_op:
        batch_op.create_index("ix_participant_merges_kept", ["kept_id"], unique=False)

    op.create_table(
        "registrations",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=200), nullable=False),
        sa.Column("short_code", sa.String(length=16), nullable=False),
        sa.Column("key_id", sa.Integer(), nullable=False),
        sa.Column("issued_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.Column("source", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_registrations_event_id_events"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_registrations_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registrations")),
        sa.UniqueConstraint("code", name=op.f("uq_registrations_code")),
        sa.UniqueConstraint("uid", name=op.f("uq_registrations_uid")),
    )
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_registrations_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_registrations_participant_id"), ["participant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_registrations_short_code"), ["short_code"], unique=False)

    op.create_table(
        "sheets",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("captured_method", sa.String(length=16), nullable=True),
        sa.Column("captured_at", hybridhub.core.models.base.UTCDateTime(), nullable=True),
        sa.Column("source", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_sheets_event_id_events"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_sheets_participant_id_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name=op.f("fk_sheets_session_id_sessions"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["form_templates.id"],
            name=op.f("fk_sheets_template_id_form_templates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sheets")),
        sa.UniqueConstraint("code", name=op.f("uq_sheets_code")),
        sa.UniqueConstraint("uid", name=op.f("uq_sheets_uid")),
    )
    with op.batch_alter_table("sheets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sheets_event_id"), ["event_id"], unique=False)

    op.create_table(
        "tallies",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_tallies_event_id_events"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name=op.f("fk_tallies_session_id_sessions"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tallies")),
        sa.UniqueConstraint("uid", name=op.f("uq_tallies_uid")),
    )
    with op.batch_alter_table("tallies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tallies_event_id"), ["event_id"], unique=False)

    op.create_table(
        "checkins",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("registration_id", sa.Integer(), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("direction", sa.String(length=4), nullable=False),
        sa.Column("device", sa.String(length=100), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("raw_input", sa.Text(), nullable=False),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("annuls_uid", sa.String(length=36), nullable=True),
        sa.Column("scanned_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_checkins_event_id_events"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_checkins_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name=op.f("fk_checkins_registration_id_registrations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name=op.f("fk_checkins_session_id_sessions"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkins")),
        sa.UniqueConstraint("uid", name=op.f("uq_checkins_uid")),
    )
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checkins_event_id"), ["event_id"], unique=False)
        batch_op.create_index(
            "ix_checkins_participant_session", ["participant_id", "session_id"], unique=False
        )

    op.create_table(
        "contributions",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("source_key", sa.String(length=128), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("identity_id", sa.Integer(), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("sheet_id", sa.Integer(), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("thread_key", sa.String(length=128), nullable=True),
        sa.Column("posted_at", hybridhub.core.models.base.UTCDateTime(), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("word_count", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=40), nullable=False),
        sa.Column("voices", sa.Integer(), nullable=False),
        sa.Column("flag", sa.String(length=16), nullable=True),
        sa.Column("provenance", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_contributions_batch_id_import_batches"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_contributions_event_id_events"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["identity_id"],
            ["identities.id"],
            name=op.f("fk_contributions_identity_id_identities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["contributions.id"],
            name=op.f("fk_contributions_parent_id_contributions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_contributions_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_contributions_session_id_sessions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["sheet_id"], ["sheets.id"], name=op.f("fk_contributions_sheet_id_sheets"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contributions")),
        sa.UniqueConstraint("event_id", "channel", "source_key", name="uq_contributions_source"),
        sa.UniqueConstraint("uid", name=op.f("uq_contributions_uid")),
    )
    with op.batch_alter_table("contributions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contributions_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index("ix_contributions_channel_posted", ["channel", "posted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_contributions_content_hash"), ["content_hash"], unique=False)
        batch_op.create_index(batch_op.f("ix_contributions_participant_id"), ["participant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contributions_session_id"), ["session_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contributions_sheet_id"), ["sheet_id"], unique=False)

    op.create_table(
        "tally_options",
        sa.Column("tally_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tally_id"], ["tallies.id"], name=op.f("fk_tally_options_tally_id_tallies"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tally_options")),
        sa.UniqueConstraint("uid", name=op.f("uq_tally_options_uid")),
    )
    with op.batch_alter_table("tally_options", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tally_options_tally_id"), ["tally_id"], unique=False)

    op.create_table(
        "answers",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("sheet_id", sa.Integer(), nullable=True),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("contribution_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("question_key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("needs_review", sa.Boolean(), nullable=False),
        sa.Column("crop", sa.LargeBinary(), nullable=True),
        sa.Column("transcription", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contribution_id"],
            ["contributions.id"],
            name=op.f("fk_answers_contribution_id_contributions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_answers_event_id_events"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_answers_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sheet_id"], ["sheets.id"], name=op.f("fk_answers_sheet_id_sheets"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["form_templates.id"],
            name=op.f("fk_answers_template_id_form_templates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answers")),
        sa.UniqueConstraint("sheet_id", "question_key", name="uq_answers_sheet_question"),
        sa.UniqueConstraint("uid", name=op.f("uq_answers_uid")),
    )
    with op.batch_alter_table("answers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_answers_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_answers_template_id"), ["template_id"], unique=False)

    op.create_table(
        "contribution_themes",
        sa.Column("contribution_id", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("accepted", sa.Boolean(), nullable=False),
        sa.Column("created_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contribution_id"],
            ["contributions.id"],
            name=op.f("fk_contribution_themes_contribution_id_contributions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["themes.id"],
            name=op.f("fk_contribution_themes_theme_id_themes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("contribution_id", "theme_id", name=op.f("pk_contribution_themes")),
    )
    with op.batch_alter_table("contribution_themes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contribution_themes_theme_id"), ["theme_id"], unique=False)

    op.create_table(
        "notes",
        sa.Column("contribution_id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("speaker_participant_id", sa.Integer(), nullable=True),
        sa.Column("speaker_group", sa.String(length=200), nullable=True),
        sa.Column("is_quote", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contribution_id"],
            ["contributions.id"],
            name=op.f("fk_notes_contribution_id_contributions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["speaker_participant_id"],
            ["participants.id"],
            name=op.f("fk_notes_speaker_participant_id_participants"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes")),
        sa.UniqueConstraint("contribution_id", name=op.f("uq_notes_contribution_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_notes_uid")),
    )


def downgrade() -> None:

    op.drop_table("notes")
    with op.batch_alter_table("contribution_themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contribution_themes_theme_id"))

    op.drop_table("contribution_themes")
    with op.batch_alter_table("answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answers_template_id"))
        batch_op.drop_index(batch_op.f("ix_answers_event_id"))

    op.drop_table("answers")
    with op.batch_alter_table("tally_options", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tally_options_tally_id"))

    op.drop_table("tally_options")
    with op.batch_alter_table("contributions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contributions_sheet_id"))
        batch_op.drop_index(batch_op.f("ix_contributions_session_id"))
        batch_op.drop_index(batch_op.f("ix_contributions_participant_id"))
        batch_op.drop_index(batch_op.f("ix_contributions_content_hash"))
        batch_op.drop_index("ix_contributions_channel_posted")
        batch_op.drop_index(batch_op.f("ix_contributions_batch_id"))

    op.drop_table("contributions")
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_index("ix_checkins_participant_session")
        batch_op.drop_index(batch_op.f("ix_checkins_event_id"))

    op.drop_table("checkins")
    with op.batch_alter_table("tallies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tallies_event_id"))

    op.drop_table("tallies")
    with op.batch_alter_table("sheets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sheets_event_id"))

    op.drop_table("sheets")
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_registrations_short_code"))
        batch_op.drop_index(batch_op.f("ix_registrations_participant_id"))
        batch_op.drop_index(batch_op.f("ix_registrations_event_id"))

    op.drop_table("registrations")
    with op.batch_alter_table("participant_merges", schema=None) as batch_op:
        batch_op.drop_index("ix_participant_merges_kept")

    op.drop_table("participant_merges")
    with op.batch_alter_table("identities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_identities_phone_hash"))
        batch_op.drop_index(batch_op.f("ix_identities_participant_id"))
        batch_op.drop_index(batch_op.f("ix_identities_email_hash"))

    op.drop_table("identities")
    with op.batch_alter_table("themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_themes_event_id"))

    op.drop_table("themes")
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sessions_event_id"))

    op.drop_table("sessions")
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participants_event_id"))

    op.drop_table("participants")
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_batches_sha256"))
        batch_op.drop_index(batch_op.f("ix_import_batches_event_id"))

    op.drop_table("import_batches")
    with op.batch_alter_table("event_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_keys_event_id"))

    op.drop_table("event_keys")
    op.drop_table("mapping_presets")
    op.drop_table("form_templates")
    op.drop_table("events")
