"""Overview: who took part on which side, and what arrived through each channel (the `stats` figures)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hybridhub.analysis.stats import read_stats
from hybridhub.core.channels import is_offline, label
from hybridhub.ui.context import AppContext
from hybridhub.ui.pages.base import Page
from hybridhub.ui.widgets import SectionHeader
from hybridhub.ui.widgets.channel_bars import ChannelBars


class _Card(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.value = QLabel("0")
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

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
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
        row = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(
            SectionHeader(
                self.tr("Contributions by channel"),
                self.tr("Terracotta: offline channels (room, paper, SMS). Blue: online channels."),
            )
        )
        self.bars = ChannelBars()
        left.addWidget(self.bars)
        left.addStretch(1)
        row.addLayout(left, 1)
        outer.addLayout(row, 1)
        ctx.store.changed.connect(lambda _topic: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.show_stats(read_stats(self.ctx.workspace))

    def show_stats(self, stats: dict[str, Any]) -> None:
        split = stats["participants_split"]
        self.header.subtitle.setText(stats["event"])
        self.header.subtitle.show()
        self.people_card.value.setText(str(stats["participants"]))
        self.people_card.detail.setText(
            self.tr("{0} only offline · {1} only online · {2} both").format(
                split["offline_only"], split["online_only"], split["both"]
            )
        )
        self.offline_card.value.setText(str(stats["participants_offline"]))
        self.offline_card.detail.setText(self.tr("in the room, on paper or by SMS"))
        self.online_card.value.setText(str(stats["participants_online"]))
        self.online_card.detail.setText(self.tr("chat, video meetings, forms, e-mail"))
        self.contrib_card.value.setText(str(stats["contributions"]))
        self.contrib_card.detail.setText(self.tr("through {0} channels").format(stats["channels"]))
        self.checkin_card.value.setText(str(stats["checkins"]))
        self.checkin_card.detail.setText(self.tr("door scans and online attendance"))
        self.sheet_card.value.setText(str(stats["sheets"]))
        captured = stats["sheets_by_status"].get("captured", 0)
        self.sheet_card.detail.setText(self.tr("{0} captured").format(captured))
        self.bars.set_rows(
            [(label(ch), n, is_offline(ch)) for ch, n in stats["contributions_by_channel"].items()]
        )
