"""What the mapping step shows before an import: a table's columns and first rows with suggested
roles, and an online form's columns matched to a paper form's questions (saved mapping first)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hybridhub.core.errors import ImportFormatError
from hybridhub.core.models import FormTemplate, MappingPreset
from hybridhub.importers.base import ImportOptions
from hybridhub.importers.formats.table import TableImporter
from hybridhub.importers.mapping import (
    FORM_MAP,
    FormMapping,
    TableMapping,
    find_template,
    load_table_mapping,
    matching_preset,
    reusable_form_mapping,
    suggest_form_mapping,
    suggest_roles,
    template_info,
)
from hybridhub.importers.source import Source
from hybridhub.importers.tabular import HEADER_SEARCH_ROWS, find_header, open_table

PREVIEW_ROWS = 8


@dataclass(frozen=True)
class TablePreview:
    headers: list[str]
    rows: list[list[str]]
    header_line: int
    kind: str  # csv, tsv, xlsx
    encoding: str | None
    suggested: dict[str, str]  # role -> column
    preset: str | None  # a saved or shipped preset whose columns are all there


def preview_table(
    session: Session | None, source: Source, mapping: dict[str, Any] | None = None
) -> TablePreview:
    """The header (found below any preamble) and the first rows of a table, with the roles a preset
    or the header words suggest."""
    source = TableImporter.table_in(source, ImportOptions(settings={"map": mapping} if mapping else {}))
    chosen = TableMapping.from_dict(mapping) if mapping else None
    table = open_table(source, chosen.delimiter if chosen else None, chosen.encoding if chosen else None)
    found = None
    if chosen:
        wanted = [c for cols in chosen.columns.values() for c in cols if not c.isdigit()]
        found = find_header(table.rows(), wanted) if wanted else None
    preset = None
    if found is None:
        rows = [(n, c) for n, c in table.rows() if c and n <= HEADER_SEARCH_ROWS]
        for number, cells in rows:
            preset = matching_preset(session, cells)
            if preset:
                found = (number, cells)
                break
        if found is None and rows:
            widest = max(len(c) for _n, c in rows)
            found = next((n, c) for n, c in rows if len(c) == widest)  # a preamble is narrower
    if found is None:
        raise ImportFormatError("the table is empty", file=source.name)
    line, headers = found
    sample: list[list[str]] = []
    for number, cells in table.rows():
        if number <= line or not cells:
            continue
        sample.append(cells + [""] * (len(headers) - len(cells)))
        if len(sample) >= PREVIEW_ROWS:
            break
    suggested = suggest_roles(headers)
    if preset:
        mapped = load_table_mapping(session, preset)
        suggested = {role: cols[0] for role, cols in mapped.columns.items()}
    return TablePreview(headers, sample, line, table.kind, table.encoding, suggested, preset)


@dataclass(frozen=True)
class FormPlan:
    headers: list[str]
    mapping: FormMapping
    saved_as: str | None  # the saved mapping reused, if any
    questions: list[dict[str, Any]] = field(default_factory=list)  # the template's questions
    values: dict[str, set[str]] = field(default_factory=dict)  # answers seen per online column


def form_templates(session: Session) -> list[tuple[str, str]]:
    """(spec 'key:version', title) of every paper form, newest version first per form."""
    rows = session.scalars(select(FormTemplate).order_by(FormTemplate.form_key, FormTemplate.version.desc()))
    return [(f"{t.form_key}:{t.version}", t.title) for t in rows]


def plan_form_mapping(session: Session, source: Source, importer_name: str, template_spec: str) -> FormPlan:
    """The mapping an online form would use with `template_spec`: a saved one that fits its columns,
    else a suggestion from question and option labels."""
    from hybridhub.importers.form_responses import _profile  # the same profile the import uses
    from hybridhub.importers.formats.google_forms import _layout as google_layout
    from hybridhub.importers.formats.ms_forms import _layout as ms_layout

    template = find_template(session, template_spec)
    table = open_table(source)
    header = next(((n, c) for n, c in table.rows() if c), None)
    if header is None:
        raise ImportFormatError("the file is empty", file=source.name)
    layout = (ms_layout if importer_name == "ms-forms" else google_layout)(header[1], header[0])
    skip = layout.meta | {
        i for i in (layout.time, layout.response_id, layout.email, layout.name) if i is not None
    }
    columns = [h for i, h in enumerate(layout.headers) if i not in skip]
    profile = _profile(((n, c) for n, c in table.rows() if n > header[0]), layout)
    values = {h: set(profile.values.get(i, ())) for i, h in enumerate(layout.headers) if i not in skip}
    saved = [
        {"name": p.name, "definition": p.definition}
        for p in session.scalars(select(MappingPreset).where(MappingPreset.kind == FORM_MAP))
    ]
    reused = reusable_form_mapping(saved, template.form_key, columns)
    info = template_info(template)
    mapping = reused or suggest_form_mapping(info, columns, values)
    mapping.template_id = template.id
    questions = [q for q in info["definition"].get("questions", []) if isinstance(q, dict)]
    return FormPlan(columns, mapping, reused.name if reused else None, questions, values)
