"""Synthetic filled-in sheets for tests and the accuracy benchmark: marks drawn the way people draw
them (ticks, crosses, solid fills, scribbled handwriting) and degraded the way scanners and phones do."""

from __future__ import annotations

import random
from typing import Any

import cv2
import numpy as np

from hybridhub.paperforms.layout import Box, Layout
from tests.paperforms.marks import Person, fill_shape, mark, writing
from tests.paperforms.pens import lay_ink

STYLES = ("tick", "cross", "solid")


def random_answers(
    definition: dict[str, Any], rnd: random.Random, blank_share: float = 0.1
) -> dict[str, Any]:
    """A plausible answer for every question (some left blank); text answers are True for 'written'."""
    out: dict[str, Any] = {}
    for q in definition["questions"]:
        if rnd.random() < blank_share:
            out[q["key"]] = [] if q["type"] == "multiple" else None
            continue
        kind = q["type"]
        if kind == "rating":
            out[q["key"]] = rnd.randint(1, 5)
        elif kind == "yesno":
            out[q["key"]] = rnd.random() < 0.5
        elif kind == "single":
            out[q["key"]] = rnd.choice(q["options"])["key"]
        elif kind == "multiple":
            keys = [o["key"] for o in q["options"]]
            out[q["key"]] = sorted(rnd.sample(keys, rnd.randint(1, len(keys))), key=keys.index)
        elif kind == "number":
            out[q["key"]] = rnd.randint(0, 10 ** q.get("digits", 2) - 1)
        else:
            out[q["key"]] = True
    return out


def boxes_to_mark(
    layout: Layout, page: int, definition: dict[str, Any], answers: dict[str, Any]
) -> list[Box]:
    kinds = {q["key"]: q for q in definition["questions"]}
    chosen = []
    for b in layout.pages[page - 1].boxes:
        want = answers.get(b.question)
        q = kinds[b.question]
        if b.kind == "text":
            if want:
                chosen.append(b)
        elif q["type"] == "multiple":
            if want and b.value in want:
                chosen.append(b)
        elif q["type"] == "number":
            if want is not None:
                digits = str(want).rjust(q.get("digits", 2), " ")
                if digits[b.row] == str(b.value):
                    chosen.append(b)
        elif want is not None and b.value == want:
            chosen.append(b)
    return chosen


def draw_mark(img: np.ndarray, b: Box, dpi: float, style: str, rnd: random.Random) -> None:
    """Ink one box like a person would: a tick, a cross, or a fill, never exactly centred."""
    k = dpi / 25.4
    x0, y0, w, h = b.x * k, b.y * k, b.w * k, b.h * k
    jx, jy = rnd.uniform(-0.12, 0.12) * w, rnd.uniform(-0.12, 0.12) * h
    ink = rnd.randint(10, 70)
    pen = max(1, round(rnd.uniform(0.35, 0.7) * k))

    def p(fx: float, fy: float) -> tuple[int, int]:
        return round(x0 + fx * w + jx), round(y0 + fy * h + jy)

    if style == "tick":
        cv2.line(img, p(0.2, 0.55), p(0.42, 0.82), ink, pen, cv2.LINE_AA)
        cv2.line(img, p(0.42, 0.82), p(0.9, 0.12), ink, pen, cv2.LINE_AA)
    elif style == "cross":
        cv2.line(img, p(0.15, 0.15), p(0.85, 0.85), ink, pen, cv2.LINE_AA)
        cv2.line(img, p(0.85, 0.15), p(0.15, 0.85), ink, pen, cv2.LINE_AA)
    else:
        pts = np.array([p(0.12, 0.12), p(0.88, 0.1), p(0.9, 0.88), p(0.1, 0.9)], dtype=np.int32)
        cv2.fillPoly(img, [pts], ink, cv2.LINE_AA)


def draw_writing(img: np.ndarray, b: Box, dpi: float, rnd: random.Random) -> None:
    k = dpi / 25.4
    words = ["better", "buses", "nurse", "more", "time", "thank", "you", "info", "print", "group"]
    lines = max(1, int(b.h // 9))
    for i in range(lines):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(2, 5)))
        org = (round((b.x + 3) * k), round((b.y + 6.5 + i * 9) * k))
        cv2.putText(
            img, text, org, cv2.FONT_HERSHEY_SCRIPT_SIMPLEX, 0.18 * k, 40, max(1, round(0.3 * k)), cv2.LINE_AA
        )


def fill(
    img: np.ndarray,
    layout: Layout,
    page: int,
    definition: dict[str, Any],
    answers: dict[str, Any],
    dpi: float,
    rnd: random.Random,
    style: str | None = None,
) -> np.ndarray:
    out = img.copy()
    for b in boxes_to_mark(layout, page, definition, answers):
        if b.kind == "text":
            draw_writing(out, b, dpi, rnd)
        else:
            draw_mark(out, b, dpi, style or rnd.choice(STYLES), rnd)
    return out


