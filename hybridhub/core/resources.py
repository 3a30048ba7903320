"""The files HybridHub ships with (fonts, sounds, translations, form templates), read from the package.

The repository keeps them in `resources/` and `forms/` at its top; the build maps those folders into the
package as `hybridhub._resources` and `hybridhub._forms` (see setup.py), so the same lookup works in an
editable install, an installed wheel and the PyInstaller app. Every caller needs a real file path (fonts
for reportlab, a folder for Qt's translator), so a resource inside a zip would be extracted once per run.
"""

from __future__ import annotations

import atexit
import contextlib
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path

RESOURCES_PACKAGE = "hybridhub._resources"
FORMS_PACKAGE = "hybridhub._forms"
DOCS_PACKAGE = "hybridhub._docs"  # the user guides (docs/ in the repository)

_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


@cache
def _package_dir(package: str) -> Path:
    root = files(package)
    if isinstance(root, Path):
        return root
    return _extracted.enter_context(as_file(root))  # pragma: no cover - only for zipped installs


def resource_path(*parts: str) -> Path:
    """A shipped resource, e.g. `resource_path("fonts", "DejaVuSans.ttf")`."""
    return _package_dir(RESOURCES_PACKAGE).joinpath(*parts)


def docs_dir() -> Path:
    """The folder of the user guides (Markdown, with their screenshots)."""
    return _package_dir(DOCS_PACKAGE)


def font_path(name: str = "DejaVuSans.ttf") -> Path:
    return resource_path("fonts", name)


def forms_dir() -> Path:
    """The folder of the paper form templates that ship with the app."""
    return _package_dir(FORMS_PACKAGE)
