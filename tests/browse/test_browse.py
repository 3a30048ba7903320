from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from hybridhub.browse.detail import contribution_detail
from hybridhub.browse.filters import ContributionFilter
from hybridhub.browse.moderation import quotable, set_flag
from hybridhub.browse.pages import (
    PREVIEW_CHARS,
    ContributionRow,
    Cursor,
    ThemeTag,
    count,
    fetch_page,
    page_statement,
)
from hybridhub.browse.search import fts_expression, parse_query
from hybridhub.core.errors import NotFoundError, ValidationError
from hybridhub.core.models import (
    Answer,
    Contribution,
    ContributionTheme,
    EventSession,
    FormTemplate,
    ImportBatch,
    Sheet,
    Theme,
)
from hybridhub.core.workspace import Workspace
from hybridhub.notes.capture import NoteInput, add_note
from tests.helpers_voices import person, say

T0 = datetime(2026, 11, 14, 9, 0, tzinfo=UTC)


def _seed(ws: Workspace) -> dict[str, int]:
    with ws.transaction() as s:
        ev = ws.event(s).id
        room = EventSession(event_id=ev, name="Room")
        s.add(room)
        s.flush()
        ana, bo = person(s, ev, "Ana"), person(s, ev, "Bo")
        theme = Theme(event_id=ev, name="Transport")
        s.add(theme)
        s.flush()
        ids = {"ev": ev, "room": room.id, "ana": ana.id, "bo": bo.id, "theme": theme.id}
        ids["bus"] = say(s, ev, "Le bus n'est pas accessible à Écully", p=ana, at=T0, channel="paper").id
        ids["nurse"] = say(s, ev, "Waiting for the NURSE takes weeks", p=bo, at=T0 + timedelta(hours=1)).id
        ids["late"] = say(s, ev, "Buses are late", p=bo, at=T0 + timedelta(days=1), session_id=room.id).id
        ids["untimed"] = say(s, ev, "No time on this one", at=None, channel="email").id
        c = s.get(Contribution, ids["untimed"])
        assert c is not None
        c.posted_at = None
        s.add(ContributionTheme(contribution_id=ids["bus"], theme_id=theme.id))
    return ids


def _ids(ws: Workspace, filt: ContributionFilter, limit: int = 50) -> list[int]:
    with ws.session() as s:
        return [r.id for r in fetch_page(s, ws.event(s).id, filt, None, limit).rows]


def test_filters(workspace: Workspace) -> None:
    ids = _seed(workspace)
    everything = [ids["bus"], ids["nurse"], ids["late"], ids["untimed"]]
    assert _ids(workspace, ContributionFilter()) == everything  # by time; rows without time last
    assert _ids(workspace, ContributionFilter(side="offline")) == [ids["bus"]]
    assert _ids(workspace, ContributionFilter(side="online")) == [ids["nurse"], ids["late"], ids["untimed"]]
    assert _ids(workspace, ContributionFilter(channels=("email", "paper"))) == [ids["bus"], ids["untimed"]]
    assert _ids(workspace, ContributionFilter(session_id=ids["room"])) == [ids["late"]]
    assert _ids(workspace, ContributionFilter(theme_id=ids["theme"])) == [ids["bus"]]
    assert _ids(workspace, ContributionFilter(participant_id=ids["bo"])) == [ids["nurse"], ids["late"]]
    day = ContributionFilter(date_from=T0, date_to=T0 + timedelta(hours=2))
    assert _ids(workspace, day) == [ids["bus"], ids["nurse"]]
    with pytest.raises(ValidationError, match="ends before"):
        _ids(workspace, ContributionFilter(date_from=T0, date_to=T0))
    with pytest.raises(ValidationError):
        _ids(workspace, ContributionFilter(side="sideways"))
    with workspace.transaction() as s:
        assert set_flag(s, ids["ev"], [ids["nurse"]], "hostile") == 1
        with pytest.raises(ValidationError, match="unknown flag"):
            set_flag(s, ids["ev"], [ids["nurse"]], "rude")
    assert _ids(workspace, ContributionFilter(flagged=True)) == [ids["nurse"]]
    assert ids["nurse"] not in _ids(workspace, ContributionFilter(flagged=False))
    with workspace.session() as s:
        assert count(s, ids["ev"], ContributionFilter()) == 4  # flagged still counted as heard
        assert not quotable(s, ids["nurse"]) and quotable(s, ids["bus"])


