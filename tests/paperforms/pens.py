"""Pens as people bring them to a workshop table, and how their ink lands on paper.

A stroke is a centre line in page millimetres. It is drawn four times oversampled into a small patch
around the mark, so widths below a pixel and soft edges come out right at 150 dpi as at 300 dpi, then
laid over the page subtractively (ink darkens what is under it: paper, print or earlier ink).

How the numbers were chosen is written down in `benchmarks/README.md` ("Pen models"): widths follow
the ball or lead sizes makers sell; darkness and grain follow the look of scanned strokes, with the
light pencil set where a person still sees the mark but a fixed threshold no longer does.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

Point = tuple[float, float]
Stroke = list[Point]  # a centre line in page millimetres
Word = tuple[str, Point, float, float]  # text, baseline start (mm), capital height (mm), slant
OVERSAMPLE = 4
HERSHEY_CAP = 25.0  # height of the script Hershey font's capitals at scale 1, in its units


@dataclass(frozen=True)
class Pen:
    name: str
    rgb: tuple[int, int, int]  # what a fully inked stroke core looks like on white paper
    width_mm: tuple[float, float]  # the stroke width of one person's pen, drawn from this range
    darkness: tuple[float, float]  # opacity of the core (pressure, a drying refill), per person
    grain: float  # share of the paper's tooth the pen skips (pencil texture; 0 for liquid ink)
    skips: float  # how much the ink fades and gaps along a stroke (a ballpoint's uneven flow)


PENS: dict[str, Pen] = {
    "black": Pen("black ballpoint", (28, 28, 36), (0.28, 0.45), (0.75, 0.95), 0.05, 0.25),
    "blue": Pen("blue ballpoint", (48, 62, 150), (0.28, 0.45), (0.65, 0.92), 0.05, 0.3),
    "felt": Pen("felt tip", (22, 22, 30), (0.6, 1.1), (0.85, 1.0), 0.02, 0.05),
    "pencil": Pen("HB pencil", (76, 76, 82), (0.35, 0.6), (0.75, 0.95), 0.25, 0.15),
    "light": Pen("light pencil", (168, 168, 172), (0.3, 0.5), (0.45, 0.8), 0.5, 0.2),
}
FELT_COLOURS = ((22, 22, 30), (25, 45, 140), (30, 95, 60))  # black, blue and green felt tips


@dataclass(frozen=True)
class Ink:
    """One person's pen as it writes on this sheet."""

    pen: Pen
    rgb: tuple[int, int, int]
    width: float  # mm
    darkness: float

    @classmethod
    def of(cls, key: str, rnd: random.Random) -> Ink:
        pen = PENS[key]
        rgb = rnd.choice(FELT_COLOURS) if key == "felt" else pen.rgb
        return cls(pen, rgb, rnd.uniform(*pen.width_mm), rnd.uniform(*pen.darkness))


def _bounds(strokes: Sequence[Stroke], pad: float) -> tuple[float, float, float, float]:
    xs = [x for s in strokes for x, _ in s]
    ys = [y for s in strokes for _, y in s]
    return min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad


