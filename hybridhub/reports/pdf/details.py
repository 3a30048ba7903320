"""The body and back of the report: each theme with its voices, what was raised mainly offline, the
room's tallies, the method with its limits, and the appendix tables."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer, Table

from hybridhub.analysis.counting import AGREEMENT_GAP, OFFLINE, ONLINE, ThemeFigures
from hybridhub.core.channels import CHANNELS
from hybridhub.core.pdf_fonts import para
from hybridhub.reports.pdf.charts import Bar, Bars
from hybridhub.reports.pdf.context import ReportContext, data_table, esc, muted
from hybridhub.reports.pdf.document import Heading
from hybridhub.reports.pdf.overview import side_bars
from hybridhub.reports.pdf.style import side_colour, side_tint, table_style
from hybridhub.reports.quotes import Quote


def themes(ctx: ReportContext) -> list[Any]:
    t, s = ctx.t, ctx.s
    story: list[Any] = [ctx.h1("h_themes"), para(t("themes_lead"), s.lead)]
    ranked = [th for th in ctx.counts.ranked_themes if th.people]
    if not ranked:
        return [*story, para(t("no_themes"), s.body), PageBreak()]
    identical_people = {i.content_hash: i.people for i in ctx.counts.identical}
    for theme in ranked:
        story.append(CondPageBreak(95 * mm))
        story += _theme(ctx, theme, identical_people)
    story.append(PageBreak())
    return story


def _theme(ctx: ReportContext, theme: ThemeFigures, identical_people: dict[str, int]) -> list[Any]:
    t, s = ctx.t, ctx.s
    block: list[Any] = [
        Heading(
            f'<font color="{theme.colour}">■</font> {esc(theme.name)}',
            s.h2,
            1,
            f"theme{theme.theme_id}",
            plain=theme.name,
        )
    ]
    if theme.description:
        block.append(para(esc(theme.description), s.small))
    block.append(
        para(
            t(
                "theme_figures",
                theme.people,
                people=t.integer(theme.people),
                balanced=t.percent(theme.balanced),
            ),
            s.body,
        )
    )
    block.append(side_bars(ctx, theme, ctx.width))
    block.append(Spacer(1, 3 * mm))
    rows = []
    colours = []
    for ch in ctx.counts.channels:
        people = theme.people_by_channel.get(ch.channel, 0)
        if not ch.people:
            continue
        rows.append(
            [
                esc(t.channel(ch.channel)),
                t.integer(people),
                f"{t.percent(theme.share_by_channel.get(ch.channel, 0.0))} "
                + muted(f"({t.integer(people)}/{t.integer(ch.people)})"),
            ]
        )
        colours.append(side_colour(ch.side))
    table = data_table(
        ctx,
        [t("col_channel"), t("col_people"), t("col_share_channel")],
        rows,
        [40, 20, 40],
        row_colours=colours,
    )
    block.append(table)
    block.append(Spacer(1, 2 * mm))
    block.append(
        para(
            t(
                "theme_volume",
                messages=t.integer(theme.contributions),
                words=t.integer(theme.words),
                distinct=t.integer(theme.distinct_texts),
            ),
            s.small,
        )
    )
    quotes = ctx.quotes.get(theme.theme_id, [])
    story: list[Any] = [KeepTogether(block), para(t("quotes_title"), s.caption)]
    if not quotes:
        story.append(para(t("no_quotes"), s.small))
    for quote in quotes:
        story.append(KeepTogether(_quote(ctx, quote, identical_people.get(quote.content_hash, 1))))
    story.append(Spacer(1, 6 * mm))
    return story


def _quote(ctx: ReportContext, quote: Quote, same: int) -> list[Any]:
    t, s = ctx.t, ctx.s
    where = [t.channel(quote.channel)]
    where.append(ctx.counts.session_names.get(quote.session_id, "") if quote.session_id else t("no_session"))
    if quote.posted_at:
        where.append(t.date(quote.posted_at.astimezone(ctx.tz)))
    if quote.channel == "note" or quote.group:
        where.append(
            " ".join(
                x for x in (quote.group or "", f"({t('quote_group', quote.voices, n=quote.voices)})") if x
            )
        )
    else:
        where.append(quote.who)
    if same > 1:
        where.append(t("quote_same", n=same))
    body = Table(
        [
            [para(esc(t.quoted(quote.text)), s.quote)],
            [para(esc(" · ".join(w for w in where if w)), s.attribution)],
        ],
        colWidths=[ctx.width],
        hAlign="LEFT",
    )
    body.setStyle(
        table_style(
            [
                ("LINEBEFORE", (0, 0), (0, -1), 3, side_colour(quote.side)),
                ("BACKGROUND", (0, 0), (-1, -1), side_tint(quote.side)),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (0, 0), 7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 2),
                ("TOPPADDING", (0, 1), (-1, 1), 0),
            ]
        )
    )
    return [body, Spacer(1, 3 * mm)]


def mainly_offline(ctx: ReportContext) -> list[Any]:
    t, s = ctx.t, ctx.s
    gap = round(AGREEMENT_GAP * 100)
    story: list[Any] = [ctx.h1("h_offline"), para(t("offline_lead", gap=gap), s.lead)]
    ranked = [th for th in ctx.counts.themes if th.people]
    offline = sorted((th for th in ranked if th.leaning == OFFLINE), key=lambda th: -th.gap)
    if not offline:
        story.append(para(t("offline_none"), s.body))
    for theme in offline:
        story.append(
            KeepTogether(
                [
                    para(f'<font color="{theme.colour}">■</font> <b>{esc(theme.name)}</b>', s.h3),
                    side_bars(ctx, theme, ctx.width),
                    Spacer(1, 2 * mm),
                    *_best_offline_quote(ctx, theme),
                ]
            )
        )
    if ranked:
        story.append(para(t("offline_table_title"), s.caption))
        rows = [
            [
                f'<font color="{th.colour}">■</font> {esc(th.name)}',
                ctx.coloured(t.percent(th.share_by_side[OFFLINE]), side_colour(OFFLINE), bold=False),
                ctx.coloured(t.percent(th.share_by_side[ONLINE]), side_colour(ONLINE), bold=False),
                f"<b>{t.points(th.gap)}</b>",
                t.percent(th.balanced),
            ]
            for th in sorted(ranked, key=lambda th: -th.gap)
        ]
        header = [
            t("col_theme"),
            t("col_offline_share"),
            t("col_online_share"),
            t("col_gap"),
            t("col_balanced"),
        ]
        story.append(data_table(ctx, header, rows, [34, 16, 16, 17, 17]))
    story.append(PageBreak())
    return story


def _best_offline_quote(ctx: ReportContext, theme: ThemeFigures) -> list[Any]:
    """The theme's first offline quote, as plain flowables: a KeepTogether nested in the caller's
    KeepTogether made reportlab push the whole block onto the next page."""
    quotes = [q for q in ctx.quotes.get(theme.theme_id, []) if q.side == OFFLINE]
    return _quote(ctx, quotes[0], 1) if quotes else [Spacer(1, 2 * mm)]


def tallies(ctx: ReportContext) -> list[Any]:
    t, s = ctx.t, ctx.s
    story: list[Any] = [ctx.h1("h_tallies"), para(t("tallies_lead"), s.body)]
    if not ctx.counts.tallies:
        story.append(para(t("no_tallies"), s.body))
    for tally in ctx.counts.tallies:
        total = tally.total
        bars = [
            Bar(
                label,
                count / total if total else 0.0,
                f"{t.integer(count)} ({t.percent(count / total if total else 0.0)})",
                side_colour(OFFLINE),
            )
            for label, count in tally.options
        ]
        meta = [t("tally_total", total, n=t.integer(total))]
        if tally.session:
            meta.insert(0, t("tally_session", name=esc(tally.session)))
        story.append(
            KeepTogether(
                [
                    para(esc(tally.question), s.h3),
                    para(" · ".join(meta), s.small),
                    Bars(
                        bars,
                        width=ctx.width,
                        label_width=0.38 * ctx.width,
                        bar_height=16,
                        gap=7,
                        font_size=9.5,
                    ),
                    Spacer(1, 6 * mm),
                ]
            )
        )
    story.append(PageBreak())
    return story


def method(ctx: ReportContext) -> list[Any]:
    t, s, c = ctx.t, ctx.s, ctx.counts
    story: list[Any] = [ctx.h1("h_method"), ctx.h2("rules", t("h_rules"))]
    rules = ["rule_person", "rule_shares", "rule_volume", "rule_identical", "rule_attendance", "rule_both"]
    for i, key in enumerate(rules, 1):
        story.append(para(t(key), s.bullet, bulletText=f"{i}."))
    offline = ", ".join(t.channel(ch.name) for ch in CHANNELS.values() if ch.offline and ch.name != "checkin")
    online = ", ".join(t.channel(ch.name) for ch in CHANNELS.values() if not ch.offline)
    story += [
        ctx.h2("sides", t("h_sides")),
        para(
            t(
                "sides_text",
                offline=ctx.coloured(esc(offline), side_colour(OFFLINE), bold=False),
                online=ctx.coloured(esc(online), side_colour(ONLINE), bold=False),
            ),
            s.body,
        ),
        ctx.h2("limits", t("h_limits")),
    ]
    policy = ctx.options.quotes
    limits = [
        t("lim_selfselect"),
        t("lim_notes"),
        t("lim_coding", c.uncoded_people, n=t.integer(c.uncoded_people)),
        t("lim_flagged", c.flagged, n=t.integer(c.flagged)),
        t("lim_review", c.answers_needing_review, n=t.integer(c.answers_needing_review)),
        t("lim_consent_yes" if policy.unknown_consent_allows else "lim_consent_no"),
        t("lim_names_yes" if policy.show_names else "lim_names_no"),
        t("lim_gap", gap=round(AGREEMENT_GAP * 100)),
    ]
    for text in limits:
        story.append(para(text, s.bullet, bulletText="•"))
    story.append(PageBreak())
    return story


def appendix(ctx: ReportContext) -> list[Any]:
    t, s = ctx.t, ctx.s
    story: list[Any] = [
        ctx.h1("h_appendix"),
        ctx.h2("app-themes", t("h_app_themes")),
        _themes_by_channel(ctx),
    ]
    story += [CondPageBreak(60 * mm), ctx.h2("app-channels", t("h_app_channels")), _channels_table(ctx)]
    story += [
        CondPageBreak(60 * mm),
        ctx.h2("app-identical", t("h_app_identical")),
        para(t("identical_lead"), s.small),
    ]
    return story + _identical_texts(ctx)


def _themes_by_channel(ctx: ReportContext) -> Table:
    t, c = ctx.t, ctx.counts
    rows: list[list[Any]] = []
    colours = []
    for theme in c.ranked_themes:
        for ch in c.channels:
            people = theme.people_by_channel.get(ch.channel, 0)
            if not people:
                continue
            rows.append(
                [
                    esc(theme.name),
                    esc(t.channel(ch.channel)),
                    t.integer(people),
                    t.percent(theme.share_by_channel.get(ch.channel, 0.0)),
                ]
            )
            colours.append(side_colour(ch.side))
    return data_table(
        ctx,
        [t("col_theme"), t("col_channel"), t("col_people"), t("col_share_channel")],
        rows,
        [34, 26, 14, 26],
        numeric_from=2,
        row_colours=colours,
    )


def _channels_table(ctx: ReportContext) -> Table:
    t, c = ctx.t, ctx.counts
    rows: list[list[Any]] = [
        [
            esc(t.channel(ch.channel)),
            t.side(ch.side),
            t.integer(ch.people),
            t.integer(ch.contributions),
            t.integer(ch.words),
            t.integer(ch.distinct_texts),
        ]
        for ch in c.channels
    ]
    return data_table(
        ctx,
        [
            t("col_channel"),
            t("col_side"),
            t("col_people"),
            t("col_messages"),
            t("col_words"),
            t("col_distinct"),
        ],
        rows,
        [24, 14, 13, 17, 16, 16],
        numeric_from=2,
        row_colours=[side_colour(ch.side) for ch in c.channels],
    )


def _identical_texts(ctx: ReportContext) -> list[Any]:
    t, s, c = ctx.t, ctx.s, ctx.counts
    if not c.identical:
        return [para(t("identical_none"), s.body)]
    rows: list[list[Any]] = [
        [
            esc(ctx.samples[i.content_hash])
            if i.content_hash in ctx.samples
            else muted(t("identical_withheld")),
            esc(", ".join(t.channel(ch) for ch in i.channels)),
            t.integer(i.people),
            t.integer(i.messages),
        ]
        for i in c.identical
    ]
    story: list[Any] = [
        data_table(
            ctx,
            [t("col_text"), t("col_channels"), t("col_people"), t("col_messages")],
            rows,
            [50, 22, 12, 16],
            numeric_from=2,
        )
    ]
    more = c.identical_total - len(c.identical)
    if more > 0:
        story.append(para(t("identical_more", more, n=t.integer(more)), s.small))
    return story
