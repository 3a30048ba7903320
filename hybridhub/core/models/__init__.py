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
    "FormTemplate",
    "Identity",
    "ImportBatch",
    "MappingPreset",
    "Note",
    "NoteDraft",
    "Participant",
    "ParticipantMerge",
    "Registration",
    "Sheet",
    "Tally",
    "TallyOption",
    "Theme",
    "Travelling",
    "UTCDateTime",
    "UnidentifiedPage",
]
