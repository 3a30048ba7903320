"""The channels a voice can arrive through, and which side of the offline/online split each is on.

"Offline" means taking part without the internet: in the room (paper, notes, tallies, check-in) or by
SMS from an ordinary phone. Reports weigh the two sides equally, so this table is part of the method.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Channel:
    name: str
    label: str
    offline: bool


_ALL = (
    Channel("paper", "Paper form", True),
    Channel("note", "Facilitator note", True),
    Channel("tally", "Show of hands", True),
    Channel("checkin", "Check-in desk", True),
    Channel("sms", "SMS", True),
    Channel("whatsapp", "WhatsApp", False),
    Channel("zoom", "Zoom", False),
    Channel("teams", "Microsoft Teams", False),
    Channel("slack", "Slack", False),
    Channel("telegram", "Telegram", False),
    Channel("facebook", "Facebook", False),
    Channel("google-forms", "Google Forms", False),
    Channel("ms-forms", "Microsoft Forms", False),
    Channel("email", "E-mail", False),
    Channel("youtube", "YouTube", False),
    Channel("linkedin", "LinkedIn", False),
    Channel("discourse", "Discourse", False),
    Channel("mailchimp", "Mailchimp", False),
    Channel("table", "Other online table", False),
)

CHANNELS: dict[str, Channel] = {c.name: c for c in _ALL}
OFFLINE_CHANNELS = frozenset(c.name for c in _ALL if c.offline)
ONLINE_CHANNELS = frozenset(c.name for c in _ALL if not c.offline)


def is_offline(channel: str) -> bool:
    """Unknown channels (say, a custom table import) count as online: they arrived as files."""
    known = CHANNELS.get(channel)
    return known.offline if known else False


def label(channel: str) -> str:
    known = CHANNELS.get(channel)
    return known.label if known else channel.replace("-", " ").capitalize()