def test_search_is_accent_and_case_insensitive_with_prefixes(workspace: Workspace) -> None:
    ids = _seed(workspace)
    assert _ids(workspace, ContributionFilter(search="ecully")) == [ids["bus"]]
    assert _ids(workspace, ContributionFilter(search="ACCESS")) == [ids["bus"]]  # prefix of accessible
    assert _ids(workspace, ContributionFilter(search="bus")) == [ids["bus"], ids["late"]]
    assert _ids(workspace, ContributionFilter(search="bus -late")) == [ids["bus"]]
    assert _ids(workspace, ContributionFilter(search='"for the nurse"')) == [ids["nurse"]]
    assert _ids(workspace, ContributionFilter(search="nurse", side="offline")) == []
    assert len(_ids(workspace, ContributionFilter(search="*** ()"))) == 4  # nothing searchable: no filter


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40))
def test_any_typed_query_is_a_safe_fts_expression(query: str) -> None:
    import sqlite3

    expr = fts_expression(query)
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
    con.execute("INSERT INTO t VALUES ('some text')")
    if expr is None:
        assert not parse_query(query)[0]
    else:
        con.execute("SELECT rowid FROM t WHERE t MATCH ?", (expr,)).fetchall()  # never a syntax error


def test_keyset_paging_walks_every_row_once_in_order(workspace: Workspace) -> None:
    with workspace.transaction() as s:
        ev = workspace.event(s).id
        made = []
        for i in range(57):
            at = None if i % 10 == 0 else T0 + timedelta(minutes=(i * 7) % 30)  # ties and gaps in time
            made.append(say(s, ev, f"item {i}", at=at).id)
    for newest_first in (False, True):
        seen: list[int] = []
        with workspace.session() as s:
            page = fetch_page(s, ev, ContributionFilter(), None, 8, newest_first=newest_first)
            while True:
                seen += [r.id for r in page.rows]
                if page.next is None:
                    break
                page = fetch_page(s, ev, ContributionFilter(), page.next, 8, newest_first=newest_first)
            assert sorted(seen) == sorted(made) and len(seen) == len(set(seen))


def test_detail_shows_provenance_of_imports_sheets_and_notes(workspace: Workspace) -> None:
    with workspace.transaction() as s:
        ev = workspace.event(s).id
        p = person(s, ev, "Ana")
        batch = ImportBatch(event_id=ev, format="whatsapp", file_name="chat.txt", sha256="0" * 64)
        tpl = FormTemplate(form_key="f", version=1, title="Feedback")
        s.add_all([batch, tpl])
        s.flush()
        sheet = Sheet(
            event_id=ev, template_id=tpl.id, participant_id=p.id, code="K7QH4M", captured_method="scan"
        )
        s.add(sheet)
        s.flush()
        msg = say(s, ev, "from a chat", p=p, batch_id=batch.id, provenance={"line": 42, "chat": "Group"})
        paper = say(s, ev, "handwritten", p=p, channel="paper", sheet_id=sheet.id)
        s.add(
            Answer(
                event_id=ev,
                template_id=tpl.id,
                sheet_id=sheet.id,
                contribution_id=paper.id,
                question_key="change",
                method="scan",
                crop=b"\x89PNG fake",
            )
        )
        note = add_note(s, ev, NoteInput("the room agreed", voices=6, speaker_group="Table 1", author="Bea"))
    with workspace.session() as s:
        d = contribution_detail(s, msg.id)
        assert (d.provenance.file_name, d.provenance.line, d.provenance.source) == ("chat.txt", 42, "import")
        assert d.provenance.extra == {"chat": "Group"} and d.participant_label.endswith("(Ana)")  # type: ignore[union-attr]
        d = contribution_detail(s, paper.id)
        assert (d.provenance.sheet_code, d.provenance.crop_png, d.offline) == (
            "K7QH4M",
            b"\x89PNG fake",
            True,
        )
        d = contribution_detail(s, note.contribution_id)
        assert (d.provenance.note_author, d.provenance.note_speaker, d.voices) == ("Bea", "Table 1", 6)
        with pytest.raises(NotFoundError):
            contribution_detail(s, 10_000)


