"""From the ink at each box to an answer, the way a careful person reads a form.

Per page the reader first learns this person's hand: how dark their ink is (so a filled box can be told
from a tick, whatever the pen) and whether they fill the boxes they mean instead of ticking them.
Then each box is empty, uncertain, marked, heavy (a dense scribble) or filled (blacked out), and
each question is decided by the rule printed on the form: "fill the wrong box completely and tick the
right one". The rules that keep a voice from being changed:
- any box with evidence of a mark that is not clearly a mark makes the question a doubt, so a
  question is never accepted as blank while any box holds ink;
- a blacked-out box is a cancelled answer, never the answer, unless this person fills every box
  they mean (their page holds fills and no ticks);
- a digit grid with any doubtful row, or a gap after its first digit, goes to review.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from hybridhub.paperforms.ink import BoxInk, QuestionInk
from hybridhub.paperforms.layout import Box

CLEAN = 0.03  # mm²: at most this much ink and a box is empty (for a pen as dark as INK_REF) …
INK_REF = 0.3  # … a fainter pen's marks are fainter throughout: less ink already counts
MARK_MIN = 0.1  # mm²: a mark holds at least this much ink (a 0.4 mm dot); between the two: a doubt
FILLED = 0.8  # share of a box's inside that is dark: blacked out
HEAVY = 0.35  # between HEAVY and FILLED: a dense scribble (an answer, but not next to a fill)
LIGHT_INK = 0.25  # a page whose strokes are fainter than this is written in light pencil …
FAINT_MARK = 0.045  # … where a long thin stroke of this much ink is a mark (not in a digit grid) …
STROKE_MM = 2.5  # … if it reaches this far (grain and JPEG specks are shorter); and a box the
TRACE = 0.05  # … first look found empty is a doubt if a closer look finds this much there, …
TRACE_SPOT = 0.02  # … or this much at least as dark as TRACE_DARK of the person's ink (a faint dot)
TRACE_DARK = 0.6
DOT_MM = 3.2  # a compact mark no wider than this, …
DOT_DARK = 0.75  # … as dark as this share of the person's ink, is a dot: a mark however small
SMALL_MM = 6.4  # a mark that dark no wider than this may be a broad pen's dot as well as a small tick
CANCEL = 4.0  # of two marks in a one-answer question, one with this many times the other's ink …
CANCEL_COVER = 0.3  # … and covering this much more of its box is the blacked-out (cancelled) one
STRAY_DARK = 0.25  # a question read blank with a stroke this share of the person's ink, …
STRAY_MM = 1.5  # … reaching this far, is a doubt (a mark drawn along the box's outline)
UNEVEN = 4.0  # several marks in one question, one this many times heavier than another: a doubt …
MIXED = 0.3  # … or one covering this much more of its box than another
FILL_LIKE = 0.4  # in a filling hand, a box with this share of their usual fill's ink is a fill too
RIM_ONLY = 0.95  # a box whose ink lies this much in strokes hugging the print (`ink.RIM`) …
RIM_BESIDE = 3.0  # … beside a tick or scribble with this many times its ink, in a one-answer row, is empty
TEXT_MIN = 0.05  # mm² of ink in a writing box and it goes to transcription


@dataclass(frozen=True)
class Hand:
    """What the page says about the person's pen and habit."""

    ink: float  # darkness of their strokes' cores (0–1)
    clean: float  # most evidence an empty box may show on this page
    mark: float  # least evidence that counts as a mark on this page
    fills: bool  # they fill the boxes they mean (no ticks on the page)
    light: bool = False  # they write with a light pencil: a faint long stroke is their mark
    ticks: bool = False  # they tick or cross the boxes they mean (no question with fills alone)
    cover: float = 0.0  # how much of its box their usual mark covers (the median)
    fill: float = 0.0  # ink of their usual filled box (mm², the median), 0 if none


