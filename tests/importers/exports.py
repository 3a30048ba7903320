"""Helpers for importer tests: build export ZIPs from the sample folders, read records, fuzz."""

from __future__ import annotations

import contextlib
import io
import tempfile
import zipfile
from pathlib import Path

from hybridhub.core.errors import UserError
from hybridhub.importers import registry
from hybridhub.importers.base import Importer, ImportOptions
from hybridhub.importers.records import Message, Record, Skipped
from hybridhub.importers.source import Source

OPTIONS = ImportOptions(timezone="Europe/Berlin")


def zip_folder(folder: Path, target: Path, prefix: str = "") -> Path:
    """A ZIP of `folder`'s files, as the tool's export would be (optionally under a top folder)."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, prefix + path.relative_to(folder).as_posix())
    return target


def records(importer: Importer, path: Path, member: str | None = None) -> list[Record]:
    return list(importer.records(Source(path, member), OPTIONS))


def messages(found: list[Record]) -> list[Message]:
    return [r for r in found if isinstance(r, Message)]


def skipped(found: list[Record]) -> list[str]:
    return [r.reason for r in found if isinstance(r, Skipped)]


def scores(path: Path) -> dict[str, float]:
    """Every registered importer's confidence for `path`."""
    source = Source(path)
    return {importer.name: importer.detect(source) for importer in registry.importers()}


def fuzz(importer: Importer, data: bytes, suffix: str) -> None:
    """`importer` on `data`: records or a UserError, never anything else."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"export{suffix}"
        path.write_bytes(data)
        source = Source(path)
        with contextlib.suppress(UserError):
            assert 0.0 <= importer.detect(source) <= 1.0
        try:
            for _ in importer.records(source, OPTIONS):
                pass
        except UserError:
            pass


def zip_of(files: dict[str, bytes]) -> bytes:
    """A deflated ZIP of `files` (member name -> bytes), as the tools export them."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def folder_files(path: Path) -> dict[str, bytes]:
    """Every file below `path`, by its path relative to it."""
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


def zip_bytes(files: dict[str, bytes]) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.zip"
        with zipfile.ZipFile(path, "w") as zf:
            for name, data in files.items():
                zf.writestr(name, data)
        return path.read_bytes()
