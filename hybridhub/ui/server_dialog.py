"""File > Open server workspace…: where an organisation's shared store is (PostgreSQL), and who opens it.

The fields and the URL stay in step: paste `postgresql://marie@db.example.org/spring_forum` and the
fields fill in; type in the fields and the URL follows (never showing the password). The password is
used to open the store and then forgotten: recent workspaces keep the URL without it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hybridhub.core.server import ServerAddress

DEFAULT_PORT = 5432


class ServerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, remembered: str = "", problem: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open server workspace"))
        self.setMinimumWidth(560)
        self._syncing = False
        intro = QLabel(
            self.tr(
                "An organisation's shared store on a PostgreSQL server, one database per event. "
                "Ask your administrator for these details."
            )
        )
        intro.setWordWrap(True)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("postgresql://USER@HOST/DATABASE")
        self.host = QLineEdit()
        self.host.setPlaceholderText("db.example.org")
        self.port = QLineEdit()
        self.port.setValidator(QIntValidator(1, 65535, self.port))
        self.port.setPlaceholderText(str(DEFAULT_PORT))
        self.port.setMaximumWidth(90)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        host_row = QHBoxLayout()
        host_row.addWidget(self.host, 1)
        host_row.addWidget(QLabel(self.tr("Port:")))
        host_row.addWidget(self.port)
        form = QFormLayout()
        form.addRow(self.tr("Server URL:"), self.url_edit)
        form.addRow(self.tr("Server:"), host_row)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        note = QLabel(
            self.tr(
                "The password is not remembered. To open this workspace without typing it, "
                "keep it in your ~/.pgpass file."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        self.problem = QLabel(problem)
        self.problem.setWordWrap(True)
        self.problem.setObjectName("problem")  # in the theme's danger colour (light or dark)
        self.problem.setVisible(bool(problem))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(note)
        box.addWidget(self.problem)
        box.addStretch(1)
        box.addWidget(self.buttons)

        self.url_edit.textEdited.connect(self._url_edited)
        for edit in (self.host, self.port, self.database, self.user):
            edit.textEdited.connect(self._fields_edited)
        self.password.textEdited.connect(self._update_button)
        if remembered:
            self.url_edit.setText(remembered)
            self._url_edited(remembered)
        self._update_button()
        (self.password if self.host.text() and self.user.text() else self.url_edit).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def _url_edited(self, value: str) -> None:
        """A pasted or typed URL fills the fields it names (its password goes to the hidden field)."""
        found = ServerAddress.parse(value)
        if found is not None:
            self._syncing = True
            self.host.setText(found.host)
            self.port.setText(str(found.port) if found.port else "")
            self.database.setText(found.database)
            self.user.setText(found.user)
            if found.password:
                self.password.setText(found.password)
                self.url_edit.setText(self._url(with_password=False))
            self._syncing = False
        self._update_button()

    def _fields_edited(self, *_args: object) -> None:
        if not self._syncing:
            self.url_edit.setText(self._url(with_password=False))
        self._update_button()

    def _update_button(self, *_args: object) -> None:
        ready = all(w.text().strip() for w in (self.host, self.database, self.user))
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(ready)

    def _url(self, *, with_password: bool) -> str:
        port = int(self.port.text()) if self.port.text().isdigit() else None
        return ServerAddress(
            self.host.text(),
            port if port != DEFAULT_PORT else None,
            self.database.text(),
            self.user.text(),
            self.password.text(),
        ).url(with_password=with_password)

    def target(self) -> str:
        """The URL to open, with the password if one was typed (never show or keep it)."""
        return self._url(with_password=True)
