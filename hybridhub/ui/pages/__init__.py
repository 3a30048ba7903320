"""The pages of the main window, in sidebar order. A capability adds its page with one line here."""

from __future__ import annotations

from hybridhub.ui.pages.event_page import EventPage
from hybridhub.ui.pages.overview_page import OverviewPage
from hybridhub.ui.pages.report_page import ReportPage

PAGES: list[type] = [
    OverviewPage,
    EventPage,
    ReportPage,
]