def degrade(
    img: np.ndarray,
    rnd: random.Random,
    *,
    rotate: float = 0.0,
    scale: float = 1.0,
    blur: float = 0.0,
    noise: float = 0.0,
    jpeg: int | None = None,
    perspective: float = 0.0,
) -> np.ndarray:
    """Rotation in degrees, scale factor, Gaussian blur sigma in px, noise sigma in grey levels, JPEG
    quality, and perspective as the share of the width by which the far corners move (a phone photo)."""
    # The page lies on a scanner bed (or a table) a little larger than itself, so that rotating it
    # does not cut its corners off.
    pad = round(0.05 * max(img.shape))
    out = cv2.copyMakeBorder(img, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=215)
    h, w = out.shape
    if rotate or scale != 1.0:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), rotate, scale)
        out = cv2.warpAffine(out, m, (w, h), borderValue=235, flags=cv2.INTER_LINEAR)
    if perspective:
        d = perspective * w
        src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
        dst = np.float32(
            [
                [rnd.uniform(0, d), rnd.uniform(0, d)],
                [w - rnd.uniform(0, d), rnd.uniform(0, d)],
                [w - rnd.uniform(0, d / 3), h - rnd.uniform(0, d / 3)],
                [rnd.uniform(0, d / 3), h],
            ]
        )
        out = cv2.warpPerspective(out, cv2.getPerspectiveTransform(src, dst), (w, h), borderValue=90)
        # a phone photo's light falls off across the page
        grad = np.linspace(1.0, rnd.uniform(0.75, 0.9), w, dtype=np.float32)[None, :]
        out = (out.astype(np.float32) * grad).astype(np.uint8)
    if blur:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    if noise:
        gen = np.random.default_rng(rnd.randint(0, 2**31))
        out = np.clip(out.astype(np.float32) + gen.normal(0, noise, out.shape), 0, 255).astype(np.uint8)
    if jpeg:
        ok, data = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, jpeg])
        assert ok
        out = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)
    return out


# --- Sheets filled in the way people fill them (pens.py, marks.py), for the benchmark and tests ---

CORRECTION_SHARE = 0.07  # questions answered, then corrected as the printed instructions say
DOT_SHARE = 0.04  # marks made as a dot
OUTSIDE_SHARE = 0.1  # marks pushed half over the box edge


def person_answers(definition: dict[str, Any], rnd: random.Random) -> dict[str, Any]:
    """What one person answers; text boxes are "word" (2–3 letters), "writing" or None (left empty)."""
    out = random_answers(definition, rnd)
    for q in definition["questions"]:
        if q["type"] == "text":
            roll = rnd.random()
            out[q["key"]] = None if roll < 0.35 else "word" if roll < 0.7 else "writing"
    return out


def _targets(q: dict[str, Any], boxes: list[Box], want: Any, rnd: random.Random) -> list[list[Box]]:
    """The boxes to mark, grouped as the person thinks of them: one group per digit row, else one."""
    kind = q["type"]
    if want is None or want == []:
        return []
    if kind == "number":
        n = q.get("digits", 2)
        text = str(want).rjust(n, "0" if rnd.random() < 0.3 else " ")
        rows = [[b for b in boxes if b.row == r and str(b.value) == text[r]] for r in range(n)]
        return [row for row in rows if row]
    if kind == "multiple":
        return [[b for b in boxes if b.value in want]]
    return [[b for b in boxes if b.value == want]]


def _ink_mark(img: np.ndarray, person: Person, b: Box, dpi: float, rnd: random.Random, **kw: Any) -> str:
    m = mark(person, b, rnd, **kw)
    lay_ink(img, m.strokes, person.ink, dpi, rnd, solid=m.solid)
    return m.kind


def _correct(
    img: np.ndarray, person: Person, group: list[Box], boxes: list[Box], dpi: float, rnd: random.Random
) -> bool:
    """Mark a wrong box first, then black it out as the form says; False if there is no other box."""
    others = [b for b in boxes if b not in group and b.row == group[0].row]
    if not others:
        return False
    wrong = rnd.choice(others)
    _ink_mark(img, person, wrong, dpi, rnd)
    lay_ink(img, [], person.ink, dpi, rnd, solid=[fill_shape(wrong, rnd)])
    return True


def fill_by_hand(
    rgb: np.ndarray,
    layout: Layout,
    page: int,
    definition: dict[str, Any],
    answers: dict[str, Any],
    dpi: float,
    rnd: random.Random,
    person: Person,
) -> dict[str, str]:
    """Fill one page of `rgb` (in place) with `answers` in `person`'s hand. Returns the kind of mark
    each question on the page got: the habit, "dot", "outside", "correction", "blank", "digit grid",
    "word", "writing" or "text blank"."""
    questions = {q["key"]: q for q in definition["questions"]}
    kinds: dict[str, str] = {}
    for key in layout.questions_on(page):
        q, want = questions[key], answers.get(key)
        boxes = [b for b in layout.pages[page - 1].boxes if b.question == key]
        if q["type"] == "text":
            kinds[key] = want or "text blank"
            if want:
                lay_ink(rgb, [], person.ink, dpi, rnd, words=writing(boxes[0], rnd, short=want == "word"))
            continue
        groups = _targets(q, boxes, want, rnd)
        fixed = rnd.choice(groups) if groups and rnd.random() < CORRECTION_SHARE else None
        corrected = fixed is not None and _correct(rgb, person, fixed, boxes, dpi, rnd)
        variants = set()
        for group in groups:
            for b in group:
                roll = rnd.random()
                variant = "dot" if roll < DOT_SHARE else "outside" if roll < DOT_SHARE + OUTSIDE_SHARE else ""
                # the form says: black out the wrong box and tick the right one
                habit = "tick" if corrected and group is fixed and person.habit == "fill" else None
                _ink_mark(rgb, person, b, dpi, rnd, habit=habit, variant=variant)
                variants.add(variant)
        if corrected:
            kinds[key] = "correction"
        elif not groups:
            kinds[key] = "blank"
        elif q["type"] == "number":
            kinds[key] = "digit grid"
        else:
            kinds[key] = "dot" if "dot" in variants else "outside" if "outside" in variants else person.habit
    return kinds
