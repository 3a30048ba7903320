"""What every page receives: built once at start-up by `hybridhub.app.build_context`, no singletons."""

from __future__ import annotations

from dataclasses import dataclass

from hybridhub.core.workspace import Workspace
from hybridhub.ui.dialogs import DialogService
from hybridhub.ui.settings import Settings
from hybridhub.ui.store_signals import StoreSignals
from hybridhub.ui.tasks import TaskRunner


@dataclass
class AppContext:
    workspace: Workspace
    settings: Settings
    dialogs: DialogService
    store: StoreSignals
    tasks: TaskRunner

    @property
    def device_name(self) -> str:
        return self.settings.device_name
