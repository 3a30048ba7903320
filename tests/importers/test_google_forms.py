"""Google Forms CSV: locales, zones, ';'-joined checkboxes, edited headers, mapping to a paper form."""

from __future__ import annotations

import contextlib
import csv
import io
import tempfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hybridhub.core.errors import UserError
from hybridhub.importers.formats.google_forms import GoogleFormsImporter
from hybridhub.importers.mapping import suggest_form_mapping
from hybridhub.importers.source import Source
from tests.conftest import DATA
from tests.importers.helpers import FEEDBACK, answers, messages, run, skipped

HERE = DATA / "google_forms"
ENGLISH = HERE / "Workshop feedback (Responses) - Form responses 1.csv"
FRENCH = HERE / "Retour atelier (réponses).csv"
US = HERE / "Community survey.csv"
AST = timezone(timedelta(hours=-4))
TEMPLATE = {
    "id": 7,
    "form_key": "feedback",
    "version": 1,
    "title": "Session feedback",
    "definition": FEEDBACK,
}


def test_detects_google_forms_by_first_column() -> None:
    imp = GoogleFormsImporter()
    assert imp.detect(Source(ENGLISH)) == 0.9
    assert imp.detect(Source(FRENCH)) == 0.9  # 'Horodateur', semicolons, cp1252
    assert imp.detect(Source(DATA / "table" / "messages.csv")) == 0.0


def test_free_text_answers_become_messages_with_zone_aware_times() -> None:
    records = run(GoogleFormsImporter(), ENGLISH)
    msgs = messages(records)
    assert [m.text for m in msgs] == [
        "More time for questions from the people in the room, please.",
        "The microphone in the room did not reach us online. I missed half of the answers.",
        "Shorter breaks, and a written summary afterwards 🙏",
    ]
    assert [m.posted_at for m in msgs] == [
        datetime(2022, 6, 22, 11, 7, 29, tzinfo=AST),
        datetime(2022, 6, 22, 11, 15, 2, tzinfo=AST),
        datetime(2022, 6, 22, 12, 1, 47, tzinfo=AST),
    ]
    assert msgs[0].posted_at.astimezone(UTC) == datetime(2022, 6, 22, 15, 7, 29, tzinfo=UTC)
    assert [m.author.email for m in msgs] == ["marie.dupont@example.org", None, "kwame@example.net"]
    assert msgs[1].author.key == "form:Workshop feedback:2022/06/22 11:15:02 AM AST"
    assert {m.chat for m in msgs} == {"Workshop feedback"}
    # Without a paper form the ratings and choices are not answers: each such column is skipped once.
    assert len(skipped(records)) == 5
    assert answers(records) == []


def test_semicolon_cp1252_french_export_is_read() -> None:
    msgs = messages(run(GoogleFormsImporter(), FRENCH))
    assert [m.text for m in msgs] == [
        "Plus de pauses, et des sous-titres pour les personnes malentendantes.",
        "Rien, c’était très bien préparé et accueillant.",
        "La salle était trop bruyante pour entendre les questions.",
    ]
    assert [m.posted_at for m in msgs] == [
        datetime(2022, 6, 22, 18, 7, 29),
        datetime(2022, 6, 23, 9, 15),
        datetime(2022, 6, 24, 20, 44, 12),
    ]


def test_us_dates_are_month_first() -> None:
    msgs = messages(run(GoogleFormsImporter(), US))
    assert [m.posted_at for m in msgs] == [datetime(2022, 6, 22, 14, 7, 29), datetime(2022, 6, 23, 9, 5)]
    assert msgs[0].author.name == "Community survey respondent 1"


def test_mapping_to_paper_form_gives_answers_including_the_edited_question() -> None:
    mapping = suggest_form_mapping(
        TEMPLATE,
        [
            "Could you hear the speakers?",
            "Could you hear the room well?",
            "How would you rate the session overall?",
            "What should change next time?",
            "How is your internet connection at home?",
        ],
        {"How is your internet connection at home?": {"Good", "Poor", "No internet at home"}},
    )
    by_key = {q.key: q for q in mapping.questions}
    assert by_key["heard"].columns == ["Could you hear the room well?"]
    assert by_key["internet"].options["Good"] == "good"
    assert by_key["internet"].options["Poor"] == "poor"
    # The organiser adds the column the question had before the form was edited.
    by_key["heard"].columns.insert(0, "Could you hear the speakers?")
    records = run(GoogleFormsImporter(), ENGLISH, form_mapping=mapping.settings())
    got = [(a.author.email or a.author.key, a.question_key, a.value) for a in answers(records)]
    r2, r4 = (
        "form:Workshop feedback:2022/06/22 11:15:02 AM AST",
        "form:Workshop feedback:2022/06/22 12:30:10 PM AST",
    )
    assert got == [
        ("marie.dupont@example.org", "overall", 5),
        ("marie.dupont@example.org", "heard", 4),
        (
            "marie.dupont@example.org",
            "change",
            "More time for questions from the people in the room, please.",
        ),
        ("marie.dupont@example.org", "internet", "good"),
        (r2, "overall", 3),
        (r2, "heard", 2),
        (r2, "change", "The microphone in the room did not reach us online. I missed half of the answers."),
        (r2, "internet", "poor"),
        ("kwame@example.net", "overall", 4),
        ("kwame@example.net", "change", "Shorter breaks, and a written summary afterwards 🙏"),
        ("kwame@example.net", "internet", "none"),
        ("kwame@example.net", "heard", 5),
        (r4, "overall", 2),
        (r4, "internet", "poor"),
        (r4, "heard", 3),
    ]
    msgs = messages(records)
    assert [m.extra["answer_of"][1] for m in msgs] == ["change", "change", "change"]
    assert [s.reason for s in skipped(records)] == [
        "column 'Which topics matter most to you?' (3 answers) is not mapped to a paper-form question"
    ]


def test_wrong_first_column_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "responses.csv"
    path.write_text("Name,Comment\nAna,Hello\n", encoding="utf-8")
    try:
        run(GoogleFormsImporter(), path)
    except UserError as exc:
        assert "expected a 'Timestamp' column first" in str(exc)
    else:
        raise AssertionError("not refused")


def test_bad_timestamp_names_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "responses.csv"
    path.write_text("Timestamp,Comment\nyesterday,Hello there everyone in the room\n", encoding="utf-8")
    try:
        run(GoogleFormsImporter(), path)
    except UserError as exc:
        assert exc.line == 2 and exc.field == "Timestamp"
    else:
        raise AssertionError("not refused")


cells = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(cells, min_size=1, max_size=5), max_size=6), raw=st.binary(max_size=200))
def test_any_responses_file_gives_records_or_user_error(rows: list[list[str]], raw: bytes) -> None:
    out = io.StringIO()
    csv.writer(out).writerows([["Timestamp", "Q1", "Q2"], *rows])
    with tempfile.TemporaryDirectory() as folder:
        for data in (out.getvalue().encode("utf-8") + raw, raw):
            path = Path(folder) / "form.csv"
            path.write_bytes(data)
            with contextlib.suppress(UserError):
                run(
                    GoogleFormsImporter(),
                    path,
                    form_mapping=suggest_form_mapping(TEMPLATE, ["Q1"]).settings(),
                )
