"""Which tables travel between laptops, in the order a bundle carries them (parents first), and what
the merge must know about each: the natural key that makes two rows one thing, the columns written
once and never edited, the columns whose lost edits are not worth showing, and what stays local."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table

from hybridhub.core.models import (
    Answer,
    CheckIn,
    Contribution,
    ContributionTheme,
    Erasure,
    Event,
    EventKey,
    EventSession,
    FormTemplate,
    Identity,
    ImportBatch,
    Laptop,
    MappingPreset,
    Note,
    Participant,
    ParticipantMerge,
    Registration,
    Sheet,
    SyncConflict,
    Tally,
    TallyOption,
    Theme,
    UnidentifiedPage,
)

# Never stamped, never compared: the row's identity and the one event every row belongs to.
FIXED = frozenset({"id", "uid", "created_at", "event_id"})


@dataclass(frozen=True)
class SyncTable:
    model: type[Any]
    # Two rows with these values are the same thing (the same sheet answer, the same imported message):
    # the one with the smaller uid is kept everywhere.
    natural_key: tuple[str, ...] = ()
    # Written when the row is made and never edited by a service: no clock is kept for them.
    untracked: frozenset[str] = frozenset()
    # Decided by the clock like any field, but two values are not shown as a conflict.
    quiet: frozenset[str] = frozenset()
    # What stays with this copy of the workspace (with its default in rows from elsewhere).
    local: frozenset[str] = frozenset()
    # A JSON column holding {table name: [row ids]} (under the keys of the path): carried as uids.
    id_lists: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return str(self.model.__tablename__)

    @property
    def table(self) -> Table:
        return table_of(self.model)

    def columns(self) -> list[str]:
        """The columns a bundle carries, uid first."""
        names = [c.name for c in self.table.columns if c.name not in FIXED and c.name not in self.local]
        return ["uid", "created_at", *names]

    def silent(self, name: str) -> bool:
        """Whether a lost value of this column is not worth showing as a conflict."""
        return name == "updated_at" or name in self.quiet

    def tracked(self) -> frozenset[str]:
        """The columns whose edits get a clock."""
        return frozenset(self.columns()[2:]) - self.untracked


SYNC_TABLES: tuple[SyncTable, ...] = (
    SyncTable(Event),
    SyncTable(Laptop, quiet=frozenset({"contributed"})),
    SyncTable(EventSession),
    SyncTable(EventKey, local=frozenset({"signs_here"})),  # whether this copy signs badge codes
    SyncTable(Participant),
    SyncTable(Identity, natural_key=("channel", "key")),
    SyncTable(Registration, natural_key=("code",)),
    SyncTable(FormTemplate, natural_key=("form_key", "version")),
    SyncTable(Sheet, natural_key=("code",), quiet=frozenset({"captured_at", "captured_method", "source"})),
    SyncTable(
        ImportBatch,
        natural_key=("sha256",),
        quiet=frozenset({"added", "duplicates", "skipped", "new_participants", "options", "errors"}),
        id_lists=("options", "created"),
    ),
    SyncTable(Contribution, natural_key=("channel", "source_key"), untracked=frozenset({"parent_id"})),
    SyncTable(Note),
    SyncTable(Theme),
    SyncTable(ContributionTheme, natural_key=("contribution_id", "theme_id")),
    SyncTable(Tally),
    SyncTable(TallyOption),
    SyncTable(Answer, natural_key=("sheet_id", "question_key"), quiet=frozenset({"confidence"})),
    SyncTable(CheckIn),
    SyncTable(ParticipantMerge, id_lists=("moved",)),
    SyncTable(MappingPreset, natural_key=("kind", "name")),
    SyncTable(UnidentifiedPage),
    SyncTable(Erasure, natural_key=("participant_uid",)),
    SyncTable(SyncConflict, quiet=frozenset({"won_hlc", "won_laptop"})),
)

BY_NAME: dict[str, SyncTable] = {t.name: t for t in SYNC_TABLES}


def table_of(model: type[Any]) -> Table:
    """A model's table, typed as the Table it is (the ORM types `__table__` as any FROM clause)."""
    return cast(Table, model.__table__)
