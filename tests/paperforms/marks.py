"""How one person marks a box: their habit (tick, cross, fill, circle, scribble), how big and how
carefully, and the odd dot or mark that drifts over the box edge. Shapes are centre lines in page
millimetres, for `pens.lay_ink`."""

from __future__ import annotations

import itertools
import math
import random
from dataclasses import dataclass

from hybridhub.paperforms.layout import Box
from tests.paperforms.pens import Ink, Point, Stroke, Word

HABITS = ("tick", "cross", "fill", "circle", "scribble")
SHORT_WORDS = ("ok", "no", "oui", "non", "ja", "si", "bus", "tea", "top", "bof", "gut", "mal", "wc", "yes")
PHRASES = (
    "more time",
    "bus late",
    "good nurse",
    "thank you",
    "print bigger",
    "plus de temps",
    "merci",
    "mehr Pausen",
    "muy bien",
    "coffee",
)


@dataclass(frozen=True)
class Person:
    """One sheet's writer: one pen, one habit, their usual mark size and how careful they are."""

    ink: Ink
    habit: str
    size: float  # their usual mark, as a share of the box (ticks from 0.6 to 1.5)
    care: float  # 0 careful … 1 hasty (how far a mark drifts from the box centre)

    @classmethod
    def draw(cls, pen: str, rnd: random.Random) -> Person:
        return cls(Ink.of(pen, rnd), rnd.choice(HABITS), rnd.uniform(0.7, 1.35), rnd.random())


def _wobble(points: list[Point], amount: float, rnd: random.Random, steps: int = 6) -> Stroke:
    """A hand-drawn version of a polyline: more points, each nudged a little off the ideal line."""
    out: Stroke = []
    for (ax, ay), (bx, by) in itertools.pairwise(points):
        for i in range(steps):
            t = i / steps
            out.append((ax + (bx - ax) * t + rnd.gauss(0, amount), ay + (by - ay) * t + rnd.gauss(0, amount)))
    out.append(points[-1])
    return out


def _place(shape: list[Point], cx: float, cy: float, scale: float, angle: float) -> list[Point]:
    c, s = math.cos(angle), math.sin(angle)
    return [(cx + scale * (x * c - y * s), cy + scale * (x * s + y * c)) for x, y in shape]


@dataclass
class Mark:
    """What to ink for one box: strokes, filled polygons, and the kind of mark it is."""

    kind: str
    strokes: list[Stroke]
    solid: list[list[Point]]


def mark(person: Person, b: Box, rnd: random.Random, habit: str | None = None, variant: str = "") -> Mark:
    """One mark in box `b`. `variant` "dot" makes a dot, "outside" pushes the mark half over the edge."""
    habit = habit or person.habit
    size = b.w * min(1.5, max(0.6, person.size * rnd.uniform(0.85, 1.15)))
    cx = b.x + b.w / 2 + rnd.gauss(0, 0.04 + 0.08 * person.care) * b.w
    cy = b.y + b.h / 2 + rnd.gauss(0, 0.04 + 0.08 * person.care) * b.h
    dx = dy = 0.0
    if variant == "outside":
        direction = rnd.uniform(0, 2 * math.pi)
        reach = rnd.uniform(0.35, 0.6) * b.w
        dx, dy = reach * math.cos(direction), reach * math.sin(direction)
        cx, cy = cx + dx, cy + dy
    angle = math.radians(rnd.gauss(0, 8))
    wob = 0.04 + 0.05 * person.care
    if variant == "dot":
        r = max(person.ink.width * 0.8, rnd.uniform(0.35, 0.7))
        ring = [(math.cos(t / 8 * 2 * math.pi) * r, math.sin(t / 8 * 2 * math.pi) * r) for t in range(8)]
        return Mark("dot", [], [_place(ring, cx, cy, 1.0, 0.0)])
    if habit == "tick":
        shape = [(-0.4, 0.0), (-0.12, 0.32), (0.42, -0.48)]
        return Mark("tick", [_wobble(_place(shape, cx, cy, size, angle), wob, rnd)], [])
    if habit == "cross":
        a = _place([(-0.4, -0.4), (0.4, 0.4)], cx, cy, size, angle)
        c = _place([(0.4, -0.4), (-0.4, 0.4)], cx, cy, size, angle + rnd.gauss(0, 0.08))
        return Mark("cross", [_wobble(a, wob, rnd), _wobble(c, wob, rnd)], [])
    if habit == "circle":
        rx, ry = rnd.uniform(0.62, 0.95) * b.w, rnd.uniform(0.62, 0.95) * b.h
        start, turn = rnd.uniform(0, 2 * math.pi), 2 * math.pi + rnd.uniform(0.15, 0.6)
        ring = [
            (cx + rx * math.cos(start + turn * i / 40), cy + ry * math.sin(start + turn * i / 40))
            for i in range(41)
        ]
        return Mark("circle", [_wobble(ring, wob * 0.5, rnd, steps=1)], [])
    if habit == "scribble":
        pts = [
            (cx + rnd.uniform(-0.45, 0.45) * size, cy + rnd.uniform(-0.45, 0.45) * size)
            for _ in range(rnd.randint(5, 9))
        ]
        return Mark("scribble", [_wobble(pts, wob, rnd, steps=3)], [])
    return Mark("fill", [], [fill_shape(b, rnd, dx, dy)])


def fill_shape(b: Box, rnd: random.Random, dx: float = 0.0, dy: float = 0.0) -> list[Point]:
    """A box blacked out by hand: covers the box and a little over its edge, never quite square."""

    def j() -> float:
        return rnd.uniform(-0.06, 0.1) * b.w

    x0, y0, x1, y1 = b.x + dx, b.y + dy, b.x + b.w + dx, b.y + b.h + dy
    return [(x0 - j(), y0 - j()), (x1 + j(), y0 - j()), (x1 + j(), y1 + j()), (x0 - j(), y1 + j())]


def writing(b: Box, rnd: random.Random, short: bool) -> list[Word]:
    """Handwriting for a text box: one short word (2–3 letters) or a phrase or two."""
    height = rnd.uniform(3.0, 5.5)
    slant = rnd.uniform(-0.1, 0.35)
    if short:
        word = rnd.choice(SHORT_WORDS)
        x = b.x + rnd.uniform(2, max(2.5, b.w * 0.6))
        y = b.y + rnd.uniform(height + 1, max(height + 1.5, b.h - 1.5))
        return [(word, (x, y), height, slant)]
    out = []
    lines = max(1, min(3, int(b.h // 9)))
    for i in range(rnd.randint(1, lines)):
        y = b.y + 7 + i * 9 + rnd.uniform(-1, 1)
        out.append((rnd.choice(PHRASES), (b.x + rnd.uniform(2, 12), y), height, slant))
    return out
