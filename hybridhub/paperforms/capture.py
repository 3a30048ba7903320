"""Scan capture: read every page of the given files, then store all of it in one transaction.

Reading (rasterise, find markers, read the QR, measure boxes) happens first and touches the store only
to look sheets up; writing then re-checks each sheet inside the transaction, so a sheet is captured once
whichever way it arrives. A page seen again (a second scan, or twice in one batch) is a duplicate and
changes nothing. Pages that cannot be identified or aligned queue for manual assignment.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from hybridhub.core.errors import NotFoundError, ValidationError
from hybridhub.core.models import Answer, FormTemplate, Sheet, UnidentifiedPage
from hybridhub.core.progress import ProgressFn, no_progress
from hybridhub.core.workspace import Workspace
from hybridhub.paperforms import align, omr, qr, raster
from hybridhub.paperforms.sheets import (
    apply_to_participant,
    find_sheet,
    mark_captured,
    participant_for,
)

QUEUE_SIDE = 2200  # unidentified pages are kept at about 190 dpi: enough to read them again later


@dataclass(frozen=True)
class SheetInfo:
    id: int
    code: str
    template_id: int
    definition: dict[str, Any]
    language: str
    paper: str
    large_print: bool
    layout: int = 1  # the layout version the sheet was printed with


@dataclass
class PageRead:
    """One scanned page after reading, before anything is stored."""

    file: str
    index: int
    sheet: SheetInfo | None = None
    page: int = 0
    readings: list[omr.Reading] = field(default_factory=list)
    reason: str = ""  # why the page is unidentified
    image: bytes = b""  # kept only for unidentified pages


@dataclass
class ScanReport:
    pages: int = 0
    identified: int = 0
    duplicates: int = 0
    unidentified: int = 0
    answers_auto: int = 0
    answers_review: int = 0
    details: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        """The `forms scan --json` contract: exactly these six counts."""
        return {
            "pages": self.pages,
            "identified": self.identified,
            "duplicates": self.duplicates,
            "unidentified": self.unidentified,
            "answers_auto": self.answers_auto,
            "answers_review": self.answers_review,
        }


Lookup = Callable[[str], SheetInfo | None]


def _queue_image(gray: np.ndarray) -> bytes:
    scale = min(1.0, QUEUE_SIDE / max(gray.shape))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    ok, data = cv2.imencode(".jpg", small, [cv2.IMWRITE_JPEG_QUALITY, 85])
    return data.tobytes() if ok else b""


def read_page(gray: np.ndarray, lookup: Lookup, file: str = "", index: int = 0) -> PageRead:
    """Identify, align and measure one page image."""
    result = PageRead(file, index)
    markers = align.find_markers(gray)
    page_id = None
    region = align.qr_region(markers, gray.shape)
    if region is not None:
        x0, y0, x1, y1 = region
        page_id = qr.read(gray[y0:y1, x0:x1])
    if page_id is None:
        page_id = qr.read(gray)  # the top-right marker is covered, or the QR sits elsewhere in a photo
    if page_id is None:
        result.reason = "no HybridHub QR code found"
        result.image = _queue_image(gray)
        return result
    sheet = lookup(page_id.sheet_uid)
    if sheet is None:
        result.reason = "the QR belongs to a sheet not printed from this workspace"
        result.image = _queue_image(gray)
        return result
    return read_known(gray, sheet, page_id.page, result, markers)


def read_known(
    gray: np.ndarray,
    sheet: SheetInfo,
    page: int,
    result: PageRead,
    markers: dict[int, np.ndarray] | None = None,
) -> PageRead:
    """Align and measure a page whose sheet is known (from its QR, or assigned by a person)."""
    from hybridhub.paperforms.layout import layout_for

    layout = layout_for(sheet.definition, sheet.language, sheet.paper, sheet.large_print, sheet.layout)
    result.sheet, result.page = sheet, page
    if not 1 <= page <= len(layout.pages):
        result.reason = f"sheet {sheet.code} has no page {page}"
        result.image = _queue_image(gray)
        return result
    alignment = align.fit(markers if markers is not None else align.find_markers(gray), layout)
    if alignment is None:
        result.reason = f"sheet {sheet.code}: fewer than three corner markers could be found"
        result.image = _queue_image(gray)
        return result
    canon = align.warp(gray, alignment, layout, omr.PPM)
    questions = {q["key"]: q for q in sheet.definition["questions"]}
    result.readings = omr.read_page(canon, layout, page, questions)
    return result


def _lookup(session: Session) -> Lookup:
    cache: dict[str, SheetInfo | None] = {}

    def find(uid: str) -> SheetInfo | None:
        if uid not in cache:
            sheet = session.scalars(select(Sheet).where(Sheet.uid == uid)).first()
            cache[uid] = _info(session, sheet) if sheet is not None else None
        return cache[uid]

    return find


def _info(session: Session, sheet: Sheet) -> SheetInfo:
    template = session.get(FormTemplate, sheet.template_id)
    assert template is not None  # a foreign key with ON DELETE CASCADE
    source = sheet.source or {}
    return SheetInfo(
        sheet.id,
        sheet.code,
        template.id,
        template.definition,
        sheet.language,
        source.get("paper", "a4"),
        bool(source.get("large_print", False)),
        int(source.get("layout", 1)),
    )


def read_files(
    ws: Workspace, files: list[Path], *, dpi: int = 200, progress: ProgressFn = no_progress
) -> list[PageRead]:
    """Read every page of the files (no writes). Raises ImportFormatError for an unreadable file."""
    total = sum(raster.count_pages(f) for f in files)
    reads: list[PageRead] = []
    with ws.session() as session:
        lookup = _lookup(session)
        for path in files:
            for page in raster.pages(path, dpi):
                progress(len(reads), total, f"reading {page.label}")
                reads.append(read_page(page.image, lookup, path.name, page.index))
    progress(total, total, "storing")
    return reads


def store_reads(session: Session, event_id: int, reads: list[PageRead]) -> ScanReport:
    """Store what was read, inside the caller's transaction."""
    report = ScanReport()
    for read in reads:
        report.pages += 1
        detail: dict[str, Any] = {"file": read.file, "page_index": read.index}
        if not read.readings:
            report.unidentified += 1
            session.add(
                UnidentifiedPage(
                    event_id=event_id,
                    file_name=read.file,
                    page_index=read.index,
                    reason=read.reason,
                    sheet_code=read.sheet.code if read.sheet else None,
                    image=read.image,
                )
            )
            detail.update(status="unidentified", reason=read.reason)
            report.details.append(detail)
            continue
        assert read.sheet is not None
        report.identified += 1
        sheet = session.get(Sheet, read.sheet.id)
        assert sheet is not None
        detail.update(sheet=sheet.code, page=read.page)
        done = set((sheet.source or {}).get("captured_pages", []))
        if read.page in done or sheet.captured_method == "keyed" or sheet.status == "void":
            report.duplicates += 1
            detail["status"] = "duplicate"
            report.details.append(detail)
            continue
        auto, review = _store_answers(session, sheet, read, "scan")
        mark_captured(sheet, "scan", [read.page], [read.file])
        report.answers_auto += auto
        report.answers_review += review
        detail.update(status="captured", answers_auto=auto, answers_review=review)
        report.details.append(detail)
    session.flush()
    return report


