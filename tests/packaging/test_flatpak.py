"""The Flatpak manifest parses, names the app as the desktop files do, and its build commands (run here
with /app moved to a temporary folder, on a stand-in for the PyInstaller folder) install a launcher, the
desktop entry, metainfo, MIME type and icon where Flatpak looks for them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import yaml

from hybridhub import APP_ID
from tests.packaging.helpers import REPO

MANIFEST = REPO / "packaging" / "linux" / f"{APP_ID}.yml"


def _manifest() -> dict[str, object]:
    data = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_manifest_names_the_app_and_its_launcher(tmp_path: Path) -> None:
    data = _manifest()
    assert data["app-id"] == APP_ID
    exec_line = next(
        line
        for line in (MANIFEST.parent / f"{APP_ID}.desktop").read_text().splitlines()
        if line.startswith("Exec=")
    )
    assert exec_line.split("=", 1)[1].split()[0] == data["command"]
    if shutil.which("flatpak-builder"):
        done = subprocess.run(
            ["flatpak-builder", "--show-manifest", str(MANIFEST)],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=tmp_path,  # its cache folder lands there, not in the checkout
        )
        assert done.returncode == 0 and APP_ID in done.stdout, done.stderr


def test_build_commands_install_what_flatpak_needs(tmp_path: Path) -> None:
    (module,) = _manifest()["modules"]  # type: ignore[misc]
    build, app = tmp_path / "build", tmp_path / "app"
    for source in module["sources"]:
        target = build / source.get("dest", "")
        origin = (MANIFEST.parent / source["path"]).resolve()
        if source["type"] == "dir" and origin.name == "HybridHub":  # the PyInstaller folder: a stand-in
            target.mkdir(parents=True)
            (target / "HybridHub").write_text('#!/bin/sh\necho window "$@"\n')
            (target / "hybridhub-cli").write_text('#!/bin/sh\necho cli "$@"\n')
        elif source["type"] == "dir":
            shutil.copytree(origin, target)
        else:
            build.mkdir(exist_ok=True)
            shutil.copy(origin, build / origin.name)
    for command in module["build-commands"]:
        subprocess.run(["sh", "-c", command.replace("/app/", f"{app}/")], cwd=build, check=True)
    for path in (
        "bin/hybridhub-gui",
        "bin/hybridhub",
        "lib/hybridhub/HybridHub",
        f"share/applications/{APP_ID}.desktop",
        f"share/metainfo/{APP_ID}.metainfo.xml",
        f"share/mime/packages/{APP_ID}.xml",
        f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
    ):
        assert (app / path).is_file(), path
    assert f"{app}/lib/hybridhub/hybridhub-cli" in (app / "bin/hybridhub").read_text()
