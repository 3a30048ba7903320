from __future__ import annotations

from pathlib import Path

import pytest

from hybridhub.core.errors import ValidationError
from hybridhub.core.models import FormTemplate
from hybridhub.core.workspace import Workspace
from hybridhub.paperforms.templates import find_form, list_forms, parse_form, store_template

GOOD = """\
id: mini
version: 1
languages: [en, fr]
title: {en: Mini, fr: Mini}
questions:
  - key: q1
    type: single
    label: {en: Pick, fr: Choisir}
    options:
      - {key: a, label: {en: A, fr: A}}
      - {key: b, label: {en: B, fr: B}}
"""


def test_shipped_forms_have_the_expected_shape() -> None:
    forms = {f.id: f for f in list_forms()}
    assert {"session-feedback", "walk-in-card"} <= set(forms)
    for form in forms.values():
        assert set(form.languages) >= {"en", "fr", "de", "es"}
        d = form.definition
        assert isinstance(d["id"], str) and isinstance(d["version"], int)
        assert set(d["title"]) >= {"en", "fr", "de", "es"}
        for q in d["questions"]:
            assert q["type"] in ("rating", "yesno", "single", "multiple", "number", "text")
            assert set(q["label"]) >= {"en", "fr", "de", "es"}
            if q["type"] in ("single", "multiple"):
                assert all(set(o) == {"key", "label"} for o in q["options"])
    feedback = {q["key"]: q for q in forms["session-feedback"].definition["questions"]}
    assert feedback["overall"]["type"] == feedback["heard"]["type"] == "rating"
    assert feedback["worked"]["type"] == feedback["change"]["type"] == "text"
    assert [o["key"] for o in feedback["took_part"]["options"]] == ["room", "online", "both"]
    assert [o["key"] for o in feedback["internet"]["options"]] == ["none", "poor", "good"]
    assert feedback["age_band"]["type"] == "single"
    assert feedback["consent_quote"]["type"] == "yesno"
    kinds = {q["type"] for f in forms.values() for q in f.definition["questions"]}
    assert kinds == {"rating", "yesno", "single", "multiple", "number", "text"}


@pytest.mark.parametrize(
    ("text", "line", "field", "words"),
    [
        (GOOD.replace("type: single", "type: slider"), 7, "questions[0].type", "unknown type 'slider'"),
        (GOOD.replace("{en: Pick, fr: Choisir}", "{en: Pick}"), 8, "questions[0].label.fr", "no 'fr' text"),
        (GOOD.replace("version: 1", "version: one"), 2, "version", "whole number"),
        (
            GOOD.replace("      - {key: b, label: {en: B, fr: B}}\n", ""),
            10,
            "questions[0].options",
            "at least two",
        ),
        (GOOD.replace("key: b", "key: a"), 11, "questions[0].options[1].key", "used twice"),
        (
            GOOD.replace("    type: single\n", "    type: single\n    lines: 3\n"),
            8,
            "questions[0].lines",
            "only a text question",
        ),
        (GOOD.replace("title:", "titel:"), 4, "titel", "unknown entry"),
        (
            GOOD + "  - key: q1\n    type: text\n    label: {en: T, fr: T}\n",
            12,
            "questions[1].key",
            "used twice",
        ),
        ("id: x\nversion: 1\ntitle: [unclosed\n", 4, None, "not valid YAML"),
    ],
)
def test_invalid_templates_name_file_line_and_field(
    tmp_path: Path, text: str, line: int, field: str | None, words: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        find_form(str(path))
    err = info.value
    assert err.file == str(path)
    assert err.line == line
    assert err.field == field
    assert words in err.message
    assert str(path) in str(err) and f"line {line}" in str(err)


def test_a_changed_form_needs_a_new_version(workspace: Workspace) -> None:
    with workspace.transaction() as s:
        first = store_template(s, parse_form(GOOD))
        assert store_template(s, parse_form(GOOD)).id == first.id
    changed = parse_form(GOOD.replace("Pick", "Choose"))
    with pytest.raises(ValidationError, match="raise the version"), workspace.transaction() as s:
        store_template(s, changed)
    with workspace.transaction() as s:
        store_template(s, parse_form(GOOD.replace("Pick", "Choose").replace("version: 1", "version: 2")))
        assert s.query(FormTemplate).filter_by(form_key="mini").count() == 2