def _voices_to_page(ws: Workspace) -> dict[str, int]:
    """`_seed` and more: two themes in codebook order, a rejected one, a flag, a note's speaker group,
    a merged-away person, ties in time and another untimed row."""
    ids = _seed(ws)
    with ws.transaction() as s:
        ev = ids["ev"]
        first = Theme(event_id=ev, name="Access", colour="#aa0000", position=-1)
        s.add(first)
        s.flush()
        s.add(ContributionTheme(contribution_id=ids["bus"], theme_id=first.id))
        s.add(ContributionTheme(contribution_id=ids["late"], theme_id=ids["theme"], accepted=False))
        old = person(s, ev, "Ana (old record)", merged_into_id=ids["ana"])
        ids["tie"] = say(s, ev, "Tied with the nurse", p=old, at=T0 + timedelta(hours=1)).id
        ids["tie2"] = say(s, ev, "Also tied, waiting", at=T0 + timedelta(hours=1), flag="hostile").id
        note = add_note(s, ev, NoteInput("the room agreed about the bus", voices=6, speaker_group="Table 1"))
        ids["note"] = note.contribution_id
        c = s.get(Contribution, say(s, ev, "Another without time", channel="paper").id)
        assert c is not None
        c.posted_at = None
        ids["theme2"] = first.id
    return ids


def _reference_pages(
    s: Session, ev: int, filt: ContributionFilter, limit: int, newest_first: bool, preview: int | None
) -> list[list[ContributionRow]]:
    """Every page as SQLAlchemy itself runs the page statements and reads their rows (as fetch_page did
    before it ran them on the driver)."""
    pages: list[list[ContributionRow]] = []
    after: Cursor | None = None
    while True:
        raw: list[Any] = []
        for timed in (True, False):
            if (timed and after is not None and after.posted_at is None) or len(raw) >= limit:
                continue
            stmt = page_statement(
                filt,
                ev,
                s.get_bind().dialect.name,
                after,
                limit - len(raw),
                timed=timed,
                newest_first=newest_first,
                preview=preview,
            )
            raw += [tuple(r) for r in s.execute(stmt)]
        themes: dict[int, list[ThemeTag]] = defaultdict(list)
        tags = (
            select(ContributionTheme.contribution_id, Theme.id, Theme.name, Theme.colour)
            .join(Theme, Theme.id == ContributionTheme.theme_id)
            .where(
                ContributionTheme.contribution_id.in_([r[0] for r in raw]),
                ContributionTheme.accepted.is_(True),
            )
            .order_by(Theme.position, Theme.id)
        )
        for cid, tid, name, colour in s.execute(tags):
            themes[cid].append(ThemeTag(tid, name, colour))
        rows = [
            ContributionRow(
                cid,
                at,
                ch,
                kind,
                sname,
                display or pseudo or group or "",
                text or "",
                v,
                flag,
                tuple(themes[cid]),
            )
            for cid, at, ch, kind, sname, pseudo, display, group, text, v, flag in raw
        ]
        pages.append(rows)
        if len(rows) < limit:
            return pages
        after = Cursor(rows[-1].posted_at, rows[-1].id)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    side=st.sampled_from([None, "offline", "online"]),
    channels=st.sampled_from([(), ("paper",), ("email", "whatsapp")]),
    who=st.sampled_from([None, "room", "theme", "theme2", "ana", "bo"]),
    dates=st.sampled_from([(None, None), (0, None), (None, 2), (1, 26)]),
    flagged=st.sampled_from([None, True, False]),
    search=st.sampled_from(["", "bus", "ECULLY", "bus -late", '"for the nurse"', "***", "wait"]),
    newest_first=st.booleans(),
    limit=st.sampled_from([1, 2, 3, 50]),
    preview=st.sampled_from([PREVIEW_CHARS, None, 5]),
)
def test_pages_read_on_the_driver_equal_what_sqlalchemy_reads(
    seeded: tuple[Workspace, dict[str, int]],
    side: str | None,
    channels: tuple[str, ...],
    who: str | None,
    dates: tuple[int | None, int | None],
    flagged: bool | None,
    search: str,
    newest_first: bool,
    limit: int,
    preview: int | None,
) -> None:
    ws, ids = seeded
    hours = [None if h is None else T0 + timedelta(hours=h) for h in dates]
    filt = ContributionFilter(
        side=side,
        channels=channels,
        session_id=ids["room"] if who == "room" else None,
        theme_id=ids[who] if who in ("theme", "theme2") else None,
        participant_id=ids[who] if who in ("ana", "bo") else None,
        date_from=hours[0],
        date_to=hours[1],
        flagged=flagged,
        search=search,
    )
    with ws.session() as s:
        expected = _reference_pages(s, ids["ev"], filt, limit, newest_first, preview)
        pages: list[list[ContributionRow]] = []
        page = fetch_page(s, ids["ev"], filt, None, limit, newest_first=newest_first, preview=preview)
        while True:
            pages.append(page.rows)
            if page.next is None:
                break
            page = fetch_page(
                s, ids["ev"], filt, page.next, limit, newest_first=newest_first, preview=preview
            )
    assert pages == expected
    for row in (r for p in pages for r in p):
        assert row.posted_at is None or row.posted_at.tzinfo is UTC
        assert type(row.id) is int and type(row.voices) is int and all(type(t.id) is int for t in row.themes)


