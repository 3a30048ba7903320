"""Review: people settle what the scanner was unsure of, and transcribe handwriting.

An uncertain choice becomes "reviewed" with full confidence once a person picks the answer. A
transcribed free-text answer becomes a Contribution of channel "paper", linked to its sheet and
session, so it is browsed, themed and reported like every other voice.

These functions work inside a caller's session; the review screen reaches them through
`actions.review_queues`, `resolve` and `transcribe`, which open their own.
Each doubtful answer comes with the crop of its whole question, made easy to read (`display_crop`),
and where its boxes lie in that crop, so the screen can show which key picks which box.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

import cv2
import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from hybridhub.core.errors import NotFoundError, ValidationError
from hybridhub.core.models import Answer, Contribution, EventSession, FormTemplate, Participant, Sheet
from hybridhub.core.text import content_hash, word_count
from hybridhub.paperforms import omr
from hybridhub.paperforms.sheets import apply_to_participant, sheet_layout
from hybridhub.paperforms.templates import localised
from hybridhub.paperforms.words import word

MAX_TEXT = 4000


@dataclass(frozen=True)
class Choice:
    digit: int  # the key that picks it: 1–9
    value: Any
    label: str


@dataclass(frozen=True)
class BoxSpot:
    """Where one box lies in a review crop (pixels), and the key that picks it."""

    digit: int
    x: int
    y: int
    size: int


@dataclass(frozen=True)
class ReviewItem:
    answer_id: int
    sheet_code: str
    question_key: str
    kind: str
    label: str
    choices: list[Choice]
    crop: bytes | None
    confidence: float
    transcription: str | None = None
    spots: tuple[BoxSpot, ...] = ()
    digits: int = 0  # a number question's digit rows


def question_of(definition: dict[str, Any], key: str) -> dict[str, Any]:
    for q in definition["questions"]:
        if q["key"] == key:
            return cast(dict[str, Any], q)
    raise NotFoundError(f"the form has no question '{key}'", field="question")


def choices(q: dict[str, Any], lang: str) -> list[Choice]:
    """The answers a question allows, numbered for the keys 1–9 (numbers and text have none)."""
    kind = q["type"]
    if kind == "rating":
        return [Choice(v, v, str(v)) for v in range(1, 6)]
    if kind == "yesno":
        return [Choice(1, True, word("yes", lang)), Choice(2, False, word("no", lang))]
    if kind in ("single", "multiple"):
        return [Choice(i, o["key"], localised(o["label"], lang)) for i, o in enumerate(q["options"], start=1)]
    return []


def check_value(q: dict[str, Any], value: Any) -> Any:
    """The value in its stored form, or ValidationError naming the question. None means no answer."""
    kind, key = q["type"], q["key"]
    if value is None or value == "" or value == []:
        return [] if kind == "multiple" else None
    if kind == "rating":
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            raise ValidationError("a rating is a whole number from 1 to 5", field=key)
        return value
    if kind == "yesno":
        if not isinstance(value, bool):
            raise ValidationError("expected yes or no", field=key)
        return value
    allowed = [o["key"] for o in q.get("options", [])]
    if kind == "single":
        if value not in allowed:
            raise ValidationError(f"expected one of {', '.join(allowed)}", field=key)
        return value
    if kind == "multiple":
        if not isinstance(value, list | tuple) or any(v not in allowed for v in value):
            raise ValidationError(f"expected some of {', '.join(allowed)}", field=key)
        return [k for k in allowed if k in value]
    if kind == "number":
        top = 10 ** q.get("digits", 2) - 1
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= top:
            raise ValidationError(f"expected a whole number from 0 to {top}", field=key)
        return value
    text = str(value).strip()
    if len(text) > MAX_TEXT:
        raise ValidationError(f"at most {MAX_TEXT} characters", field=key)
    return text or None


def _context(session: Session, answer: Answer) -> tuple[Sheet, dict[str, Any]]:
    sheet = session.get(Sheet, answer.sheet_id) if answer.sheet_id else None
    template = session.get(FormTemplate, answer.template_id)
    if sheet is None or template is None:
        raise NotFoundError("this answer has no sheet", field="answer")
    return sheet, question_of(template.definition, answer.question_key)


def _png_size(data: bytes | None) -> tuple[int, int] | None:
    if not data or len(data) < 24 or data[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def spots(sheet: Sheet, template: FormTemplate, q: dict[str, Any], crop: bytes | None) -> tuple[BoxSpot, ...]:
    """Where the question's boxes are in its crop, keyed 1–9 in form order; none for a number grid
    (its boxes carry their digits) or for a crop of another size (taken by an earlier version)."""
    size = _png_size(crop)
    if size is None or q["type"] in ("number", "text"):
        return ()
    layout = sheet_layout(sheet, template)
    for page in layout.pages:
        boxes = [b for b in page.boxes if b.question == q["key"]]
        area = next((a for a in page.areas if a.question == q["key"]), None)
        if not boxes or area is None:
            continue
        m, ppm = omr.CROP_MARGIN, omr.PPM
        if abs(size[0] - (round((area.x + area.w + m) * ppm) - round((area.x - m) * ppm))) > 2:
            return ()
        ox, oy = area.x - m, area.y - m
        return tuple(
            BoxSpot(i, round((b.x - ox) * ppm), round((b.y - oy) * ppm), round(b.w * ppm))
            for i, b in enumerate(boxes, start=1)
        )
    return ()


def _items(session: Session, text: bool) -> list[ReviewItem]:
    rows = session.execute(
        select(Answer, Sheet, FormTemplate)
        .join(Sheet, Answer.sheet_id == Sheet.id)
        .join(FormTemplate, Answer.template_id == FormTemplate.id)
        .where(Answer.needs_review.is_(True))
        .order_by(Sheet.id, Answer.id)
    ).all()
    out = []
    for answer, sheet, template in rows:
        q = question_of(template.definition, answer.question_key)
        if (q["type"] == "text") != text:
            continue
        out.append(
            ReviewItem(
                answer.id,
                sheet.code,
                answer.question_key,
                q["type"],
                localised(q["label"], sheet.language),
                choices(q, sheet.language),
                answer.crop,
                answer.confidence,
                answer.transcription,
                () if text else spots(sheet, template, q, answer.crop),
                q.get("digits", 0) if q["type"] == "number" else 0,
            )
        )
    return out


def review_queue(session: Session) -> list[ReviewItem]:
    """Uncertain choices, rating, number and yes/no answers, sheet by sheet."""
    return _items(session, text=False)


def transcription_queue(session: Session) -> list[ReviewItem]:
    """Free-text boxes with handwriting that nobody has typed in yet."""
    return _items(session, text=True)


def display_crop(crop: bytes | None) -> bytes | None:
    """The crop as a reviewer should see it: paper white, ink and print stretched to full contrast
    and faint grey darkened (a light pencil tick stays visible when the crop is shown small), and the
    empty right-hand part cut off (the left edge stays, so `spots` still fit)."""
    if not crop:
        return crop
    image = cv2.imdecode(np.frombuffer(crop, np.uint8), cv2.IMREAD_GRAYSCALE)
    if image is None or image.size == 0:
        return None
    # divide by the paper's own white (a closing removes ink and print) so shadows and vignetting go
    light = cv2.morphologyEx(image, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (25, 25)))
    flat = image.astype(np.float32) / np.maximum(cv2.GaussianBlur(light, (0, 0), 6).astype(np.float32), 1.0)
    ink = float(np.percentile(flat, 0.5))
    level = np.clip((flat - ink) / max(0.93 - ink, 0.1), 0.0, 1.0) ** 1.8  # paper grain goes white
    out = (level * 255).astype(np.uint8)
    used = np.flatnonzero((out < 200).sum(axis=0) > 0)
    if used.size:
        out = out[:, : min(out.shape[1], int(used[-1]) + 30)]
    ok, data = cv2.imencode(".png", out)
    return data.tobytes() if ok else None


def _answer(session: Session, answer_id: int) -> Answer:
    answer = session.get(Answer, answer_id)
    if answer is None:
        raise NotFoundError("this answer no longer exists", field="answer")
    return answer


def resolve(session: Session, answer_id: int, value: Any) -> None:
    """Settle an uncertain answer with what a person read on the crop (None: left blank)."""
    answer = _answer(session, answer_id)
    _sheet, q = _context(session, answer)
    if q["type"] == "text":
        raise ValidationError("free-text answers are transcribed, not chosen", field=q["key"])
    answer.value = check_value(q, value)
    answer.method, answer.confidence, answer.needs_review = "reviewed", 1.0, False
    person = session.get(Participant, answer.participant_id) if answer.participant_id else None
    if person is not None:
        apply_to_participant(person, q["key"], answer.value)


def transcribe(session: Session, answer_id: int, text: str) -> Contribution | None:
    """Store the typed text of a handwritten answer; an empty text marks the box as blank."""
    answer = _answer(session, answer_id)
    sheet, q = _context(session, answer)
    if q["type"] != "text":
        raise ValidationError("only free-text answers are transcribed", field=q["key"])
    clean = check_value(q, text)
    answer.transcription = clean
    answer.value = clean
    answer.method, answer.confidence, answer.needs_review = "reviewed", 1.0, False
    return attach_text(session, answer, sheet, q, clean)


def attach_text(
    session: Session, answer: Answer, sheet: Sheet, q: dict[str, Any], text: str | None
) -> Contribution | None:
    """Make a free-text answer a voice: a paper Contribution of the sheet's person and session."""
    person = session.get(Participant, answer.participant_id) if answer.participant_id else None
    if person is not None:
        apply_to_participant(person, q["key"], text)
    if not text or not q.get("voice", True):
        return None
    event_session = session.get(EventSession, sheet.session_id) if sheet.session_id else None
    posted = (event_session.starts_at if event_session else None) or sheet.captured_at
    contribution = session.scalars(
        select(Contribution).where(
            Contribution.event_id == sheet.event_id,
            Contribution.channel == "paper",
            Contribution.source_key == f"sheet:{sheet.uid}:{q['key']}",
        )
    ).first()
    if contribution is None:
        contribution = Contribution(
            event_id=sheet.event_id,
            channel="paper",
            kind="answer",
            source_key=f"sheet:{sheet.uid}:{q['key']}",
        )
        session.add(contribution)
    contribution.participant_id = answer.participant_id
    contribution.session_id = sheet.session_id
    contribution.sheet_id = sheet.id
    contribution.posted_at = posted
    contribution.language = sheet.language
    contribution.text = text
    contribution.word_count = word_count(text)
    contribution.content_hash = content_hash(text)
    contribution.provenance = {"sheet": sheet.code, "question": q["key"], "method": answer.method}
    session.flush()
    answer.contribution_id = contribution.id
    return contribution
