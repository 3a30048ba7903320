"""Paper forms: the queue of scanned pages that could not be matched to a printed sheet.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import hybridhub.core.models.base

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unidentified_pages",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("page_index", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("sheet_code", sa.String(length=16), nullable=True),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", hybridhub.core.models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_unidentified_pages_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unidentified_pages")),
        sa.UniqueConstraint("uid", name=op.f("uq_unidentified_pages_uid")),
    )
    with op.batch_alter_table("unidentified_pages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_unidentified_pages_event_id"), ["event_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("unidentified_pages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unidentified_pages_event_id"))
    op.drop_table("unidentified_pages")
