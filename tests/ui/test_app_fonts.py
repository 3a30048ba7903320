"""The app shows every script a name may use: the PDFs' fallback fonts are registered with Qt too (an
emoji showed as a box on Browse, Chinese as boxes on a system without CJK fonts)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QRawFont
from pytestqt.qtbot import QtBot

from hybridhub.app import add_shipped_fonts


def test_the_shipped_fonts_cover_chinese_indic_thai_and_emoji(qtbot: QtBot) -> None:
    families = set(add_shipped_fonts())
    assert {"DejaVu Sans", "Droid Sans Fallback", "Symbola"} <= families
    assert set(QFontDatabase.families()) >= families
    for family, sample in (("Droid Sans Fallback", "王芳"), ("Symbola", "🚌"), ("Noto Sans Devanagari", "न")):
        raw = QRawFont.fromFont(QFont(family))
        assert all(raw.supportsCharacter(ord(c)) for c in sample), family
