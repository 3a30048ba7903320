"""Mapping presets on a workspace, each call one session or one transaction: what the Import page's
mapping step runs (previews and imports themselves are `store.preview` and `store.import_file`)."""

from __future__ import annotations

from typing import Any

from hybridhub.core.workspace import Workspace
from hybridhub.importers import mapping, planning
from hybridhub.importers.mapping import TABLE, FormMapping, TableMapping
from hybridhub.importers.planning import FormPlan
from hybridhub.importers.source import Source


def table_presets(ws: Workspace) -> list[str]:
    with ws.session() as s:
        return mapping.list_presets(s, TABLE)


def table_mapping(ws: Workspace, preset: str) -> TableMapping:
    with ws.session() as s:
        return mapping.load_table_mapping(s, preset)


def save_table_preset(ws: Workspace, name: str, definition: dict[str, Any]) -> None:
    with ws.transaction() as s:
        mapping.save_preset(s, TABLE, name, definition)


def form_templates(ws: Workspace) -> list[tuple[str, str]]:
    with ws.session() as s:
        return planning.form_templates(s)


def plan_form_mapping(ws: Workspace, source: Source, importer_name: str, template_spec: str) -> FormPlan:
    with ws.session() as s:
        return planning.plan_form_mapping(s, source, importer_name, template_spec)


def save_form_mapping(ws: Workspace, name: str, form_mapping: FormMapping) -> None:
    with ws.transaction() as s:
        mapping.save_form_mapping(s, name, form_mapping)
