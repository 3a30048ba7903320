"""Which format is this file? Judged from the content, ZIP exports included.

Every importer rates the file as a whole (Slack and Facebook exports are whole ZIPs). When none is
sure, the members of a ZIP are rated one by one (a WhatsApp ZIP is a chat `.txt` plus media), so the
result names both the importer and the source it should read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from hybridhub.core.errors import ImportFormatError, UserError
from hybridhub.importers import registry
from hybridhub.importers.base import Importer
from hybridhub.importers.source import Source

SURE = 0.9
ENOUGH = 0.3
TEXT_MEMBERS = (".txt", ".csv", ".tsv", ".json", ".html", ".htm", ".xlsx", ".eml", ".mbox", ".xml", ".vtt")
MAX_MEMBERS_RATED = 200


@dataclass(frozen=True)
class Detection:
    importer: Importer
    source: Source
    confidence: float


def _rate(importer: Importer, source: Source) -> float:
    try:
        return max(0.0, min(1.0, float(importer.detect(source))))
    except UserError:
        return 0.0


def _best(importers: list[Importer], source: Source) -> Detection | None:
    best: Detection | None = None
    for importer in importers:
        score = _rate(importer, source)
        if score > 0 and (best is None or score > best.confidence):
            best = Detection(importer, source, score)
    return best


def _member_candidates(source: Source) -> list[str]:
    members = [m for m in source.members() if PurePosixPath(m).suffix.lower() in TEXT_MEMBERS]
    members = [m for m in members if not PurePosixPath(m).name.startswith(("._", "."))]
    # Shallow members first: the chat text sits at the top of a WhatsApp or Zoom ZIP.
    members.sort(key=lambda m: (m.count("/"), m))
    return members[:MAX_MEMBERS_RATED]


def detect_source(source: Source, importers: list[Importer] | None = None) -> Detection:
    """The best importer for `source`, or an ImportFormatError naming the file."""
    candidates = importers if importers is not None else registry.importers()
    if source.member is None and not source.path.is_file():
        raise ImportFormatError("no such file", file=source.path)
    best = _best(candidates, source)
    if source.is_zip() and (best is None or best.confidence < SURE):
        for member in _member_candidates(source):
            found = _best(candidates, source.child(member))
            if found and (best is None or found.confidence > best.confidence):
                best = found
    if best is None or best.confidence < ENOUGH:
        raise ImportFormatError(
            "HybridHub does not recognise this file as an export it can import",
            file=source.name,
            hint="run 'hybridhub formats' to see the formats it reads",
        )
    return best


def detect(path: str | Path, importers: list[Importer] | None = None) -> Detection:
    return detect_source(Source(Path(path)), importers)


def resolve(path: str | Path, format: str | None = None) -> Detection:
    """`detect(path)`, or with `format` given the named importer on the file (or the ZIP member it
    recognises best)."""
    if format is None:
        return detect(path)
    importer = registry.get(format)
    source = Source(Path(path))
    if not source.path.is_file():
        raise ImportFormatError("no such file", file=source.path)
    score = _rate(importer, source)
    if source.is_zip() and score < SURE:
        for member in _member_candidates(source):
            child = source.child(member)
            member_score = _rate(importer, child)
            if member_score > score:
                source, score = child, member_score
    return Detection(importer, source, score)


@dataclass(frozen=True)
class Candidate:
    """A file the user offered for import: what it was recognised as, or why not."""

    path: Path
    detection: Detection | None
    problem: str = ""

    @property
    def label(self) -> str:
        return self.detection.importer.label if self.detection else ""


def _files_in(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.parts[-2:])
    )


def examine(paths: list[Path]) -> list[Candidate]:
    """Recognise every file offered; a folder offers the files in it that are recognised (a WhatsApp
    folder holds photos too: those are left out silently)."""
    found: list[Candidate] = []
    for path in paths:
        if path.is_dir():
            for inner in _files_in(path):
                try:
                    found.append(Candidate(inner, detect(inner)))
                except UserError:
                    continue
            continue
        try:
            found.append(Candidate(path, detect(path)))
        except UserError as exc:
            found.append(Candidate(path, None, exc.message))
    return found
