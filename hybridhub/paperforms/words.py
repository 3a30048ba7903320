"""The words printed around a form's questions. English here; the other languages in the gettext
catalogues (`resources/locale`, message context `form_<name>`), next to the report's.

A printed sheet is read back with the layout it was printed with, and the instructions' wrapping is part
of that layout: see docs/translating.md before changing a translation of these words.
"""

from __future__ import annotations

from hybridhub.core.l10n import translations

WORDS: dict[str, str] = {
    # Layout 2 and later (issue #13): how to mark, how to correct (the rule the reader applies), where
    # to write; each printed beside small example boxes.
    "how_to_mark": "Tick or cross the box.",
    "how_to_correct": "To change an answer, fill the wrong box completely and tick the right one.",
    "how_to_write": "Write in the large boxes.",
    # Layout 1: sheets printed before layout versions existed still carry this line.
    "instructions": "Tick ✓ or cross ✗ one box, or fill it in. Write in the large boxes.",
    "several": "(several allowed)",
    "digits": "one box per row",
    "yes": "Yes",
    "no": "No",
    "page": "Page",
    "of": "of",
    "sheet": "Sheet",
    "thanks": "Thank you!",
}


def word(name: str, lang: str) -> str:
    return translations(lang).pgettext(f"form_{name}", WORDS[name])