@dataclass(frozen=True)
class BoxState:
    value: Any
    row: int
    evidence: float
    cover: float
    state: str  # empty / uncertain / marked / heavy / filled
    dot: bool = False  # a compact mark as dark as the person's pen
    rim: bool = False  # all its ink hugs the print's edge (the print's blur as likely as a stroke)
    small: bool = False  # a small dark mark: a broad pen's dot or a small tick, who can say


@dataclass(frozen=True)
class Decision:
    value: Any
    review: bool
    confidence: float


def _cover(box: BoxInk, ink: float) -> float:
    if box.interior.size == 0:
        return 0.0
    return float(np.count_nonzero(box.interior >= 0.5 * ink)) / box.interior.size


def learn_hand(questions: list[QuestionInk], kinds: dict[str, str]) -> Hand:
    """The page's ink level and whether the person fills rather than ticks."""
    choice = [q for q in questions if kinds[q.key] != "text"]
    peaks = np.concatenate([q.peak for q in choice]) if choice else np.zeros(0, np.float32)
    ink = float(np.percentile(peaks, 95)) if peaks.size >= 20 else 0.5
    ink = max(ink, 0.08)
    mark = MARK_MIN
    filled_only = stroked_only = 0  # questions whose marks are all fills, all strokes (not scribbles)
    every: list[float] = []
    filled: list[float] = []
    for q in choice:
        marked = [b for b in q.boxes if b.evidence >= mark and not b.shared]
        covers = [_cover(b, ink) for b in marked]
        every += covers
        filled += [b.evidence for b, c in zip(marked, covers, strict=True) if c >= FILLED]
        if covers and all(c >= FILLED for c in covers):
            filled_only += 1
        elif covers and all(c < HEAVY for c in covers) and not all(0 < b.reach <= DOT_MM for b in marked):
            stroked_only += 1  # dots (however dark the blur left them) say nothing of ticking or filling
    clean = CLEAN * min(1.0, max(0.3, ink / INK_REF))
    light = ink < LIGHT_INK
    # a page with fills alone and no ticks alone is a filling hand (one such question is enough
    # unless a light pencil's ticks may have vanished)
    fills = filled_only >= 2 * stroked_only and filled_only >= (2 if light or stroked_only else 1)
    ticks = stroked_only >= 2 and filled_only == 0
    cover = float(np.median(every)) if every else 0.0
    return Hand(ink, clean, mark, fills, light, ticks, cover, float(np.median(filled)) if filled else 0.0)


def _compact(found: BoxInk, ink: float) -> bool:
    return 0 < found.reach <= DOT_MM and found.peak >= DOT_DARK * ink


def _dot(found: BoxInk, hand: Hand) -> bool:
    return _compact(found, hand.ink)


def _small_mark(found: BoxInk, hand: Hand, grid: bool) -> bool:
    """A mark though it holds little ink: a light pencil's faint but long stroke (on a page where
    every mark is that faint), or a compact dot as dark as the person's pen."""
    if _dot(found, hand):
        return True
    return hand.light and not grid and found.evidence >= FAINT_MARK and found.reach >= STROKE_MM


def _evidence(found: BoxInk, hand: Hand) -> tuple[float, bool]:
    """The box's ink, and whether only a closer look hints at ink: on a light pencil's page a mark
    the first look missed whole is taken from the closer look; a smaller trace there is a doubt."""
    if found.evidence > hand.clean or not hand.light:
        return found.evidence, False
    dark = found.trace_peak >= TRACE_DARK * hand.ink  # as dark as the pen, not a shadow's edge
    if found.trace >= hand.mark and found.trace_reach >= STROKE_MM and dark:
        return found.trace, False
    spot = found.trace >= TRACE_SPOT and dark
    return found.evidence, found.trace >= TRACE or spot


