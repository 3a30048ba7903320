"""Languages of the printed documents (report, forms, badges): their translations and number and date
formats, both from one source each: gettext catalogues shipped in `resources/locale/` and Babel's CLDR data.

The documents' English is British ("8 November 2026") and their Portuguese is European, as the patient
networks these documents serve are European. The app's own words use Qt's catalogues (`resources/i18n`);
see docs/translating.md for both.
"""

from __future__ import annotations

import gettext
from datetime import date, datetime
from functools import cache

from hybridhub.core.resources import resource_path

DOMAIN = "hybridhub"
LANGUAGES = ("en", "fr", "de", "es", "it", "pt")
# CLDR locale behind each document language.
LOCALES = {"en": "en_GB", "fr": "fr_FR", "de": "de_DE", "es": "es_ES", "it": "it_IT", "pt": "pt_PT"}
# CLDR's minimumGroupingDigits of 2 (no separator in 1234), which Babel does not apply itself.
_GROUP_FROM_FIVE_DIGITS = {"es", "pl", "pt_PT"}
# reportlab breaks a line at a narrow no-break space (CLDR's French group separator); a plain one holds.
_NO_BREAK = str.maketrans({"\u202f": "\u00a0"})


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """The catalogue of a document language; English (the source) and unknown codes translate to
    themselves."""
    return gettext.translation(DOMAIN, str(resource_path("locale")), languages=[lang], fallback=True)


@cache
def language_name(lang: str) -> str:
    """A language's name in itself, e.g. "Português", for choosing a document language."""
    from babel import Locale

    name = Locale.parse(LOCALES.get(lang, lang)).language_name or lang
    return name[:1].upper() + name[1:]


class Formats:
    """Numbers and dates the way a locale writes them (CLDR, through Babel)."""

    def __init__(self, locale: str) -> None:
        self.locale = locale

    def integer(self, value: int) -> str:
        from babel.numbers import format_decimal

        late = self.locale in _GROUP_FROM_FIVE_DIGITS or self.locale.split("_")[0] in _GROUP_FROM_FIVE_DIGITS
        group = abs(value) >= 10000 or not late
        text = format_decimal(value, locale=self.locale, group_separator=group)
        return text.translate(_NO_BREAK)

    def decimal(self, value: float, digits: int = 1) -> str:
        from babel.numbers import format_decimal

        pattern = "#,##0." + "0" * digits if digits else "#,##0"
        return format_decimal(value, format=pattern, locale=self.locale).translate(_NO_BREAK)

    def percent(self, share: float) -> str:
        from babel.numbers import format_percent

        return format_percent(share, locale=self.locale).translate(_NO_BREAK)

    def date(self, value: date | datetime, length: str = "long") -> str:
        """`long` is "8 November 2026", `medium` "8 Nov 2026", `short` "08/11/2026"."""
        from babel.dates import format_date

        return format_date(value, length, locale=self.locale)

    def time(self, value: datetime) -> str:
        from babel.dates import format_time

        return format_time(value, "short", locale=self.locale)


def document_formats(lang: str) -> Formats:
    return Formats(LOCALES.get(lang, lang))
