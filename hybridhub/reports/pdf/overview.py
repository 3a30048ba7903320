"""The front of the report: cover, contents, how to read it, the one-page summary, who took part,
and the rating questions."""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
)

from hybridhub.analysis.counting import (
    OFFLINE,
    ONLINE,
    SIDES,
    AttributeBreakdown,
    QuestionResult,
    ThemeFigures,
)
from hybridhub.core.pdf_fonts import para
from hybridhub.reports.pdf.charts import Bar, Bars, LegendItem, Segment, StackRow, Stacks
from hybridhub.reports.pdf.context import ReportContext, data_table, esc, muted
from hybridhub.reports.pdf.document import Heading, contents
from hybridhub.reports.pdf.style import (
    INK,
    MUTED,
    RULE,
    SCALE,
    TRACK,
    hex_of,
    side_colour,
    table_style,
)

SUMMARY_THEMES = 6
BOTH = SCALE[2]


def cover(ctx: ReportContext) -> list[Any]:
    t, s, ev, c = ctx.t, ctx.s, ctx.event, ctx.counts
    when = t.date(ev.starts_on)
    if ev.ends_on and ev.ends_on != ev.starts_on:
        when = f"{t.date(ev.starts_on)} – {t.date(ev.ends_on)}"
    place = " · ".join(x for x in (when, esc(ev.venue)) if x)
    story: list[Any] = [
        Spacer(1, 22 * mm),
        para(t("eyebrow").upper(), s.eyebrow),
        Heading(esc(ev.title), s.title, 0, "cover", toc=False, plain=ev.title),
        para(place, ctx.s.lead),
        Spacer(1, 8 * mm),
        _figures_strip(
            ctx,
            [
                (t.integer(c.people), t("kpi_people"), INK),
                (t.integer(c.sides[OFFLINE].people), t.side(OFFLINE), side_colour(OFFLINE)),
                (t.integer(c.sides[ONLINE].people), t.side(ONLINE), side_colour(ONLINE)),
            ],
        ),
        Spacer(1, 10 * mm),
    ]
    purpose = [
        (t("cover_who"), ev.purpose_who),
        (t("cover_what"), ev.purpose_what),
        (t("cover_why"), ev.purpose_why),
    ]
    rows = [[para(label, s.caption), para(esc(text), s.body)] for label, text in purpose if text.strip()]
    if rows:
        table = Table(rows, colWidths=[28 * mm, ctx.width - 28 * mm], hAlign="LEFT")
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEABOVE", (0, 0), (-1, -1), 0.5, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story.append(table)
    story += [
        Spacer(1, 12 * mm),
        para(scope_text(ctx), s.small),
        para(t("cover_generated", date=t.date(ctx.generated_on)), s.small),
        NextPageTemplate("body"),
        PageBreak(),
        Heading(t("contents"), s.h1, 0, "contents", toc=False),
        contents(s.toc1, s.toc2),
        PageBreak(),
    ]
    return story


def scope_text(ctx: ReportContext) -> str:
    t, scope = ctx.t, ctx.counts.scope
    if scope.is_whole_event:
        return t("scope_whole")
    parts = []
    if scope.session_ids is not None:
        names = [ctx.counts.session_names.get(i, str(i)) for i in sorted(scope.session_ids)]
        parts.append(t("scope_sessions", names=", ".join(f"“{esc(n)}”" for n in names)))
    if scope.since or scope.until:
        start = t.date(scope.since.astimezone(ctx.tz)) if scope.since else t("open_start")
        end = t.date(scope.until.astimezone(ctx.tz)) if scope.until else t("open_end")
        parts.append(t("scope_dates", start=start, end=end))
    return " ".join(parts)


