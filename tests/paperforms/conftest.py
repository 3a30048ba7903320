"""A workspace with printed sheets, and helpers that fill and scan them as a person and a scanner would."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from hybridhub.core.models import EventSession
from hybridhub.core.workspace import Workspace
from hybridhub.paperforms import raster
from hybridhub.paperforms.layout import LAYOUT_VERSION, Layout, layout_for
from hybridhub.paperforms.printing import print_forms
from hybridhub.paperforms.templates import FormFile, find_form
from tests.paperforms.synth import fill

DPI = 150  # low resolution keeps the suite fast; the benchmark covers 150–300 dpi


@dataclass
class Printed:
    ws: Workspace
    form: FormFile
    pdf: Path
    codes: list[str]
    layout: Layout
    pages: list[np.ndarray]  # the clean rendered pages, in PDF order

    def filled(
        self, copy: int, answers: dict[str, Any], style: str | None = None, seed: int = 1
    ) -> list[np.ndarray]:
        """The pages of one copy, filled in with these answers."""
        per = len(self.layout.pages)
        rnd = random.Random(seed)
        return [
            fill(
                self.pages[copy * per + i], self.layout, i + 1, self.form.definition, answers, DPI, rnd, style
            )
            for i in range(per)
        ]


def print_sheets(
    ws: Workspace, tmp: Path, form_id: str = "session-feedback", copies: int = 2, **kw: Any
) -> Printed:
    form = find_form(form_id)
    pdf = tmp / f"{form_id}-{kw.get('lang', 'en')}.pdf"
    with ws.transaction() as s:
        event = ws.event(s)
        if not s.query(EventSession).filter_by(name="Table talk").first():
            s.add(EventSession(event_id=event.id, name="Table talk", mode="in-person"))
            s.flush()
        result = print_forms(s, event, form, pdf, copies=copies, session_name="Table talk", **kw)
    layout = layout_for(
        form.definition,
        kw.get("lang", "en"),
        kw.get("paper", "a4"),
        kw.get("large_print", False),
        kw.get("layout_version", LAYOUT_VERSION),
    )
    pages = [p.image for p in raster.pages(pdf, DPI)]
    return Printed(ws, form, pdf, result.sheets, layout, pages)


def save_png(path: Path, image: np.ndarray) -> Path:
    assert cv2.imwrite(str(path), image)
    return path


@pytest.fixture
def printed(workspace: Workspace, tmp_path: Path) -> Printed:
    return print_sheets(workspace, tmp_path)