def _store_answers(session: Session, sheet: Sheet, read: PageRead, method: str) -> tuple[int, int]:
    person = participant_for(session, sheet)
    auto = review = 0
    for r in read.readings:
        session.add(
            Answer(
                event_id=sheet.event_id,
                template_id=sheet.template_id,
                sheet_id=sheet.id,
                participant_id=person.id,
                channel="paper",
                question_key=r.key,
                value=r.value,
                method=method,
                confidence=round(r.confidence, 3),
                needs_review=r.needs_review,
                crop=r.crop,
            )
        )
        if r.needs_review:
            review += 1
        else:
            auto += 1
            apply_to_participant(person, r.key, r.value)
    return auto, review


def scan_files(
    ws: Workspace, files: list[Path], *, dpi: int = 200, progress: ProgressFn = no_progress
) -> ScanReport:
    """Read the files, then store everything in one transaction (all or nothing)."""
    reads = read_files(ws, files, dpi=dpi, progress=progress)
    return ws.run(lambda session: store_reads(session, ws.event(session).id, reads))


def unidentified_pages(session: Session) -> list[UnidentifiedPage]:
    return list(session.scalars(select(UnidentifiedPage).order_by(UnidentifiedPage.id)))


def assign_page(session: Session, page_id: int, code: str, page: int = 1) -> ScanReport:
    """A person says which sheet (and page) a queued page is: read it with that sheet's layout."""
    queued = session.get(UnidentifiedPage, page_id)
    if queued is None:
        raise NotFoundError("this page is no longer in the queue", field="page")
    sheet = find_sheet(session, code)
    gray = cv2.imdecode(np.frombuffer(queued.image, np.uint8), cv2.IMREAD_GRAYSCALE)
    assert gray is not None  # the queue keeps the page as the JPEG it encoded
    read = read_known(gray, _info(session, sheet), page, PageRead(queued.file_name, queued.page_index))
    if not read.readings:
        raise ValidationError(
            f"{read.reason}; enter this sheet by keyed entry instead",
            field="page",
            hint=f"sheet {sheet.code}",
        )
    report = store_reads(session, sheet.event_id, [read])
    if report.duplicates:
        raise ValidationError(f"page {page} of sheet {sheet.code} was already captured", field="sheet")
    session.delete(queued)
    return report


def discard_page(session: Session, page_id: int) -> None:
    queued = session.get(UnidentifiedPage, page_id)
    if queued is not None:
        session.delete(queued)
