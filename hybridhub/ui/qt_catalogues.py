"""The app's Qt catalogues (`resources/i18n/hybridhub_<lang>.ts` -> `.qm`): refresh them from the
source, and say what is stale or unfinished. `python -m hybridhub.ui.qt_catalogues` (run by
`make translations`) refreshes; the tests call `problems()`. See docs/translating.md.

`.ts` files are written without source locations (`-locations none`): the context (the class) and the
English text identify a message, so line moves in the code do not churn the translators' files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository, for editing its catalogues
TS_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("fr", "de", "es")
# English is the source language; its catalogue holds only the plural forms ("1 channel", "2 channels"
# for "%n channel(s)"), made with lupdate's -pluralonly.
PLURAL_ONLY = ("en",)
CATALOGUES = (*LANGUAGES, *PLURAL_ONLY)
EMPTY_TS = (
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{lang}"></TS>\n'
)


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found (it comes with the pyside6 package)")
    return found


def sources() -> list[str]:
    """Every file whose words the user sees in the app, relative to the repository."""
    files = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "hybridhub" / "ui").rglob("*.py"))
    return [*files, "hybridhub/app.py"]


def ts_path(lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"hybridhub_{lang}.ts"


def update(folder: Path = TS_DIR) -> None:
    """Extract the app's messages into each language's `.ts` (new ones unfinished, gone ones dropped)."""
    base = [_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete", *sources()]
    targets = [str(ts_path(lang, folder)) for lang in LANGUAGES]
    subprocess.run([*base, "-ts", *targets], cwd=ROOT, check=True, capture_output=True, timeout=300)
    plural = [str(ts_path(lang, folder)) for lang in PLURAL_ONLY]
    for target in plural:
        if not Path(target).exists():  # lupdate needs the language of a new file
            Path(target).write_text(EMPTY_TS.format(lang="en_GB"), encoding="utf-8")
    subprocess.run(
        [*base, "-pluralonly", "-ts", *plural], cwd=ROOT, check=True, capture_output=True, timeout=300
    )


def release(ts: Path, qm: Path) -> None:
    cmd = [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)


def unfinished(ts: Path) -> list[str]:
    """The sources of the messages of a `.ts` file that still lack a finished translation."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = translation.findall("numerusform") or [translation]
            if translation.get("type") == "unfinished" or not all((f.text or "").strip() for f in forms):
                out.append(f"{name}: {message.findtext('source')}")
    return out


def stale(folder: Path = TS_DIR) -> list[str]:
    """The `.ts` and `.qm` files that `make translations` would change."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        for lang in CATALOGUES:
            shutil.copy(ts_path(lang, folder), ts_path(lang, copy))
        update(copy)
        for lang in CATALOGUES:
            ts, fresh = ts_path(lang, folder), ts_path(lang, copy)
            if ts.read_bytes() != fresh.read_bytes():
                out.append(f"{ts.name}: the source has changed (run `make translations`)")
            release(ts, fresh.with_suffix(".qm"))
            if ts.with_suffix(".qm").read_bytes() != fresh.with_suffix(".qm").read_bytes():
                out.append(
                    f"{ts.with_suffix('.qm').name}: not compiled from its .ts (run `make translations`)"
                )
    return out


def refresh(folder: Path = TS_DIR) -> None:
    update(folder)
    for lang in CATALOGUES:
        release(ts_path(lang, folder), ts_path(lang, folder).with_suffix(".qm"))


if __name__ == "__main__":
    refresh()
    for lang in CATALOGUES:
        missing = unfinished(ts_path(lang))
        print(f"{lang}: {len(missing)} unfinished" if missing else f"{lang}: complete")
