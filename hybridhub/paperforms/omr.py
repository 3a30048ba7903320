"""Read the questions of an aligned page: measure the ink at every box (`ink`) against the empty page
(`expected`), learn the person's hand, and decide each answer (`decide`). Anything a careful person
would hesitate over goes to review with a crop of the whole question; any ink in a writing box goes
to transcription."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np

from hybridhub.paperforms import decide, expected, ink
from hybridhub.paperforms.layout import Area, Layout

PPM = 6.0  # pixels per millimetre of the aligned page (≈152 dpi): enough for boxes and handwriting
CROP_MARGIN = 3.0  # mm round a question's area in its review crop: ink that strayed stays in view


@dataclass(frozen=True)
class Mark:
    value: Any
    score: float  # mm² of the person's ink at this box
    state: str  # empty / uncertain / marked / heavy / filled


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


def png_crop(canon: np.ndarray, x: float, y: float, w: float, h: float) -> bytes:
    def px(v: float) -> int:
        return round(v * PPM)

    part = canon[max(0, px(y)) : px(y + h), max(0, px(x)) : px(x + w)]
    ok, data = cv2.imencode(
        ".png",
        part,
        [cv2.IMWRITE_PNG_COMPRESSION, 1, cv2.IMWRITE_PNG_STRATEGY, cv2.IMWRITE_PNG_STRATEGY_HUFFMAN_ONLY],
    )
    return data.tobytes() if ok else b""


def question_crop(canon: np.ndarray, area: Area) -> bytes:
    m = CROP_MARGIN
    return png_crop(canon, area.x - m, area.y - m, area.w + 2 * m, area.h + 2 * m)


def read_page(
    canon: np.ndarray, layout: Layout, number: int, questions: dict[str, dict[str, Any]]
) -> list[Reading]:
    """One Reading per question on page `number`, in page order."""
    page = layout.pages[number - 1]
    plan = expected.plan(layout, number, PPM)
    white = ink.paper_white(canon, PPM, plan.zones)
    found = [ink.measure(canon, white, key, plan.boxes[key], plan.windows[key], PPM) for key in plan.boxes]
    kinds = {key: questions[key]["type"] for key in plan.boxes}
    hand = decide.learn_hand(found, kinds)
    if hand.light:  # a light pencil's marks can hide in the noise: look again, closer, before "empty"
        for q in found:
            if kinds[q.key] != "text":
                keen = ink.measure(
                    canon, white, q.key, plan.boxes[q.key], plan.windows[q.key], PPM, keen=True
                )
                for box, seen in zip(q.boxes, keen.boxes, strict=True):
                    box.trace = seen.evidence
                    box.trace_peak, box.trace_reach = seen.peak, seen.reach
    areas = {a.question: a for a in page.areas}
    out = []
    for q in found:
        kind, boxes = kinds[q.key], plan.boxes[q.key]
        if kind == "text":
            has_ink, amount = decide.written(q)
            b = boxes[0]
            crop = png_crop(canon, b.x - 1, b.y - 1, b.w + 2, b.h + 2) if has_ink else None
            out.append(Reading(q.key, "text", None, 1.0, has_ink, crop=crop, ink=amount))
            continue
        decision, states = decide.decide(kind, q, boxes, hand)
        marks = [Mark(s.value, s.evidence, s.state) for s in states]
        reading = Reading(q.key, kind, decision.value, decision.confidence, decision.review, marks)
        if reading.needs_review:
            reading.crop = question_crop(canon, areas[q.key])
        out.append(reading)
    return out
