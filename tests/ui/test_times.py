"""One rule for times: every page shows them in the event's zone, whatever the laptop's zone or the zone
the file was written in, and follows the event when its zone changes."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hybridhub.core.local_time import LocalTimes
from hybridhub.events.actions import read_details, update_details
from hybridhub.events.service import SessionDraft
from hybridhub.ui.context import AppContext
from hybridhub.ui.main_window import MainWindow
from hybridhub.ui.models.contributions_model import WHEN
from hybridhub.ui.pages.browser_page import BrowserPage
from hybridhub.ui.pages.import_page import ImportPage
from hybridhub.ui.pages.notes_page import NotesPage
from hybridhub.ui.pages.themes_page import ThemesPage
from hybridhub.ui.store_signals import StoreTopic

CHAT = (
    "14/11/2026, 18:05 - Zoë Lefèvre-Nguyễn: Le bus 🚌 ne passe plus après 19h\n"
    "14/11/2026, 18:07 - 王芳: 我们需要更多的公交车\n"
    "14/11/2026, 18:09 - عائشة: الحافلة لا تأتي\n"
)


@pytest.fixture
def laptop_in_new_york() -> Iterator[None]:
    """The laptop's own zone is neither the event's nor UTC: a page that used it would show 12:05."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_local_times_in_the_event_zone_and_the_readers_language() -> None:
    at = datetime(2026, 11, 14, 17, 5, tzinfo=UTC)
    paris = LocalTimes("Europe/Paris")
    assert paris.time(at) == "18:05" and paris.date_time(at) == "14 Nov 2026, 18:05"
    assert paris.iso(at) == "2026-11-14T18:05:00+01:00" and paris.stamp(at) == "2026-11-14 18:05+01:00"
    assert paris.time(at.replace(tzinfo=None)) == "18:05"  # naive: stored UTC
    assert paris.day(date(2026, 11, 14)) == "Sat, 14 Nov 2026"  # a date is shown as it is
    assert LocalTimes("Europe/Paris", "fr_FR").date_time(at) == "14 nov. 2026, 18:05"
    assert LocalTimes("Asia/Tokyo", "de_DE").date_time(at) == "15. Nov. 2026, 02:05"
    assert LocalTimes("Europe/Paris", "C").date(at) == "14 Nov 2026"  # an unknown locale: British English


def _window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_every_page_shows_the_event_zone(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, laptop_in_new_york: None
) -> None:
    details = read_details(ctx.workspace)
    details.starts_on = details.ends_on = date(2026, 11, 14)
    details.sessions = [SessionDraft("Soirée", datetime(2026, 11, 14, 18), datetime(2026, 11, 14, 20))]
    update_details(ctx.workspace, details)  # Europe/Paris, as the fixture's event
    chat = tmp_path / "WhatsApp Chat with Bus.txt"
    chat.write_text(CHAT, encoding="utf-8")
    window = _window(qtbot, ctx)

    imports = window.go_to(ImportPage)
    imports.tz_combo.setCurrentText("Europe/London")  # the phone that exported it was in London
    imports.add_paths([chat])
    qtbot.waitUntil(lambda: imports.preview_model.rowCount() == 3, timeout=10000)
    qtbot.waitUntil(lambda: "Europe/London" in imports.preview_title.text())
    assert imports.preview_model.index(0, 1).data() == "Sat, 14 Nov 2026, 19:05"  # shown in Paris time
    assert "shown in Europe/Paris" in imports.preview_title.text()
    imports.import_all()
    qtbot.waitUntil(lambda: imports.batches.rowCount() == 1, timeout=10000)
    imported = imports.batches.index(0, 2).data()
    assert imported == LocalTimes("Europe/Paris").date_time(imports.batches.batches[0].imported_at)

    browse = window.go_to(BrowserPage)
    qtbot.waitUntil(lambda: browse.model.rowCount() == 3)
    assert browse.model.index(0, WHEN).data() == "14 Nov 2026, 19:05"
    qtbot.waitUntil(lambda: browse.zone_label.text() == "Times in Europe/Paris")
    themes = window.go_to(ThemesPage)
    qtbot.waitUntil(lambda: themes.model.rowCount() == 3)
    assert themes.model.index(0, WHEN).data() == "14 Nov 2026, 19:05"
    notes = window.go_to(NotesPage)
    assert notes.session_combo.itemText(1).startswith("18:00  Soirée")

    details = read_details(ctx.workspace)  # the event moves to Tokyo: wall-clock agenda, same messages
    details.timezone = "Asia/Tokyo"
    ctx.change(lambda ws: update_details(ws, details), (StoreTopic.EVENT, StoreTopic.SESSIONS))
    assert notes.session_combo.itemText(1).startswith("18:00  Soirée")
    window.go_to(BrowserPage)
    qtbot.waitUntil(lambda: browse.model.index(0, WHEN).data() == "15 Nov 2026, 03:05")
    qtbot.waitUntil(lambda: browse.zone_label.text() == "Times in Asia/Tokyo")
    window.go_to(ThemesPage)
    assert themes.model.index(0, WHEN).data() == "15 Nov 2026, 03:05"
