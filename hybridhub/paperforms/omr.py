"""Read the boxes of an aligned page: how much ink is in each, and what each question's answer is.

A box's score is the share of its inner area covered by ink, measured against the paper's own white
level around that box (so shadows and yellowed paper do not count as ink). Scores below EMPTY_MAX are
empty, above MARKED_MIN marked, anything between is uncertain and goes to review. The thresholds were
calibrated on the synthetic corpus of `benchmarks/bench_paperforms.py` (ticks, crosses, solid fills,
blur, noise, JPEG, perspective): empty boxes score under 0.02 there and the faintest tick about 0.15.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np

from hybridhub.paperforms.layout import Area, Box, Page

PPM = 6.0  # pixels per millimetre of the aligned page (≈152 dpi): enough for boxes and handwriting
EMPTY_MAX = 0.05
MARKED_MIN = 0.11
TEXT_INK_MIN = 0.004  # share of a writing box that must be ink before it needs transcribing
INSET = 0.2  # the inner area skips a fifth of the box on each side: the printed outline stays out
DEAD = 0.78  # a pixel is ink only where darker than this share of the local white …
SPAN = 0.45  # … and fully ink once darker by this much more


@dataclass(frozen=True)
class Mark:
    value: Any
    score: float
    state: str  # marked / empty / uncertain


@dataclass
class Reading:
    """What one question on one page says."""

    key: str
    kind: str
    value: Any
    confidence: float
    needs_review: bool
    marks: list[Mark] = field(default_factory=list)
    crop: bytes | None = None
    ink: float = 0.0


def _px(v: float) -> int:
    return round(v * PPM)


def _white(canon: np.ndarray, b: Box) -> float:
    """The paper's white level in a ring just outside the box."""
    x0, y0 = max(0, _px(b.x - 1.6)), max(0, _px(b.y - 1.6))
    x1, y1 = _px(b.x + b.w + 1.6), _px(b.y + b.h + 1.6)
    ring = canon[y0:y1, x0:x1]
    if ring.size == 0:
        return 255.0
    flat = ring.ravel()
    k = int(flat.size * 0.9)
    return max(float(np.partition(flat, k)[k]), 60.0)


def score(canon: np.ndarray, b: Box, inset: float = INSET) -> float:
    ix, iy = b.w * inset, b.h * inset
    inner = canon[_px(b.y + iy) : _px(b.y + b.h - iy), _px(b.x + ix) : _px(b.x + b.w - ix)]
    if inner.size == 0:
        return 0.0
    white = _white(canon, b)
    ink = (white * DEAD - inner.astype(np.float32)) / (white * SPAN)
    return float(np.clip(ink, 0.0, 1.0).mean())


def classify(value: float) -> str:
    if value >= MARKED_MIN:
        return "marked"
    if value <= EMPTY_MAX:
        return "empty"
    return "uncertain"


def confidence(value: float) -> float:
    """1.0 far from the uncertain band, 0.5 at its edges, below 0.5 inside it."""
    band = MARKED_MIN - EMPTY_MAX
    if value >= MARKED_MIN:
        return min(1.0, 0.5 + (value - MARKED_MIN) / (2 * band))
    if value <= EMPTY_MAX:
        return min(1.0, 0.5 + (EMPTY_MAX - value) / (2 * EMPTY_MAX))
    return 0.5 * min(value - EMPTY_MAX, MARKED_MIN - value) / (band / 2)


def png_crop(canon: np.ndarray, x: float, y: float, w: float, h: float) -> bytes:
    part = canon[max(0, _px(y)) : _px(y + h), max(0, _px(x)) : _px(x + w)]
    ok, data = cv2.imencode(
        ".png",
        part,
        [cv2.IMWRITE_PNG_COMPRESSION, 1, cv2.IMWRITE_PNG_STRATEGY, cv2.IMWRITE_PNG_STRATEGY_HUFFMAN_ONLY],
    )
    return data.tobytes() if ok else b""


def read_page(canon: np.ndarray, page: Page, questions: dict[str, dict[str, Any]]) -> list[Reading]:
    """One Reading per question on this page, in page order."""
    boxes: dict[str, list[Box]] = {}
    for b in page.boxes:
        boxes.setdefault(b.question, []).append(b)
    areas: dict[str, Area] = {a.question: a for a in page.areas}
    out = []
    for key, qboxes in boxes.items():
        q = questions[key]
        if q["type"] == "text":
            reading = _text(canon, q, qboxes[0])
        else:
            marks = [Mark(b.value, s, classify(s)) for b in qboxes for s in [score(canon, b)]]
            reading = _number(q, qboxes, marks) if q["type"] == "number" else _choice(q, marks)
            if reading.needs_review:
                a = areas[key]
                reading.crop = png_crop(canon, a.x, a.y, a.w, a.h)
        out.append(reading)
    return out


def _choice(q: dict[str, Any], marks: list[Mark]) -> Reading:
    conf = min(confidence(m.score) for m in marks)
    marked = [m.value for m in marks if m.state == "marked"]
    unsure = any(m.state == "uncertain" for m in marks)
    if q["type"] == "multiple":
        return Reading(q["key"], q["type"], None if unsure else marked, conf, unsure, marks)
    if unsure or len(marked) > 1:
        return Reading(q["key"], q["type"], None, min(conf, 0.49), True, marks)
    return Reading(q["key"], q["type"], marked[0] if marked else None, conf, False, marks)


def _number(q: dict[str, Any], qboxes: list[Box], marks: list[Mark]) -> Reading:
    rows: dict[int, list[Mark]] = {}
    for b, m in zip(qboxes, marks, strict=True):
        rows.setdefault(b.row, []).append(m)
    conf = min(confidence(m.score) for m in marks)
    digits: list[int | None] = []
    review = any(m.state == "uncertain" for m in marks)
    for row in sorted(rows):
        marked = [m.value for m in rows[row] if m.state == "marked"]
        review = review or len(marked) > 1
        digits.append(marked[0] if len(marked) == 1 else None)
    filled = [d for d in digits if d is not None]
    # Leading rows may stay empty (a one-digit answer); a gap after the first digit is not readable.
    first = next((i for i, d in enumerate(digits) if d is not None), len(digits))
    review = review or any(d is None for d in digits[first:])
    if review:
        return Reading(q["key"], q["type"], None, min(conf, 0.49), True, marks)
    value = int("".join(str(d) for d in filled)) if filled else None
    return Reading(q["key"], q["type"], value, conf, False, marks)


def _text(canon: np.ndarray, q: dict[str, Any], b: Box) -> Reading:
    inset_mm = 1.5
    inner = Box(
        b.question, None, b.x + inset_mm, b.y + inset_mm, b.w - 2 * inset_mm, b.h - 2 * inset_mm, "text"
    )
    ink = score(canon, inner, inset=0.0)
    written = ink >= TEXT_INK_MIN
    crop = png_crop(canon, b.x - 1, b.y - 1, b.w + 2, b.h + 2) if written else None
    return Reading(q["key"], "text", None, 1.0, written, crop=crop, ink=ink)
