"""Overview: who took part on which side, and what arrived through each channel (the `stats` figures).

The lead figures are the report's own (`analysis.counting.headline`): a group note's voices count as
people there, so the cards say what each figure is made of ("43 named people + 33 voices in notes").
A new event with nothing in it yet shows the next steps instead of zeros.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from hybridhub.analysis.stats import read_stats
from hybridhub.core.channels import is_offline
from hybridhub.core.progress import ProgressFn
from hybridhub.ui.context import AppContext
from hybridhub.ui.pages.base import Page
from hybridhub.ui.widgets import SectionHeader
from hybridhub.ui.widgets.channel_bars import ChannelBars
from hybridhub.ui.words import channel_name


class _Card(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.value = QLabel("…")  # until the figures are read (not a false 0)
        self.value.setObjectName("cardValue")
        self.caption = QLabel(caption)
        self.caption.setObjectName("cardLabel")
        self.detail = QLabel()
        self.detail.setObjectName("subtitle")
        self.detail.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)


class OverviewPage(Page):
    title = "Overview"
    icon_name = "overview"

    go_to_page = Signal(str)  # a page's title (PageEntry.title): the next-steps links ask for it
    refreshed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._generation = 0
        outer = self.page_layout(self.tr("Overview"), bottom=20)
        grid = QGridLayout()
        grid.setSpacing(14)
        self.people_card = _Card(self.tr("people took part"))
        self.offline_card = _Card(self.tr("took part offline"))
        self.online_card = _Card(self.tr("took part online"))
        self.contrib_card = _Card(self.tr("contributions"))
        self.checkin_card = _Card(self.tr("check-ins"))
        self.sheet_card = _Card(self.tr("paper sheets"))
        cards = (
            self.people_card,
            self.offline_card,
            self.online_card,
            self.contrib_card,
            self.checkin_card,
            self.sheet_card,
        )
        for i, card in enumerate(cards):
            grid.addWidget(card, i // 3, i % 3)
        # Coloured by the style sheet, in the light or dark palette's offline/online colour.
        self.offline_card.value.setProperty("side", "offline")
        self.online_card.value.setProperty("side", "online")
        outer.addLayout(grid)
        self.next_steps = self._next_steps()
        outer.addWidget(self.next_steps)
        self.bars_header = SectionHeader(
            self.tr("Contributions by channel"),
            self.tr("Terracotta: offline channels (room, paper, SMS). Blue: online channels."),
        )
        outer.addWidget(self.bars_header)
        self.bars = ChannelBars()
        outer.addWidget(self.bars)
        outer.addStretch(1)
        self.listen(lambda _topic: self.when_visible("stats", self.refresh))
        self.refresh()

    def _next_steps(self) -> QLabel:
        """What to do first in a new event, each step a link to its page."""
        steps = [
            ("Event", self.tr("Event"), self.tr("set the dates, the time zone and the agenda.")),
            ("Check-in", self.tr("Check-in"), self.tr("import the registration list and print badges.")),
            ("Paper forms", self.tr("Paper forms"), self.tr("print feedback forms for each session.")),
            ("Notes", self.tr("Notes"), self.tr("type what the room says, on the day.")),
            ("Import", self.tr("Import"), self.tr("drop the chat and form exports of the online side.")),
            ("Report", self.tr("Report"), self.tr("when it is over: a PDF that counts people.")),
        ]
        items = "".join(f"<li><a href='{key}'>{name}</a>: {text}</li>" for key, name, text in steps)
        lead = self.tr("Nothing here yet. Next steps:")
        label = QLabel(f"<p><b>{lead}</b></p><ol>{items}</ol>")
        label.setObjectName("nextSteps")
        label.setWordWrap(True)
        label.linkActivated.connect(self.go_to_page.emit)
        label.hide()
        return label

    def refresh(self) -> None:
        """Read the figures off the GUI thread (a big workspace takes a moment); stale answers drop."""
        self._generation += 1
        generation, workspace = self._generation, self.ctx.workspace

        def done(stats: dict[str, Any]) -> None:
            if generation == self._generation:
                self.show_stats(stats)
                self.refreshed.emit()

        def work(_progress: ProgressFn) -> dict[str, Any]:
            return read_stats(workspace)

        self.ctx.tasks.run(work, on_done=done, on_error=self.ctx.dialogs.error, write=False)

    def show_stats(self, stats: dict[str, Any]) -> None:
        self.header.subtitle.setText(stats["event"])
        self.header.subtitle.show()
        self._show_people(stats)
        self.contrib_card.value.setText(str(stats["contributions"]))
        self.contrib_card.detail.setText(self.tr("through %n channel(s)", "", stats["channels"]))
        self.checkin_card.value.setText(str(stats["checkins"]))
        self.checkin_card.detail.setText(self.tr("door scans and online attendance"))
        self.sheet_card.value.setText(str(stats["sheets"]))
        captured = stats["sheets_by_status"].get("captured", 0)
        self.sheet_card.detail.setText(self.tr("{0} captured").format(captured))
        empty = not (stats["contributions"] or stats["participants"] or stats["sheets"] or stats["checkins"])
        self.next_steps.setVisible(empty)
        self.bars_header.setVisible(not empty)
        self.bars.setVisible(not empty)
        self.bars.set_rows(
            [(channel_name(ch), n, is_offline(ch)) for ch, n in stats["contributions_by_channel"].items()]
        )

    def _show_people(self, stats: dict[str, Any]) -> None:
        """The report's lead figures, each card saying what it is made of."""
        split, unnamed = stats["people_split"], stats["voices_unnamed_by_channel"]
        self.people_card.value.setText(str(stats["people"]))
        parts = [self.tr("%n named people", "", stats["people_named"])]
        in_notes = unnamed.get("note", 0)
        if in_notes:
            parts.append(self.tr("%n voices in notes", "", in_notes))
        if stats["voices_unnamed"] - in_notes:
            parts.append(self.tr("%n without a name", "", stats["voices_unnamed"] - in_notes))
        detail = " + ".join(parts)
        if stats["attended_silently"]:
            detail += "\n" + self.tr("and %n more came without contributing", "", stats["attended_silently"])
        self.people_card.detail.setText(detail)
        self.offline_card.value.setText(str(stats["people_offline"]))
        self.offline_card.detail.setText(
            self.tr("{0} only offline · in the room, on paper or by SMS").format(split["offline_only"])
        )
        self.online_card.value.setText(str(stats["people_online"]))
        self.online_card.detail.setText(
            self.tr("{0} only online · {1} on both sides").format(split["online_only"], split["both"])
        )
