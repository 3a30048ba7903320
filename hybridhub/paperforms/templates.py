"""Form templates: read and validate the YAML files in `forms/`, store each version as a FormTemplate.

Validation walks yaml's node tree rather than plain data, so that every error names the file, the line
and the field (e.g. `questions[3].options[1].label.fr`).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from hybridhub.core.errors import NotFoundError, ValidationError
from hybridhub.core.models import FormTemplate
from hybridhub.core.resources import forms_dir

QUESTION_TYPES = ("rating", "yesno", "single", "multiple", "number", "text")
CHOICE_TYPES = ("single", "multiple")
KNOWN_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "pl", "ar", "tr")
_FORM_KEYS = {"id", "version", "title", "languages", "questions"}
_QUESTION_KEYS = {"key", "type", "label", "options", "lines", "digits", "voice"}
_KEY = re.compile(r"^[a-z][a-z0-9_-]{0,63}$")
_OPTION_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_+-]{0,31}$")
MAX_OPTIONS = 9  # review and keyed entry choose with the keys 1–9


@dataclass(frozen=True)
class FormFile:
    """A validated template: its definition (the JSON stored in FormTemplate) and where it came from."""

    definition: dict[str, Any]
    path: Path | None

    @property
    def id(self) -> str:
        return str(self.definition["id"])

    @property
    def version(self) -> int:
        return int(self.definition["version"])

    @property
    def languages(self) -> list[str]:
        return list(self.definition["languages"])

    def title(self, lang: str = "en") -> str:
        return localised(self.definition["title"], lang)

    @property
    def sha256(self) -> str:
        return definition_hash(self.definition)


def localised(labels: dict[str, str], lang: str) -> str:
    return labels.get(lang) or labels.get("en") or next(iter(labels.values()), "")


def definition_hash(definition: dict[str, Any]) -> str:
    canonical = json.dumps(definition, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class _Reader:
    """Turns yaml nodes into plain values, raising ValidationError with file, line and field."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def fail(self, node: yaml.Node, field: str, message: str) -> ValidationError:
        return ValidationError(message, file=self.path, line=node.start_mark.line + 1, field=field or None)

    def mapping(self, node: yaml.Node, field: str, allowed: set[str]) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, field, "expected a mapping of 'name: value' entries")
        out: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            where = f"{field}.{key}" if field else str(key)
            if key not in allowed:
                raise self.fail(
                    key_node, where, f"unknown entry; expected one of: {', '.join(sorted(allowed))}"
                )
            if key in out:
                raise self.fail(key_node, where, "appears twice")
            out[key] = value_node
        return out

    def required(self, entries: dict[str, yaml.Node], parent: yaml.Node, field: str, name: str) -> yaml.Node:
        if name not in entries:
            where = f"{field}.{name}" if field else name
            raise self.fail(parent, where, "is missing")
        return entries[name]

    def text(self, node: yaml.Node, field: str) -> str:
        if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
            raise self.fail(node, field, "expected a non-empty text")
        return str(node.value).strip()

    def integer(self, node: yaml.Node, field: str, low: int, high: int) -> int:
        if not isinstance(node, yaml.ScalarNode) or not re.fullmatch(r"\d+", str(node.value)):
            raise self.fail(node, field, f"expected a whole number from {low} to {high}")
        value = int(node.value)
        if not low <= value <= high:
            raise self.fail(node, field, f"expected a whole number from {low} to {high}, got {value}")
        return value

    def boolean(self, node: yaml.Node, field: str) -> bool:
        if not isinstance(node, yaml.ScalarNode) or str(node.value).lower() not in ("true", "false"):
            raise self.fail(node, field, "expected true or false")
        return str(node.value).lower() == "true"

    def labels(self, node: yaml.Node, field: str, languages: list[str]) -> dict[str, str]:
        if isinstance(node, yaml.ScalarNode) and languages == ["en"]:
            return {"en": self.text(node, field)}
        entries = self.mapping(node, field, set(KNOWN_LANGUAGES))
        out = {lang: self.text(value, f"{field}.{lang}") for lang, value in entries.items()}
        for lang in languages:
            if lang not in out:
                raise self.fail(
                    node,
                    f"{field}.{lang}",
                    f"the form is in {', '.join(languages)}; this label has no '{lang}' text",
                )
        return out