def _coverage(
    strokes: Sequence[Stroke],
    ink: Ink,
    origin: Point,
    px_mm: float,
    size: tuple[int, int],
    rnd: random.Random,
) -> np.ndarray:
    """The share of each oversampled pixel the pen covers (0–1), fading and skipping as a pen does."""
    canvas = np.zeros(size, np.uint8)
    thick = max(1, round(ink.width * px_mm))
    for stroke in strokes:
        pts = [((x - origin[0]) * px_mm, (y - origin[1]) * px_mm) for x, y in stroke]
        start = rnd.uniform(0.55, 0.85)  # a stroke starts lighter and ends where the hand lifts
        for i, (a, b) in enumerate(itertools.pairwise(pts)):
            t = i / max(1, len(pts) - 2)
            level = min(1.0, start + (1 - start) * min(1.0, 3 * t)) * (1 - 0.25 * max(0.0, t - 0.8) / 0.2)
            if rnd.random() < ink.pen.skips * 0.15:
                level *= rnd.uniform(0.1, 0.5)  # the ball skips
            value = round(255 * max(0.0, level))
            pa, pb = (round(a[0]), round(a[1])), (round(b[0]), round(b[1]))
            cv2.line(canvas, pa, pb, value, thick, cv2.LINE_AA)
            if value:  # overlapping segments keep the darker value, not the last one
                cv2.circle(canvas, pb, thick // 2, value, -1, cv2.LINE_AA)
    return canvas.astype(np.float32) / 255.0


def _grain(shape: tuple[int, int], grain: float, rnd: random.Random) -> np.ndarray:
    """Where a pencil leaves graphite: the tops of the paper's tooth, about 0.05 mm across."""
    if grain <= 0.03:
        return np.ones(shape, np.float32)
    gen = np.random.default_rng(rnd.randint(0, 2**31))
    tooth = cv2.GaussianBlur(gen.random(shape, dtype=np.float32), (0, 0), 1.2)
    lo, hi = np.percentile(tooth, [2, 98])
    tooth = (tooth - lo) / max(hi - lo, 1e-6)
    return np.clip((tooth - grain) / 0.25 + 0.5, 0.0, 1.0)


def lay_ink(
    img: np.ndarray,
    strokes: Sequence[Stroke],
    ink: Ink,
    dpi: float,
    rnd: random.Random,
    solid: Sequence[list[Point]] = (),
    words: Sequence[Word] = (),
) -> None:
    """Ink `strokes`, `solid` polygons and handwritten `words` onto the RGB page `img` in place."""
    shapes = list(strokes) + list(solid)
    for word, (tx, ty), height, slant in words:
        (w, _h), _base = cv2.getTextSize(word, cv2.FONT_HERSHEY_SCRIPT_SIMPLEX, 1, 1)
        width = w * height / HERSHEY_CAP
        shapes.append(
            [(tx - abs(slant) * height * 1.5, ty - height * 1.3), (tx + width + 1, ty + height * 0.6)]
        )
    if not shapes:
        return
    k = dpi / 25.4
    x0, y0, x1, y1 = _bounds(shapes, ink.width + 0.5)
    c0, r0 = max(0, int(x0 * k)), max(0, int(y0 * k))
    c1, r1 = min(img.shape[1], int(x1 * k) + 2), min(img.shape[0], int(y1 * k) + 2)
    if c1 <= c0 or r1 <= r0:
        return
    fine = k * OVERSAMPLE
    size = ((r1 - r0) * OVERSAMPLE, (c1 - c0) * OVERSAMPLE)
    origin = (c0 / k, r0 / k)
    cover = _coverage(strokes, ink, origin, fine, size, rnd)
    if solid:
        polys = [
            np.array([((x - origin[0]) * fine, (y - origin[1]) * fine) for x, y in p], np.int32)
            for p in solid
        ]
        layer = np.zeros(size, np.uint8)
        cv2.fillPoly(layer, polys, 255, cv2.LINE_AA)
        cover = np.maximum(cover, layer.astype(np.float32) / 255.0 * rnd.uniform(0.9, 1.0))
    for word in words:
        cover = np.maximum(cover, _word(word, ink, origin, fine, size))
    cover *= _grain(size, ink.pen.grain, rnd)
    alpha = cv2.resize(cover, (c1 - c0, r1 - r0), interpolation=cv2.INTER_AREA) * ink.darkness
    patch = img[r0:r1, c0:c1].astype(np.float32)
    tint = 1.0 - np.float32(ink.rgb) / 255.0
    patch *= 1.0 - alpha[:, :, None] * tint[None, None, :]
    img[r0:r1, c0:c1] = np.clip(patch, 0, 255).astype(np.uint8)


def _word(text: Word, ink: Ink, origin: Point, fine: float, size: tuple[int, int]) -> np.ndarray:
    """A handwritten word: a script Hershey font, slanted, at the pen's width."""
    word, (tx, ty), height, slant = text
    layer = np.zeros(size, np.uint8)
    font = cv2.FONT_HERSHEY_SCRIPT_SIMPLEX
    scale = height * fine / HERSHEY_CAP
    thick = max(1, round(ink.width * fine))
    org = (round((tx - origin[0]) * fine), round((ty - origin[1]) * fine))
    cv2.putText(layer, word, org, font, scale, 255, thick, cv2.LINE_AA)
    shear = np.float32([[1, -slant, slant * org[1]], [0, 1, 0]])
    layer = cv2.warpAffine(layer, shear, (size[1], size[0]))
    return layer.astype(np.float32) / 255.0
