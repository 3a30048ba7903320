"""Paper forms on a workspace, each call one session or one transaction: what the Paper forms, Keyed
entry and Review pages run (scanning a batch is `capture.scan_files`, which takes the workspace too)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hybridhub.core.workspace import Workspace
from hybridhub.paperforms import capture, keyed, printing, review
from hybridhub.paperforms.capture import ScanReport
from hybridhub.paperforms.keyed import KeyedForm
from hybridhub.paperforms.printing import PrintResult
from hybridhub.paperforms.review import ReviewItem
from hybridhub.paperforms.templates import FormFile


@dataclass(frozen=True)
class QueuedPage:
    """A scanned page waiting for a person to say which sheet it is."""

    id: int
    file_name: str
    page_index: int
    reason: str
    sheet_code: str | None
    image: bytes


def session_names(ws: Workspace) -> list[str]:
    with ws.session() as s:
        return printing.session_names(s, ws.event(s))


def print_forms(ws: Workspace, form: FormFile, output: Path, **options: Any) -> PrintResult:
    """Record the new sheets and write their PDF in one transaction (see `printing.print_forms`)."""
    with ws.transaction() as s:
        return printing.print_forms(s, ws.event(s), form, output, **options)


def queued_pages(ws: Workspace) -> list[QueuedPage]:
    with ws.session() as s:
        return [
            QueuedPage(p.id, p.file_name, p.page_index, p.reason, p.sheet_code, p.image)
            for p in capture.unidentified_pages(s)
        ]


def assign_page(ws: Workspace, page_id: int, code: str, page: int = 1) -> ScanReport:
    with ws.transaction() as s:
        return capture.assign_page(s, page_id, code, page)


def discard_page(ws: Workspace, page_id: int) -> None:
    with ws.transaction() as s:
        capture.discard_page(s, page_id)


def open_sheet(ws: Workspace, text: str) -> KeyedForm:
    with ws.session() as s:
        return keyed.open_sheet(s, text)


def save_keyed(ws: Workspace, sheet_id: int, values: dict[str, Any]) -> int:
    """Store typed answers and mark the sheet captured; a bad value stores nothing."""
    with ws.transaction() as s:
        return keyed.save_keyed(s, sheet_id, values)


def review_queues(ws: Workspace) -> tuple[list[ReviewItem], list[ReviewItem]]:
    """The uncertain marks to settle and the handwriting to type in."""
    with ws.session() as s:
        return review.review_queue(s), review.transcription_queue(s)


def resolve(ws: Workspace, answer_id: int, value: object) -> None:
    with ws.transaction() as s:
        review.resolve(s, answer_id, value)


def transcribe(ws: Workspace, answer_id: int, text: str) -> None:
    with ws.transaction() as s:
        review.transcribe(s, answer_id, text)
