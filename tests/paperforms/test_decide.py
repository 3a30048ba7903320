"""The mark decision on measured ink (no images): the rules that keep a voice from being changed."""

from __future__ import annotations

import numpy as np

from hybridhub.paperforms.decide import Hand, decide
from hybridhub.paperforms.ink import BoxInk, QuestionInk
from hybridhub.paperforms.layout import Box

INK = 0.4  # a ballpoint's darkness on this page


def _box(evidence: float, cover: float, peak: float = INK, reach: float = 6.0) -> BoxInk:
    """A box whose strokes hold `evidence` mm² of ink and darken `cover` of its inside."""
    inside = np.zeros(100, np.float32)
    inside[: int(cover * 100)] = INK
    if not evidence:
        return BoxInk(interior=inside)
    return BoxInk(evidence=evidence, strokes=1, reach=reach, peak=peak, interior=inside)


def _question(*found: BoxInk) -> tuple[QuestionInk, list[Box]]:
    boxes = [Box("q", f"o{i}", 10.0 * i, 0.0, 6.0, 6.0) for i in range(len(found))]
    return QuestionInk("q", list(found), np.full(50, INK, np.float32)), boxes


TICKER = Hand(ink=INK, clean=0.03, mark=0.1, fills=False, ticks=True, cover=0.1)


def test_a_lone_near_blackout_in_a_ticking_hand_goes_to_review() -> None:
    # A light blackout (a correction) whose tick the pen barely left: never taken as the answer.
    q, boxes = _question(_box(0.0, 0.0), _box(8.0, 0.6), _box(0.0, 0.0))
    decision, _ = decide("single", q, boxes, TICKER)
    assert decision.review and decision.value is None
    # The same hand's ordinary tick is accepted.
    q, boxes = _question(_box(0.0, 0.0), _box(1.5, 0.12), _box(0.0, 0.0))
    decision, _ = decide("single", q, boxes, TICKER)
    assert not decision.review and decision.value == "o1"


def test_a_dark_stroke_along_the_outline_keeps_a_question_from_blank() -> None:
    # Little ink inside the box (most of the stroke lies on the printed outline), but as dark as the pen.
    q, boxes = _question(_box(0.0, 0.0), _box(0.02, 0.0, peak=0.15, reach=1.9))
    decision, _ = decide("single", q, boxes, TICKER)
    assert decision.review
    # Paper grain (faint and short) does not.
    q, boxes = _question(_box(0.0, 0.0), _box(0.02, 0.0, peak=0.05, reach=0.6))
    decision, _ = decide("single", q, boxes, TICKER)
    assert not decision.review and decision.value is None


def _rim(evidence: float) -> BoxInk:
    """A box whose only ink hugs the print's edge (a phone's blur round its outline)."""
    found = _box(evidence, 0.0, peak=0.2)
    found.rim = evidence
    return found


def test_the_prints_blurred_edge_beside_a_clear_tick_is_not_a_second_mark() -> None:
    q, boxes = _question(_box(1.6, 0.1), _box(0.0, 0.0), _rim(0.34))
    decision, _ = decide("single", q, boxes, TICKER)
    assert not decision.review and decision.value == "o0"
    # The same ink as a stroke of its own (not along the print) is a second mark: a doubt.
    q, boxes = _question(_box(1.6, 0.1), _box(0.0, 0.0), _box(0.34, 0.0, peak=0.2))
    decision, _ = decide("single", q, boxes, TICKER)
    assert decision.review


def test_ink_along_the_print_is_kept_alone_beside_a_blackout_and_beside_a_weak_mark() -> None:
    # On its own it is what it was (here a mark): never made blank.
    q, boxes = _question(_box(0.0, 0.0), _rim(0.34))
    decision, _ = decide("single", q, boxes, TICKER)
    assert decision.value == "o1"
    # Beside a blackout it may be a correction's small answer: it is kept (the tick the form asks for).
    q, boxes = _question(_box(12.0, 0.95), _rim(0.5))
    decision, _ = decide("single", q, boxes, TICKER)
    assert decision.value == "o1"
    # Beside a mark not much heavier than it: a doubt.
    q, boxes = _question(_box(0.8, 0.1), _rim(0.5))
    decision, _ = decide("single", q, boxes, TICKER)
    assert decision.review


def test_a_dot_beside_dense_scribbles_is_one_more_answer() -> None:
    scribbles = (_box(6.0, 0.36), _box(3.0, 0.09))
    q, boxes = _question(*scribbles, _box(0.8, 0.02, reach=2.0))
    decision, _ = decide("multiple", q, boxes, TICKER)
    assert not decision.review and decision.value == ["o0", "o1", "o2"]
    # The same little ink as a long stroke beside them: a doubt (a faint stroke, a light blackout).
    q, boxes = _question(*scribbles, _box(0.8, 0.02, reach=6.0))
    decision, _ = decide("multiple", q, boxes, TICKER)
    assert decision.review


def test_a_broad_pens_dot_beside_a_fill_in_a_filling_hand_is_no_correction() -> None:
    filler = Hand(ink=INK, clean=0.03, mark=0.1, fills=True, cover=1.0, fill=17.0)
    fill = _box(17.0, 1.0, reach=8.5)
    # A small dark mark beside the fill: a felt tip's dot (one more answer) or a small tick (the
    # correction): a person decides.
    q, boxes = _question(_box(1.5, 0.08, reach=3.5), fill)
    decision, _ = decide("multiple", q, boxes, filler)
    assert decision.review and decision.value is None
    # A tick as long as ticks are beside it: the correction the form asks for.
    q, boxes = _question(_box(1.5, 0.08, reach=8.0), fill)
    decision, _ = decide("multiple", q, boxes, filler)
    assert not decision.review and decision.value == ["o0"]
