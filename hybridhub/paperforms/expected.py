"""What an empty page looks like, and which pixels belong to which box: the reader's map of a page.

The page is drawn exactly as printing draws it (`drawing.draw_page`) and rendered at the reader's
resolution, so the reader knows every printed pixel: box outlines, labels, faces, examples. Around each
box lies its zone: the box and a band round it (a share of the box's size, less where another box is
closer), where ink counts for that box. Plans are cached per layout and page: a batch of scans reads
many sheets of the same form.
"""

from __future__ import annotations

import io
import threading
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
HALO_BLUR = 1.6  # px: the most a scan and the reader's smoothing blur the print
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
    outline: np.ndarray  # bool: printed pixels of the boxes' outlines
    print_dark: np.ndarray  # float32 0–1: how dark the print is (for finding the print in a scan)
    halo: np.ndarray  # float32 0–1: how dark the print's blurred edge may still be here
    owner: np.ndarray  # int16: index of the box whose zone this pixel is in, or -1
    inside: np.ndarray  # int16: index of the box this pixel is inside, or -1
    spans: tuple[tuple[slice, slice], ...]  # each box's zone: rows, columns of the window


@dataclass(frozen=True)
class Plan:
    """Per question key: its boxes (in page order) and its window; and the choice boxes' zones on a
    1 px/mm copy of the page (where a blacked-out box may hide the paper's white)."""

    boxes: dict[str, list[Box]]
    windows: dict[str, Window]
    zones: np.ndarray  # float32 0/1, 1 px/mm


def _zone_mask(layout: Layout, boxes: list[Box]) -> np.ndarray:
    mask = np.zeros((round(layout.height), round(layout.width)), np.float32)
    for b in boxes:
        if b.kind == "choice":
            pad = REACH * max(b.w, b.h)
            rows = slice(int(b.y - pad), int(np.ceil(b.y + b.h + pad)))
            mask[rows, int(b.x - pad) : int(np.ceil(b.x + b.w + pad))] = 1
    return mask


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


def _print(
    page_image: np.ndarray, where: tuple[int, int, int, int], boxes: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """For a window (y0, y1, x0, x1) whose boxes cover `boxes`: what is set aside as printed, the
    boxes' outlines, the print's darkness and its blurred edge (`halo`)."""
    y0, y1, x0, x1 = where
    m = 8  # print just outside the window still reaches into it once widened and blurred
    top, left = max(0, y0 - m), max(0, x0 - m)
    dark = 1.0 - page_image[top : y1 + m, left : x1 + m].astype(np.float32) / 255.0
    cut = (slice(y0 - top, y1 - top), slice(x0 - left, x1 - left))
    widen = np.ones((2 * PRINT_MARGIN + 1, 2 * PRINT_MARGIN + 1), np.uint8)
    near_edge = np.ones((2 * PRINT_MARGIN + 3, 2 * PRINT_MARGIN + 3), np.uint8)
    edge = np.zeros(dark.shape, np.uint8)
    edge[cut] = boxes
    ring = cv2.dilate(edge, near_edge) > cv2.erode(edge, near_edge)
    # Labels, faces and outlines are set aside: ink on them cannot be told from them. (Outlines in a
    # light grey, read through, were tried: their blurred residue read as ink; see docs/paperforms.md.)
    printed = cv2.dilate((dark > 0.1).astype(np.uint8), widen) > 0
    # a scan blurs the print's edges beyond the widened pixels; a pixel there is ink only if darker
    halo = cv2.dilate(cv2.GaussianBlur(dark, (0, 0), HALO_BLUR), np.ones((3, 3), np.uint8))
    # a stroke across a box's outline is one stroke: it may be joined over the outline, not a label
    outline = ring & (printed | (halo > 0.05))
    return printed[cut], outline[cut], np.ascontiguousarray(dark[cut]), halo[cut]


def _window(page_image: np.ndarray, boxes: list[Box], ppm: float) -> Window:
    text = boxes[0].kind == "text"
    pad = 1.0 if text else REACH * max(max(b.w, b.h) for b in boxes)
    h, w = page_image.shape
    y0 = max(SEARCH, int((min(b.y for b in boxes) - pad) * ppm))
    x0 = max(SEARCH, int((min(b.x for b in boxes) - pad) * ppm))
    y1 = min(h - SEARCH, int(np.ceil((max(b.y + b.h for b in boxes) + pad) * ppm)))
    x1 = min(w - SEARCH, int(np.ceil((max(b.x + b.w for b in boxes) + pad) * ppm)))
    part = page_image[y0:y1, x0:x1]
    inside = np.full(part.shape, -1, np.int16)
    for i, b in enumerate(boxes):
        r0, r1 = round(b.y * ppm) - y0, round((b.y + b.h) * ppm) - y0
        c0, c1 = round(b.x * ppm) - x0, round((b.x + b.w) * ppm) - x0
        inside[max(0, r0) : r1, max(0, c0) : c1] = i
    printed, outline, dark, halo = _print(page_image, (y0, y1, x0, x1), inside >= 0)
    if text:  # only ink inside the writing box counts, a little in from its outline
        b, inset = boxes[0], TEXT_INSET
        owner = np.full(part.shape, -1, np.int16)
        r0, r1 = round((b.y + inset) * ppm) - y0, round((b.y + b.h - inset) * ppm) - y0
        c0, c1 = round((b.x + inset) * ppm) - x0, round((b.x + b.w - inset) * ppm) - x0
        owner[max(0, r0) : r1, max(0, c0) : c1] = 0
        inside = owner.copy()
    else:
        owner = _zones(boxes, y0, x0, part.shape, ppm)
    spans = []
    for i in range(len(boxes)):
        rows, cols = np.nonzero(owner == i)
        spans.append((slice(rows.min(), rows.max() + 1), slice(cols.min(), cols.max() + 1)))
    return Window(y0, y1, x0, x1, printed, outline, dark, halo, owner, inside, tuple(spans))


_PLANS: OrderedDict[tuple[str, int, float], Plan] = OrderedDict()
_PLANS_LOCK = threading.Lock()  # scans run in worker threads
PLANS_KEPT = 16


def plan(layout: Layout, number: int, ppm: float) -> Plan:
    """The map of page `number` of `layout` (the last few are kept)."""
    key = (layout.key, number, ppm)
    with _PLANS_LOCK:
        if key in _PLANS:
            _PLANS.move_to_end(key)
            return _PLANS[key]
    image = render(layout, number, ppm)
    boxes: dict[str, list[Box]] = {}
    for b in layout.pages[number - 1].boxes:
        boxes.setdefault(b.question, []).append(b)
    windows = {q: _window(image, qboxes, ppm) for q, qboxes in boxes.items()}
    found = Plan(boxes, windows, _zone_mask(layout, layout.pages[number - 1].boxes))
    with _PLANS_LOCK:
        _PLANS[key] = found
        while len(_PLANS) > PLANS_KEPT:
            _PLANS.popitem(last=False)
    return found
