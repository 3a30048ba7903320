"""The printed documents' gettext catalogues: current with the English source, complete, compiled, and
used by the report and the forms in every language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import write_po

from hybridhub.core.l10n import LANGUAGES
from hybridhub.core.resources import resource_path
from hybridhub.paperforms.words import word
from hybridhub.reports import catalogue
from hybridhub.reports.i18n import LANGUAGE_NAMES, Catalog


@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_every_catalogue_is_current_complete_and_compiled(lang: str) -> None:
    assert catalogue.problems(lang) == []


def test_the_template_is_current() -> None:
    pot = catalogue.read(catalogue.LOCALE_DIR / "hybridhub.pot")
    assert {(m.context, m.id) for m in pot if m.id} == {
        (m.context, m.id) for m in catalogue.template() if m.id
    }


def test_the_package_reads_the_repository_catalogues() -> None:
    assert resource_path("locale") == catalogue.LOCALE_DIR


@pytest.fixture
def locale_copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(catalogue.LOCALE_DIR, tmp_path / "locale"))


def _edit(folder: Path, lang: str, key: str, **changes: object) -> None:
    path = catalogue.po_path(lang, folder)
    po = catalogue.read(path)
    message = next(m for m in po if m.context == key)
    for name, value in changes.items():
        setattr(message, name, value)
    if not changes:  # no change: drop the message
        po.delete(message.id, context=key)
    with path.open("wb") as fh:
        write_po(fh, po)


def test_stale_or_unfinished_catalogues_are_caught(locale_copy: Path) -> None:
    _edit(locale_copy, "it", "report_title", string="")
    assert catalogue.problems("it", locale_copy) == ["it: unfinished: report_title"]
    _edit(locale_copy, "pt", "h_summary", flags={"fuzzy"})
    assert catalogue.problems("pt", locale_copy) == ["pt: unfinished: h_summary"]
    _edit(locale_copy, "de", "footer_page", string="Seite {seite} von {total}")
    assert catalogue.problems("de", locale_copy) == ["de: placeholders differ from the English: footer_page"]
    _edit(locale_copy, "fr", "contents")
    assert catalogue.problems("fr", locale_copy) == ["fr: not in the catalogue: contents"]
    _edit(locale_copy, "es", "contents", string="Índice general")
    assert catalogue.problems("es", locale_copy)[0].endswith(
        "not compiled from the .po (run `make translations`)"
    )


def test_refresh_merges_a_new_message_as_unfinished(
    locale_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hybridhub.reports import messages

    monkeypatch.setitem(messages.MESSAGES, "brand_new", "A brand new sentence.")
    catalogue.refresh(locale_copy)
    assert "it: unfinished: brand_new" in catalogue.problems("it", locale_copy)
    monkeypatch.delitem(messages.MESSAGES, "brand_new")
    catalogue.refresh(locale_copy)
    assert catalogue.problems("it", locale_copy) == []


def test_plurals_follow_each_language() -> None:
    assert Catalog("en")("ratings_n", 1, n="1") == "1 answer"
    assert Catalog("en")("ratings_n", 3, n="3") == "3 answers"
    assert Catalog("fr")("ratings_n", 0, n="0") == "0 réponse"  # French counts zero as singular
    assert Catalog("it")("tally_total", 1, n="1") == "1 voto in tutto"
    assert Catalog("pt")("tally_total", 2, n="2") == "2 votos no total"
    with pytest.raises(TypeError):
        Catalog("de")("ratings_n", n="2")


def test_report_and_forms_speak_italian_and_portuguese() -> None:
    assert Catalog("it")("report_title") == "Rapporto sul workshop"
    assert Catalog("pt")("h_method") == "Método e limitações"
    assert word("thanks", "it") == "Grazie!" and word("sheet", "pt") == "Folha"
    assert word("sheet", "xx") == "Sheet"  # an unknown language falls back to English
    assert LANGUAGE_NAMES["pt"] == "Português" and LANGUAGE_NAMES["it"] == "Italiano"
