"""What the organiser chooses for a report: language, sections, scope, quoting and names."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from hybridhub.analysis.counting import Scope
from hybridhub.core.errors import ValidationError
from hybridhub.reports.i18n import check_language
from hybridhub.reports.quotes import QuotePolicy

# Cover, "how to read" and contents are always printed; these can be left out.
SECTIONS = ("summary", "participation", "ratings", "themes", "offline", "tallies", "method", "appendix")


@dataclass(frozen=True)
class ReportOptions:
    lang: str = "en"
    sections: tuple[str, ...] = SECTIONS
    scope: Scope = field(default_factory=Scope)
    quotes: QuotePolicy = field(default_factory=QuotePolicy)
    generated_on: date | None = None

    def __post_init__(self) -> None:
        check_language(self.lang)
        unknown = [s for s in self.sections if s not in SECTIONS]
        if unknown:
            raise ValidationError(
                f"no report section '{unknown[0]}'",
                field="sections",
                hint="choose from " + ", ".join(SECTIONS),
            )

    def has(self, section: str) -> bool:
        return section in self.sections
