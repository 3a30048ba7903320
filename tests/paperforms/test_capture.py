"""The whole path: print, rasterise, fill, degrade, scan, and check what was stored."""

from __future__ import annotations

import random
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image
from sqlalchemy import select

from hybridhub.core.errors import ImportFormatError, ValidationError
from hybridhub.core.models import Answer, Participant, Sheet, UnidentifiedPage
from hybridhub.core.progress import Cancelled
from hybridhub.core.workspace import Workspace
from hybridhub.paperforms import qr, raster
from hybridhub.paperforms.capture import assign_page, scan_files, unidentified_pages
from hybridhub.paperforms.layout import MARKER
from tests.paperforms.conftest import DPI, Printed, print_sheets, save_png
from tests.paperforms.synth import degrade

ANSWERS = {
    "overall": 4,
    "heard": 2,
    "worked": True,
    "change": None,
    "took_part": "both",
    "internet": "poor",
    "age_band": "65+",
    "consent_quote": True,
}


def answers_of(ws: Workspace, code: str) -> dict[str, Answer]:
    with ws.session() as s:
        sheet = s.scalars(select(Sheet).where(Sheet.code == code)).one()
        return {a.question_key: a for a in s.scalars(select(Answer).where(Answer.sheet_id == sheet.id))}


def test_printed_pages_carry_markers_qr_and_code(printed: Printed) -> None:
    assert len(printed.pages) == 2
    page_id = qr.read(printed.pages[1])
    assert page_id is not None and (page_id.form, page_id.version, page_id.page) == ("session-feedback", 2, 1)
    with printed.ws.session() as s:
        sheets = s.scalars(select(Sheet).order_by(Sheet.id)).all()
        assert [sh.code for sh in sheets] == printed.codes
        assert all(sh.status == "printed" and sh.session_id is not None for sh in sheets)
        assert page_id.sheet_uid == sheets[1].uid
    from pypdf import PdfReader

    text = PdfReader(printed.pdf).pages[0].extract_text()
    assert printed.codes[0] in text and "How useful was this session" in text


@pytest.mark.parametrize("style", ["tick", "cross", "solid"])
def test_filled_sheet_is_read_back(printed: Printed, tmp_path: Path, style: str) -> None:
    page = degrade(
        printed.filled(0, ANSWERS, style)[0],
        random.Random(2),
        rotate=2.5,
        scale=0.97,
        blur=0.7,
        noise=6,
        jpeg=60,
    )
    report = scan_files(printed.ws, [save_png(tmp_path / "scan.png", page)], dpi=DPI)
    assert report.summary() == {
        "pages": 1,
        "identified": 1,
        "duplicates": 0,
        "unidentified": 0,
        "answers_auto": 7,
        "answers_review": 1,
    }
    got = answers_of(printed.ws, printed.codes[0])
    for key in ("overall", "heard", "took_part", "internet", "age_band", "consent_quote"):
        assert got[key].value == ANSWERS[key], key
        assert got[key].method == "scan" and got[key].confidence > 0.5 and not got[key].needs_review
    assert got["worked"].needs_review and got["worked"].crop.startswith(b"\x89PNG")
    assert got["change"].value is None and not got["change"].needs_review and got["change"].crop is None
    with printed.ws.session() as s:
        sheet = s.scalars(select(Sheet).where(Sheet.code == printed.codes[0])).one()
        assert sheet.status == "captured" and sheet.captured_method == "scan"
        person = s.get(Participant, sheet.participant_id)
        assert (person.age_band, person.internet_access, person.consent_quote) == ("65+", "poor", True)


def test_multipage_pdf_tiff_duplicates_and_blank_pages(printed: Printed, tmp_path: Path) -> None:
    first = printed.filled(0, ANSWERS, "cross")[0]
    second = printed.filled(1, {**ANSWERS, "overall": 1, "internet": "good"}, "tick")[0]
    tiff = tmp_path / "batch.tif"
    blank = np.full_like(first, 255)
    Image.fromarray(first).save(
        tiff, save_all=True, append_images=[Image.fromarray(second), Image.fromarray(blank)]
    )
    assert raster.count_pages(tiff) == 3
    report = scan_files(printed.ws, [tiff], dpi=DPI)
    assert (report.pages, report.identified, report.duplicates, report.unidentified) == (3, 2, 0, 1)
    assert answers_of(printed.ws, printed.codes[1])["overall"].value == 1
    # The same sheets again, plus one twice in a batch: duplicates that change nothing.
    again = scan_files(printed.ws, [tiff, save_png(tmp_path / "a.png", first)], dpi=DPI)
    assert (again.identified, again.duplicates, again.answers_auto, again.answers_review) == (3, 3, 0, 0)
    with printed.ws.session() as s:
        assert s.query(Answer).count() == 16
        assert s.query(Participant).count() == 2
        queued = s.scalars(select(UnidentifiedPage)).all()
        assert len(queued) == 2 and queued[0].reason == "no HybridHub QR code found"


