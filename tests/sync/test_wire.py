"""The whole-column checks of incoming rows (the fast path) agree with the one-value checks that name
a wrong value: a column they pass holds only values the one-value checks take."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hybridhub.core.ids import uuid7
from hybridhub.core.sync_tables import BY_NAME
from hybridhub.sync.wire import RowError, WireError, _check_time, check_rows, check_uid, columns_of

UIDS = [uuid7() for _ in range(5)]
TIMES = ["2026-03-05 08:00:00", "2024-02-29 23:59:59.5", "2026-12-31 00:00:00.123456"]
BAD_TIMES = [
    "2026-02-31 10:00:00",  # no such day
    "2026-03-05 24:00:00",
    "2026-03-05 08:60:00",
    "2026-03-05 08:00:60",
    "2026-03-05T08:00:00",
    "2026-03-05 08:00",
    "2026-03-05 08:00:00+01:00",
    "2026-03-05 08:00:00.1234567",
    "2026-03-05 08:00:00,5",
    "20260305 080000",
    "٢٠٢٦-03-05 08:00:00",  # Arabic-Indic digits
    "2026-03-05 08:00:00\n2026-03-05 08:00:00",
    "",
]
BAD_UIDS = [
    "-" * 36,
    UIDS[0].upper(),
    UIDS[0].replace("-", "0", 1)[:-1] + "-",  # a dash moved
    UIDS[0][:35] + "g",
    UIDS[0][:35] + "é",
    UIDS[0] + "0",
    UIDS[0][:35],
]


def _one(check: Any, value: Any) -> bool:
    try:
        check(value)
    except WireError:
        return False
    return True


@pytest.mark.parametrize("bad", BAD_TIMES)
def test_a_wrong_time_is_refused_and_named(bad: str) -> None:
    assert not _one(_check_time, bad)
    cols, rows = _checkin_rows([TIMES[0], TIMES[1], TIMES[2]], UIDS[:3])
    rows[2][[c.name for c in cols].index("scanned_at")] = bad
    with pytest.raises(RowError) as err:
        check_rows(cols, rows, 1)
    assert (err.value.row, err.value.column) == (3, "scanned_at")


@pytest.mark.parametrize("bad", BAD_UIDS)
def test_a_wrong_uid_is_refused_and_named(bad: str) -> None:
    assert not _one(check_uid, bad)
    for column in ("uid", "participant_id"):
        cols, rows = _checkin_rows(TIMES, UIDS[:3])
        rows[1][[c.name for c in cols].index(column)] = bad
        with pytest.raises(RowError) as err:
            check_rows(cols, rows, 1)
        assert (err.value.row, err.value.column) == (2, column)


def _checkin_rows(times: list[str], uids: list[str]) -> tuple[list[Any], list[list[Any]]]:
    cols = columns_of(BY_NAME["checkins"])
    names = [c.name for c in cols]
    template = {
        "channel": "room",
        "direction": "in",
        "device": "Door",
        "method": "scanner",
        "raw_input": "",
        "result": "ok",
    }
    rows = []
    for n, (when, uid) in enumerate(zip(times, uids, strict=True)):
        row = [template.get(name) for name in names]
        row[0], row[names.index("created_at")] = uid, when
        row[names.index("scanned_at")], row[names.index("updated_at")] = when, when
        row[names.index("participant_id")] = UIDS[n % len(UIDS)]
        rows.append(row)
    return cols, rows


TIME_TEXT = st.one_of(
    st.sampled_from(TIMES + BAD_TIMES),
    st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,7})?\Z"),
)
UID_TEXT = st.one_of(st.sampled_from(UIDS + BAD_UIDS), st.from_regex(r"\A[0-9a-f-]{36}\Z"))


@given(st.lists(st.tuples(TIME_TEXT, UID_TEXT), min_size=1, max_size=8))
def test_the_column_checks_take_exactly_what_the_value_checks_take(values: list[tuple[str, str]]) -> None:
    times, uids = [t for t, _u in values], [u for _t, u in values]
    cols, rows = _checkin_rows(times, uids)
    good = all(_one(_check_time, t) for t in times) and all(_one(check_uid, u) for u in uids)
    try:
        check_rows(cols, rows, 1)
    except RowError:
        assert not good
    else:
        assert good
