"""Alembic environment: always run on a connection handed over by hybridhub.core.workspace."""

from __future__ import annotations

from alembic import context

from hybridhub.core.migrations.env_filters import include_name
from hybridhub.core.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
