"""The formats HybridHub can import: every `Importer` subclass with a `name` in
`hybridhub.importers.formats`, found by walking that package once."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from functools import cache

from hybridhub.core.errors import NotFoundError
from hybridhub.importers import formats as formats_package
from hybridhub.importers.base import Importer


@cache
def _discover() -> dict[str, type[Importer]]:
    found: dict[str, type[Importer]] = {}
    for info in sorted(pkgutil.iter_modules(formats_package.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{formats_package.__name__}.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(cls, Importer)
                and not inspect.isabstract(cls)
                and cls.__module__ == module.__name__
                and getattr(cls, "name", None)
            ):
                if cls.name in found and found[cls.name] is not cls:
                    raise RuntimeError(f"two importers are called '{cls.name}'")
                found[cls.name] = cls
    return dict(sorted(found.items()))


def importers() -> list[Importer]:
    """One instance of every format, sorted by name."""
    return [cls() for cls in _discover().values()]


def names() -> list[str]:
    return list(_discover())


def get(name: str) -> Importer:
    cls = _discover().get(name)
    if cls is None:
        raise NotFoundError(
            f"no import format called '{name}'",
            field="format",
            hint="known formats: " + ", ".join(_discover()),
        )
    return cls()