def parse_form(text: str, path: Path | None = None) -> FormFile:
    """Validate one template's YAML text; raises ValidationError naming file, line and field."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise ValidationError(f"not valid YAML: {exc.problem or exc}", file=path, line=line) from exc
    except yaml.YAMLError as exc:
        raise ValidationError(f"not valid YAML: {exc}", file=path) from exc
    if root is None:
        raise ValidationError("the file is empty; expected a form template", file=path)
    r = _Reader(path)
    top = r.mapping(root, "", _FORM_KEYS)
    form_id = r.text(r.required(top, root, "", "id"), "id")
    if not _KEY.match(form_id):
        raise r.fail(top["id"], "id", "use lower-case letters, digits, '-' or '_' (e.g. session-feedback)")
    version = r.integer(r.required(top, root, "", "version"), "version", 1, 10_000)
    languages = ["en"]
    if "languages" in top:
        node = top["languages"]
        if not isinstance(node, yaml.SequenceNode) or not node.value:
            raise r.fail(node, "languages", "expected a list of language codes such as [en, fr]")
        languages = []
        for i, item in enumerate(node.value):
            code = r.text(item, f"languages[{i}]")
            if code not in KNOWN_LANGUAGES:
                raise r.fail(item, f"languages[{i}]", f"unknown language code '{code}'")
            languages.append(code)
        if "en" not in languages:
            raise r.fail(node, "languages", "English ('en') is needed as the fallback language")
    title = r.labels(r.required(top, root, "", "title"), "title", languages)
    qnode = r.required(top, root, "", "questions")
    if not isinstance(qnode, yaml.SequenceNode) or not qnode.value:
        raise r.fail(qnode, "questions", "expected a list with at least one question")
    questions: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, node in enumerate(qnode.value):
        question = _question(r, node, f"questions[{i}]", languages)
        if question["key"] in seen:
            raise r.fail(node, f"questions[{i}].key", f"the key '{question['key']}' is used twice")
        seen.add(question["key"])
        questions.append(question)
    definition = {
        "id": form_id,
        "version": version,
        "title": title,
        "languages": languages,
        "questions": questions,
    }
    return FormFile(definition, path)


def _question(r: _Reader, node: yaml.Node, field: str, languages: list[str]) -> dict[str, Any]:
    q = r.mapping(node, field, _QUESTION_KEYS)
    key = r.text(r.required(q, node, field, "key"), f"{field}.key")
    if not _KEY.match(key):
        raise r.fail(q["key"], f"{field}.key", "use lower-case letters, digits and '_' (e.g. took_part)")
    kind = r.text(r.required(q, node, field, "type"), f"{field}.type")
    if kind not in QUESTION_TYPES:
        raise r.fail(
            q["type"], f"{field}.type", f"unknown type '{kind}'; expected one of {', '.join(QUESTION_TYPES)}"
        )
    out: dict[str, Any] = {
        "key": key,
        "type": kind,
        "label": r.labels(r.required(q, node, field, "label"), f"{field}.label", languages),
    }
    extra = {"options": CHOICE_TYPES, "lines": ("text",), "voice": ("text",), "digits": ("number",)}
    for name, types in extra.items():
        if name in q and kind not in types:
            raise r.fail(q[name], f"{field}.{name}", f"only a {' or '.join(types)} question has '{name}'")
    if kind in CHOICE_TYPES:
        onode = r.required(q, node, field, "options")
        if not isinstance(onode, yaml.SequenceNode) or len(onode.value) < 2:
            raise r.fail(onode, f"{field}.options", "expected a list of at least two options")
        if len(onode.value) > MAX_OPTIONS:
            raise r.fail(onode, f"{field}.options", f"at most {MAX_OPTIONS} options (keys 1–9 choose them)")
        options: list[dict[str, Any]] = []
        for j, item in enumerate(onode.value):
            ofield = f"{field}.options[{j}]"
            o = r.mapping(item, ofield, {"key", "label"})
            okey = r.text(r.required(o, item, ofield, "key"), f"{ofield}.key")
            if not _OPTION_KEY.match(okey):
                raise r.fail(o["key"], f"{ofield}.key", "use letters, digits, '_', '+' or '-' (e.g. 65+)")
            if any(opt["key"] == okey for opt in options):
                raise r.fail(o["key"], f"{ofield}.key", f"the option '{okey}' is used twice")
            options.append(
                {
                    "key": okey,
                    "label": r.labels(r.required(o, item, ofield, "label"), f"{ofield}.label", languages),
                }
            )
        out["options"] = options
    if kind == "text":
        out["lines"] = r.integer(q["lines"], f"{field}.lines", 1, 12) if "lines" in q else 3
        out["voice"] = r.boolean(q["voice"], f"{field}.voice") if "voice" in q else True
    if kind == "number":
        out["digits"] = r.integer(q["digits"], f"{field}.digits", 1, 3) if "digits" in q else 2
    return out


def load_form(path: Path) -> FormFile:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise NotFoundError("no form template here", file=path) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"cannot read the template: {exc}", file=path) from exc
    return parse_form(text, path)


def list_forms(directory: Path | None = None) -> list[FormFile]:
    """Every template in the forms folder (the shipped one by default), sorted by id; an invalid file
    raises with its location."""
    folder = directory or forms_dir()
    return sorted((load_form(p) for p in sorted(folder.glob("*.yaml"))), key=lambda f: f.id)


def find_form(name: str, directory: Path | None = None) -> FormFile:
    """A form by id (e.g. 'session-feedback') from the forms folder, or by the path of a YAML file."""
    candidate = Path(name)
    if candidate.suffix in (".yaml", ".yml") and candidate.exists():
        return load_form(candidate)
    for form in list_forms(directory):
        if form.id == name:
            return form
    known = ", ".join(f.id for f in list_forms(directory)) or "none"
    raise NotFoundError(f"no form template '{name}'", field="form", hint=f"known forms: {known}")


def store_template(session: Session, form: FormFile) -> FormTemplate:
    """The FormTemplate row for this form version, created on first use. A version already used with
    other content is refused: printed sheets must stay readable with the definition they were printed from."""
    row = session.scalars(
        select(FormTemplate).where(FormTemplate.form_key == form.id, FormTemplate.version == form.version)
    ).first()
    if row is None:
        row = FormTemplate(
            form_key=form.id,
            version=form.version,
            title=form.title("en"),
            definition=form.definition,
            sha256=form.sha256,
        )
        session.add(row)
        session.flush()
        return row
    if row.sha256 != form.sha256:
        raise ValidationError(
            f"version {form.version} of '{form.id}' was already printed with different questions",
            file=form.path,
            field="version",
            hint="raise the version number after changing a form",
        )
    return row
