"""The report's words and its numbers and dates, in the language it is printed in.

The English source is `messages.py`; the translations are gettext catalogues (`resources/locale`), and
numbers and dates follow CLDR through Babel (`core/l10n.py`), as badges and forms do.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from datetime import date, datetime

from hybridhub.core.l10n import LANGUAGES, Formats, document_formats, language_name, translations
from hybridhub.reports.messages import MESSAGES

__all__ = ["LANGUAGES", "LANGUAGE_NAMES", "Catalog", "check_language", "placeholders"]

LANGUAGE_NAMES = {lang: language_name(lang) for lang in LANGUAGES}
QUOTES = {
    "en": ("“", "”"),
    "fr": ("«\u00a0", "\u00a0»"),
    "de": ("„", "“"),
    "es": ("«", "»"),
    "it": ("«", "»"),
    "pt": ("«", "»"),
}

ACCESS_KEYS = {"none": "access_none", "poor": "access_poor", "good": "access_good", "unknown": "unknown"}


def check_language(lang: str) -> str:
    from hybridhub.core.errors import ValidationError

    if lang not in LANGUAGES:
        raise ValidationError(
            f"no report language '{lang}'", field="lang", hint="choose one of " + ", ".join(LANGUAGES)
        )
    return lang


def placeholders(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


@dataclass(frozen=True)
class Catalog:
    """Messages, numbers and dates in one language."""

    lang: str
    formats: Formats = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "formats", document_formats(self.lang))

    def __call__(self, key: str, count: int | None = None, **values: object) -> str:
        """The message `key`; one with a count (a plural) needs `count` to choose its form."""
        english = MESSAGES[key]
        catalogue = translations(self.lang)
        if isinstance(english, tuple):
            if count is None:
                raise TypeError(f"message '{key}' depends on a count")
            text = catalogue.npgettext(key, english[0], english[1], count)
        else:
            text = catalogue.pgettext(key, english)
        return text.format(**values) if values else text

    def channel(self, name: str) -> str:
        from hybridhub.core.channels import label

        key = f"ch_{name}"
        return self(key) if key in MESSAGES else label(name)

    def side(self, side: str, capital: bool = False) -> str:
        return self(("Side_" if capital else "side_") + side)

    def integer(self, value: int) -> str:
        return self.formats.integer(value)

    def decimal(self, value: float, digits: int = 1) -> str:
        return self.formats.decimal(value, digits)

    def percent(self, share: float | None) -> str:
        return "–" if share is None else self.formats.percent(share)

    def points(self, share: float) -> str:
        number = round(share * 100)
        return f"+{number}" if number > 0 else ("−" + str(-number) if number < 0 else "0")

    def date(self, value: date | datetime | None) -> str:
        return self.formats.date(value) if value is not None else ""

    def access(self, value: str) -> str:
        key = ACCESS_KEYS.get(value)
        return self(key) if key else value

    def quoted(self, text: str) -> str:
        """Quotation marks as each language sets them."""
        left, right = QUOTES.get(self.lang, QUOTES["en"])
        return f"{left}{text}{right}"

    def redaction(self) -> dict[str, str]:
        return {"email": self("red_email"), "phone": self("red_phone"), "handle": self("red_handle")}
