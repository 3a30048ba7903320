"""Mappings a user chooses once and reuses: which table column plays which role, and which online
form column answers which paper-form question.

Both are saved as `MappingPreset` rows (kind "table" or "form-map"). Presets for well-known exports
ship as JSON files in `hybridhub/importers/presets/` and are read only when asked for. A mapping can
also come from a `mapping.json` file (`hybridhub import … --map mapping.json`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from hybridhub.core.channels import CHANNELS
from hybridhub.core.errors import NotFoundError, ValidationError
from hybridhub.core.models import FormTemplate, MappingPreset
from hybridhub.importers.base import ImportOptions
from hybridhub.importers.tabular import norm_header

TABLE = "table"
FORM_MAP = "form-map"
ROLES = ("author", "author_key", "email", "phone", "time", "text", "thread", "parent", "id", "chat")
ROLE_LABELS = {
    "author": "Author name",
    "author_key": "Author id",
    "email": "E-mail (hashed)",
    "phone": "Phone (hashed)",
    "time": "Time",
    "text": "Text",
    "thread": "Thread / conversation",
    "parent": "Reply to (id)",
    "id": "Message id",
    "chat": "Channel / room name",
}
# Header words that suggest a role when no preset fits (English and the usual platform words).
_ROLE_HINTS: dict[str, tuple[str, ...]] = {
    "author": ("from", "author", "sender", "name", "user", "username", "asker name", "member", "posted by"),
    "author_key": ("sender profile url", "user id", "author id", "member id", "profile"),
    "email": ("email", "e mail", "email address", "asker email"),
    "phone": ("phone", "phone number", "mobile"),
    "time": ("date", "time", "timestamp", "created at", "created", "sent", "posted at", "time asked"),
    "text": (
        "text",
        "message",
        "content",
        "body",
        "comment",
        "question",
        "post",
        "question asked",
        "post raw",
    ),
    "thread": ("thread", "conversation id", "conversation", "topic", "topic title", "subject"),
    "parent": ("parent id", "reply to", "in reply to"),
    "id": ("id", "message id", "post id", "comment id"),
    "chat": ("channel", "space", "room", "category", "categories", "group", "conversation title"),
}
PRESET_DIR = "presets"


@dataclass
class TableMapping:
    """Which columns give author, time, text … (by header name, or a list of names joined with a
    space, e.g. a date and a time column), plus how to read the file."""

    columns: dict[str, list[str]]
    channel: str = TABLE
    name: str = ""
    delimiter: str | None = None
    encoding: str | None = None
    date_order: str | None = None
    author: str | None = None  # one author for the whole file (a personal archive)
    author_from_filename: str | None = None  # regex with a group 'name' taken from the file name
    skip_values: dict[str, list[str]] = field(default_factory=dict)  # column -> values meaning "leave out"

    @classmethod
    def from_dict(cls, data: Any, where: str = "mapping") -> TableMapping:
        if not isinstance(data, dict):
            raise ValidationError("a table mapping is a JSON object", file=where)
        raw_cols = data.get("columns")
        if not isinstance(raw_cols, dict) or not raw_cols:
            raise ValidationError(
                "the mapping names no columns", file=where, field="columns",
                hint='expected e.g. {"columns": {"author": "From", "time": "Date", "text": "Message"}}',
            )  # fmt: skip
        columns: dict[str, list[str]] = {}
        for role, value in raw_cols.items():
            if role not in ROLES:
                raise ValidationError(
                    f"unknown role '{role}'", file=where, field="columns", hint="roles: " + ", ".join(ROLES)
                )
            names = [value] if isinstance(value, str | int) else value
            if not isinstance(names, list) or not names or not all(isinstance(n, str | int) for n in names):
                raise ValidationError(f"role '{role}' needs a column name", file=where, field="columns")
            if names != [""]:
                columns[role] = [str(n) for n in names]
        if "text" not in columns:
            raise ValidationError("the mapping needs a text column", file=where, field="columns")
        channel = str(data.get("channel") or TABLE)
        if not re.fullmatch(r"[a-z0-9][a-z0-9\-]{0,31}", channel):
            raise ValidationError(
                f"'{channel}' is not a channel name", file=where, field="channel",
                hint="lower-case letters, digits and dashes, e.g. 'circle' or 'viber'",
            )  # fmt: skip
        order = data.get("date_order")
        if order is not None and order not in ("DMY", "MDY", "YMD"):
            raise ValidationError("date_order is DMY, MDY or YMD", file=where, field="date_order")
        pattern = data.get("author_from_filename")
        if pattern is not None:
            try:
                if "name" not in re.compile(str(pattern)).groupindex:
                    raise ValidationError("the pattern needs a (?P<name>…) group", file=where)
            except re.error as exc:
                raise ValidationError(
                    f"bad file-name pattern: {exc}", file=where, field="author_from_filename"
                ) from exc
        skip = data.get("skip_values") or {}
        if not isinstance(skip, dict):
            raise ValidationError("skip_values maps a column to a list of values", file=where)
        return cls(
            columns=columns,
            channel=channel,
            name=str(data.get("name") or ""),
            delimiter=data.get("delimiter") or None,
            encoding=data.get("encoding") or None,
            date_order=order,
            author=data.get("author") or None,
            author_from_filename=pattern,
            skip_values={str(k): [str(v) for v in vs] for k, vs in skip.items() if isinstance(vs, list)},
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"columns": {k: v[0] if len(v) == 1 else v for k, v in self.columns.items()}}
        data["channel"] = self.channel
        for key in ("name", "delimiter", "encoding", "date_order", "author", "author_from_filename"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        if self.skip_values:
            data["skip_values"] = self.skip_values
        return data

    @property
    def channel_label(self) -> str:
        known = CHANNELS.get(self.channel)
        return known.label if known else self.channel


# -- presets -------------------------------------------------------------------------------------


def shipped_presets() -> dict[str, dict[str, Any]]:
    """The table presets that come with HybridHub, by name (read from the package on each call)."""
    found: dict[str, dict[str, Any]] = {}
    folder = resources.files("hybridhub.importers").joinpath(PRESET_DIR)
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            data = json.loads(entry.read_text(encoding="utf-8"))
            found[data["name"]] = data
    return found


def list_presets(session: Session, kind: str = TABLE) -> list[str]:
    """Names of saved presets of `kind`, then (for tables) the shipped ones not overridden."""
    saved = list(session.scalars(select(MappingPreset.name).where(MappingPreset.kind == kind)))
    names = sorted(saved, key=str.casefold)
    if kind == TABLE:
        names += [n for n in shipped_presets() if n not in saved]
    return names


def save_preset(session: Session, kind: str, name: str, definition: dict[str, Any]) -> MappingPreset:
    """Create or replace the preset `name` of `kind`."""
    name = name.strip()
    if not name:
        raise ValidationError("a preset needs a name", field="name")
    if kind == TABLE:
        definition = TableMapping.from_dict({**definition, "name": name}, where=name).to_dict()
    preset = session.scalars(
        select(MappingPreset).where(MappingPreset.kind == kind, MappingPreset.name == name)
    ).first()
    if preset is None:
        preset = MappingPreset(kind=kind, name=name, definition=definition)
        session.add(preset)
    else:
        preset.definition = definition
    session.flush()
    return preset


def delete_preset(session: Session, kind: str, name: str) -> None:
    preset = session.scalars(
        select(MappingPreset).where(MappingPreset.kind == kind, MappingPreset.name == name)
    ).first()
    if preset is None:
        raise NotFoundError(f"no saved mapping called '{name}'")
    session.delete(preset)


def load_table_mapping(session: Session | None, spec: str | dict[str, Any] | TableMapping) -> TableMapping:
    """A mapping from a preset name (saved, then shipped), a path to a mapping.json, or a dict."""
    if isinstance(spec, TableMapping):
        return spec
    if isinstance(spec, dict):
        return TableMapping.from_dict(spec)
    text = str(spec).strip()
    if text.lower().endswith(".json") or "/" in text or "\\" in text:
        return _mapping_file(Path(text))
    if session is not None:
        preset = session.scalars(
            select(MappingPreset).where(MappingPreset.kind == TABLE, MappingPreset.name == text)
        ).first()
        if preset is not None:
            return TableMapping.from_dict({**preset.definition, "name": text}, where=text)
    shipped = shipped_presets()
    for name, data in shipped.items():
        if name.casefold() == text.casefold():
            return TableMapping.from_dict(data, where=name)
    known = (list_presets(session) if session is not None else list(shipped)) or ["(none)"]
    raise NotFoundError(f"no mapping preset called '{text}'", hint="known presets: " + ", ".join(known))


def _mapping_file(path: Path) -> TableMapping:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError as exc:
        raise NotFoundError("no such mapping file", file=path) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError("cannot read the mapping file", file=path) from exc
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"the mapping file is not valid JSON: {exc.msg}", file=path, line=exc.lineno
        ) from exc
    return TableMapping.from_dict(data, where=str(path))


def suggest_roles(headers: Sequence[str]) -> dict[str, str]:
    """A first guess of role -> column from header words, each column used at most once."""
    taken: set[int] = set()
    chosen: dict[str, str] = {}
    normal = [norm_header(h) for h in headers]
    for role in ("text", "time", "author", "email", "thread", "chat", "id", "parent", "author_key", "phone"):
        hints = _ROLE_HINTS[role]
        best: tuple[int, int] | None = None
        for i, header in enumerate(normal):
            if i in taken or not header:
                continue
            for rank, hint in enumerate(hints):
                hit = header == hint or (len(hint) > 3 and hint in header.split(" "))
                if hit and (best is None or rank < best[0]):
                    best = (rank, i)
        if best is not None:
            taken.add(best[1])
            chosen[role] = headers[best[1]]
    return chosen


def matching_preset(session: Session | None, headers: Sequence[str]) -> str | None:
    """The name of a saved or shipped preset whose columns are all in `headers`, if any."""
    have = {norm_header(h) for h in headers}
    candidates: list[tuple[str, dict[str, Any]]] = []
    if session is not None:
        candidates += [
            (p.name, p.definition)
            for p in session.scalars(select(MappingPreset).where(MappingPreset.kind == TABLE))
        ]
    candidates += list(shipped_presets().items())
    for name, data in candidates:
        cols = data.get("columns") or {}
        wanted = [c for v in cols.values() for c in ([v] if isinstance(v, str) else v)]
        if wanted and all(norm_header(str(c)) in have for c in wanted):
            return name
    return None


# -- online form <-> paper form ------------------------------------------------------------------


@dataclass
class QuestionMap:
    """One paper question answered by one or more online columns (a form edit renames a column:
    old responses sit in the old one, new responses in the new one)."""

    key: str
    type: str
    columns: list[str]
    options: dict[str, str] = field(default_factory=dict)  # online label -> option key

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "type": self.type, "columns": self.columns, "options": self.options}


@dataclass
class FormMapping:
    """An online form mapped to a paper form template."""

    form_key: str
    version: int
    questions: list[QuestionMap]
    template_id: int | None = None
    name: str = ""
    headers: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "form_key": self.form_key,
            "version": self.version,
            "headers": self.headers,
            "questions": [q.to_dict() for q in self.questions],
        }

    def settings(self) -> dict[str, Any]:
        """Plain settings handed to the parser."""
        return {**self.to_dict(), "template_id": self.template_id, "name": self.name}

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str = "form mapping") -> FormMapping:
        try:
            questions = [
                QuestionMap(
                    key=str(q["key"]),
                    type=str(q.get("type", "text")),
                    columns=[str(c) for c in q.get("columns", [])],
                    options={str(k): str(v) for k, v in (q.get("options") or {}).items()},
                )
                for q in data.get("questions", [])
            ]
            return cls(
                form_key=str(data["form_key"]),
                version=int(data.get("version", 1)),
                questions=questions,
                template_id=data.get("template_id"),
                name=str(data.get("name", "")),
                headers=[str(h) for h in data.get("headers", [])],
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValidationError(f"the form mapping is incomplete ({exc})", file=where) from exc


def find_template(session: Session, spec: str) -> FormTemplate:
    """A paper form template by form key ('feedback'), key and version ('feedback:2'), or title;
    the newest version when no version is given."""
    text = spec.strip()
    key, _, version = text.partition(":")
    query = select(FormTemplate).where(FormTemplate.form_key == key)
    if version.isdigit():
        query = query.where(FormTemplate.version == int(version))
    found = session.scalars(query.order_by(FormTemplate.version.desc())).first()
    if found is None:
        found = session.scalars(
            select(FormTemplate).where(FormTemplate.title == text).order_by(FormTemplate.version.desc())
        ).first()
    if found is None:
        known = sorted({t.form_key for t in session.scalars(select(FormTemplate))}) or ["(none)"]
        raise NotFoundError(f"no paper form '{text}'", hint="known forms: " + ", ".join(known))
    return found


def _labels(item: dict[str, Any]) -> list[str]:
    label = item.get("label")
    if isinstance(label, dict):
        return [str(v) for v in label.values() if v]
    return [str(label)] if label else [str(item.get("key", ""))]


def _score(header: str, labels: Sequence[str]) -> float:
    head = norm_header(re.sub(r"\[.*?\]|\(.*?\)", " ", header))
    return max((fuzz.token_set_ratio(head, norm_header(lab)) for lab in labels), default=0.0)


def template_info(template: FormTemplate) -> dict[str, Any]:
    """The plain facts of a template that parsing needs (no session required afterwards)."""
    return {
        "id": template.id,
        "form_key": template.form_key,
        "version": template.version,
        "title": template.title,
        "definition": template.definition or {},
    }


def suggest_form_mapping(
    template: dict[str, Any], headers: Sequence[str], values: dict[str, set[str]] | None = None
) -> FormMapping:
    """Match template questions to online columns by label (any language), and option labels to
    option keys. Columns scoring 85+ map; several columns can map to one question (an edited form).
    `template` is `template_info(...)`; `values` are answers seen per column, to map option labels."""
    questions: list[QuestionMap] = []
    used: set[str] = set()
    for q in template["definition"].get("questions", []):
        if not isinstance(q, dict) or "key" not in q:
            continue
        labels = _labels(q)
        cols = [h for h in headers if h not in used and _score(h, labels) >= 85]
        used.update(cols)
        options: dict[str, str] = {}
        for option in q.get("options", []) or []:
            for label in _labels(option):
                options[label] = str(option["key"])
        for col in cols:
            for seen in sorted((values or {}).get(col, set())):
                for part in _split_choices(seen, q.get("type", "")):
                    if part and part not in options:
                        match = _option_for(part, q.get("options", []) or [])
                        if match:
                            options[part] = match
        questions.append(QuestionMap(str(q["key"]), str(q.get("type", "text")), cols, options))
    return FormMapping(
        str(template["form_key"]), int(template["version"]), questions, template["id"], "", list(headers)
    )


def _split_choices(value: str, qtype: str) -> list[str]:
    return [p.strip() for p in value.split(";")] if qtype == "multiple" else [value.strip()]


def _option_for(label: str, options: Sequence[dict[str, Any]]) -> str | None:
    best, score = None, 0.0
    for option in options:
        s = _score(label, [*_labels(option), str(option.get("key", ""))])
        if s > score:
            best, score = str(option["key"]), s
    return best if score >= 80 else None


def save_form_mapping(session: Session, name: str, mapping: FormMapping) -> MappingPreset:
    return save_preset(session, FORM_MAP, name, mapping.to_dict())


def load_form_mapping(session: Session, name: str) -> FormMapping | None:
    preset = session.scalars(
        select(MappingPreset).where(MappingPreset.kind == FORM_MAP, MappingPreset.name == name)
    ).first()
    return FormMapping.from_dict(preset.definition, where=name) if preset else None


def reusable_form_mapping(
    saved: Sequence[dict[str, Any]], form_key: str, headers: Sequence[str]
) -> FormMapping | None:
    """Among saved mappings (`{"name", "definition"}`), the one to `form_key` whose mapped columns
    appear in `headers` (at least 80 %): the same online form, exported again."""
    have = {norm_header(h) for h in headers}
    best: tuple[int, FormMapping] | None = None
    for item in saved:
        mapping = FormMapping.from_dict(item["definition"], where=item["name"])
        if mapping.form_key != form_key:
            continue
        cols = [c for q in mapping.questions for c in q.columns]
        present = sum(1 for c in cols if norm_header(c) in have)
        if cols and present >= 0.8 * len(cols) and (best is None or present > best[0]):
            mapping.name = item["name"]
            best = (present, mapping)
    return best[1] if best else None


def resolve_form_settings(session: Session, options: ImportOptions) -> ImportOptions:
    """For form imports: turn `settings["form"]` (a template name) into the template's facts and
    the saved mappings to it, so that parsing needs no session. A ready `form_mapping` is kept."""
    settings = dict(options.settings)
    spec = settings.get("form")
    given = settings.get("form_mapping")
    if not spec and isinstance(given, dict) and given.get("form_key"):
        spec = f"{given['form_key']}:{given.get('version', 1)}"
    if not spec:
        return options
    template = find_template(session, str(spec))
    settings["form_template"] = template_info(template)
    settings["template_id"] = template.id  # the store files the answers under this template
    settings["saved_form_maps"] = [
        {"name": p.name, "definition": p.definition}
        for p in session.scalars(select(MappingPreset).where(MappingPreset.kind == FORM_MAP))
        if p.definition.get("form_key") == template.form_key
    ]
    return replace(options, settings=settings)


def choose_form_mapping(
    settings: dict[str, Any], headers: Sequence[str], values: dict[str, set[str]]
) -> FormMapping | None:
    """The mapping a form import uses: one given outright, a saved one that fits, or a suggestion."""
    given = settings.get("form_mapping")
    template = settings.get("form_template")
    if isinstance(given, dict):
        mapping = FormMapping.from_dict(given)
        if template and mapping.template_id is None:
            mapping.template_id = template["id"]
        return mapping
    if not template:
        return None
    saved = reusable_form_mapping(settings.get("saved_form_maps") or [], template["form_key"], headers)
    if saved is not None:
        saved.template_id = template["id"]
        return saved
    return suggest_form_mapping(template, headers, values)


def form_name(file_name: str) -> str:
    """'Workshop feedback (Responses) - Form responses 1.csv' -> 'Workshop feedback'."""
    stem = Path(file_name.split("!")[-1]).stem
    stem = re.split(r"\s*\((?:responses|réponses|antworten|respuestas|risposte|\d+-\d+)\)", stem, flags=re.I)[
        0
    ]
    return stem.strip() or "Online form"
