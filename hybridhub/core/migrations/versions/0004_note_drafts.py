"""Note drafts (autosaved while typing) and the time-order index the contributions browser pages by.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import hybridhub.core.models.base

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "note_drafts",
        sa.Column("device", sa.String(length=100), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("voices", sa.Integer(), nullable=False),
        sa.Column("speaker_participant_id", sa.Integer(), nullable=True),
        sa.Column("speaker_group", sa.String(length=200), nullable=True),
        sa.Column("is_quote", sa.Boolean(), nullable=False),
        sa.Column("updated_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_note_drafts_session_id_sessions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["speaker_participant_id"],
            ["participants.id"],
            name=op.f("fk_note_drafts_speaker_participant_id_participants"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("device", name=op.f("pk_note_drafts")),
    )
    # A plain CREATE INDEX: a batch (table-copying) alter would drop the FTS triggers on contributions.
    op.create_index("ix_contributions_event_posted", "contributions", ["event_id", "posted_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_contributions_event_posted", table_name="contributions")
    op.drop_table("note_drafts")
