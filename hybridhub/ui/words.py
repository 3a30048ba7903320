"""Words the app shows for the services' codes, in the app's language.

Services return codes and English names (the CLI and the reports have their own catalogues); the app
says them through Qt's catalogues. Each name is marked here so that lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hybridhub.core.channels import label

# The names of `core.channels`, in the "Channels" context.
CHANNEL_NAMES: dict[str, str] = {
    "paper": str(QT_TRANSLATE_NOOP("Channels", "Paper form")),
    "note": str(QT_TRANSLATE_NOOP("Channels", "Facilitator note")),
    "tally": str(QT_TRANSLATE_NOOP("Channels", "Show of hands")),
    "checkin": str(QT_TRANSLATE_NOOP("Channels", "Check-in desk")),
    "sms": str(QT_TRANSLATE_NOOP("Channels", "SMS")),
    "whatsapp": str(QT_TRANSLATE_NOOP("Channels", "WhatsApp")),
    "zoom": str(QT_TRANSLATE_NOOP("Channels", "Zoom")),
    "teams": str(QT_TRANSLATE_NOOP("Channels", "Microsoft Teams")),
    "slack": str(QT_TRANSLATE_NOOP("Channels", "Slack")),
    "telegram": str(QT_TRANSLATE_NOOP("Channels", "Telegram")),
    "facebook": str(QT_TRANSLATE_NOOP("Channels", "Facebook")),
    "google-forms": str(QT_TRANSLATE_NOOP("Channels", "Google Forms")),
    "ms-forms": str(QT_TRANSLATE_NOOP("Channels", "Microsoft Forms")),
    "email": str(QT_TRANSLATE_NOOP("Channels", "E-mail")),
    "youtube": str(QT_TRANSLATE_NOOP("Channels", "YouTube")),
    "linkedin": str(QT_TRANSLATE_NOOP("Channels", "LinkedIn")),
    "discourse": str(QT_TRANSLATE_NOOP("Channels", "Discourse")),
    "mailchimp": str(QT_TRANSLATE_NOOP("Channels", "Mailchimp")),
    "table": str(QT_TRANSLATE_NOOP("Channels", "Other online table")),
}


def channel_name(code: str) -> str:
    """A channel's name in the app's language (an unknown code as the service writes it)."""
    name = CHANNEL_NAMES.get(code)
    return QCoreApplication.translate("Channels", name) if name else label(code)
