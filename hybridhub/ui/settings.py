"""Settings declared once, typed, with defaults, over QSettings.

In portable mode (a `hybridhub-data` folder next to the program) they live in an INI file there, so
they travel with the USB stick; tests pass their own QSettings.
"""

from __future__ import annotations

import socket
from collections.abc import Iterable
from typing import cast

from PySide6.QtCore import QByteArray, QSettings

from hybridhub import APP_NAME, ORG_NAME
from hybridhub.core.paths import portable_dir, remember_workspace
from hybridhub.core.server import WorkspaceTarget, hide_password, parse_target

MAX_RECENT = 8
APPEARANCES = ("system", "light", "dark")


def default_qsettings() -> QSettings:
    portable = portable_dir()
    if portable is not None:
        return QSettings(str(portable / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(ORG_NAME, APP_NAME)


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self._s = store if store is not None else default_qsettings()

    def _str(self, key: str, default: str = "") -> str:
        value = self._s.value(key, default)
        return str(value) if value is not None else default

    @property
    def last_workspace(self) -> WorkspaceTarget | None:
        value = self._str("workspace/last")
        return parse_target(value) if value else None

    @last_workspace.setter
    def last_workspace(self, target: WorkspaceTarget | None) -> None:
        self._s.setValue("workspace/last", hide_password(target) if target else "")

    @property
    def recent_workspaces(self) -> list[WorkspaceTarget]:
        """Files and server URLs, most recent first; a URL is kept without its password."""
        value = self._s.value("workspace/recent", [])
        items = [value] if isinstance(value, str) else list(cast(Iterable[str], value or []))
        return [parse_target(v) for v in items if v]

    def add_recent(self, target: WorkspaceTarget) -> None:
        kept = parse_target(hide_password(target))
        items = [p for p in self.recent_workspaces if p != kept]
        self._s.setValue("workspace/recent", [str(p) for p in [kept, *items][:MAX_RECENT]])
        self.last_workspace = kept
        remember_workspace(kept)

    @property
    def window_geometry(self) -> QByteArray:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else QByteArray()

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) else QByteArray()

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    @property
    def last_page(self) -> str:
        return self._str("window/page", "")

    @last_page.setter
    def last_page(self, title: str) -> None:
        self._s.setValue("window/page", title)

    @property
    def device_name(self) -> str:
        """How this laptop is named in check-in logs ('Door-2'); defaults to the host name."""
        return self._str("device/name") or socket.gethostname() or "laptop"

    @device_name.setter
    def device_name(self, name: str) -> None:
        self._s.setValue("device/name", name)

    @property
    def report_language(self) -> str:
        return self._str("report/language", "en")

    @report_language.setter
    def report_language(self, code: str) -> None:
        self._s.setValue("report/language", code)

    @property
    def language(self) -> str:
        """The app's language code, or "" to follow the system's."""
        return self._str("ui/language", "")

    @language.setter
    def language(self, code: str) -> None:
        self._s.setValue("ui/language", code)

    @property
    def appearance(self) -> str:
        """One of APPEARANCES: "system" (follow the light or dark scheme of the system), "light", "dark"."""
        value = self._str("ui/appearance", "system")
        return value if value in APPEARANCES else "system"

    @appearance.setter
    def appearance(self, value: str) -> None:
        self._s.setValue("ui/appearance", value)

    def sync(self) -> None:
        self._s.sync()
