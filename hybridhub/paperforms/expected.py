"""What an empty page looks like, and which pixels belong to which box: the reader's map of a page.

The page is drawn exactly as printing draws it (`drawing.draw_page`) and rendered at the reader's
resolution, so the reader knows every printed pixel: box outlines, labels, faces, examples. Around each
box lies its zone: the box and a band round it (a share of the box's size, less where another box is
closer), where ink counts for that box. Plans are cached per layout and page: a batch of scans reads
many sheets of the same form.
"""

from __future__ import annotations

import io
from collections import OrderedDict
from dataclasses import dataclass

import cv2
import numpy as np
import pypdfium2 as pdfium
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hybridhub.paperforms.drawing import draw_page
from hybridhub.paperforms.layout import Box, Layout, ensure_fonts

REACH = 0.6  # a box's zone reaches this share of its size beyond its edge …
PRINT_MARGIN = 2  # px: printed pixels are widened by this much (alignment error, blur, JPEG ringing)
SEARCH = 3  # px: the print is looked for this far around where the markers put it
TEXT_INSET = 0.4  # mm: a writing box is read inside its outline by this much
_DUMMY_QR = "HHF1/x/1/1/" + "0" * 32


@dataclass(frozen=True)
class Window:
    """One question's part of the page: rows y0:y1, columns x0:x1 of the canonical image."""

    y0: int
    y1: int
    x0: int
    x1: int
    printed: np.ndarray  # bool: printed here (widened by PRINT_MARGIN)
    print_dark: np.ndarray  # float32 0–1: how dark the print is (for finding the print in a scan)
    owner: np.ndarray  # int16: index of the box whose zone this pixel is in, or -1
    inside: np.ndarray  # int16: index of the box this pixel is inside, or -1


@dataclass(frozen=True)
class Plan:
    """Per question key: its boxes (in page order) and its window."""

    boxes: dict[str, list[Box]]
    windows: dict[str, Window]


def render(layout: Layout, number: int, ppm: float) -> np.ndarray:
    """The empty page as a grayscale image at `ppm` pixels per millimetre (the canonical size)."""
    buf = io.BytesIO()
    ensure_fonts()
    canvas = Canvas(buf, pagesize=(layout.width * mm, layout.height * mm))
    draw_page(canvas, layout, layout.pages[number - 1], _DUMMY_QR, "MMMMMM", "", layout.lang)
    canvas.showPage()
    canvas.save()
    doc = pdfium.PdfDocument(buf.getvalue())
    try:
        bitmap = doc[0].render(scale=ppm * 25.4 / 72, grayscale=True)
        image = bitmap.to_numpy()
    finally:
        doc.close()
    image = np.ascontiguousarray(image[:, :, 0] if image.ndim == 3 else image)
    size = (round(layout.width * ppm), round(layout.height * ppm))
    return cv2.resize(image, size, interpolation=cv2.INTER_AREA) if image.shape[::-1] != size else image


def _zones(boxes: list[Box], y0: int, x0: int, shape: tuple[int, int], ppm: float) -> np.ndarray:
    """Owner map of a window: each pixel goes to the nearest box within that box's reach."""
    yy, xx = np.mgrid[y0 : y0 + shape[0], x0 : x0 + shape[1]].astype(np.float32) / ppm
    best = np.full(shape, np.inf, np.float32)
    owner = np.full(shape, -1, np.int16)
    for i, b in enumerate(boxes):
        dist = np.maximum(np.maximum(b.x - xx, xx - (b.x + b.w)), np.maximum(b.y - yy, yy - (b.y + b.h)))
        dist = np.maximum(dist, 0.0)
        near = (dist <= REACH * max(b.w, b.h)) & (dist < best)
        best[near] = dist[near]
        owner[near] = i
    return owner


def _window(page_image: np.ndarray, boxes: list[Box], ppm: float) -> Window:
    text = boxes[0].kind == "text"
    pad = 1.0 if text else REACH * max(max(b.w, b.h) for b in boxes)
    h, w = page_image.shape
    y0 = max(SEARCH, int((min(b.y for b in boxes) - pad) * ppm))
    x0 = max(SEARCH, int((min(b.x for b in boxes) - pad) * ppm))
    y1 = min(h - SEARCH, int(np.ceil((max(b.y + b.h for b in boxes) + pad) * ppm)))
    x1 = min(w - SEARCH, int(np.ceil((max(b.x + b.w for b in boxes) + pad) * ppm)))
    part = page_image[y0:y1, x0:x1]
    dark = 1.0 - part.astype(np.float32) / 255.0
    k = 2 * PRINT_MARGIN + 1
    printed = cv2.dilate((dark > 0.1).astype(np.uint8), np.ones((k, k), np.uint8)) > 0
    if text:  # only ink inside the writing box counts, a little in from its outline
        b, inset = boxes[0], TEXT_INSET
        owner = np.full(part.shape, -1, np.int16)
        r0, r1 = round((b.y + inset) * ppm) - y0, round((b.y + b.h - inset) * ppm) - y0
        c0, c1 = round((b.x + inset) * ppm) - x0, round((b.x + b.w - inset) * ppm) - x0
        owner[max(0, r0) : r1, max(0, c0) : c1] = 0
        inside = owner.copy()
    else:
        owner = _zones(boxes, y0, x0, part.shape, ppm)
        inside = np.full(part.shape, -1, np.int16)
        for i, b in enumerate(boxes):
            r0, r1 = round(b.y * ppm) - y0, round((b.y + b.h) * ppm) - y0
            c0, c1 = round(b.x * ppm) - x0, round((b.x + b.w) * ppm) - x0
            inside[max(0, r0) : r1, max(0, c0) : c1] = i
    return Window(y0, y1, x0, x1, printed, dark, owner, inside)


_PLANS: OrderedDict[tuple[str, int, float], Plan] = OrderedDict()
PLANS_KEPT = 16


def plan(layout: Layout, number: int, ppm: float) -> Plan:
    """The map of page `number` of `layout` (the last few are kept)."""
    key = (layout.key, number, ppm)
    if key in _PLANS:
        _PLANS.move_to_end(key)
        return _PLANS[key]
    image = render(layout, number, ppm)
    boxes: dict[str, list[Box]] = {}
    for b in layout.pages[number - 1].boxes:
        boxes.setdefault(b.question, []).append(b)
    found = Plan(boxes, {q: _window(image, qboxes, ppm) for q, qboxes in boxes.items()})
    _PLANS[key] = found
    while len(_PLANS) > PLANS_KEPT:
        _PLANS.popitem(last=False)
    return found
