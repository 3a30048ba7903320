"""The marks people make, drawn with the benchmark's pens (a small version of its generator), scanned,
and read the way the issue asks: right, or sent to a person, never silently wrong or blank."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from hybridhub.core.workspace import Workspace
from hybridhub.paperforms.capture import scan_files
from hybridhub.paperforms.layout import Box
from tests.paperforms.conftest import DPI, Printed, print_sheets, save_png
from tests.paperforms.marks import Person, fill_shape, mark, writing
from tests.paperforms.pens import PENS, Ink, lay_ink
from tests.paperforms.scanners import office_scan, on_paper
from tests.paperforms.test_capture import answers_of


def hand(pen: str, habit: str = "tick", size: float = 1.0) -> Person:
    p = PENS[pen]
    return Person(Ink(p, p.rgb, sum(p.width_mm) / 2, sum(p.darkness) / 2), habit, size, 0.2)


def box(printed: Printed, key: str, value: Any, row: int = 0, page: int = 1) -> Box:
    return next(
        b
        for b in printed.layout.pages[page - 1].boxes
        if b.question == key and b.value == value and b.row == row
    )


class Sheet:
    """One printed copy being filled in, then scanned on an office scanner."""

    def __init__(self, printed: Printed, copy: int = 0, seed: int = 3) -> None:
        self.printed, self.copy, self.rnd = printed, copy, random.Random(seed)
        self.rgb = on_paper(printed.pages[copy * len(printed.layout.pages)], "white")

    def ink(self, person: Person, b: Box, habit: str | None = None, variant: str = "") -> Sheet:
        m = mark(person, b, self.rnd, habit=habit, variant=variant)
        lay_ink(self.rgb, m.strokes, person.ink, DPI, self.rnd, solid=m.solid)
        return self

    def black_out(self, person: Person, b: Box) -> Sheet:
        lay_ink(self.rgb, [], person.ink, DPI, self.rnd, solid=[fill_shape(b, self.rnd)])
        return self

    def scan(self, tmp: Path) -> dict[str, Any]:
        gray, _ = office_scan(self.rgb, DPI, self.rnd)
        path = save_png(tmp / f"sheet-{self.copy}.png", gray)
        scan_files(self.printed.ws, [path], dpi=DPI)
        return answers_of(self.printed.ws, self.printed.codes[self.copy])


@pytest.fixture
def four(workspace: Workspace, tmp_path: Path) -> Printed:
    return print_sheets(workspace, tmp_path, copies=4)


def test_pencil_tick_and_straddling_cross_are_read(four: Printed, tmp_path: Path) -> None:
    pencil, black = hand("pencil"), hand("black", "cross", 1.2)
    sheet = Sheet(four).ink(pencil, box(four, "overall", 3)).ink(pencil, box(four, "took_part", "online"))
    sheet.ink(black, box(four, "internet", "good"), variant="outside")  # half over the box edge
    got = sheet.scan(tmp_path)
    for key, value in (("overall", 3), ("took_part", "online"), ("internet", "good")):
        assert (got[key].value, got[key].needs_review) == (value, False), key
    assert got["heard"].value is None and not got["heard"].needs_review  # left blank: a clean question


def test_a_correction_as_the_form_says_it(four: Printed, tmp_path: Path) -> None:
    blue = hand("blue")
    sheet = (
        Sheet(four, copy=1)
        .ink(blue, box(four, "age_band", "18-34"))
        .black_out(blue, box(four, "age_band", "18-34"))
    )
    sheet.ink(blue, box(four, "age_band", "50-64"))
    sheet.ink(blue, box(four, "overall", 4)).ink(blue, box(four, "heard", 5))
    sheet.black_out(blue, box(four, "internet", "poor"))  # blacked out, nothing ticked instead
    got = sheet.scan(tmp_path)
    assert (got["age_band"].value, got["age_band"].needs_review) == ("50-64", False)
    assert got["internet"].needs_review and got["internet"].value is None  # never the cancelled box


def test_a_two_letter_word_goes_to_transcription(four: Printed, tmp_path: Path) -> None:
    light = hand("light")
    sheet = Sheet(four, copy=2)
    comment = box(four, "worked", None)
    lay_ink(
        sheet.rgb, [], light.ink, DPI, sheet.rnd, words=[("ok", (comment.x + 60, comment.y + 9), 3.5, 0.2)]
    )
    got = sheet.scan(tmp_path)
    assert got["worked"].needs_review and got["worked"].crop  # to a person, with its picture
    assert not got["change"].needs_review and got["change"].value is None  # the empty box stays empty


def test_a_faint_mark_in_a_clean_question_is_never_read_as_blank(four: Printed, tmp_path: Path) -> None:
    light = hand("light", size=0.6)
    sheet = Sheet(four, copy=3)
    for key, value in (("overall", 2), ("heard", 4), ("took_part", "room")):
        sheet.ink(light, box(four, key, value))
    sheet.ink(light, box(four, "consent_quote", True), variant="dot")  # a faint dot, alone in its question
    got = sheet.scan(tmp_path)
    for key, value in (("overall", 2), ("heard", 4), ("took_part", "room"), ("consent_quote", True)):
        assert got[key].needs_review or got[key].value == value, key
    assert got["consent_quote"].value is not None or got["consent_quote"].needs_review


def test_a_faint_tens_digit_is_never_dropped(workspace: Workspace, tmp_path: Path) -> None:
    printed = print_sheets(workspace, tmp_path, form_id="walk-in-card", copies=1)
    light = hand("light", size=0.6)
    sheet = (
        Sheet(printed)
        .ink(light, box(printed, "group_size", 3, row=0))
        .ink(hand("black"), box(printed, "group_size", 5, row=1))
    )
    got = sheet.scan(tmp_path)
    assert got["group_size"].needs_review or got["group_size"].value == 35  # never 5


def test_sheets_printed_with_the_first_layout_are_still_read(workspace: Workspace, tmp_path: Path) -> None:
    old = print_sheets(workspace, tmp_path, copies=1, layout_version=1)
    assert old.layout.version == 1
    pen = hand("felt")
    sheet = Sheet(old).ink(pen, box(old, "overall", 5)).ink(pen, box(old, "consent_quote", False))
    got = sheet.scan(tmp_path)
    assert (got["overall"].value, got["consent_quote"].value) == (5, False)
    assert not got["overall"].needs_review and not got["consent_quote"].needs_review


def test_pens_keep_their_order_of_darkness() -> None:
    """The pen models the benchmark relies on: light pencil is the faintest, felt tip the widest."""
    core = {k: (1 - np.mean(p.rgb) / 255) * np.mean(p.darkness) for k, p in PENS.items()}
    assert min(core, key=core.__getitem__) == "light" and core["black"] > core["pencil"] > core["light"]
    assert max(PENS, key=lambda k: PENS[k].width_mm[1]) == "felt"
    assert writing(Box("q", None, 10, 10, 150, 27, "text"), random.Random(1), short=True)[0][0] in (
        "ok",
        "no",
        "oui",
        "non",
        "ja",
        "si",
        "bus",
        "tea",
        "top",
        "bof",
        "gut",
        "mal",
        "wc",
        "yes",
    )
