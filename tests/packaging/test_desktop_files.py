"""The Linux desktop entry and AppStream metainfo pass the freedesktop validators and agree with the
package on the app id and version."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from hybridhub import APP_ID, __version__
from tests.packaging.helpers import REPO

LINUX = REPO / "packaging" / "linux"


def validate(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (scripts/system-deps.sh installs it on Debian/Ubuntu)")
    return subprocess.run([tool, *args], capture_output=True, text=True, timeout=60)


def test_desktop_entry_is_valid() -> None:
    path = LINUX / f"{APP_ID}.desktop"
    done = validate("desktop-file-validate", str(path))
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    assert "Icon=" + APP_ID in path.read_text().splitlines()
    assert (REPO / "resources" / "icons" / f"{APP_ID}.svg").is_file()


def test_appstream_metainfo_is_valid_and_current() -> None:
    path = LINUX / f"{APP_ID}.metainfo.xml"
    done = validate("appstreamcli", "validate", "--no-net", str(path))
    assert done.returncode == 0, done.stdout + done.stderr
    root = ET.parse(path).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"  # type: ignore[union-attr]
    releases = [r.get("version") for r in root.iter("release")]
    assert releases and releases[0] == __version__, "add a <release> for the package's version"
