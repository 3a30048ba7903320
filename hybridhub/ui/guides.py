"""Help > Guides: the user guides (docs/ in the repository, `hybridhub._docs` when installed), read
offline in a window of their own beside the app, with their screenshots and links between them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from hybridhub.core.resources import docs_dir

# The guides a facilitator or organiser reads, in the order of an event's day.
GUIDES = (
    "checkin.md",
    "notes.md",
    "paperforms.md",
    "imports.md",
    "chat-exports.md",
    "imports-online.md",
    "reports.md",
    "sync.md",
    "security.md",
)


def guide_title(path: Path) -> str:
    """The guide's first heading ("# Check-in at the door"), else its file name."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem


def available_guides() -> list[Path]:
    folder = docs_dir()
    return [folder / name for name in GUIDES if (folder / name).is_file()]


class GuideWindow(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(guide_title(path))
        self.resize(900, 640)  # fits a 1366x768 screen
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Guide"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)
        layout.addWidget(self.browser)
