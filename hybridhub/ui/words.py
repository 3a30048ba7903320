"""Words the app shows for the services' codes, in the app's language.

Services return codes, English names and plain figures (the CLI and the reports have their own
catalogues); the app says them through Qt's catalogues. Each name is marked here so that lupdate finds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hybridhub.core.channels import label

if TYPE_CHECKING:  # the check-in modules load the store's tables: not for the first page
    from hybridhub.checkin.log_sync import MergeSummary
    from hybridhub.checkin.registrations import ImportSummary

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


def registrations_imported(s: ImportSummary) -> str:
    """What a registration import did, in the app's language (the CLI prints `ImportSummary.describe`)."""
    parts = [
        QCoreApplication.translate("CheckinWords", "{0}: {1} rows").format(s.file, s.rows),
        QCoreApplication.translate("CheckinWords", "{0} added, {1} updated, {2} already registered").format(
            s.added, s.updated, s.unchanged
        ),
    ]
    if s.duplicates_in_file:
        parts.append(
            QCoreApplication.translate("CheckinWords", "{0} listed twice").format(s.duplicates_in_file)
        )
    if s.skipped:
        parts.append(QCoreApplication.translate("CheckinWords", "{0} skipped").format(s.skipped))
    return " — ".join(parts[:2]) + "".join(", " + p for p in parts[2:])


def log_merged(s: MergeSummary) -> str:
    """What merging another laptop's door log did, in the app's language."""
    text = QCoreApplication.translate("CheckinWords", "{0}: {1} new rows, {2} already here").format(
        s.file, s.added, s.already_here
    )
    if s.participants_added:
        text += ", " + QCoreApplication.translate("CheckinWords", "{0} walk-ins added").format(
            s.participants_added
        )
    for old, new in s.renumbered:
        text += "; " + QCoreApplication.translate(
            "CheckinWords", "walk-in badge {0} is badge {1} here"
        ).format(old, new)
    if s.unknown_sessions:
        text += "; " + QCoreApplication.translate(
            "CheckinWords", "{0} rows for a session this laptop lacks (kept as arrival)"
        ).format(s.unknown_sessions)
    return text
