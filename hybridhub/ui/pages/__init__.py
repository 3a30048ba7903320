"""The pages of the main window, in sidebar order: the order of a facilitator's day (set up, the door,
the room, the online side, working through it all, the report). A capability adds its page here."""

from __future__ import annotations

from hybridhub.ui.pages.base import Page
from hybridhub.ui.pages.browser_page import BrowserPage
from hybridhub.ui.pages.checkin_page import CheckinPage
from hybridhub.ui.pages.event_page import EventPage
from hybridhub.ui.pages.forms_page import FormsPage
from hybridhub.ui.pages.import_page import ImportPage
from hybridhub.ui.pages.keyed_page import KeyedEntryPage
from hybridhub.ui.pages.notes_page import NotesPage
from hybridhub.ui.pages.overview_page import OverviewPage
from hybridhub.ui.pages.people_page import PeoplePage
from hybridhub.ui.pages.report_page import ReportPage
from hybridhub.ui.pages.review_page import ReviewPage
from hybridhub.ui.pages.themes_page import ThemesPage

PAGES: list[type[Page]] = [
    OverviewPage,
    EventPage,
    CheckinPage,
    NotesPage,
    FormsPage,
    KeyedEntryPage,
    ReviewPage,
    ImportPage,
    BrowserPage,
    ThemesPage,
    PeoplePage,
    ReportPage,
]