def test_three_markers_are_enough(printed: Printed, tmp_path: Path) -> None:
    page = printed.filled(0, ANSWERS, "solid")[0].copy()
    k = DPI / 25.4
    x, y = printed.layout.markers()[3]  # a thumb over the bottom-left marker
    page[
        round((y - 2) * k) : round((y + MARKER + 2) * k), round((x - 2) * k) : round((x + MARKER + 2) * k)
    ] = 255
    report = scan_files(printed.ws, [save_png(tmp_path / "covered.png", page)], dpi=DPI)
    assert report.identified == 1 and report.answers_auto == 7
    assert answers_of(printed.ws, printed.codes[0])["heard"].value == 2


def test_two_marks_in_a_single_choice_go_to_review(printed: Printed, tmp_path: Path) -> None:
    page = printed.filled(0, ANSWERS, "cross")[0]
    page = printed.filled(0, {"took_part": "room"}, "tick", seed=5)[0] & page  # a second, later mark
    scan_files(printed.ws, [save_png(tmp_path / "two.png", page)], dpi=DPI)
    got = answers_of(printed.ws, printed.codes[0])
    assert got["took_part"].needs_review and got["took_part"].value is None
    assert got["took_part"].confidence < 0.5 and got["took_part"].crop.startswith(b"\x89PNG")


def test_phone_photo_with_perspective(printed: Printed, tmp_path: Path) -> None:
    page = printed.filled(1, ANSWERS, "cross")[0]
    photo = degrade(page, random.Random(9), rotate=-4, perspective=0.06, blur=0.8, noise=5, jpeg=70)
    report = scan_files(printed.ws, [save_png(tmp_path / "photo.jpg", photo)], dpi=DPI)
    assert report.answers_auto == 7
    assert answers_of(printed.ws, printed.codes[1])["age_band"].value == "65+"


def test_unreadable_qr_is_queued_and_assigned_by_hand(printed: Printed, tmp_path: Path) -> None:
    page = printed.filled(0, ANSWERS, "tick")[0].copy()
    k = DPI / 25.4
    qx, qy, size = printed.layout.qr()
    page[round(qy * k) : round((qy + size) * k), round(qx * k) : round((qx + size) * k)] = 255  # coffee stain
    report = scan_files(printed.ws, [save_png(tmp_path / "stain.png", page)], dpi=DPI)
    assert report.unidentified == 1 and report.identified == 0
    with printed.ws.transaction() as s:
        queued = unidentified_pages(s)
        assert len(queued) == 1
        assigned = assign_page(s, queued[0].id, printed.codes[0].lower())
        assert assigned.answers_auto == 7
    assert answers_of(printed.ws, printed.codes[0])["internet"].value == "poor"
    with printed.ws.session() as s:
        assert unidentified_pages(s) == []


def test_large_print_letter_sheet_spans_pages(workspace: Workspace, tmp_path: Path) -> None:
    printed = print_sheets(workspace, tmp_path, copies=1, lang="fr", paper="letter", large_print=True)
    assert len(printed.layout.pages) == 2
    pages = printed.filled(0, ANSWERS, "cross")
    files = [save_png(tmp_path / f"p{i}.png", p) for i, p in enumerate(pages)]
    first = scan_files(workspace, files[:1], dpi=DPI)
    rest = scan_files(workspace, files, dpi=DPI)
    assert first.duplicates == 0 and rest.duplicates == 1 and rest.answers_auto > 0
    got = answers_of(workspace, printed.codes[0])
    assert got["consent_quote"].value is True and got["overall"].value == 4 and len(got) == 8


def test_cancel_and_bad_files_store_nothing(printed: Printed, tmp_path: Path) -> None:
    good = save_png(tmp_path / "good.png", printed.filled(0, ANSWERS)[0])
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(b"\xff\xd8 not really a jpeg")

    def cancel(done: int, total: int, message: str) -> None:
        if done >= 1:
            raise Cancelled

    with pytest.raises(Cancelled):
        scan_files(printed.ws, [good, good], dpi=DPI, progress=cancel)
    with pytest.raises(ImportFormatError, match=r"broken\.jpg"):
        scan_files(printed.ws, [good, bad], dpi=DPI)
    with pytest.raises(ImportFormatError, match="not a scan file"):
        scan_files(printed.ws, [tmp_path / "notes.txt"], dpi=DPI)
    with printed.ws.session() as s:
        assert s.query(Answer).count() == 0
        assert all(sh.status == "printed" for sh in s.scalars(select(Sheet)))


def test_assigning_an_unalignable_page_says_what_to_do(printed: Printed, tmp_path: Path) -> None:
    blank = np.full_like(printed.pages[0], 255)
    scan_files(printed.ws, [save_png(tmp_path / "blank.png", blank)], dpi=DPI)
    with pytest.raises(ValidationError, match="keyed entry"), printed.ws.transaction() as s:
        assign_page(s, unidentified_pages(s)[0].id, printed.codes[0])
    with printed.ws.session() as s:
        assert len(unidentified_pages(s)) == 1


def test_scan_reads_rotated_upside_down_page(printed: Printed, tmp_path: Path) -> None:
    page = cv2.rotate(printed.filled(0, ANSWERS, "solid")[0], cv2.ROTATE_180)
    report = scan_files(printed.ws, [save_png(tmp_path / "upside.png", page)], dpi=DPI)
    assert report.answers_auto == 7
