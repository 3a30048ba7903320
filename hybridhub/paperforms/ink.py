"""How much ink a person added at each box of a question, measured against the empty printed page.

For one question's window of the aligned page:
1. the paper's own white is estimated everywhere (shadows, yellowed paper and vignetting are not ink),
   and each pixel's darkness is how much darker than that white it is (0–1, weighed continuously);
2. the printed page is found in the window (a few pixels around where the markers put it), and every
   printed pixel (outline, label, face) is set aside: only what is not printed can be the person's ink;
3. the window's own noise decides a small dead zone, so grain and JPEG blocks do not add up;
4. what is left is split into strokes (connected ink, bridged across the print it runs under), and each
   stroke is given to the box holding most of its ink, or to the box it circles; a stroke split
   between boxes is marked as shared, which the decision treats as a doubt.
A box's evidence is the darkness-weighted area of its strokes, in mm² of full-darkness ink: a ballpoint
tick is about 1–3 mm², a light pencil tick 0.1–0.4, a clean box below 0.02.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

from hybridhub.paperforms.expected import PRINT_MARGIN, SEARCH, Window
from hybridhub.paperforms.layout import Box

BG_KERNEL_MM = 5  # strokes and print narrower than this are not the paper's white …
ZONE_FILL_MM = (4, 10, 30)  # … and at the boxes it comes from the paper round them
DEAD_MIN = 0.012  # darkness below this is never ink …
NOISE_K = 3.0  # … nor below the paper's noise (its spread) times this;
SEED_K = 2.5  # a stroke rises this many times the noise above that somewhere
KEEN_K = 1.5  # the closer look on a light pencil's page: both the dead zone and the rise
MIN_STROKE = 0.02  # mm²: smaller specks are not strokes
SHARE = 0.6  # a stroke belongs to a box that holds this share of its ink; if another box holds
SPILL = 0.25  # this share, that box is in doubt (two circles run together, a tick over its neighbour)
RIM_PX = 2  # a stroke with RIM of its ink within this many px of the set-aside print hugs the print:
RIM = 0.8  # the print's own blurred edge (a phone's blur, a shift) as likely as a person's ink
GLYPH_MM = 2.0  # a printed line or glyph, widened, hides up to this much of a stroke across it


@dataclass
class BoxInk:
    """What was added at one box."""

    evidence: float = 0.0  # mm² of full-darkness ink in the strokes given to this box
    shared: bool = False  # a stroke here is as much another box's: only a person can tell
    strokes: int = 0
    reach: float = 0.0  # mm: the longest stroke's extent (a stroke is long and thin, a speck is not)
    trace: float = 0.0  # mm²: what a keen look found (taken on light pencil pages only)
    peak: float = 0.0  # darkest added ink of its strokes (a dot is as dark as the person's pen)
    trace_peak: float = 0.0  # the keen look's peak and reach
    trace_reach: float = 0.0
    rim: float = 0.0  # mm²: of `evidence`, what lies in strokes hugging the print's edge (see RIM)
    interior: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))  # darkness inside


@dataclass
class QuestionInk:
    key: str
    boxes: list[BoxInk]
    peak: np.ndarray  # darkness of the ink pixels (a sample), for the sheet's ink level
    shift: tuple[int, int] = (0, 0)


def paper_white(canon: np.ndarray, ppm: float, zones: np.ndarray) -> np.ndarray:
    """The paper's white on a 1 px/mm copy of the aligned page (float32; see `white_at`).

    A closing takes away everything darker and narrower than a few millimetres (strokes, print) while
    following the light into a shadow, a fold or a corner. Boxes can be blacked out, wider than that:
    inside the boxes' zones (`zones`, 1 px/mm) the white comes from the paper around them."""
    small = cv2.resize(canon, zones.shape[::-1], interpolation=cv2.INTER_AREA).astype(np.float32)
    k = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (BG_KERNEL_MM, BG_KERNEL_MM))
    closed = cv2.morphologyEx(small, cv2.MORPH_CLOSE, k)
    weight = 1.0 - zones
    filled = closed.copy()
    todo = zones > 0
    for spread in ZONE_FILL_MM:  # the paper nearest round the zones first, farther for a large grid
        if not todo.any():
            break
        size = (2 * spread + 1, 2 * spread + 1)
        num = cv2.blur(cv2.blur(closed * weight, size), size)
        den = cv2.blur(cv2.blur(weight, size), size)
        ready = todo & (den > 0.05)
        filled[ready] = num[ready] / den[ready]
        todo &= ~ready
    return np.maximum(cv2.blur(filled, (3, 3)), 40.0)


