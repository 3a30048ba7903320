"""The wheel carries everything the app reads (fonts, sounds, translations, form templates) and runs
from a fresh virtual environment, started from a folder that is not the repository."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.packaging.helpers import REPO, check_installed_app, isolated_env, run

pytestmark = pytest.mark.slow

SHIPPED = [
    "hybridhub/_resources/fonts/DejaVuSans.ttf",
    "hybridhub/_resources/fonts/DejaVuSans-Bold.ttf",
    "hybridhub/_resources/sounds/ok.wav",
    "hybridhub/_resources/i18n/hybridhub_fr.qm",
    "hybridhub/_resources/locale/fr/LC_MESSAGES/hybridhub.mo",
    "hybridhub/_resources/locale/pt/LC_MESSAGES/hybridhub.mo",
    "hybridhub/_forms/session-feedback.yaml",
    "hybridhub/_forms/walk-in-card.yaml",
    "hybridhub/_docs/checkin.md",  # Help > Guides
    "hybridhub/_docs/screenshots/checkin-desk-green.png",
    "hybridhub/core/migrations/versions/0001_initial.py",
]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    cmd = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(REPO)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)
    (built,) = out.glob("hybridhub-*.whl")
    return built


def test_the_wheel_holds_every_asset(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [name for name in SHIPPED if name not in names]
    assert not missing, missing
    assert not any(n.endswith((".ts", ".po", ".pot")) for n in names), "sources stay out of the wheel"


def test_the_installed_wheel_runs_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    # The dependencies come from this environment (no download of PySide6 per run); the package itself
    # only from the wheel: the test venv's own site-packages, not the repository, must hold hybridhub.
    (site,) = venv.glob("lib/python*/site-packages")
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = isolated_env(tmp_path / "home")
    python = str(venv / "bin" / "python")
    run([python, "-m", "pip", "install", "--no-deps", "--quiet", str(wheel)], tmp_path, env)
    where = run([python, "-c", "import hybridhub.core.resources as r; print(r.font_path())"], tmp_path, env)
    assert where.startswith(str(site)) and Path(where.strip()).is_file()
    work = tmp_path / "elsewhere"
    work.mkdir()
    check_installed_app([str(venv / "bin" / "hybridhub")], [str(venv / "bin" / "hybridhub-gui")], work, env)
