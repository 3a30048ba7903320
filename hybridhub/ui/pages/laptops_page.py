"""Laptops: the event's laptops, when a bundle was last exchanged with each and what each contributed;
the conflicts to look at (keep this / keep that); writing and reading bundles. All data via services."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from hybridhub.core.progress import ProgressFn
from hybridhub.core.workspace import Workspace
from hybridhub.sync.actions import export_bundle, import_bundles
from hybridhub.sync.bundle import SUFFIX
from hybridhub.sync.conflicts import conflicts_of, resolve_in
from hybridhub.sync.laptops import add_laptop, laptops_of
from hybridhub.sync.merge import MergeResult
from hybridhub.ui.context import AppContext
from hybridhub.ui.models.laptops_model import ConflictsModel, LaptopsModel, what
from hybridhub.ui.pages.base import Page
from hybridhub.ui.store_signals import StoreTopic
from hybridhub.ui.widgets import ProgressPanel, SectionHeader, row_view

BUNDLE_FILTER = f"HybridHub bundles (*{SUFFIX});;All files (*)"
WORKSPACE_FILTER = "HybridHub workspaces (*.hybridhub);;All files (*)"
ALL_TOPICS = tuple(StoreTopic)  # a bundle may bring anything


def _table(model: Any) -> QTableView:
    view = row_view(model)
    view.setWordWrap(False)
    return view


class LaptopsPage(Page):
    title = "Laptops"
    icon_name = "laptops"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._task: Any = None
        outer = self.page_layout(
            self.tr("Laptops of this event"),
            self.tr(
                "Each laptop keeps what it captures. Carry a bundle on a USB stick to another laptop "
                "and read it there: reading the same bundle twice adds nothing, in any order."
            ),
        )
        outer.addLayout(self._buttons())
        self.progress = ProgressPanel()
        outer.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("subtitle")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)

        self.laptops = LaptopsModel()
        self.laptop_view = _table(self.laptops)
        self.laptop_view.setAccessibleName(self.tr("Laptops of this event"))
        header = self.laptop_view.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        outer.addWidget(self.laptop_view, 2)

        outer.addLayout(self._conflict_head())
        self.conflicts = ConflictsModel()
        self.conflict_view = _table(self.conflicts)
        self.conflict_view.setAccessibleName(self.tr("Edits to look at"))
        header = self.conflict_view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(6):  # the values share the room; the rest is as wide as it needs
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column in (2, 3)
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.conflict_view.setTextElideMode(
            Qt.TextElideMode.ElideMiddle
        )  # two long values differ at either end
        self.conflict_view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        outer.addWidget(self.conflict_view, 3)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.detail)
        self.empty_label = QLabel(self.tr("No conflicts: every laptop agrees on every edit it has seen."))
        self.empty_label.setObjectName("subtitle")
        outer.addWidget(self.empty_label)
        self.listen(self._store_changed)  # detached when another workspace opens
        self.reload()

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.write_button = QPushButton(self.tr("Write bundle…"))
        self.write_button.setObjectName("primary")
        self.write_button.clicked.connect(lambda: self.write_bundle())
        self.read_button = QPushButton(self.tr("Read bundles…"))
        self.read_button.clicked.connect(lambda: self.read_bundles())
        self.add_button = QPushButton(self.tr("Add a laptop…"))
        self.add_button.clicked.connect(lambda: self.add_laptop())
        for button in (self.write_button, self.read_button, self.add_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    def _conflict_head(self) -> QHBoxLayout:
        head = QHBoxLayout()
        self.conflict_header = SectionHeader(
            self.tr("Edits to look at"),
            self.tr(
                "Two laptops changed the same thing before they exchanged. Every laptop kept the newer "
                "edit; choose which one stays."
            ),
        )
        head.addWidget(self.conflict_header, 1)
        self.keep_this_button = QPushButton(self.tr("Keep this"))
        self.keep_this_button.setToolTip(self.tr("Keep the value every laptop holds now"))
        self.keep_this_button.clicked.connect(lambda: self.resolve_current(keep_other=False))
        self.keep_that_button = QPushButton(self.tr("Keep that"))
        self.keep_that_button.setToolTip(self.tr("Put the other laptop's edit back, on every laptop"))
        self.keep_that_button.clicked.connect(lambda: self.resolve_current(keep_other=True))
        head.addWidget(self.keep_this_button, 0, Qt.AlignmentFlag.AlignBottom)
        head.addWidget(self.keep_that_button, 0, Qt.AlignmentFlag.AlignBottom)
        return head

    # -- data ----------------------------------------------------------------------------------------
    def reload(self) -> None:
        ws = self.ctx.workspace
        self.laptops.set_rows(laptops_of(ws))
        found = conflicts_of(ws)
        self.conflicts.set_rows(found)
        self.conflict_view.setVisible(bool(found))
        self.empty_label.setVisible(not found)
        self.conflict_header.title.setText(
            self.tr("Edits to look at ({0})").format(len(found)) if found else self.tr("Edits to look at")
        )
        if found:
            self.conflict_view.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._task is not None
        index = self.conflict_view.currentIndex()
        conflict = self.conflicts.conflict(index.row()) if index.isValid() else None
        chosen = conflict is not None
        self.detail.setVisible(chosen)
        if conflict is not None:
            self.detail.setText(
                self.tr("{0} — kept now (by {1}): «{2}»\nthe other edit (by {3}): «{4}»").format(
                    what(conflict), conflict.kept_by, conflict.kept, conflict.other_by, conflict.other
                )
            )
        self.keep_this_button.setEnabled(chosen and not busy)
        self.keep_that_button.setEnabled(chosen and not busy)
        for button in (self.write_button, self.read_button, self.add_button):
            button.setEnabled(not busy)

    def _store_changed(self, topic: StoreTopic) -> None:
        if topic in (StoreTopic.LAPTOPS, StoreTopic.EVENT):
            self.when_visible("reload", self.reload)

    # -- conflicts -----------------------------------------------------------------------------------
    def resolve_current(self, keep_other: bool) -> None:
        index = self.conflict_view.currentIndex()
        conflict = self.conflicts.conflict(index.row()) if index.isValid() else None
        if conflict is None:
            return
        uid = conflict.uid
        self.ctx.change(
            lambda ws: resolve_in(ws, uid, keep_other), ALL_TOPICS, on_done=lambda _r: self.reload()
        )

    # -- bundles -------------------------------------------------------------------------------------
    def _run(self, work: Any, message: str, done: Any, topics: tuple[StoreTopic, ...]) -> None:
        """A bundle task on the write pool, its progress on the page."""

        def finished(result: Any) -> None:
            self._task = None
            self.progress.finish()
            self.reload()
            done(result)

        def failed(_exc: BaseException) -> None:
            self._task = None
            self.progress.finish()
            self._update_buttons()

        self._task = self.ctx.change_later(
            work, topics, on_done=finished, on_error=failed, on_progress=self.progress.update_progress
        )
        self.progress.start(self._task, message)
        self._update_buttons()

    def write_bundle(self, path: Path | None = None) -> None:
        if path is None:
            this = self.laptops.this_laptop()
            name = (this.name if this else "laptop").replace(" ", "-")
            path = self.ctx.dialogs.save_file(
                self.tr("Write bundle"), f"{name}-{date.today():%Y-%m-%d}{SUFFIX}", BUNDLE_FILTER
            )
        if path is None:
            return
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)

        def done(result: Any) -> None:
            self.status.setText(
                self.tr("Wrote {0}: {1} rows. Carry it to the other laptops and read it there.").format(
                    result.file, result.rows
                )
            )

        target = path
        self._run(
            lambda ws, p: export_bundle(ws, target, p),
            self.tr("Writing the bundle…"),
            done,
            (StoreTopic.LAPTOPS,),
        )

    def read_bundles(self, paths: list[Path] | None = None) -> None:
        if paths is None:
            paths = self.ctx.dialogs.open_files(self.tr("Read bundles"), BUNDLE_FILTER)
        if not paths:
            return
        files = list(paths)

        def work(ws: Workspace, progress: ProgressFn) -> list[MergeResult]:
            return import_bundles(ws, files, progress)

        def done(results: list[MergeResult]) -> None:
            lines = [
                self.tr("{0} from {1}: {2} added, {3} updated, {4} conflicts, {5} already here").format(
                    r.file, r.laptop, r.added, r.updated, r.conflicts, r.already
                )
                for r in results
            ]
            self.status.setText("\n".join(lines))

        self._run(work, self.tr("Reading bundles…"), done, ALL_TOPICS)

    def add_laptop(self) -> None:
        name = self.ctx.dialogs.get_text(
            self.tr("Add a laptop"), self.tr("Name of the new laptop (e.g. 'Table 2' or 'Scanning'):")
        )
        if not name:
            return
        path = self.ctx.dialogs.save_file(
            self.tr("Workspace for the new laptop"),
            f"{name.strip().replace(' ', '-')}.hybridhub",
            WORKSPACE_FILTER,
        )
        if path is None:
            return

        def done(added: Any) -> None:
            self.ctx.dialogs.inform(
                self.tr("Laptop added"),
                self.tr(
                    "Wrote {0} for laptop '{1}'. On this computer it is ready to use. For another computer, "
                    "copy it there with its key file (Keys: export, under a passphrase), carried separately."
                ).format(added.output.name, added.name),
            )

        target = path
        self._run(
            lambda ws, _p: add_laptop(ws, name, target),
            self.tr("Enrolling the laptop…"),
            done,
            (StoreTopic.LAPTOPS,),
        )
