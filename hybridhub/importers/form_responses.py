"""What Google Forms and Microsoft Forms share: one row per respondent, one column per question.

Free-text answers become messages of the respondent. Ratings and choices become answers only when
the form is mapped to a paper form template (`mapping.FormMapping`), so that a report compares the
online and the paper answers to the same question; unmapped choice columns are counted as skipped.
The file is read twice: once to profile the columns (which are free text, which day/month order the
dates use), once to yield records; both passes stream.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from hybridhub.core.errors import ImportFormatError
from hybridhub.importers.mapping import QuestionMap, choose_form_mapping
from hybridhub.importers.records import AnswerRecord, Author, Message, Record, Skipped
from hybridhub.importers.tabular import norm_header
from hybridhub.importers.timestamps import date_order, parse_timestamp

RowSource = Callable[[], Iterator[tuple[int, list[str]]]]
_MAX_PROFILE_VALUES = 200
_YES = {"yes", "y", "oui", "ja", "sí", "si", "sim", "true", "1", "x", "✓", "da", "tak"}
_NO = {"no", "n", "non", "nein", "não", "nao", "false", "0", "nee", "nie", "ne"}
_NAME_HEADERS = {"name", "your name", "full name", "nom", "nom complet", "vorname und nachname", "nombre"}


@dataclass
class Layout:
    """Where a form export keeps its metadata columns (indexes into the header row)."""

    header_line: int
    headers: list[str]
    time: int | None
    response_id: int | None = None
    email: int | None = None
    name: int | None = None
    meta: set[int] = field(default_factory=set)  # never answers (start time, last modified …)


@dataclass
class _Profile:
    values: dict[int, Counter[str]]
    words: dict[int, int]
    filled: dict[int, int]
    times: list[str]


def _profile(rows: Iterator[tuple[int, list[str]]], layout: Layout) -> _Profile:
    values: dict[int, Counter[str]] = {}
    words: dict[int, int] = {}
    filled: dict[int, int] = {}
    times: list[str] = []
    for _number, cells in rows:
        if not cells:
            continue
        if layout.time is not None and layout.time < len(cells) and len(times) < 500:
            times.append(cells[layout.time])
        for i, cell in enumerate(cells):
            value = cell.strip()
            if not value:
                continue
            filled[i] = filled.get(i, 0) + 1
            words[i] = words.get(i, 0) + len(value.split())
            seen = values.setdefault(i, Counter())
            if len(seen) < _MAX_PROFILE_VALUES or value in seen:
                seen[value] += 1
    return _Profile(values, words, filled, times)


def _is_free_text(i: int, profile: _Profile) -> bool:
    """Free text: answers of several words that mostly differ; not numbers, not ';'-joined choices."""
    n = profile.filled.get(i, 0)
    if not n:
        return False
    seen = profile.values.get(i, Counter())
    if all(re.fullmatch(r"[\d.,\s/%★-]+", v) for v in seen):
        return False
    if sum(c for v, c in seen.items() if ";" in v) > n / 2:
        return False
    mean_words = profile.words.get(i, 0) / n
    distinct = len(seen) / n
    return mean_words >= 4 or (mean_words >= 3 and distinct >= 0.8 and n >= 5)


def convert(question: QuestionMap, raw: str) -> tuple[Any, str | None]:
    """An online answer as the paper question stores it, or (None, why not)."""
    value = raw.strip()
    if question.type == "text":
        return value, None
    if question.type == "multiple":
        keys = []
        for part in (p.strip() for p in value.split(";")):
            if not part:
                continue
            key = question.options.get(part)
            if key is None:
                return None, f"'{part}' is not an option of '{question.key}'"
            keys.append(key)
        return keys, None
    if value in question.options:
        mapped = question.options[value]
        if question.type in ("rating", "number") and re.fullmatch(r"-?\d+", mapped):
            return int(mapped), None
        if question.type == "yesno":
            return mapped.casefold() in _YES or mapped == "yes", None
        return mapped, None
    if question.type in ("rating", "number"):
        match = re.match(r"\s*(-?\d+(?:[.,]\d+)?)", value)
        if match is None and value and set(value) <= {"★", "☆"}:
            return value.count("★"), None
        if match is None:
            return None, f"'{value}' is not a number for '{question.key}'"
        number = float(match.group(1).replace(",", "."))
        return (int(number) if number.is_integer() else number), None
    if question.type == "yesno":
        folded = value.casefold().rstrip(".!")
        if folded in _YES:
            return True, None
        if folded in _NO:
            return False, None
        return None, f"'{value}' is neither yes nor no for '{question.key}'"
    return None, f"'{value}' is not an option of '{question.key}'"


def find_name_column(headers: Sequence[str]) -> int | None:
    for i, header in enumerate(headers):
        if norm_header(header).rstrip(" ?:*") in _NAME_HEADERS:
            return i
    return None


def response_records(
    rows: RowSource,
    layout: Layout,
    *,
    source_name: str,
    form: str,
    settings: dict[str, Any],
    order: str | None,
    text_columns: Sequence[str] | None = None,
) -> Iterator[Record]:
    """Records of every response row after the header. `rows()` restarts the stream each call."""
    headers = layout.headers
    profile = _profile(_after_header(rows(), layout.header_line), layout)
    if order is None:
        order = date_order(profile.times)
    skip = layout.meta | {
        i for i in (layout.time, layout.response_id, layout.email, layout.name) if i is not None
    }
    values = {h: set(profile.values.get(i, ())) for i, h in enumerate(headers) if i not in skip}
    mapping = choose_form_mapping(settings, [h for i, h in enumerate(headers) if i not in skip], values)
    by_column: dict[int, QuestionMap] = {}
    if mapping is not None:
        index = {norm_header(h): i for i, h in reversed(list(enumerate(headers)))}
        for question in mapping.questions:
            for col in question.columns:
                i = index.get(norm_header(col))
                if i is not None and i not in skip:
                    by_column[i] = question
    forced = {norm_header(c) for c in text_columns or ()}
    text_cols = {
        i
        for i in range(len(headers))
        if i not in skip
        and (
            (i in by_column and by_column[i].type == "text")
            or (
                i not in by_column
                and (norm_header(headers[i]) in forced or (not forced and _is_free_text(i, profile)))
            )
        )
    }
    for i, header in enumerate(headers):
        if i not in skip and i not in text_cols and i not in by_column and profile.filled.get(i):
            yield Skipped(
                layout.header_line,
                f"column '{header}' ({profile.filled[i]} answers) is not mapped to a paper-form question",
            )
    occurrences: Counter[str] = Counter()
    for number, cells in _after_header(rows(), layout.header_line):
        if not cells:
            continue
        yield from _row_records(
            number,
            cells,
            layout,
            by_column,
            text_cols,
            order,
            occurrences,
            source_name=source_name,
            form=form,
        )


def _after_header(rows: Iterator[tuple[int, list[str]]], header_line: int) -> Iterator[tuple[int, list[str]]]:
    for number, cells in rows:
        if number > header_line:
            yield number, cells


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index].strip() if index is not None and index < len(cells) else ""


def _row_records(
    number: int,
    cells: list[str],
    layout: Layout,
    by_column: dict[int, QuestionMap],
    text_cols: set[int],
    order: str,
    occurrences: Counter[str],
    *,
    source_name: str,
    form: str,
) -> Iterator[Record]:
    raw_time = _cell(cells, layout.time)
    posted: datetime | None = parse_timestamp(raw_time, order) if raw_time else None
    if raw_time and posted is None:
        raise ImportFormatError(
            f"'{raw_time}' is not a date and time", file=source_name, line=number,
            field=layout.headers[layout.time] if layout.time is not None else None,
        )  # fmt: skip
    email = _cell(cells, layout.email)
    if email.casefold() in ("anonymous", "anonyme", "anonym", "anónimo", "") or "@" not in email:
        email = ""
    base = _cell(cells, layout.response_id) or raw_time or f"row {number}"
    occurrences[base] += 1
    rid = base if occurrences[base] == 1 else f"{base}#{occurrences[base]}"
    name = _cell(cells, layout.name)
    if name.casefold() in ("anonymous", "anonyme", "anonym", "anónimo"):
        name = ""
    author = Author(
        name=name or f"{form} respondent {number - layout.header_line}",
        key=None if email else f"form:{form}:{rid}",
        email=email or None,
    )
    answered: set[str] = set()
    for i, header in enumerate(layout.headers):
        value = _cell(cells, i)
        if not value:
            continue
        question = by_column.get(i)
        answer_of: tuple[str, str] | None = None
        if question is not None and question.key not in answered:
            converted, problem = convert(question, value)
            if problem:
                yield Skipped(number, problem)
            else:
                answered.add(question.key)  # an edited form: one column answers a question once
                yield AnswerRecord(author, question.key, converted, posted, line=number, response_id=rid)
                answer_of = (rid, question.key)
        if i in text_cols:
            extra: dict[str, Any] = {"question": header, "response": rid}
            if answer_of and question is not None and question.type == "text":
                extra["answer_of"] = answer_of  # the store links the answer to this contribution
            yield Message(
                author=author,
                text=value,
                posted_at=posted,
                line=number,
                chat=form,
                source_id=f"{rid}:{question.key if question else norm_header(header)}",
                thread_id=f"response:{rid}",
                kind="answer",
                extra=extra,
            )
