"""A copy of a whole store in a new workspace file, row by row: how a server store (which has no file to
copy) gives a laptop its own workspace, e.g. the door copy of `hybridhub checkin door-copy`."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, insert, select

from hybridhub.core.models import Base
from hybridhub.core.progress import ProgressFn, no_progress
from hybridhub.core.workspace import Workspace, new_store

CHUNK = 2000


def copy_to_file(source: Workspace, dest: Path, progress: ProgressFn = no_progress) -> None:
    """Every row of `source` (at the schema revision this HybridHub writes) into a new file `dest`,
    read in one snapshot. All or nothing: on any error no file is left behind."""
    target = new_store(dest)
    tables = Base.metadata.sorted_tables
    try:
        with source.engine.connect() as src, target.engine.begin() as dst:
            # Rows of a table may point at rows of the same table read later (a merged person).
            dst.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            for table in reversed(tables):  # the rows a new store's migrations made (its own laptop)
                dst.execute(delete(table))
            for done, table in enumerate(tables):
                progress(done, len(tables), table.name)
                result = src.execution_options(yield_per=CHUNK).execute(select(table))
                for rows in result.mappings().partitions():
                    dst.execute(insert(table), [dict(r) for r in rows])
        progress(len(tables), len(tables), "")
    except BaseException:
        target.close()
        for leftover in (dest, dest.with_name(dest.name + "-wal"), dest.with_name(dest.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    target.close()
