"""Services return figures; the app words them in its language (the registration and log summaries
were English sentences from `describe()`, channel names English whatever the language)."""

from __future__ import annotations

from collections import deque
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hybridhub.app import install_translator
from hybridhub.checkin.log_sync import MergeSummary
from hybridhub.checkin.registrations import ImportSummary
from hybridhub.ui.context import AppContext
from hybridhub.ui.dialogs import ScriptedDialogs
from hybridhub.ui.pages.checkin_page import CheckinPage
from hybridhub.ui.words import channel_name, log_merged, registrations_imported


def test_summaries_and_channels_in_french(qapp: QApplication) -> None:
    imported = ImportSummary("inscrits.csv", rows=5, added=3, updated=1, unchanged=1, skipped=2)
    merged = MergeSummary("porte2.json", added=4, already_here=2, participants_added=1, renumbered=[(3, 7)])
    assert registrations_imported(imported) == (
        "inscrits.csv: 5 rows — 3 added, 1 updated, 1 already registered, 2 skipped"
    )
    before = QLocale()  # restored after: other tests read dates in the default locale
    installed = install_translator(qapp, "fr")
    try:
        assert registrations_imported(imported) == (
            "inscrits.csv : 5 lignes — 3 ajoutées, 1 mises à jour, 1 déjà inscrites, 2 ignorées"
        )
        assert log_merged(merged).startswith("porte2.json : 4 nouvelles lignes, 2 déjà présentes")
        assert "le badge sans inscription 3 est ici le badge 7" in log_merged(merged)
        assert channel_name("note") != "Facilitator note" and channel_name("whatsapp") == "WhatsApp"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def test_badge_layout_is_a_named_choice_and_cancel_prints_nothing(
    qtbot: QtBot, ctx: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    page = CheckinPage(ctx)
    qtbot.addWidget(page)
    out = tmp_path / "badges.pdf"
    dialogs.answers["choose"] = deque([2])
    page.print_badges(out)
    assert dialogs.choices[-1] == ("One A4 ticket per person", "Label sheets, 8 per page", "Cancel")
    qtbot.waitUntil(ctx.tasks.wait_idle)
    assert not out.exists()
    page.decoder.shutdown()
