"""A file dated outside the event's days: found before importing, counted while importing, refused
on request with nothing stored (issue 14)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hybridhub.core.errors import ImportFormatError
from hybridhub.core.models import CheckIn, Contribution
from hybridhub.core.workspace import Workspace, create_workspace
from hybridhub.importers.base import ImportOptions
from hybridhub.importers.eventdays import date_span
from hybridhub.importers.store import import_file
from tests.conftest import DATA

GARDEN = DATA / "whatsapp" / "WhatsApp Chat with Garden Group.txt"  # 13 Jun 2018 21:20 to 14 Jun 08:05
PARTICIPANTS = DATA / "zoom" / "participants_81234567890.csv"  # 5 Mar 2024, 09:58 to 12:04


def _dated(tmp_path: Path, first: date, last: date | None = None, zone: str = "Europe/London") -> Workspace:
    return create_workspace(tmp_path / "e.hybridhub", "Atelier", timezone=zone, starts_on=first, ends_on=last)


def test_the_span_is_read_in_the_event_zone_before_importing(tmp_path: Path) -> None:
    ws = _dated(tmp_path, date(2018, 6, 13))
    try:
        span = date_span(ws, GARDEN)
        assert (span.first, span.last, span.dated, span.outside) == (
            date(2018, 6, 13),
            date(2018, 6, 14),
            6,
            1,
        )
        assert span.warning() == (
            "1 of 6 dated items fall outside the event's days: the file's dates run 13 Jun 2018 to "
            "14 Jun 2018, the event is on 13 Jun 2018"
        )
        with ws.session() as s:
            assert s.scalar(select(func.count()).select_from(Contribution)) == 0  # nothing written
    finally:
        ws.close()


def test_midnight_is_the_event_zone_midnight(tmp_path: Path) -> None:
    """Days run midnight to midnight in the event's zone: with the chat read as Tokyo time, the five
    evening messages of 13 June are outside an event on 14 June; read as Honolulu time only the last
    one is (08:05 in Honolulu is 03:05 on 15 June in Tokyo)."""
    ws = _dated(tmp_path, date(2018, 6, 14), zone="Asia/Tokyo")
    try:
        span = date_span(ws, GARDEN)
        assert span.outside == 5 and span.event_days() == "14 Jun 2018"
        hawaii = date_span(ws, GARDEN, options=ImportOptions(timezone="Pacific/Honolulu"))
        assert (hawaii.first, hawaii.outside) == (date(2018, 6, 14), 1)
    finally:
        ws.close()


def test_import_counts_items_outside_and_only_event_days_refuses(tmp_path: Path) -> None:
    ws = _dated(tmp_path, date(2026, 5, 12), date(2026, 5, 13))
    try:
        result = import_file(ws, PARTICIPANTS)
        assert (result.added, result.outside_event_days) == (4, 4)
        assert result.as_json()["outside_event_days"] == 4
        with pytest.raises(ImportFormatError, match="fall outside the event's days"):
            import_file(ws, GARDEN, only_event_days=True)
        with ws.session() as s:
            assert s.scalar(select(func.count()).select_from(Contribution)) == 0
            assert s.scalar(select(func.count()).select_from(CheckIn)) == 4
    finally:
        ws.close()


def test_an_event_without_dates_reads_nothing_and_flags_nothing(workspace: Workspace) -> None:
    span = date_span(workspace, GARDEN)
    assert (span.dated, span.outside, span.outside_event) == (0, 0, False)
    assert import_file(workspace, GARDEN, only_event_days=True).outside_event_days == 0
