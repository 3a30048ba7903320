"""Several laptops of one event: enrolled laptops, field clocks, conflicts, tombstones, aliases, the
exchange log; a uid on each coding so that codings travel. The workspace becomes the event's first
laptop (a door copy made before this version, whose keys never sign, becomes a door laptop of its own).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

import hybridhub.core.models.base
from hybridhub.core.ids import uuid7

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_TIME = hybridhub.core.models.base.UTCDateTime


def _travelling() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", _TIME(), nullable=False),
        sa.Column("updated_at", _TIME(), nullable=False),
    ]


def _create_tables() -> None:
    op.create_table(
        "laptops",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("public_key", sa.LargeBinary(length=32), nullable=True),
        sa.Column("enrolled_at", _TIME(), nullable=False),
        sa.Column("enrolled_by", sa.String(length=36), nullable=True),
        sa.Column("enrolment_sig", sa.LargeBinary(length=64), nullable=True),
        sa.Column("contributed", sa.JSON(), nullable=False),
        *_travelling(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_laptops")),
        sa.UniqueConstraint("uid", name=op.f("uq_laptops_uid")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_uid", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("lost_value", sa.JSON(), nullable=True),
        sa.Column("lost_hlc", sa.BigInteger(), nullable=False),
        sa.Column("lost_laptop", sa.String(length=36), nullable=False),
        sa.Column("won_hlc", sa.BigInteger(), nullable=False),
        sa.Column("won_laptop", sa.String(length=36), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        *_travelling(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
        sa.UniqueConstraint("uid", name=op.f("uq_sync_conflicts_uid")),
    )
    op.create_index(op.f("ix_sync_conflicts_row_uid"), "sync_conflicts", ["row_uid"])


def _create_bookkeeping() -> None:
    """This workspace's own sync tables: they never travel."""
    op.create_table(
        "sync_local",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("laptop_uid", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("settled", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_local")),
    )
    op.create_table(
        "sync_seen",
        sa.Column("laptop_uid", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("laptop_uid", name=op.f("pk_sync_seen")),
    )
    op.create_table(
        "sync_clocks",
        sa.Column("row_uid", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("laptop", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("row_uid", "field", name=op.f("pk_sync_clocks")),
    )
    op.create_table(
        "sync_tombstones",
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("erased", sa.Boolean(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("laptop", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_sync_tombstones")),
    )
    op.create_table(
        "sync_aliases",
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("canonical", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_sync_aliases")),
    )
    op.create_index(op.f("ix_sync_aliases_canonical"), "sync_aliases", ["canonical"])
    op.create_table(
        "sync_exchanges",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", _TIME(), nullable=False),
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("laptop_uid", sa.String(length=36), nullable=True),
        sa.Column("file", sa.String(length=500), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_exchanges")),
    )
    op.create_index("ix_sync_exchanges_laptop", "sync_exchanges", ["laptop_uid"])
    op.create_table(
        "sync_received",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("first_id", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_received")),
    )


_CODING_COLUMNS = ("contribution_id", "theme_id", "source", "accepted", "created_at")


def _remake_codings(with_uid: bool) -> None:
    """Make `contribution_themes` again, rows kept: with a row id and a uid (the pair unique), or as
    it was before this revision (the pair as primary key)."""
    bind = op.get_bind()
    old = sa.table("contribution_themes", *(sa.column(n) for n in _CODING_COLUMNS))
    rows = [dict(r._mapping) for r in bind.execute(sa.select(old))]
    op.drop_table("contribution_themes")
    keys: list[Any] = (
        [
            sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
            sa.Column("uid", sa.String(length=36), nullable=False),
        ]
        if with_uid
        else []
    )
    shape: list[Any] = (
        [
            sa.PrimaryKeyConstraint("id", name=op.f("pk_contribution_themes")),
            sa.UniqueConstraint("uid", name=op.f("uq_contribution_themes_uid")),
            sa.UniqueConstraint("contribution_id", "theme_id", name="uq_contribution_themes_pair"),
        ]
        if with_uid
        else [sa.PrimaryKeyConstraint("contribution_id", "theme_id", name=op.f("pk_contribution_themes"))]
    )
    op.create_table(
        "contribution_themes",
        *keys,
        sa.Column("contribution_id", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("accepted", sa.Boolean(), nullable=False),
        sa.Column("created_at", _TIME(), nullable=False),
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
        *shape,
    )
    op.create_index(op.f("ix_contribution_themes_theme_id"), "contribution_themes", ["theme_id"])
    if rows:
        if with_uid:
            rows = [{**r, "uid": uuid7()} for r in rows]
        op.bulk_insert(sa.table("contribution_themes", *(sa.column(n) for n in rows[0])), rows)


def _first_laptop() -> None:
    """This workspace is a laptop of its event: the organiser's, or a door laptop's if it holds only
    public signing keys. Its key is made when it first signs something."""
    bind = op.get_bind()
    keys = sa.table("event_keys", sa.column("signs_here"))
    signs = bind.execute(sa.select(keys.c.signs_here)).scalars().all()
    role = "door" if signs and not any(signs) else "organiser"
    uid = uuid7()
    now = datetime.now(UTC)
    laptops = sa.table(
        "laptops",
        sa.column("uid", sa.String),
        sa.column("name", sa.String),
        sa.column("role", sa.String),
        sa.column("enrolled_at", _TIME()),
        sa.column("contributed", sa.JSON),
        sa.column("created_at", _TIME()),
        sa.column("updated_at", _TIME()),
    )
    name = "Door" if role == "door" else "Organiser"
    op.bulk_insert(
        laptops,
        [
            {
                "uid": uid,
                "name": name,
                "role": role,
                "enrolled_at": now,
                "contributed": {},
                "created_at": now,
                "updated_at": now,
            }
        ],
    )
    local = sa.table(
        "sync_local", sa.column("id"), sa.column("laptop_uid"), sa.column("hlc"), sa.column("settled")
    )
    op.bulk_insert(local, [{"id": 1, "laptop_uid": uid, "hlc": 0, "settled": ""}])


def upgrade() -> None:
    _create_tables()
    _create_bookkeeping()
    _remake_codings(with_uid=True)
    _first_laptop()


def downgrade() -> None:
    _remake_codings(with_uid=False)
    for name in (
        "sync_received",
        "sync_exchanges",
        "sync_aliases",
        "sync_tombstones",
        "sync_clocks",
        "sync_seen",
        "sync_local",
        "sync_conflicts",
        "laptops",
    ):
        op.drop_table(name)
