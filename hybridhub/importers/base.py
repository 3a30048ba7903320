"""The contract of a format: recognise a source from its content, then stream records.

Add a format by subclassing `Importer` in its own module under `hybridhub/importers/formats/`;
`registry.py` finds every subclass with a `name` there, so nothing else needs editing.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from hybridhub.importers.records import Record
from hybridhub.importers.source import Source

if TYPE_CHECKING:  # a big file's parser process loads formats without the store's modules
    from sqlalchemy.orm import Session

    from hybridhub.core.models import Event


@dataclass(frozen=True)
class ImportOptions:
    """Choices the user makes before an import. `timezone` applies to naive times in the export."""

    timezone: str = "UTC"
    include_direct: bool = False
    settings: dict[str, Any] = field(default_factory=dict)  # format-specific: mapping, form, date…


class Importer(ABC):
    name: ClassVar[str]  # CLI name, e.g. "whatsapp"
    label: ClassVar[str]  # shown to users, e.g. "WhatsApp chat export"
    channel: ClassVar[str]  # channel of the contributions it makes (see hybridhub.core.channels)
    version: ClassVar[str] = "1"  # bump when parsing changes what a file yields
    extensions: ClassVar[tuple[str, ...]] = ()

    @abstractmethod
    def detect(self, source: Source) -> float:
        """Confidence 0..1 that `source` is this format, judged from its content (a quick look only)."""

    def channel_for(self, options: ImportOptions) -> str:
        """The channel of this import's contributions; a table mapping may name its own."""
        return self.channel

    def prepare(self, session: Session, event: Event, options: ImportOptions) -> ImportOptions:
        """Resolve what needs the store before parsing (a saved column mapping, a paper-form template)
        into plain `options.settings`; called by the framework inside the import's transaction."""
        return options

    @abstractmethod
    def records(self, source: Source, options: ImportOptions) -> Iterator[Record]:
        """Stream the records of `source`. Raise `ImportFormatError` naming the file and line for
        damaged input; never any other exception for bad bytes."""
