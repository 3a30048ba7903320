"""Shared fixtures: every test gets its own data dir and a fresh workspace file; Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hybridhub.core.workspace import Workspace, create_workspace

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session", autouse=True)
def _session_key_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One key store for the whole run, as for one user on one laptop: the demo workspace is built
    once per session (its keys must be found by every test that copies it) and CLI subprocesses
    inherit it. Keys are filed by event uid, so tests never see each other's. A test that needs a
    laptop without the keys points HYBRIDHUB_KEYSTORE elsewhere."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HYBRIDHUB_KEYSTORE", str(tmp_path_factory.mktemp("keys")))
        mp.setenv("HYBRIDHUB_DATA_DIR", str(tmp_path_factory.mktemp("session-data")))
        yield


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user data dir or a developer's HYBRIDHUB_WORKSPACE."""
    monkeypatch.setenv("HYBRIDHUB_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("HYBRIDHUB_WORKSPACE", raising=False)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = create_workspace(tmp_path / "test.hybridhub", "Test workshop", timezone="Europe/Paris")
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo workspace built once per run; copy it (see `demo_workspace`) before changing it."""
    from hybridhub.demo.builder import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.hybridhub"
    build_demo(path)
    return path


@pytest.fixture
def demo_workspace(demo_path: Path, tmp_path: Path) -> Iterator[Workspace]:
    import shutil

    from hybridhub.core.workspace import open_workspace

    copy = tmp_path / "demo.hybridhub"
    shutil.copy(demo_path, copy)
    ws = open_workspace(copy)
    yield ws
    ws.close()