def white_at(white: np.ndarray, rows: slice, cols: slice, ppm: float) -> np.ndarray:
    """The paper's white at these rows and columns of the aligned page, from the 1 px/mm map."""
    k = round(ppm)
    y0, y1 = max(0, rows.start // k - 1), min(white.shape[0], rows.stop // k + 2)
    x0, x1 = max(0, cols.start // k - 1), min(white.shape[1], cols.stop // k + 2)
    block = cv2.resize(white[y0:y1, x0:x1], ((x1 - x0) * k, (y1 - y0) * k), interpolation=cv2.INTER_LINEAR)
    return block[rows.start - y0 * k : rows.stop - y0 * k, cols.start - x0 * k : cols.stop - x0 * k]


def darkness(
    canon: np.ndarray, white: np.ndarray, win: Window, ppm: float
) -> tuple[np.ndarray, tuple[int, int]]:
    """The window's darkness (1 black, 0 the paper's white, below 0 brighter than that), taken where
    the print really is: searched ±SEARCH px for the question, then for each box's zone on its own (a
    photo of a curved page, a lens, a scanner's skew leave the markers' fit a pixel or two off at one
    end of a row). Smoothing over about a stroke's width keeps a faint stroke's ink and averages the
    paper's noise away."""
    s, m = SEARCH, SEARCH + 2
    rows, cols = slice(win.y0 - m, win.y1 + m), slice(win.x0 - m, win.x1 + m)
    smooth = cv2.GaussianBlur(canon[rows, cols].astype(np.float32), (5, 5), 1.0)
    # not clipped at 0: paper a little brighter than its estimated white shows the noise's true spread
    dark = np.clip(1.0 - smooth / white_at(white, rows, cols, ppm), -1.0, 1.0)[2:-2, 2:-2]
    sy = sx = s
    if win.print_dark.max(initial=0.0) > 0.1:
        fit = cv2.matchTemplate(dark, win.print_dark, cv2.TM_CCORR)
        _, _, _, (sx, sy) = cv2.minMaxLoc(fit)
    h, w = win.printed.shape
    out = np.ascontiguousarray(dark[sy : sy + h, sx : sx + w])
    for i, (r, c) in enumerate(win.spans):
        template = win.print_dark[r, c]
        if len(win.spans) == 1 or template.max(initial=0.0) <= 0.1:
            continue
        around = dark[r.start : r.stop + 2 * s, c.start : c.stop + 2 * s]
        _, _, _, (bx, by) = cv2.minMaxLoc(cv2.matchTemplate(around, template, cv2.TM_CCORR))
        mine = win.owner[r, c] == i
        out[r, c][mine] = around[by : by + template.shape[0], bx : bx + template.shape[1]][mine]
    return out, (sx - s, sy - s)


def _added(dark: np.ndarray, win: Window, k: float = NOISE_K) -> tuple[np.ndarray, np.ndarray]:
    """Darkness the person added: printed pixels, the print's blurred edges and the paper's noise
    taken away; and the noise (its spread, per pixel). The noise is measured round each box, as light
    and noise vary across a photo."""
    free = ~win.printed & (win.owner >= 0)
    dead = np.full(dark.shape, DEAD_MIN, np.float32)
    noise = np.full(dark.shape, DEAD_MIN / k, np.float32)
    for i, (rows, cols) in enumerate(win.spans):
        mine = free[rows, cols] & (win.owner[rows, cols] == i)
        sample = dark[rows, cols][mine]
        sample = sample[:: max(1, sample.size // 1500)]
        if sample.size:
            med = float(np.median(sample))
            sigma = 1.4826 * float(np.median(np.abs(sample - med)))
            dead[rows, cols][mine] = max(DEAD_MIN * k / NOISE_K, med + k * sigma)
            noise[rows, cols][mine] = sigma
    # how dark the print came out, against how dark it was drawn
    core = win.print_dark > 0.5
    contrast = float(np.median(dark[core] / win.print_dark[core])) if core.any() else 1.0
    floor = np.maximum(dead, min(contrast, 1.0) * win.halo)
    return np.where(free, np.maximum(dark - floor, 0.0), 0.0).astype(np.float32), noise


def _rects(boxes: list[Box], win: Window, ppm: float) -> np.ndarray:
    """Box rectangles in window pixels: x0, y0, x1, y1."""
    return np.array(
        [
            [b.x * ppm - win.x0, b.y * ppm - win.y0, (b.x + b.w) * ppm - win.x0, (b.y + b.h) * ppm - win.y0]
            for b in boxes
        ]
    )


def _circled(bbox: np.ndarray, rects: np.ndarray) -> int:
    """The one box a stroke's bounding box holds whole (a circle round it), or -1."""
    x, y, w, h = bbox
    held = np.flatnonzero(
        (rects[:, 0] >= x - 1)
        & (rects[:, 1] >= y - 1)
        & (rects[:, 2] <= x + w + 1)
        & (rects[:, 3] <= y + h + 1)
    )
    return int(held[0]) if held.size == 1 else -1


def _extents(comp: np.ndarray, ink: np.ndarray, count: int) -> np.ndarray:
    """Each stroke's bounding box (x, y, w, h) over its ink alone: the print it was joined across
    does not make a dot look long."""
    ys, xs = np.nonzero(ink)  # the same order as `comp` (labels[ink])
    lo = np.full((count, 2), np.iinfo(np.int64).max, np.int64)
    hi = np.full((count, 2), -1, np.int64)
    np.minimum.at(lo, comp, np.stack([xs, ys], axis=1))
    np.maximum.at(hi, comp, np.stack([xs, ys], axis=1))
    return np.concatenate([lo, np.maximum(hi - lo + 1, 0)], axis=1)


def _bridge(ink: np.ndarray, win: Window, ppm: float) -> np.ndarray:
    """Where a stroke runs on unseen: over the set-aside band of the print (an outline, the print's
    blurred edge, the gap between two boxes' zones) and across a printed label it crosses (a
    glyph, widened, hides up to GLYPH_MM of it)."""
    inked = ink.astype(np.uint8)
    near = np.ones((2 * PRINT_MARGIN + 3, 2 * PRINT_MARGIN + 3), np.uint8)
    band = win.outline | (win.halo > 0.05) | (win.owner < 0)
    span = 2 * round(GLYPH_MM * ppm / 2) + 1  # reaching half of it from each side
    over = cv2.dilate(inked, np.ones((span, span), np.uint8)) > 0
    beside = cv2.dilate(inked, near) > 0
    joined: np.ndarray = (beside & band) | (over & win.printed)
    return joined


def measure(
    canon: np.ndarray,
    white: np.ndarray,
    key: str,
    boxes: list[Box],
    win: Window,
    ppm: float,
    keen: bool = False,
) -> QuestionInk:
    """The ink at each box of one question of the aligned page `canon` (`white`: see `paper_white`).
    `keen` looks closer to the noise, for the traces of a light pencil that the first look missed."""
    dark, shift = darkness(canon, white, win, ppm)
    added, noise = _added(dark, win, KEEN_K if keen else NOISE_K)
    ink = added > 0
    bridge = _bridge(ink, win, ppm)
    count, labels = cv2.connectedComponents((ink | bridge).astype(np.uint8), connectivity=8)
    out = [BoxInk() for _ in boxes]
    for i, b in enumerate(out):
        b.interior = added[(win.inside == i) & ~win.printed]
    if count <= 1 or not ink.any():
        return QuestionInk(key, out, np.zeros(0, np.float32), shift)
    nb = len(boxes)
    comp, owner, weight = labels[ink], win.owner[ink].astype(np.int64), added[ink]
    per_box = np.bincount(comp * nb + owner, weights=weight, minlength=count * nb).reshape(count, nb)
    total = per_box.sum(axis=1)
    # a stroke rises well above the noise somewhere; specks of grain and JPEG blocks do not
    seeded = np.zeros(count, bool)
    seeded[np.unique(labels[added >= (KEEN_K if keen else SEED_K) * noise])] = True
    total[~seeded] = 0.0
    darkest = np.zeros(count, np.float32)
    np.maximum.at(darkest, comp, weight)
    stats = _extents(comp, ink, count)
    rim_px = cv2.dilate(win.printed.astype(np.uint8), np.ones((2 * RIM_PX + 1,) * 2, np.uint8)) > 0
    on_rim = np.bincount(comp, weights=weight * rim_px[ink], minlength=count)
    rects = _rects(boxes, win, ppm)
    unit = ppm * ppm
    for c in np.flatnonzero(total >= MIN_STROKE * unit):
        shares = per_box[c] / total[c]
        j = int(np.argmax(shares))
        if shares[j] < SHARE:
            j = _circled(stats[c, :4], rects)
        if j >= 0:
            out[j].evidence += float(total[c]) / unit
            out[j].rim += float(total[c]) / unit if on_rim[c] >= RIM * total[c] else 0.0
            out[j].strokes += 1
            out[j].reach = max(out[j].reach, float(np.hypot(stats[c, 2], stats[c, 3])) / ppm)
            out[j].peak = max(out[j].peak, float(darkest[c]))
            # a good part of it over another box: that box may hold a mark of its own under it
            for k in np.flatnonzero(shares >= SPILL):
                if k != j:
                    out[k].shared = True
            continue
        for k in np.flatnonzero(shares >= 0.15):
            out[k].evidence += float(per_box[c, k]) / unit
            out[k].shared = True
    return QuestionInk(key, out, weight[:: max(1, weight.size // 2000)], shift)
