"""People: who is who across channels, consent, suggested merges to confirm, un-merge, and erasure."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from hybridhub.events.actions import event_info
from hybridhub.people.actions import merge, merges_of, people_and_suggestions, set_consent, unmerge
from hybridhub.people.directory import PersonRow
from hybridhub.people.erase import EraseResult, erase_participant
from hybridhub.ui.context import AppContext
from hybridhub.ui.models.people_model import MergeSuggestionsModel, PeopleModel
from hybridhub.ui.pages.base import Page, column, side_by_side
from hybridhub.ui.store_signals import StoreTopic
from hybridhub.ui.style import active_theme
from hybridhub.ui.widgets import SectionHeader, row_view
from hybridhub.ui.widgets.empty_hint import EmptyHint
from hybridhub.ui.words import channel_name

# Marked for lupdate in the page's context: `self.tr(text)` below finds their translations.
CONSENT_LABELS = (
    ("quote", str(QT_TRANSLATE_NOOP("PeoplePage", "May be quoted"))),
    ("name", str(QT_TRANSLATE_NOOP("PeoplePage", "Name may be shown"))),
    ("contact", str(QT_TRANSLATE_NOOP("PeoplePage", "May be contacted"))),
)


class PeoplePage(Page):
    title = "People"
    icon_name = "people"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._event_id = event_info(ctx.workspace).id
        outer = self.page_layout(
            self.tr("People"),
            self.tr("Everyone who took part, how they appear in each channel, and what they agreed to."),
        )
        outer.addWidget(side_by_side(self._people_panel(), self._person_panel(), (820, 420)), 1)
        self.listen(self._store_changed)
        self.reload()

    def _people_panel(self) -> QWidget:
        left, left_layout = column()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Find a name, pseudonym or channel name…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self.reload())
        left_layout.addWidget(self.search_edit)
        self.people = PeopleModel()
        self.people_view = row_view(self.people)
        self.people_view.setAccessibleName(self.tr("People"))
        self.empty_hint = EmptyHint(
            self.people_view,
            self.tr(
                "Nobody yet. People appear as they check in, fill in a paper form, are named in a note "
                "or post in an imported discussion."
            ),
        )
        self.people_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.people_view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_person())
        left_layout.addWidget(self.people_view, 3)
        head = QHBoxLayout()
        head.addWidget(SectionHeader(self.tr("Suggested merges"), self.tr("Probably the same person")), 1)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setObjectName("primary")
        self.merge_button.clicked.connect(self.merge_selected)
        head.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignBottom)
        left_layout.addLayout(head)
        self.suggestions = MergeSuggestionsModel()
        self.suggestion_view = row_view(self.suggestions)
        self.suggestion_view.setAccessibleName(self.tr("Suggested merges"))
        EmptyHint(self.suggestion_view, self.tr("No one looks like a duplicate of someone else."))
        self.suggestion_view.horizontalHeader().resizeSection(0, 220)
        self.suggestion_view.horizontalHeader().resizeSection(1, 220)
        left_layout.addWidget(self.suggestion_view, 2)
        return left

    def _person_panel(self) -> QWidget:
        right, right_layout = column()
        self.person_title = SectionHeader("")
        right_layout.addWidget(self.person_title)
        right_layout.addWidget(QLabel(self.tr("Identities")))
        self.identity_list = QListWidget()
        right_layout.addWidget(self.identity_list, 1)
        self.consent_boxes: dict[str, QCheckBox] = {}
        for key, text in CONSENT_LABELS:
            box = QCheckBox(self.tr(text))
            box.setTristate(True)
            box.setToolTip(self.tr("Checked: yes; empty: no; partly: not asked"))
            box.clicked.connect(lambda _c=False, k=key: self._consent_clicked(k))
            self.consent_boxes[key] = box
            right_layout.addWidget(box)
        right_layout.addWidget(QLabel(self.tr("Merged into this record")))
        self.merged_list = QListWidget()
        self.merged_list.setMaximumHeight(90)
        right_layout.addWidget(self.merged_list)
        buttons = QHBoxLayout()
        self.unmerge_button = QPushButton(self.tr("Un-merge selected"))
        self.unmerge_button.clicked.connect(self.unmerge_selected)
        self.erase_button = QPushButton(self.tr("Erase this person…"))
        self.erase_button.setStyleSheet(f"color: {active_theme().danger};")
        self.erase_button.clicked.connect(self.erase_current)
        buttons.addWidget(self.unmerge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.erase_button)
        right_layout.addLayout(buttons)
        return right

    def reload(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self._current_id()
        rows, found = people_and_suggestions(self.ctx.workspace, self._event_id, self.search_edit.text())
        self.people.set_rows(rows)
        self.suggestions.set_rows(found)
        self.merge_button.setEnabled(bool(found))
        row = self.people.row_of(current) if current is not None else -1
        self.people_view.selectRow(row if row >= 0 else 0)
        self._show_person()

    def _current_id(self) -> int | None:
        index = self.people_view.currentIndex()
        person = self.people.person(index.row()) if index.isValid() else None
        return person.id if person else None

    def current_person(self) -> PersonRow | None:
        index = self.people_view.currentIndex()
        return self.people.person(index.row()) if index.isValid() else None

    def _show_person(self) -> None:
        p = self.current_person()
        self.identity_list.clear()
        self.merged_list.clear()
        for box in self.consent_boxes.values():
            box.setEnabled(p is not None)
        self.erase_button.setEnabled(p is not None)
        if p is None:
            self.person_title.title.setText(self.tr("Nobody selected"))
            self.person_title.subtitle.setVisible(False)
            self.unmerge_button.setEnabled(False)
            return
        self.person_title.title.setText(p.label)
        extra = [x for x in (p.organisation, p.region, p.language) if x]
        self.person_title.subtitle.setText(" · ".join(extra))
        self.person_title.subtitle.setVisible(bool(extra))
        for i in p.identities:
            marks = (self.tr(" (phone)") if i.has_phone else "") + (
                self.tr(" (e-mail)") if i.has_email else ""
            )
            self.identity_list.addItem(f"{channel_name(i.channel)}: {i.display or '—'}{marks}")
        states = {"quote": p.consent_quote, "name": p.consent_name, "contact": p.consent_contact}
        for key, box in self.consent_boxes.items():
            value = states[key]
            box.setCheckState(
                Qt.CheckState.PartiallyChecked
                if value is None
                else (Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            )
        for m in merges_of(self.ctx.workspace, p.id):
            self.merged_list.addItem(f"{m.merged_label}   ({m.reason})" if m.reason else m.merged_label)
            self.merged_list.item(self.merged_list.count() - 1).setData(Qt.ItemDataRole.UserRole, m.merged_id)
        self.unmerge_button.setEnabled(self.merged_list.count() > 0)

    def _consent_clicked(self, key: str) -> None:
        p = self.current_person()
        if p is None:
            return
        state = self.consent_boxes[key].checkState()
        value = None if state == Qt.CheckState.PartiallyChecked else state == Qt.CheckState.Checked
        self.ctx.change(
            lambda ws: set_consent(ws, p.id, key, value),
            (StoreTopic.PARTICIPANTS,),
            on_done=lambda _none: self.reload(p.id),
        )

    def merge_selected(self) -> None:
        index = self.suggestion_view.currentIndex()
        suggestion = self.suggestions.suggestion(index.row() if index.isValid() else 0)
        if suggestion is None:
            return
        question = self.tr(
            "Merge %1 into %2? Their identities and contributions move; you can un-merge later."
        )
        if not self.ctx.dialogs.ask(
            self.tr("Merge"),
            question.replace("%1", suggestion.merge_label).replace("%2", suggestion.keep_label),
        ):
            return
        event_id, reason = self._event_id, "; ".join(suggestion.reasons)
        self.ctx.change(
            lambda ws: merge(ws, event_id, suggestion.keep_id, suggestion.merge_id, reason),
            (StoreTopic.PARTICIPANTS, StoreTopic.CONTRIBUTIONS),
            on_done=lambda _result: self.reload(suggestion.keep_id),
        )

    def unmerge_selected(self) -> None:
        item = self.merged_list.currentItem() or self.merged_list.item(0)
        if item is None:
            return
        keep, event_id, merged_id = self._current_id(), self._event_id, item.data(Qt.ItemDataRole.UserRole)
        self.ctx.change(
            lambda ws: unmerge(ws, event_id, merged_id),
            (StoreTopic.PARTICIPANTS, StoreTopic.CONTRIBUTIONS),
            on_done=lambda _result: self.reload(keep),
        )

    def erase_current(self) -> None:
        p = self.current_person()
        if p is None:
            return
        question = self.tr(
            "Erase %1 completely? Their %2 contributions, identities, check-ins and answers are deleted and "
            "the workspace is compacted so no trace stays. This cannot be undone."
        )
        if not self.ctx.dialogs.ask(
            self.tr("Erase participant"), question.replace("%1", p.label).replace("%2", str(p.contributions))
        ):
            return
        uid = p.uid
        self.erase_button.setEnabled(False)

        def done(_result: EraseResult) -> None:
            self.reload()
            self.ctx.dialogs.inform(self.tr("Erased"), self.tr("%1 was erased.").replace("%1", p.pseudonym))

        self.ctx.change_later(
            lambda ws, _progress: erase_participant(ws, uid),
            (StoreTopic.PARTICIPANTS, StoreTopic.CONTRIBUTIONS, StoreTopic.CHECKINS, StoreTopic.SHEETS),
            on_done=done,
            on_error=lambda _exc: self.erase_button.setEnabled(True),
        )

    def _store_changed(self, topic: StoreTopic) -> None:
        watched = (StoreTopic.PARTICIPANTS, StoreTopic.CONTRIBUTIONS, StoreTopic.IMPORTS, StoreTopic.CHECKINS)
        if topic in watched:
            self.when_visible("reload", self.reload)
