"""The pages of the main window, in sidebar order: the order of a facilitator's day (set up, the door,
the room, the online side, working through it all, the report). A capability adds its page here.

Pages are named, not imported: the main window imports and builds a page when it is first shown, so
that start-up does not pay for the camera, OpenCV or the PDF code of pages nobody has opened yet.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from hybridhub.ui.pages.base import Page


@dataclass(frozen=True)
class PageEntry:
    title: str  # also the page class's `title`; translated in the "MainWindow" context
    path: str  # "module:Class"

    def load(self) -> type[Page]:
        module, name = self.path.split(":")
        return cast("type[Page]", getattr(importlib.import_module(module), name))

    def holds(self, page_class: type) -> bool:
        return self.path == f"{page_class.__module__}:{page_class.__qualname__}"


_P = "hybridhub.ui.pages."
PAGES: list[PageEntry] = [
    PageEntry(str(QT_TRANSLATE_NOOP("MainWindow", "Overview")), _P + "overview_page:OverviewPage"),
    PageEntry(str(QT_TRANSLATE_NOOP("MainWindow", "Event")), _P + "event_page:EventPage"),
    PageEntry(str(QT_TRANSLATE_NOOP("MainWindow", "Check-in")), _P + "checkin_page:CheckinPage"),
    PageEntry(str(QT_TRANSLATE_NOOP("MainWindow", "Notes")), _P + "notes_page:NotesPage"),
    PageEntry(str(QT_TRANSLATE_NOOP("MainWindow", "Paper forms")), _P + "forms_page:FormsPage"),
    PageEntry(str(QT_TRANSLATE_NOOP("MainWindow", "Keyed entry")), _P + "keyed_page:KeyedEntryPage"),
    PageEntry(str(QT_TRANSLATE_NOOP("MainWindow", "Review")), _P + "review_page:ReviewPage"),
    PageEntry(str(QT_TRANSLATE_NOOP("MainWindow", "Import")), _P + "import_page:ImportPage"),
    PageEntry(str(QT_TRANSLATE_NOOP("MainWindow", "Browse")), _P + "browser_page:BrowserPage"),
    PageEntry(str(QT_TRANSLATE_NOOP("MainWindow", "Themes")), _P + "themes_page:ThemesPage"),
    PageEntry(str(QT_TRANSLATE_NOOP("MainWindow", "People")), _P + "people_page:PeoplePage"),
    PageEntry(str(QT_TRANSLATE_NOOP("MainWindow", "Report")), _P + "report_page:ReportPage"),
    PageEntry(str(QT_TRANSLATE_NOOP("MainWindow", "Laptops")), _P + "laptops_page:LaptopsPage"),
]
