"""The pages of the main window, in sidebar order. A capability adds its page with one line here."""

from __future__ import annotations

from hybridhub.ui.pages.browser_page import BrowserPage
from hybridhub.ui.pages.event_page import EventPage
from hybridhub.ui.pages.notes_page import NotesPage
from hybridhub.ui.pages.overview_page import OverviewPage
from hybridhub.ui.pages.people_page import PeoplePage
from hybridhub.ui.pages.themes_page import ThemesPage

PAGES: list[type] = [
    OverviewPage,
    EventPage,
    NotesPage,
    BrowserPage,
    ThemesPage,
    PeoplePage,
]