def states(q: QuestionInk, boxes: list[Box], hand: Hand, grid: bool = False) -> list[BoxState]:
    out = []
    for b, found in zip(boxes, q.boxes, strict=True):
        cover = _cover(found, hand.ink)
        evidence, hidden = _evidence(found, hand)
        weak = hand.clean < evidence < hand.mark
        if found.shared or hidden or (weak and not _small_mark(found, hand, grid)):
            state = "uncertain"
        elif evidence <= hand.clean:
            state = "empty"
        else:
            state = "filled" if cover >= FILLED else "heavy" if cover >= HEAVY else "marked"
        rim = not found.shared and evidence > 0 and found.rim >= RIM_ONLY * evidence
        small = 0 < found.reach <= SMALL_MM and found.peak >= DOT_DARK * hand.ink
        out.append(BoxState(b.value, b.row, evidence, cover, state, _dot(found, hand), rim, small))
    return out


def _print_edge_aside(boxes: list[BoxState]) -> list[BoxState]:
    """In a one-answer row: beside one clear tick or scribble, a box whose little ink all hugs the
    print's edge (a phone's blur round the outline and label) is empty. Never beside a blackout (a
    correction's answer may be small) and never on its own (then it stays a doubt or a mark)."""
    clear = [b for b in boxes if b.state in ("marked", "heavy") and not b.rim]
    if len(clear) != 1 or any(b.state == "filled" for b in boxes):
        return boxes
    return [
        replace(b, state="empty")
        if b.rim and b.state != "empty" and clear[0].evidence >= RIM_BESIDE * b.evidence
        else b
        for b in boxes
    ]


def _confidence(boxes: list[BoxState], hand: Hand) -> float:
    """0.5–1 for an accepted answer: how far every box is from the doubtful band."""
    margins = [1.0]
    for b in boxes:
        if b.state == "empty":
            margins.append(1.0 - b.evidence / hand.clean)
        elif b.state != "uncertain":
            margins.append(min(1.0, (b.evidence - hand.mark) / hand.mark))
    return 0.5 + 0.5 * max(0.0, min(margins))


def one_of(boxes: list[BoxState], hand: Hand) -> tuple[Any, bool]:
    """(value, needs review) for a question with one answer (or one digit row)."""
    boxes = _print_edge_aside(boxes)
    if any(b.state == "uncertain" for b in boxes):
        return None, True
    strokes = [b for b in boxes if b.state == "marked"]
    heavy = [b for b in boxes if b.state == "heavy"]
    fills = [b for b in boxes if b.state == "filled"]
    if not (strokes or heavy or fills):
        return None, False
    if len(strokes) + len(heavy) == 1 and not (heavy and fills and hand.fills):
        if heavy and not fills and hand.ticks and heavy[0].cover >= hand.cover + CANCEL_COVER:
            return None, True  # far denser than this hand's marks: maybe a light blackout, its tick missed
        return (strokes or heavy)[0].value, False  # a fill next to it is the cancelled answer
    marks = strokes + heavy
    if len(marks) == 2 and not fills:
        answer = _beside_blackout(marks[0], marks[1])
        if answer is not None:
            return answer.value, False
    if not strokes and not heavy and len(fills) == 1 and hand.fills:
        return fills[0].value, False
    return None, True


def _beside_blackout(a: BoxState, b: BoxState) -> BoxState | None:
    """Of two marks, the one beside a blackout that came out lighter than a full fill (a light
    pencil, a quick hand): the other holds many times its ink and covers much more of its box."""
    light, dark = sorted((a, b), key=lambda s: s.evidence)
    if dark.evidence >= CANCEL * light.evidence and dark.cover >= light.cover + CANCEL_COVER:
        return light
    return None