@pytest.fixture
def seeded(workspace: Workspace) -> tuple[Workspace, dict[str, int]]:
    return workspace, _voices_to_page(workspace)


def test_pages_see_changes_not_yet_flushed(workspace: Workspace) -> None:
    with workspace.session() as s:
        ev = workspace.event(s).id
        say(s, ev, "flushed")
        s.add(Contribution(event_id=ev, channel="sms", source_key="k", text="pending", content_hash="h"))
        assert [r.text for r in fetch_page(s, ev, ContributionFilter()).rows] == ["flushed", "pending"]


@pytest.mark.parametrize("dialect", ["postgresql", "mysql"])
def test_page_statement_elsewhere_binds_every_value_by_name(dialect: str) -> None:
    from sqlalchemy.dialects import mysql, postgresql

    filt = ContributionFilter(
        side="online",
        channels=("email", "sms"),
        session_id=3,
        theme_id=4,
        participant_id=5,
        date_from=T0,
        date_to=T0 + timedelta(days=1),
        flagged=False,
        search='bus "for the" -late 50%',
    )
    stmt = page_statement(filt, 1, dialect, Cursor(T0, 9), 20, newest_first=True)
    compiled = stmt.compile(dialect=(postgresql if dialect == "postgresql" else mysql).dialect())
    params = compiled.params
    assert (params["event_id"], params["channel_0"], params["channel_1"], params["limit"]) == (
        1,
        "email",
        "sms",
        20,
    )
    assert (params["session_id"], params["theme_id"], params["participant_id"], params["after_id"]) == (
        3,
        4,
        5,
        9,
    )
    assert (params["date_from"], params["after_posted"]) == (T0, T0)
    if dialect == "postgresql":  # a tsquery of quoted prefixes, on the full-text index of migration 0007
        assert params["ts_query"] == "'bus':* & 'for' <-> 'the':* & '50':* & !('late':*)"
        assert "contributions.search_doc @@ to_tsquery('simple'::regconfig, hh_fold(" in str(compiled)
        return
    assert (params["want_0"], params["want_1"], params["want_2"], params["skip_0"]) == (
        "%bus%",
        "%for the%",
        "%50%",  # punctuation is dropped, as the FTS5 index drops it
        "%late%",
    )
    assert "lower(contributions.text) NOT LIKE lower(%s)" in str(compiled)
