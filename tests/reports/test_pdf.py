from __future__ import annotations

import re
import subprocess
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from sqlalchemy import distinct, func, select

from hybridhub.analysis.counting import count_event
from hybridhub.core.errors import ValidationError
from hybridhub.core.models import Contribution, Participant
from hybridhub.core.workspace import Workspace
from hybridhub.reports.i18n import Catalog
from hybridhub.reports.options import ReportOptions
from hybridhub.reports.quotes import QuotePolicy
from hybridhub.reports.report import build_report
from tests.reports.conftest import EMAIL, PHONE, SECRET


def _build(ws: Workspace, path: Path, **kw: object) -> Path:
    with ws.session() as s:
        build_report(s, ws.event(s), path, ReportOptions(**kw))
    return path


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture(scope="module")
def report_en(planted: Workspace, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(planted, tmp_path_factory.mktemp("pdf") / "report.pdf")


@pytest.fixture(scope="module")
def report_fr(planted: Workspace, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(planted, tmp_path_factory.mktemp("pdf") / "rapport.pdf", lang="fr")


def test_channel_figures_equal_the_store(planted: Workspace, report_en: Path) -> None:
    text = _text(report_en)
    t = Catalog("en")
    appendix = text[text.index("B. Channels and volume", text.index("Appendix")) :]
    with planted.session() as s:
        rows = s.execute(
            select(
                Contribution.channel,
                func.count(distinct(Contribution.participant_id)),
                func.sum(Contribution.voices),
                func.count(),
                func.sum(Contribution.word_count),
            ).group_by(Contribution.channel)
        ).all()
    assert rows
    for channel, people, voices, messages, words in rows:
        people = voices if channel == "note" else people  # a group note's weight is its voices
        match = re.search(
            rf"^\s*{re.escape(t.channel(channel))}\s+(offline|online)\s+([\d,]+)\s+([\d,]+)\s+([\d,]+)",
            appendix,
            re.MULTILINE,
        )
        assert match, f"no row for {channel}"
        printed = tuple(int(g.replace(",", "")) for g in match.groups()[1:])
        assert printed == (people, messages, words), channel


def test_summary_prints_side_totals(planted: Workspace, report_en: Path) -> None:
    with planted.session() as s:
        c = count_event(s, planted.event(s))
    text = " ".join(_text(report_en).split())
    assert (
        f"{c.people} people took part: {c.sides['offline'].people} offline and "
        f"{c.sides['online'].people} online" in text
    )


def test_contact_details_never_reach_the_report(report_en: Path) -> None:
    text = _text(report_en)
    flat = re.sub(r"\s+", " ", text)
    assert "nurse appointments at the hospital" in flat, "the planted quote should have been chosen"
    assert "[phone]" in flat and "[e-mail]" in flat
    assert re.sub(r"\D", "", PHONE) not in re.sub(r"\D", "", flat)
    assert "41 27 93 58" not in flat and EMAIL not in flat and "example.org" not in flat


def test_no_consent_no_quote(planted: Workspace, report_en: Path, tmp_path: Path) -> None:
    assert "neighbourhood clinic" not in " ".join(_text(report_en).split())
    # The same contribution is quoted once its author agrees: the test above is not vacuous.
    with planted.transaction() as s:
        c = s.scalars(select(Contribution).where(Contribution.text == SECRET)).one()
        person = s.get(Participant, c.participant_id)
        person.consent_quote = True
    try:
        again = _build(planted, tmp_path / "consented.pdf")
        assert "neighbourhood clinic" in " ".join(_text(again).split())
    finally:
        with planted.transaction() as s:
            s.get(Participant, person.id).consent_quote = False


def test_unknown_consent_follows_the_organisers_choice(planted: Workspace, tmp_path: Path) -> None:
    with planted.transaction() as s:
        c = s.scalars(select(Contribution).where(Contribution.text == SECRET)).one()
        s.get(Participant, c.participant_id).consent_quote = None
        pid = c.participant_id
    try:
        assert "neighbourhood clinic" not in " ".join(_text(_build(planted, tmp_path / "a.pdf")).split())
        with_default = _build(planted, tmp_path / "b.pdf", quotes=QuotePolicy(unknown_consent_allows=True))
        assert "neighbourhood clinic" in " ".join(_text(with_default).split())
    finally:
        with planted.transaction() as s:
            s.get(Participant, pid).consent_quote = False


def test_every_font_is_embedded(report_en: Path, report_fr: Path) -> None:
    for path in (report_en, report_fr):
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = out.splitlines()[2:]
        assert rows, "no fonts listed"
        for row in rows:
            assert "DejaVuSans" in row
            emb = row.split()[-5]
            assert emb == "yes", row


def test_pages_render_non_blank(report_en: Path) -> None:
    pdf = pdfium.PdfDocument(str(report_en))
    try:
        assert len(pdf) >= 10
        for i in range(len(pdf)):
            pixels = np.asarray(pdf[i].render(scale=0.4).to_pil().convert("L"))
            assert (pixels < 200).mean() > 0.004, f"page {i + 1} looks blank"
    finally:
        pdf.close()


def test_metadata_outline_and_page_numbers(report_en: Path, report_fr: Path) -> None:
    en, fr = PdfReader(report_en), PdfReader(report_fr)
    assert en.metadata.title.startswith("Workshop report: Living well with MS")
    assert fr.metadata.title.startswith("Rapport d'atelier")
    assert en.trailer["/Root"]["/Lang"] == "en" and fr.trailer["/Root"]["/Lang"] == "fr"
    titles = [item.title for item in en.outline if not isinstance(item, list)]
    assert {"Summary", "Who took part", "Themes", "Method and limitations", "Appendix"} <= set(titles)
    total = len(en.pages)
    assert f"Page 2 of {total}" in en.pages[1].extract_text()
    assert f"Page {total} sur {len(fr.pages)}" in fr.pages[-1].extract_text()
    contents = " ".join(en.pages[1].extract_text().split())
    assert "Summary" in contents and "Raised mainly offline" in contents


def test_french_report_is_in_french(report_fr: Path) -> None:
    text = " ".join(_text(report_fr).split())
    for phrase in ("Synthèse", "Qui a participé", "Méthode et limites", "Règles de comptage", "[téléphone]"):
        assert phrase in text


def test_sections_can_be_left_out(planted: Workspace, tmp_path: Path) -> None:
    path = _build(planted, tmp_path / "short.pdf", sections=("summary", "method"))
    text = _text(path)
    assert "Summary" in text and "Counting rules" in text and "Appendix" not in text
    assert len(PdfReader(path).pages) < 10


def test_bad_options_are_user_errors(planted: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="language"):
        ReportOptions(lang="xx")
    with pytest.raises(ValidationError, match="section"):
        ReportOptions(sections=("gossip",))
    with planted.session() as s, pytest.raises(ValidationError, match="PDF"):
        build_report(s, planted.event(s), tmp_path / "report.docx")
    with planted.session() as s, pytest.raises(ValidationError, match="folder"):
        build_report(s, planted.event(s), tmp_path / "missing" / "report.pdf")


def test_empty_workspace_still_gives_a_readable_report(workspace: Workspace, tmp_path: Path) -> None:
    path = _build(workspace, tmp_path / "empty.pdf")
    text = " ".join(_text(path).split())
    assert "0 people took part" in text and "No contribution has been coded with a theme yet." in text
