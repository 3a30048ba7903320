"""The shared text measures: their fast paths for plain ASCII agree with the general rule."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from hybridhub.core.text import content_hash, measures, normalised, word_count

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def general_normalised(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_fast_paths_agree_with_the_general_rule(sample: str) -> None:
    assert normalised(sample) == general_normalised(sample)
    assert word_count(sample) == len(_WORD.findall(sample))


@given(st.text())
def test_any_text(sample: str) -> None:
    assert normalised(sample) == general_normalised(sample)
    assert word_count(sample) == len(_WORD.findall(sample))
    assert measures(sample) == (word_count(sample), content_hash(sample))


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_measures_of_ascii_are_the_word_count_and_the_hash(sample: str) -> None:
    assert measures(sample) == (len(_WORD.findall(sample)), content_hash(sample))


def test_examples() -> None:
    assert normalised("  The RAMP\tis\n steep ") == "the ramp is steep"
    assert normalised("Ｒａｍｐ  ÉTÉ") == "ramp été"
    assert word_count("bus  ramp bench") == 3 and word_count("don't stop_here!") == 3
    expected = hashlib.sha1(b"the ramp", usedforsecurity=False).hexdigest()
    assert content_hash("The  Ramp ") == content_hash("the ramp") == expected


WORDS = [
    "bus",
    "Straße",
    "公交",
    "حافلة",
    "مُحَمَّد",
    "niños",
    "١٢٣",
    "x²",
    "Ⅻ",
    "e\u0301",
    "stop_here",
    "👍",
    "don't",
]


@given(st.lists(st.sampled_from(WORDS), max_size=12), st.sampled_from([" ", "  ", "\n", "\u00a0"]))
def test_words_of_any_script_joined_by_spaces(words: list[str], space: str) -> None:
    """Texts of words in any script (the common case, counted by `split`) count as the pattern counts,
    also with combining marks, other digits, '_' and emoji (which take the pattern's way)."""
    sample = space.join(words)
    assert word_count(sample) == len(_WORD.findall(sample))
