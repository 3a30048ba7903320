"""All tables of a workspace. Import models from here."""

from __future__ import annotations

from hybridhub.core.models.base import Base, Travelling, UTCDateTime
from hybridhub.core.models.checkin import CheckIn, Registration
from hybridhub.core.models.contributions import (
    Contribution,
    ContributionTheme,
    ImportBatch,
    MappingPreset,
    Note,
    Tally,
    TallyOption,
    Theme,
)
from hybridhub.core.models.drafts import NoteDraft
from hybridhub.core.models.event import Event, EventKey, EventSession
from hybridhub.core.models.forms import Answer, FormTemplate, Sheet
from hybridhub.core.models.people import Erasure, Identity, Participant, ParticipantMerge
from hybridhub.core.models.scans import UnidentifiedPage
from hybridhub.core.models.sync import (
    FieldClock,
    Laptop,
    SyncAlias,
    SyncConflict,
    SyncExchange,
    SyncLocal,
    SyncReceived,
    SyncSeen,
    Tombstone,
)

__all__ = [
    "Answer",
    "Base",
    "CheckIn",
    "Contribution",
    "ContributionTheme",
    "Erasure",
    "Event",
    "EventKey",
    "EventSession",
    "FieldClock",
    "FormTemplate",
    "Identity",
    "ImportBatch",
    "Laptop",
    "MappingPreset",
    "Note",
    "NoteDraft",
    "Participant",
    "ParticipantMerge",
    "Registration",
    "Sheet",
    "SyncAlias",
    "SyncConflict",
    "SyncExchange",
    "SyncLocal",
    "SyncReceived",
    "SyncSeen",
    "Tally",
    "TallyOption",
    "Theme",
    "Tombstone",
    "Travelling",
    "UTCDateTime",
    "UnidentifiedPage",
]
