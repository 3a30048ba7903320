"""Microsoft Forms XLSX: metadata columns, anonymous respondents, answers mapped to a paper form."""

from __future__ import annotations

import contextlib
import tempfile
from datetime import datetime
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hybridhub.core.errors import UserError
from hybridhub.importers.formats.ms_forms import MsFormsImporter
from hybridhub.importers.source import Source
from tests.conftest import DATA
from tests.importers.helpers import FEEDBACK, answers, messages, run, skipped

BOOK = DATA / "ms_forms" / "Workshop feedback(1-3).xlsx"
TEMPLATE = {
    "id": 3,
    "form_key": "feedback",
    "version": 1,
    "title": "Session feedback",
    "definition": FEEDBACK,
}


def test_detects_the_workbook() -> None:
    assert MsFormsImporter().detect(Source(BOOK)) == 0.9
    assert MsFormsImporter().detect(Source(DATA / "google_forms" / "Community survey.csv")) == 0.0


def test_free_text_by_respondent_with_completion_time() -> None:
    records = run(MsFormsImporter(), BOOK)
    msgs = messages(records)
    assert [(m.author.name, m.author.key, m.text, m.posted_at) for m in msgs] == [
        (
            "Workshop feedback respondent 1",
            "form:Workshop feedback:1",
            "Please share the slides before the session so I can follow on my phone.",
            datetime(2022, 6, 22, 18, 7, 29),
        ),
        (
            "Workshop feedback respondent 3",
            "form:Workshop feedback:3",
            "Nothing – the breakout in small groups worked really well for me.",
            datetime(2022, 6, 22, 19, 4, 50),
        ),
    ]
    assert len(skipped(records)) == 3  # two rating columns and the choice column, once each


def test_mapped_to_paper_form() -> None:
    records = run(MsFormsImporter(), BOOK, form_template=TEMPLATE, template_id=3)
    got = [(a.response_id, a.question_key, a.value) for a in answers(records)]
    assert got == [
        ("1", "overall", 4),
        ("1", "heard", 5),
        ("1", "change", "Please share the slides before the session so I can follow on my phone."),
        ("1", "internet", "poor"),
        ("2", "overall", 3),
        ("2", "heard", 2),
        ("2", "internet", "good"),
        ("3", "overall", 5),
        ("3", "heard", 4),
        ("3", "change", "Nothing – the breakout in small groups worked really well for me."),
        ("3", "internet", "none"),
    ]
    named = next(a for a in answers(records) if a.response_id == "2")
    assert (named.author.name, named.author.email) == ("João Silva", "joao.silva@example.pt")


def test_csv_is_refused() -> None:
    try:
        run(MsFormsImporter(), DATA / "google_forms" / "Community survey.csv")
    except UserError as exc:
        assert "Excel workbook" in str(exc)
    else:
        raise AssertionError("not refused")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(
        st.lists(
            st.one_of(
                st.none(),
                st.integers(),
                st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=20).filter(
                    lambda t: not t.startswith("=")
                ),
            ),
            min_size=1,
            max_size=6,
        ),
        max_size=5,
    ),
    cut=st.integers(min_value=0, max_value=3000),
)
def test_any_workbook_gives_records_or_user_error(rows: list[list[object]], cut: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "form.xlsx"
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(["ID", "Start time", "Completion time", "Email", "Name", "Q"])
        for row in rows:
            sheet.append(row)
        book.save(path)
        for data in (path.read_bytes(), path.read_bytes()[:cut]):
            path.write_bytes(data)
            with contextlib.suppress(UserError):
                run(MsFormsImporter(), path, form_template=TEMPLATE)