def _figures_strip(ctx: ReportContext, items: list[tuple[str, str, Any]]) -> Table:
    cells = [
        [
            para(f'<font color="{hex_of(colour)}">{value}</font>', ctx.s.big_number)
            for value, _l, colour in items
        ],
        [para(label, ctx.s.small) for _v, label, _c in items],
    ]
    table = Table(cells, colWidths=[ctx.width / len(items)] * len(items), hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return table


def how_to_read(ctx: ReportContext) -> list[Any]:
    t = ctx.t
    keys = ["howto_person", "howto_colours", "howto_balanced", "howto_volume", "howto_quotes", "howto_method"]
    story: list[Any] = [ctx.h1("h_howto")]
    for key in keys:
        text = (
            t(key, offline=ctx.side_word(OFFLINE), online=ctx.side_word(ONLINE))
            if key == "howto_colours"
            else t(key)
        )
        story.append(para(text, ctx.s.lead if key == "howto_person" else ctx.s.body))
        story.append(Spacer(1, 3 * mm))
    story.append(Spacer(1, 4 * mm))
    story.append(
        Bars(
            [
                Bar(t.side(OFFLINE, True), 0.42, t.percent(0.42), side_colour(OFFLINE)),
                Bar(t.side(ONLINE, True), 0.30, t.percent(0.30), side_colour(ONLINE)),
            ],
            width=ctx.width * 0.6,
            label_width=80,
        )
    )
    story.append(Spacer(1, 2 * mm))
    story.append(
        para(
            t("balanced_short").capitalize() + ": " + f"({t.percent(0.42)} + {t.percent(0.30)}) / 2 = "
            f"<b>{t.percent(0.36)}</b>",
            ctx.s.small,
        )
    )
    story.append(PageBreak())
    return story


def side_bars(
    ctx: ReportContext, theme: ThemeFigures, width: float, label_width: float = 78, short: bool = False
) -> Bars:
    t, c = ctx.t, ctx.counts
    rows = []
    for side in SIDES:
        share = theme.share_by_side[side]
        raised, total = t.integer(theme.people_by_side[side]), t.integer(c.sides[side].people)
        if share is None:
            text = t("no_people_side")
        elif short:
            text = f"{t.percent(share)}  ({raised}/{total})"
        else:
            text = f"{t.percent(share)} · {t('people_of', theme.people_by_side[side], n=raised, total=total)}"
        rows.append(Bar(t.side(side, True), share, text, side_colour(side)))
    return Bars(rows, width=width, label_width=label_width, bar_height=12, gap=4, font_size=8.5)


def summary(ctx: ReportContext) -> list[Any]:
    t, s, c = ctx.t, ctx.s, ctx.counts
    story: list[Any] = [ctx.h1("h_summary")]
    lead = t(
        "summary_lead",
        c.people,
        people=f"<b>{t.integer(c.people)}</b>",
        offline=ctx.coloured(t.integer(c.sides[OFFLINE].people), side_colour(OFFLINE)),
        online=ctx.coloured(t.integer(c.sides[ONLINE].people), side_colour(ONLINE)),
    )
    if c.attended:
        lead += " " + t(
            "summary_lead_more", attended=t.integer(c.attended), silent=t.integer(c.attended_silent)
        )
    story.append(para(lead, s.lead))
    ranked = [th for th in c.ranked_themes if th.people]
    if not ranked:
        story += [para(t("no_themes"), s.body), PageBreak()]
        return story
    story += [para(t("summary_top"), s.caption), _top_themes(ctx, ranked), Spacer(1, 5 * mm)]
    story += [_agree_and_differ(ctx, ranked), PageBreak()]
    return story


def _top_themes(ctx: ReportContext, ranked: list[ThemeFigures]) -> Table:
    """The first themes by balanced share, each with its share on either side."""
    t, s = ctx.t, ctx.s
    rows = []
    name_w, share_w = 0.30 * ctx.width, 0.14 * ctx.width
    bars_w = ctx.width - name_w - share_w
    for theme in ranked[:SUMMARY_THEMES]:
        name = para(
            f'<font color="{theme.colour}">■</font> <b>{esc(theme.name)}</b><br/>'
            + muted(f"{t.integer(theme.people)} {t('kpi_people')}"),
            s.cell,
        )
        share = para(
            f'<font size="17"><b>{t.percent(theme.balanced)}</b></font><br/>' + muted(t("balanced_short")),
            s.cell,
        )
        rows.append([name, share, side_bars(ctx, theme, bars_w - 6, label_width=66, short=True)])
    table = Table(rows, colWidths=[name_w, share_w, bars_w], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _agree_and_differ(ctx: ReportContext, ranked: list[ThemeFigures]) -> Table:
    """Side by side: where the room and the online side agree, and where they differ most."""
    t, s = ctx.t, ctx.s
    agree = [th for th in ranked if th.leaning == "agree"][:4]
    differ = sorted((th for th in ranked if th.leaning != "agree"), key=lambda th: -abs(th.gap))[:4]
    gap = round(100 * 0.10)
    left = [para(t("h_agree"), s.h3)] + (
        [
            para(
                t("agree_item", theme=esc(th.name), off=_pct(ctx, th, OFFLINE), on=_pct(ctx, th, ONLINE)),
                s.body,
            )
            for th in agree
        ]
        or [para(t("none_agree"), s.body)]
    )
    right = [para(t("h_differ"), s.h3)] + (
        [
            para(
                t(
                    "differ_offline" if th.leaning == OFFLINE else "differ_online",
                    theme=esc(th.name),
                    off=_pct(ctx, th, OFFLINE),
                    on=_pct(ctx, th, ONLINE),
                ),
                s.body,
            )
            for th in differ
        ]
        or [para(t("none_differ", gap=gap), s.body)]
    )
    columns = Table([[left, right]], colWidths=[ctx.width / 2] * 2, hAlign="LEFT")
    columns.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 12),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return columns


def _pct(ctx: ReportContext, theme: ThemeFigures, side: str) -> str:
    return ctx.coloured(ctx.t.percent(theme.share_by_side[side]), side_colour(side))


def participation(ctx: ReportContext) -> list[Any]:
    t, s, c = ctx.t, ctx.s, ctx.counts
    story: list[Any] = [ctx.h1("h_participation")]
    story.append(
        _figures_strip(
            ctx,
            [
                (t.integer(c.people), t("kpi_people"), INK),
                (t.integer(c.split["offline_only"]), t("kpi_offline_only"), side_colour(OFFLINE)),
                (t.integer(c.split["both"]), t("kpi_both"), MUTED),
                (t.integer(c.split["online_only"]), t("kpi_online_only"), side_colour(ONLINE)),
                (t.integer(c.attended_silent), t("kpi_silent"), MUTED),
            ],
        )
    )
    story.append(Spacer(1, 6 * mm))
    story.append(para(t("balance_title"), s.caption))
    story += _balance(ctx)
    story.append(para(t("channels_title"), s.caption))
    story.append(_channel_table(ctx))
    story.append(Spacer(1, 2 * mm))
    story.append(para(t("attendance_note"), s.small))
    for attribute in c.attributes:
        story.append(CondPageBreak(45 * mm))
        story += _attribute(ctx, attribute)
    story.append(PageBreak())
    return story


def _balance(ctx: ReportContext) -> list[Any]:
    """People and messages split by side: offline people weigh as much as online ones."""
    t, s, c = ctx.t, ctx.s, ctx.counts
    off, on = c.sides[OFFLINE], c.sides[ONLINE]
    people_total = max(c.people, 1)
    msg_total = max(c.contributions, 1)
    split = c.split
    stacks = Stacks(
        [
            StackRow(
                t("balance_people"),
                [
                    Segment(
                        split["offline_only"],
                        side_colour(OFFLINE),
                        t.integer(split["offline_only"]),
                        True,
                    ),
                    Segment(split["both"], BOTH, t.integer(split["both"]), True),
                    Segment(split["online_only"], side_colour(ONLINE), t.integer(split["online_only"]), True),
                ],
                note=t.integer(c.people),
            ),
            StackRow(
                t("balance_messages"),
                [
                    Segment(off.contributions, side_colour(OFFLINE), t.integer(off.contributions), True),
                    Segment(on.contributions, side_colour(ONLINE), t.integer(on.contributions), True),
                ],
                note=t.integer(c.contributions),
            ),
        ],
        width=ctx.width,
        label_width=110,
        note_width=40,
        legend=[
            LegendItem(t("kpi_offline_only"), side_colour(OFFLINE)),
            LegendItem(t("kpi_both"), BOTH),
            LegendItem(t("kpi_online_only"), side_colour(ONLINE)),
        ],
    )
    note = para(
        t(
            "balance_note",
            people=ctx.coloured(t.percent(off.people / people_total), side_colour(OFFLINE)),
            messages=ctx.coloured(t.percent(off.contributions / msg_total), side_colour(OFFLINE)),
        ),
        s.body,
    )
    return [stacks, note]


def _channel_table(ctx: ReportContext) -> Any:
    """People, messages, words and attendance per channel, per side and in all."""
    t, c = ctx.t, ctx.counts
    header = [
        t("col_channel"),
        t("col_people"),
        t("col_messages"),
        t("col_words"),
        t("col_attended"),
        t("col_silent"),
    ]
    rows: list[list[Any]] = []
    colours: list[Color | None] = []
    for ch in c.channels:
        rows.append(
            [
                esc(t.channel(ch.channel)),
                t.integer(ch.people) if ch.contributions else "–",
                t.integer(ch.contributions) if ch.contributions else "–",
                t.integer(ch.words) if ch.contributions else "–",
                t.integer(ch.attended) if ch.attended else "–",
                t.integer(ch.attended_silent) if ch.attended else "–",
            ]
        )
        colours.append(side_colour(ch.side))
    for side in SIDES:
        fig = c.sides[side]
        rows.append(
            [
                f"<b>{t.side(side, True)}</b>",
                t.integer(fig.people),
                t.integer(fig.contributions),
                t.integer(fig.words),
                t.integer(fig.attended),
                t.integer(fig.attended_silent),
            ]
        )
        colours.append(side_colour(side))
    rows.append(
        [
            f"<b>{t('total')}</b>",
            f"<b>{t.integer(c.people)}</b>",
            f"<b>{t.integer(c.contributions)}</b>",
            f"<b>{t.integer(c.words)}</b>",
            f"<b>{t.integer(c.attended)}</b>",
            f"<b>{t.integer(c.attended_silent)}</b>",
        ]
    )
    colours.append(None)
    return data_table(ctx, header, rows, [28, 15, 17, 15, 12, 13], total_row=True, row_colours=colours)


def _attribute(ctx: ReportContext, attribute: AttributeBreakdown) -> list[Any]:
    t = ctx.t
    title = t("h_internet") if attribute.name == "internet_access" else t("h_age")
    known = [v for v in attribute.values if v != "unknown"]
    palette = {v: SCALE[min(i + 1, len(SCALE) - 1)] for i, v in enumerate(known)}
    palette["unknown"] = TRACK
    rows = []
    for side in SIDES:
        counts = attribute.counts[side]
        rows.append(
            StackRow(
                t.side(side, True),
                [
                    Segment(
                        counts.get(v, 0),
                        palette[v],
                        t.integer(counts.get(v, 0)),
                        dark=v != "unknown" and i >= 2,
                    )
                    for i, v in enumerate(attribute.values)
                ],
                note=t.integer(sum(counts.values())),
                empty_text=t("ratings_none_side"),
            )
        )
    legend = [
        LegendItem(
            t.access(v) if attribute.name == "internet_access" else (v if v != "unknown" else t("unknown")),
            palette[v],
        )
        for v in attribute.values
    ]
    return [
        para(title, ctx.s.h3),
        Stacks(rows, width=ctx.width, label_width=90, note_width=30, legend=legend),
        para(
            t(
                "unknown_share",
                off=t.percent(attribute.unknown_share(OFFLINE)),
                on=t.percent(attribute.unknown_share(ONLINE)),
            ),
            ctx.s.small,
        ),
    ]


def _label(ctx: ReportContext, labels: dict[str, str], fallback: str) -> str:
    return labels.get(ctx.t.lang) or labels.get("en") or next(iter(labels.values()), fallback)


def _value_label(ctx: ReportContext, q: QuestionResult, value: str) -> str:
    labels = q.value_labels.get(value) or {}
    if labels:
        return _label(ctx, labels, value)
    if value in ("yes", "no"):
        return ctx.t("value_" + value)
    if value in ("none", "poor", "good"):
        return ctx.t.access(value)
    return value


def ratings(ctx: ReportContext) -> list[Any]:
    t, s, c = ctx.t, ctx.s, ctx.counts
    story: list[Any] = [ctx.h1("h_ratings"), para(t("ratings_lead"), s.body)]
    if not c.questions:
        story += [para(t("no_ratings"), s.body), PageBreak()]
        return story
    for q in c.questions:
        ordered = q.values
        n = len(ordered)
        palette = {v: SCALE[round(i * (len(SCALE) - 1) / max(n - 1, 1))] for i, v in enumerate(ordered)}
        rows = []
        for side in SIDES:
            counts = q.counts.get(side, {})
            answered = q.respondents.get(side, 0)
            note = t("ratings_n", answered, n=t.integer(answered)) if answered else ""
            mean = q.mean(side)
            if mean is not None and q.type == "rating":
                note += " · " + t("ratings_mean", mean=t.decimal(mean))
            rows.append(
                StackRow(
                    t.side(side, True),
                    [
                        Segment(
                            counts.get(v, 0),
                            palette[v],
                            t.integer(counts.get(v, 0)),
                            dark=ordered.index(v) >= n / 2,
                        )
                        for v in ordered
                    ],
                    note=note,
                    empty_text=t("ratings_none_side"),
                )
            )
        legend = [LegendItem(_value_label(ctx, q, v), palette[v]) for v in ordered]
        story.append(
            KeepTogether(
                [
                    para(esc(_label(ctx, q.label, q.key)), s.h3),
                    Stacks(rows, width=ctx.width, label_width=90, note_width=120, legend=legend),
                    Spacer(1, 4 * mm),
                ]
            )
        )
    story.append(PageBreak())
    return story