def _filling_hand(boxes: list[BoxState], hand: Hand) -> tuple[Any, bool]:
    """Several answers in a hand that fills the boxes it means: boxes holding about as much ink as
    this person's fills are answers, and so are dots; a tick beside one fill is the correction the
    sheet asks for (the fill cancelled, the tick the answer)."""
    inked = [b for b in boxes if b.state != "empty"]
    fills = [b for b in inked if b.evidence >= FILL_LIKE * hand.fill]
    dots = [b for b in inked if b.dot and b not in fills]
    ticks = [b for b in inked if b not in fills and b not in dots]
    if fills and not ticks and max(b.evidence for b in fills) <= UNEVEN * min(b.evidence for b in fills):
        return [b.value for b in inked], False
    if (
        len(fills) == 1
        and ticks
        and not dots
        and not any(b.small for b in ticks)  # a felt tip's dot is no correction's tick
        and fills[0].evidence >= CANCEL * max(b.evidence for b in ticks)
    ):
        return [b.value for b in ticks], False
    return None, True


def several(boxes: list[BoxState], hand: Hand) -> tuple[Any, bool]:
    if any(b.state == "uncertain" for b in boxes):
        return None, True
    if hand.fills and hand.fill > 0 and any(b.state == "filled" for b in boxes):
        return _filling_hand(boxes, hand)
    marks = [b for b in boxes if b.state in ("marked", "heavy")]
    chosen = [b.value for b in marks]
    fills = [b.value for b in boxes if b.state == "filled"]
    weights = [b.evidence for b in marks if not b.dot]  # a clear dot is a mark, however small
    if len(weights) > 1 and max(weights) > UNEVEN * min(weights):
        return None, True  # marks of very different weight: a faint stroke beside ticks, a light blackout
    covers = [b.cover for b in marks if not b.dot]  # a dot covers little of its box by nature
    if covers and max(covers) - min(covers) > MIXED:
        return None, True  # a near-blackout beside ticks: a light hand's cancelling, or one more answer
    if not fills:
        return chosen, False
    # A blacked-out box next to ticks is the cancelled answer the form speaks of in a hand that ticks;
    # in a filling hand it may be one more answer: only a person can tell.
    if hand.fills and not chosen:
        return fills, False
    return (chosen, False) if hand.ticks and chosen and not hand.fills else (None, True)


def digits(boxes: list[BoxState], hand: Hand) -> tuple[Any, bool]:
    rows: dict[int, list[BoxState]] = {}
    for b in boxes:
        rows.setdefault(b.row, []).append(b)
    read: list[Any] = []
    for row in sorted(rows):
        value, review = one_of(rows[row], hand)
        if review:
            return None, True
        read.append(value)
    first = next((i for i, d in enumerate(read) if d is not None), len(read))
    if any(d is None for d in read[first:]):
        return None, True  # a gap after the first digit: not a number anyone wrote
    number = "".join(str(d) for d in read[first:])
    return (int(number) if number else None), False


def _blank_in_doubt(kind: str, q: QuestionInk, hand: Hand) -> bool:
    """A question about to be accepted as blank that a person should see: a stroke as dark as the
    person's pen though it holds little ink (drawn along the outline), or, on a light pencil's page, a
    digit grid (a light fill can sink into a shadow and its rows get no closer look)."""
    if hand.light and kind == "number":
        return True
    return any(b.peak >= STRAY_DARK * hand.ink and b.reach >= STRAY_MM for b in q.boxes)


def decide(kind: str, q: QuestionInk, boxes: list[Box], hand: Hand) -> tuple[Decision, list[BoxState]]:
    found = states(q, boxes, hand, grid=kind == "number")
    rule = {"multiple": several, "number": digits}.get(kind, one_of)
    value, review = rule(found, hand)
    if value is None and not review:
        review = _blank_in_doubt(kind, q, hand)
    confidence = (
        (0.25 if any(b.state == "uncertain" for b in found) else 0.4) if review else _confidence(found, hand)
    )
    return Decision(value, review, confidence), found


def written(q: QuestionInk) -> tuple[bool, float]:
    """Whether a writing box holds any ink beyond the print, and how much (mm²)."""
    ink = q.boxes[0].evidence
    return ink >= TEXT_MIN or q.boxes[0].shared, ink
