"""The report's words in English, its source language. Translations live in the gettext catalogues
(`resources/locale/<lang>/LC_MESSAGES/hybridhub.po`, message context = the key here); see
docs/translating.md. A pair is a message with a count: (singular, plural).
"""

from __future__ import annotations

MESSAGES: dict[str, str | tuple[str, str]] = {
    # Document
    "report_title": "Workshop report",
    "report_subject": "What people said, offline and online, counted person by person",
    "eyebrow": "Report for decision-makers",
    "cover_who": "Who",
    "cover_what": "What",
    "cover_why": "Why",
    "cover_generated": "Prepared on {date} with HybridHub.",
    "scope_whole": "Scope: the whole event.",
    "scope_sessions": "Scope: the sessions {names}.",
    "scope_dates": "Contributions from {start} to {end}.",
    "open_start": "the start",
    "open_end": "the end",
    "contents": "Contents",
    "footer_page": "Page {page} of {total}",
    "side_offline": "offline",
    "side_online": "online",
    "Side_offline": "Offline",
    "Side_online": "Online",
    "people_of": (
        "{n} of {total} people",
        "{n} of {total} people",
    ),
    "no_people_side": "no one took part on this side",
    # How to read
    "h_howto": "How to read this report",
    "howto_person": (
        "<b>Every person counts once.</b> Someone who sent forty messages and someone who spoke once "
        "at a table weigh the same. A facilitator's note that speaks for a table of eight counts as "
        "eight people."
    ),
    "howto_colours": (
        "<b>Two colours run through the report:</b> {offline} for people who took part offline — in "
        "the room, on paper or by SMS — and {online} for people who took part online."
    ),
    "howto_balanced": (
        "<b>Channel-balanced share.</b> For each theme, the share of offline people who raised it and"
        " the share of online people who raised it are averaged. Each side weighs the same, whatever "
        "its size."
    ),
    "howto_volume": (
        "<b>Messages and words are volume.</b> They show how much was written, not how many people "
        "hold a view, and are always labelled as volume."
    ),
    "howto_quotes": (
        "<b>Quotes</b> come only from people who agreed to be quoted, balanced between offline and "
        "online channels. Phone numbers, e-mail addresses and @handles are removed."
    ),
    "howto_method": "The method and its limits are set out in full at the end of the report.",
    # Summary
    "h_summary": "Summary",
    "summary_lead": (
        "{people} person took part: {offline} offline and {online} online.",
        "{people} people took part: {offline} offline and {online} online.",
    ),
    "summary_lead_more": (
        "Of the {attended} people who attended, {silent} came without writing anything; they are "
        "counted as attendees."
    ),
    "summary_top": "Top themes, by channel-balanced share of people",
    "balanced_short": "balanced",
    "h_agree": "Where offline and online agree",
    "h_differ": "Where they differ",
    "agree_item": "<b>{theme}</b>: {off} offline, {on} online.",
    "differ_offline": "<b>{theme}</b>: {off} offline against {on} online — raised more often offline.",
    "differ_online": "<b>{theme}</b>: {on} online against {off} offline — raised more often online.",
    "none_agree": "No theme had similar shares on both sides.",
    "none_differ": "No theme differs by {gap} points or more between the sides.",
    "no_themes": "No contribution has been coded with a theme yet.",
    # Participation
    "h_participation": "Who took part",
    "kpi_people": "people",
    "kpi_offline_only": "offline only",
    "kpi_online_only": "online only",
    "kpi_both": "on both sides",
    "kpi_silent": "attended silently",
    "balance_title": "Share of people and share of messages, by side",
    "balance_people": "People",
    "balance_messages": "Messages (volume)",
    "balance_note": (
        "Offline people are {people} of everyone who contributed but wrote {messages} of the "
        "messages. Counting people rather than messages keeps their weight."
    ),
    "channels_title": "Per channel",
    "col_channel": "Channel",
    "col_side": "Side",
    "col_people": "People",
    "col_messages": "Messages (volume)",
    "col_words": "Words (volume)",
    "col_distinct": "Distinct texts",
    "col_attended": "Attended",
    "col_silent": "Of whom silent",
    "total": "Total",
    "attendance_note": (
        "Attendance comes from check-ins at the door and online attendance reports. Silent attendees "
        "were present but left no written contribution; their presence is counted here. A person on "
        "both sides appears in both rows but once in the total."
    ),
    "h_internet": "Internet access at home",
    "h_age": "Age band",
    "unknown_share": "Not known for {off} of offline and {on} of online participants.",
    "access_none": "No internet",
    "access_poor": "Poor connection",
    "access_good": "Good connection",
    "unknown": "Unknown",
    # Ratings
    "h_ratings": "Rating questions",
    "ratings_lead": (
        "Answers from paper forms (offline) and online forms, one answer per person and question. "
        "Numbers in the bars are people."
    ),
    "ratings_n": (
        "{n} answer",
        "{n} answers",
    ),
    "ratings_mean": "mean {mean}",
    "ratings_none_side": "no answers",
    "no_ratings": "No closed questions were answered in this scope.",
    "value_yes": "Yes",
    "value_no": "No",
    # Themes
    "h_themes": "Themes",
    "themes_lead": (
        "Each theme with the people who raised it, their share on each side, and voices from both."
    ),
    "theme_figures": (
        "<b>{people}</b> person raised this theme. Channel-balanced share: <b>{balanced}</b>.",
        "<b>{people}</b> people raised this theme. Channel-balanced share: <b>{balanced}</b>.",
    ),
    "theme_volume": "Volume: {messages} messages, {words} words, {distinct} distinct texts.",
    "col_share_channel": "Share of the channel's people",
    "quotes_title": "In their words",
    "no_quotes": (
        "No quotable contribution: the people who raised this theme did not agree to be quoted, or "
        "their words were very short."
    ),
    "quote_group": (
        "group note, {n} voice",
        "group note, {n} voices",
    ),
    "quote_same": "same words from {n} people",
    "no_session": "no session",
    # Mainly offline
    "h_offline": "Raised mainly offline",
    "offline_lead": (
        "Themes whose share among offline people is at least {gap} points higher than among online "
        "people. These are the voices an online-only consultation would have missed."
    ),
    "offline_none": "No theme was raised clearly more often offline than online in this scope.",
    "offline_table_title": "All themes, by the difference between the sides",
    "col_theme": "Theme",
    "col_offline_share": "Offline share",
    "col_online_share": "Online share",
    "col_gap": "Difference (points)",
    "col_balanced": "Balanced share",
    # Tallies
    "h_tallies": "Tallies from the room",
    "tallies_lead": (
        "Shows of hands and dot votes counted in the room. They count votes, not identified people."
    ),
    "tally_total": (
        "{n} vote in all",
        "{n} votes in all",
    ),
    "tally_session": "Session: {name}",
    "no_tallies": "No tallies were recorded in this scope.",
    # Method
    "h_method": "Method and limitations",
    "h_rules": "Counting rules",
    "rule_person": (
        "The unit is the person, not the message: a participant counts once per theme however many "
        "messages they sent; a note's “voices” count is its weight; an anonymous paper sheet is one "
        "person."
    ),
    "rule_shares": (
        "For each theme: the people who raised it; the share of each channel's people who raised it; "
        "and a channel-balanced share, the mean of the offline and online shares, so each side weighs"
        " the same."
    ),
    "rule_volume": "Message and word volumes are shown separately and labelled as volume.",
    "rule_identical": (
        "Identical texts (campaign messages, copy-paste) are counted once, with the number of people "
        "behind them."
    ),
    "rule_attendance": (
        "Attendance (check-ins) is shown next to contributors, per channel, so silent attendees are visible."
    ),
    "rule_both": (
        "A person who took part on both sides counts on each side; totals count them once. Shares are"
        " taken among the people who contributed on that side or channel."
    ),
    "h_sides": "Offline and online",
    "sides_text": (
        "Offline channels: {offline}. Online channels: {online}. Any other channel counts as online."
    ),
    "h_limits": "Limitations",
    "lim_notes": (
        "The voices of a group note cannot be matched to individuals; some of them may also have "
        "written on paper, so the offline side may count a few people twice."
    ),
    "lim_coding": (
        (
            "Themes come from coding by the organisers and accepted suggestions; the contributions of {n}"
            " person have no theme yet."
        ),
        (
            "Themes come from coding by the organisers and accepted suggestions; the contributions of {n}"
            " people have no theme yet."
        ),
    ),
    "lim_flagged": (
        "{n} contribution was flagged (hostile or off-topic): it is counted as heard but never quoted.",
        (
            "{n} contributions were flagged (hostile or off-topic): they are counted as heard but never "
            "quoted."
        ),
    ),
    "lim_review": (
        "{n} paper answer still awaiting review is left out of the rating figures.",
        "{n} paper answers still awaiting review are left out of the rating figures.",
    ),
    "lim_consent_yes": (
        "Quotes come only from people who agreed to be quoted; people whose consent was not recorded "
        "may be quoted, as the organiser chose."
    ),
    "lim_consent_no": (
        "Quotes come only from people who agreed to be quoted; people whose consent was not recorded "
        "are never quoted."
    ),
    "lim_names_no": "People are shown by pseudonym (such as P-K7QH4M), never by name.",
    "lim_names_yes": (
        "People are shown by pseudonym unless they agreed to be named and the organiser chose to show names."
    ),
    "lim_selfselect": (
        "The people who took part chose to: the figures describe them, not the whole population."
    ),
    "lim_gap": "Offline and online “agree” on a theme when their shares differ by less than {gap} points.",
    # Appendix
    "h_appendix": "Appendix",
    "h_app_themes": "A. People per theme and channel",
    "h_app_channels": "B. Channels and volume",
    "h_app_identical": "C. Identical texts",
    "identical_lead": (
        "Texts sent in the same words by more than one person, shown once with the people behind "
        "them. The wording is printed only if a sender agreed to be quoted."
    ),
    "identical_withheld": "(wording not printed: no sender agreed to be quoted)",
    "identical_more": (
        "{n} more identical text is not listed.",
        "{n} more identical texts are not listed.",
    ),
    "identical_none": "No text was sent identically by more than one person.",
    "col_text": "Text",
    "col_channels": "Channels",
    # Redaction marks
    "red_email": "[e-mail]",
    "red_phone": "[phone]",
    "red_handle": "[@name]",
    # Channels
    "ch_paper": "Paper form",
    "ch_note": "Facilitator note",
    "ch_tally": "Show of hands",
    "ch_checkin": "In the room",
    "ch_sms": "SMS",
    "ch_email": "E-mail",
    "ch_table": "Other online table",
}
