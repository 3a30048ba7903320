"""Three laptops of one event do random things (notes, edits, merges of people and un-merges, erasures,
check-ins, paper sheets, codings) and swap bundles in random orders; after everyone has read everyone's
last bundle, all three hold exactly the same rows (compared by uid, table by table)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from hybridhub.checkin.desk import Desk
from hybridhub.core.errors import UserError
from hybridhub.core.models import EventSession, Participant, Sheet
from hybridhub.core.workspace import Workspace, create_workspace
from hybridhub.events.service import load_details, save_details
from hybridhub.notes.capture import NoteInput, add_note, delete_note, edit_note, list_notes
from hybridhub.paperforms.keyed import save_keyed
from hybridhub.paperforms.printing import print_forms
from hybridhub.paperforms.templates import find_form
from hybridhub.people.erase import erase_participant
from hybridhub.people.merge import merge, unmerge
from hybridhub.sync.laptops import add_laptop
from hybridhub.themes.codebook import ThemeInput, create_theme, list_themes, update_theme
from hybridhub.themes.coding import toggle
from tests.checkin.helpers import register
from tests.sync.helpers import Laptops, differences, dump

NAMES = ("org", "A", "B")
TEXT = st.sampled_from(["Bus à 19h", "公交车", "الحافلة متأخرة", "Ramps please", "", "Zoë's idea"])


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """An event with four registered people, printed sheets and a theme, and two enrolled laptops.
    Each example copies the three files; the laptops' keys stay in this module's key store."""
    tmp = tmp_path_factory.mktemp("event")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HYBRIDHUB_DATA_DIR", str(tmp / "data"))
        _build(tmp)
    yield tmp


def _build(tmp: Path) -> None:
    org = create_workspace(tmp / "org.hybridhub", "Forum on buses", timezone="Europe/Paris")
    register(org, tmp)
    with org.transaction() as s:
        event = org.event(s)
        s.add(EventSession(event_id=event.id, name="Table talk", mode="in-person"))
        s.flush()
        print_forms(
            s, event, find_form("session-feedback"), tmp / "forms.pdf", copies=3, session_name="Table talk"
        )
        create_theme(s, event.id, ThemeInput("Transport"))
    for name in NAMES[1:]:
        add_laptop(org, name, tmp / f"{name}.hybridhub")
    org.close()


def _people(s: Any) -> list[Participant]:
    return list(
        s.scalars(select(Participant).where(Participant.merged_into_id.is_(None)).order_by(Participant.uid))
    )


def _op_note(ws: Workspace, s: Any, n: int, text: str) -> None:
    add_note(s, ws.event(s).id, NoteInput(text or "…", voices=1 + n % 3))


def _op_edit(ws: Workspace, s: Any, n: int, text: str) -> None:
    notes = list_notes(s, ws.event(s).id)
    if notes:
        edit_note(s, ws.event(s).id, notes[n % len(notes)].note_id, NoteInput(text or "edited"))


def _op_delete(ws: Workspace, s: Any, n: int, text: str) -> None:
    notes = list_notes(s, ws.event(s).id)
    if notes:
        delete_note(s, notes[n % len(notes)].note_id)


def _op_title(ws: Workspace, s: Any, n: int, text: str) -> None:
    event = ws.event(s)
    details = load_details(s, event)
    save_details(s, event, details.__class__(**{**details.__dict__, "title": (text or "Forum") + str(n)}))


def _op_theme(ws: Workspace, s: Any, n: int, text: str) -> None:
    themes = list_themes(s, ws.event(s).id)
    if n % 2 and themes:
        update_theme(s, ws.event(s).id, themes[n % len(themes)].id, ThemeInput(f"{text or 'Theme'} {n}"))
    else:
        create_theme(s, ws.event(s).id, ThemeInput(f"{text or 'New'} {n}"))


def _op_name(ws: Workspace, s: Any, n: int, text: str) -> None:
    people = _people(s)
    if people:
        people[n % len(people)].display_name = text or None


def _op_code(ws: Workspace, s: Any, n: int, text: str) -> None:
    notes, themes = list_notes(s, ws.event(s).id), list_themes(s, ws.event(s).id)
    if notes and themes:
        toggle(s, ws.event(s).id, [notes[n % len(notes)].contribution_id], themes[n % len(themes)].id)


def _op_merge(ws: Workspace, s: Any, n: int, text: str) -> None:
    people = _people(s)
    if n % 3 == 0:
        merged = list(s.scalars(select(Participant).where(Participant.merged_into_id.is_not(None))))
        if merged:
            unmerge(s, ws.event(s).id, merged[n % len(merged)].id)
    elif len(people) >= 2:
        merge(s, ws.event(s).id, people[n % len(people)].id, people[(n + 1) % len(people)].id)


def _op_sheet(ws: Workspace, s: Any, n: int, text: str) -> None:
    sheets = list(s.scalars(select(Sheet).order_by(Sheet.code)))
    sheet = sheets[n % len(sheets)]
    save_keyed(s, sheet.id, {"overall": 1 + n % 5, "change": text or None})


OPS: dict[str, Callable[[Workspace, Any, int, str], None]] = {
    "note": _op_note,
    "edit": _op_edit,
    "delete": _op_delete,
    "title": _op_title,
    "theme": _op_theme,
    "name": _op_name,
    "code": _op_code,
    "merge": _op_merge,
    "sheet": _op_sheet,
}


def _run(lap: Laptops, step: tuple[Any, ...]) -> None:
    kind, where, n, text = step
    ws = lap[where]
    try:
        if kind == "sync":
            lap.swap(where, NAMES[n % 3]) if NAMES[n % 3] != where else None
        elif kind == "checkin":
            desk = Desk(ws, where)
            if n % 4 == 0:
                desk.walk_in(name=text or None)
            else:
                with ws.session() as s:
                    people = _people(s)
                desk.check_in(people[n % len(people)].id) if people else None
        elif kind == "erase":
            with ws.session() as s:
                people = _people(s)
            if people:
                erase_participant(ws, people[n % len(people)].uid)
        else:
            with ws.transaction() as s:
                OPS[kind](ws, s, n, text)
    except UserError:
        pass  # a refused action (already captured, nothing to un-merge…) changes nothing


STEP = st.tuples(
    st.sampled_from(["sync", "sync", "sync", "checkin", "erase", *OPS]),
    st.sampled_from(NAMES),
    st.integers(0, 50),
    TEXT,
)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(STEP, min_size=4, max_size=18))
def test_three_laptops_end_with_the_same_rows(
    template: Path, monkeypatch: pytest.MonkeyPatch, steps: list[tuple[Any, ...]]
) -> None:
    monkeypatch.setenv("HYBRIDHUB_DATA_DIR", str(template / "data"))
    tmp = Path(tempfile.mkdtemp(dir=template))
    try:
        for name in NAMES:
            shutil.copy(template / f"{name}.hybridhub", tmp / f"{name}.hybridhub")
        lap = Laptops.opened(tmp, NAMES)
        try:
            for step in steps:
                _run(lap, step)
            lap.all_to_all(rounds=2)
            first = dump(lap["org"])
            for name in NAMES[1:]:
                assert differences(first, dump(lap[name])) == []
        finally:
            lap.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
