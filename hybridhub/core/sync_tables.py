"""Which tables travel between laptops, in the order a bundle carries them (parents first), and what
the merge must know about each: the natural key that makes two rows one thing, the columns written
once and never edited, the columns whose lost edits are not worth showing, and what stays local."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table

from hybridhub.core.models import (
    Answer,
    CheckIn,
    Contribution,
    ContributionTheme,
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
    # Secrets that never leave this laptop.
    local: frozenset[str] = frozenset()
    # A JSON column holding {table name: [row ids]}: carried as uids.
    id_lists: str | None = None

    @property
    def name(self) -> str:
        return str(self.model.__tablename__)

    @property
    def table(self) -> Table:
        return self.model.__table__  # type: ignore[no-any-return]

    def columns(self) -> list[str]:
        """The columns a bundle carries, uid first."""
        names = [c.name for c in self.table.columns if c.name not in FIXED and c.name not in self.local]
        return ["uid", "created_at", *names]

    def tracked(self) -> frozenset[str]:
        """The columns whose edits get a clock."""
        return frozenset(self.columns()[2:]) - self.untracked


_QUIET = frozenset({"updated_at"})

SYNC_TABLES: tuple[SyncTable, ...] = (
    SyncTable(Event, local=frozenset({"hash_key"})),
    SyncTable(Laptop, quiet=_QUIET | {"contributed"}),
    SyncTable(EventSession, quiet=_QUIET),
    SyncTable(EventKey, local=frozenset({"private_key"}), quiet=_QUIET),
    SyncTable(Participant, quiet=_QUIET),
    SyncTable(Identity, natural_key=("channel", "key"), quiet=_QUIET),
    SyncTable(Registration, natural_key=("code",), quiet=_QUIET),
    SyncTable(FormTemplate, natural_key=("form_key", "version"), quiet=_QUIET),
    SyncTable(Sheet, natural_key=("code",), quiet=_QUIET | {"captured_at", "captured_method", "source"}),
    SyncTable(
        ImportBatch,
        natural_key=("sha256",),
        quiet=_QUIET | {"added", "duplicates", "skipped", "new_participants", "options", "errors"},
        id_lists="options",
    ),
    SyncTable(
        Contribution, natural_key=("channel", "source_key"), untracked=frozenset({"parent_id"}), quiet=_QUIET
    ),
    SyncTable(Note, quiet=_QUIET),
    SyncTable(Theme, quiet=_QUIET),
    SyncTable(ContributionTheme, natural_key=("contribution_id", "theme_id"), quiet=_QUIET),
    SyncTable(Tally, quiet=_QUIET),
    SyncTable(TallyOption, quiet=_QUIET),
    SyncTable(Answer, natural_key=("sheet_id", "question_key"), quiet=_QUIET | {"confidence"}),
    SyncTable(CheckIn, quiet=_QUIET),
    SyncTable(ParticipantMerge, quiet=_QUIET, id_lists="moved"),
    SyncTable(MappingPreset, natural_key=("kind", "name"), quiet=_QUIET),
    SyncTable(UnidentifiedPage, quiet=_QUIET),
    SyncTable(SyncConflict, quiet=_QUIET | {"won_hlc", "won_laptop"}),
)

BY_NAME: dict[str, SyncTable] = {t.name: t for t in SYNC_TABLES}
