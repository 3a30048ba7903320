"""Build the demo workspace: one MS-community workshop, half in a room in Lyon, half online.

Deterministic for a seed. 48 people: 20 took part only in the room (check-in, paper, notes, SMS),
20 only online (WhatsApp, Zoom, Telegram, e-mail, Facebook), 8 on both sides.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from hybridhub.core.clock import as_utc, zone
from hybridhub.core.event_secrets import hash_key
from hybridhub.core.ids import short_code
from hybridhub.core.models import (
    Answer,
    CheckIn,
    Contribution,
    ContributionTheme,
    Event,
    EventSession,
    FormTemplate,
    Identity,
    Note,
    Participant,
    Sheet,
    Tally,
    TallyOption,
    Theme,
)
from hybridhub.core.privacy import email_hash, phone_hash
from hybridhub.core.server import WorkspaceTarget
from hybridhub.core.text import content_hash, word_count
from hybridhub.core.workspace import create_workspace
from hybridhub.demo.content import NAMES, THEMES, VOICES
from hybridhub.paperforms.templates import find_form, store_template

TZ = "Europe/Paris"
DAY = date(2026, 11, 14)
ROOM_THEMES = ("Transport and access", "Information and digital access")
ONLINE_CHANNELS = ("whatsapp", "whatsapp", "zoom", "zoom", "telegram", "email", "facebook")
REGIONS = ("Lyon", "Villeurbanne", "Rural Rhône", "Saint-Étienne", None)
AGE_BANDS = ("18-34", "35-49", "50-64", "65+", None)
ACCESS = ("none", "poor", "good", None)


@dataclass
class _Ctx:
    s: Session
    event: Event
    rnd: random.Random
    sessions: list[EventSession]
    themes: dict[str, Theme]
    count: int = 0

    def at(self, hour: int, minute: int, day: date = DAY) -> datetime:
        return as_utc(datetime(day.year, day.month, day.day, hour, minute), zone(TZ))

    def voice(self) -> tuple[str, str, str]:
        theme = self.rnd.choice(list(VOICES))
        lang, text = self.rnd.choice(VOICES[theme])
        return theme, lang, text

    def room_voice(self) -> tuple[str, str, str]:
        """What people in the room say: like everyone, but more often about getting there and about
        information that never reaches them offline (so the report has something raised mainly offline)."""
        if self.rnd.random() < 0.5:
            theme = self.rnd.choice(ROOM_THEMES)
            lang, text = self.rnd.choice(VOICES[theme])
            return theme, lang, text
        return self.voice()

    def add(
        self,
        p: Participant | None,
        channel: str,
        when: datetime,
        session: EventSession | None,
        ident: Identity | None = None,
        kind: str = "message",
        voices: int = 1,
        voice: tuple[str, str, str] | None = None,
        **extra: object,
    ) -> Contribution:
        theme, lang, text = voice or self.voice()
        self.count += 1
        c = Contribution(
            event_id=self.event.id,
            channel=channel,
            kind=kind,
            source_key=f"demo-{self.count}",
            participant_id=p.id if p else None,
            identity_id=ident.id if ident else None,
            session_id=session.id if session else None,
            posted_at=when,
            language=lang,
            text=text,
            word_count=word_count(text),
            content_hash=content_hash(text),
            voices=voices,
            provenance={"source": "demo"},
            **extra,
        )
        c.themes.append(ContributionTheme(theme_id=self.themes[theme].id, source="manual"))
        self.s.add(c)
        return c


def build_demo(path: WorkspaceTarget, *, seed: int = 7) -> str:
    with create_workspace(
        path,
        "Living well with MS: shaping community services for 2027",
        timezone=TZ,
        languages=["en", "fr", "de", "es"],
        starts_on=DAY,
        ends_on=DAY,
        venue="Maison des associations, Lyon — and online",
    ) as ws:
        with ws.transaction() as s:
            event = ws.event(s)
            event.purpose_who = (
                "People living with MS in the Rhône area, their carers, and the health and "
                "transport services that serve them."
            )
            event.purpose_what = "Which changes to community services would make daily life with MS easier."
            event.purpose_why = (
                "The regional health board sets its 2027 priorities in January; it asked to "
                "hear people who rarely come online as fully as those who do."
            )
            ctx = _Ctx(s, event, random.Random(seed), _sessions(s, event), {})
            ctx.themes = _themes(s, event)
            people = _people(ctx)
            _room(ctx, people[:20] + people[40:])
            _online(ctx, people[20:])
            _tallies(ctx)
            _registrations(s, event)
        from hybridhub.analysis.stats import read_stats

        stats = read_stats(ws)
        return (
            f"{stats['participants']} participants, {stats['contributions']} contributions "
            f"in {stats['channels']} channels"
        )


def _sessions(s: Session, event: Event) -> list[EventSession]:
    ctx_day = lambda h, m: as_utc(datetime(DAY.year, DAY.month, DAY.day, h, m), zone(TZ))  # noqa: E731
    plan = [
        ("Welcome and purpose", 9, 30, 10, 0, "hybrid", "Main hall"),
        ("Table talk: daily life and transport", 10, 0, 11, 0, "in-person", "Main hall, tables 1-4"),
        ("Online circle: services and access", 10, 0, 11, 0, "online", "Zoom"),
        ("Priorities and next steps", 11, 15, 12, 30, "hybrid", "Main hall + Zoom"),
    ]
    rows = []
    for i, (name, h1, m1, h2, m2, mode, loc) in enumerate(plan):
        row = EventSession(
            event_id=event.id,
            name=name,
            starts_at=ctx_day(h1, m1),
            ends_at=ctx_day(h2, m2),
            mode=mode,
            location=loc,
            position=i,
        )
        s.add(row)
        rows.append(row)
    s.flush()
    return rows


def _themes(s: Session, event: Event) -> dict[str, Theme]:
    themes = {}
    for i, (name, (colour, description, keywords)) in enumerate(THEMES.items()):
        themes[name] = Theme(
            event_id=event.id,
            name=name,
            colour=colour,
            description=description,
            keywords=keywords,
            position=i,
        )
        s.add(themes[name])
    s.flush()
    return themes


def _people(ctx: _Ctx) -> list[Participant]:
    people = []
    for i, name in enumerate(NAMES):
        p = Participant(
            event_id=ctx.event.id,
            display_name=name,
            region=ctx.rnd.choice(REGIONS),
            age_band=ctx.rnd.choice(AGE_BANDS),
            internet_access=ctx.rnd.choice(ACCESS[:2] if i < 20 else ACCESS[1:]),
            language=ctx.rnd.choice(["en", "fr", "fr", "de", "es"]),
            consent_quote=ctx.rnd.random() > 0.15,
            consent_name=False,
            walk_in=i in (5, 11, 17),
            badge_number=i + 1,
        )
        ctx.s.add(p)
        people.append(p)
    ctx.s.flush()
    return people


def _room(ctx: _Ctx, people: list[Participant]) -> None:
    """Check-ins, paper sheets with answers and free text, facilitator notes, SMS."""
    event, rnd = ctx.event, ctx.rnd
    template = store_template(ctx.s, find_form("session-feedback"))
    in_room = [ctx.sessions[1], ctx.sessions[3]]
    for i, p in enumerate(people):
        ident = Identity(
            event_id=event.id,
            participant_id=p.id,
            channel="checkin",
            key=f"badge-{p.badge_number}",
            display=f"Badge {p.badge_number}",
        )
        ctx.s.add(ident)
        if i % 10 != 9:  # a few stayed home after registering: they count online only or not at all
            ctx.s.add(
                CheckIn(
                    event_id=event.id,
                    participant_id=p.id,
                    session_id=None,  # arrival at the door (09:05-09:30), before the first session
                    device=rnd.choice(["Door-1", "Door-2"]),
                    method=rnd.choice(["scanner", "camera"]),
                    raw_input="demo",
                    result="ok",
                    scanned_at=ctx.at(9, 5 + i % 25),
                )
            )
        if i % 3 != 2:  # else a silent attendee: present, no written input
            _paper_sheet(ctx, template, p, i, in_room[i % 2])
    _table_notes(ctx, in_room)
    _texts(ctx, people[:4])


def _paper_sheet(ctx: _Ctx, template: FormTemplate, p: Participant, i: int, session: EventSession) -> None:
    """A captured feedback sheet: its free text as a paper contribution, and its answers."""
    event, rnd = ctx.event, ctx.rnd
    sheet = Sheet(
        event_id=event.id,
        template_id=template.id,
        session_id=session.id,
        participant_id=p.id,
        code=short_code(6),
        language=p.language or "en",
        status="captured",
        captured_method=rnd.choice(["scan", "keyed"]),
        captured_at=ctx.at(14, i % 50),
    )
    ctx.s.add(sheet)
    ctx.s.flush()
    c = ctx.add(
        p,
        "paper",
        ctx.at(_hour(session) + 1, 40),
        session,
        kind="answer",
        sheet_id=sheet.id,
        voice=ctx.room_voice(),
    )
    ctx.s.flush()
    answers = {
        "overall": rnd.choice([3, 4, 4, 5, 5]),
        "heard": rnd.choice([2, 3, 4, 5, 5]),
        "took_part": "both" if i >= 20 else "room",
        "internet": p.internet_access,
        "age_band": p.age_band,
        "consent_quote": p.consent_quote,
        "worked": None,
    }
    for key, value in answers.items():
        ctx.s.add(
            Answer(
                event_id=event.id,
                template_id=template.id,
                sheet_id=sheet.id,
                participant_id=p.id,
                question_key=key,
                value=value,
                method=sheet.captured_method or "scan",
                confidence=0.98,
            )
        )
    ctx.s.add(
        Answer(
            event_id=event.id,
            template_id=template.id,
            sheet_id=sheet.id,
            participant_id=p.id,
            contribution_id=c.id,
            question_key="change",
            value=c.text,
            method="reviewed",
            transcription=c.text,
        )
    )


def _hour(session: EventSession) -> int:
    """The hour a demo session starts (every demo session has a start)."""
    assert session.starts_at is not None
    return session.starts_at.hour


def _table_notes(ctx: _Ctx, in_room: list[EventSession]) -> None:
    """What the facilitators noted at each table: group notes that speak for several people."""
    rnd = ctx.rnd
    for table in range(1, 7):
        session = in_room[table % 2]
        c = ctx.add(
            None,
            "note",
            ctx.at(_hour(session) + 1, 5 + table * 6),
            session,
            kind="note",
            voices=rnd.randint(4, 8),
            voice=ctx.room_voice(),
        )
        ctx.s.flush()
        ctx.s.add(
            Note(
                contribution_id=c.id,
                author="Facilitator A" if table % 2 else "Facilitator B",
                tags=[],
                speaker_group=f"Table {1 + table % 4}",
                is_quote=table == 3,
            )
        )


def _texts(ctx: _Ctx, people: list[Participant]) -> None:
    """SMS sent the evening before by people without internet."""
    event, rnd = ctx.event, ctx.rnd
    for p in people:
        number = (
            f"+33 6 {rnd.randint(10, 99)} {rnd.randint(10, 99)} {rnd.randint(10, 99)} {rnd.randint(10, 99)}"
        )
        digest, last2 = phone_hash(hash_key(event), number)
        ident = Identity(
            event_id=event.id,
            participant_id=p.id,
            channel="sms",
            key=digest,
            display=f"…{last2}",
            phone_hash=digest,
            phone_last2=last2,
        )
        ctx.s.add(ident)
        ctx.s.flush()
        ctx.add(p, "sms", ctx.at(18, rnd.randint(0, 59), DAY - timedelta(days=1)), None, ident, kind="sms")


def _online(ctx: _Ctx, people: list[Participant]) -> None:
    event, rnd = ctx.event, ctx.rnd
    for i, p in enumerate(people):
        channel = ONLINE_CHANNELS[i % len(ONLINE_CHANNELS)]
        ident = _identity(ctx, p, channel)
        messages = rnd.choice([1, 2, 3, 5, 12]) if channel in ("whatsapp", "telegram") else rnd.randint(1, 3)
        for m in range(messages):
            session = ctx.sessions[2] if channel == "zoom" else (ctx.sessions[3] if m % 2 else None)
            when = (
                ctx.at(10, rnd.randint(1, 58))
                if channel == "zoom"
                else ctx.at(rnd.randint(8, 21), rnd.randint(0, 59), DAY - timedelta(days=rnd.randint(0, 6)))
            )
            ctx.add(p, channel, when, session, ident, kind="email" if channel == "email" else "message")
        if channel == "zoom":
            ctx.s.add(
                CheckIn(
                    event_id=event.id,
                    participant_id=p.id,
                    session_id=ctx.sessions[2].id,
                    channel="zoom",
                    device="Zoom report",
                    method="import",
                    raw_input=p.display_name or "",
                    result="ok",
                    scanned_at=ctx.at(10, 0),
                    minutes=rnd.randint(20, 60),
                )
            )
    # The same campaign text pasted by several people: reports count it once, with its people.
    campaign = ("en", "en", "Keep the Thursday peer group open: it is the only place many of us meet.")
    for p in people[:4]:
        ident = _identity(ctx, p, "facebook")
        ctx.add(
            p,
            "facebook",
            ctx.at(20, rnd.randint(0, 59), DAY - timedelta(days=2)),
            None,
            ident,
            voice=("Peer support", campaign[1], campaign[2]),
        )


def _identity(ctx: _Ctx, p: Participant, channel: str) -> Identity:
    key = f"{channel}:{p.display_name}"
    for existing in p.identities:
        if existing.channel == channel:
            return existing
    ident = Identity(
        event_id=ctx.event.id, participant_id=p.id, channel=channel, key=key, display=p.display_name or ""
    )
    if channel == "whatsapp":
        digest, last2 = phone_hash(hash_key(ctx.event), f"+3361234{p.id:04d}")
        ident.key, ident.display, ident.phone_hash, ident.phone_last2 = digest, f"…{last2}", digest, last2
    elif channel == "email":
        ident.key = ident.email_hash = email_hash(hash_key(ctx.event), f"{p.id}@example.org")
    p.identities.append(ident)
    ctx.s.flush()
    return ident


def _registrations(s: Session, event: Event) -> None:
    """Signed check-in codes for every demo participant, so the desk and badges work on the demo
    (the key is new each time: codes differ between builds, everything else follows the seed)."""
    from hybridhub.checkin.registrations import issue_missing_codes

    issue_missing_codes(s, event)


def _tallies(ctx: _Ctx) -> None:
    tally = Tally(
        event_id=ctx.event.id, session_id=ctx.sessions[3].id, question="Which change first? (dot vote)"
    )
    for i, (label, count) in enumerate(
        [
            ("Transport to appointments", 14),
            ("A named MS nurse", 11),
            ("Printed information", 9),
            ("Peer groups near home", 6),
        ]
    ):
        tally.options.append(TallyOption(label=label, count=count, position=i))
    ctx.s.add(tally)
