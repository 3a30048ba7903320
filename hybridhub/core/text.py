"""Text measures every channel shares: word counts and the hash that finds identical texts."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)
_PUNCTUATION = re.compile(r"[\W_]+")


def normalised(text: str) -> str:
    """Case-, accent-form- and whitespace-insensitive form used to spot copy-pasted texts."""
    if text.isascii():  # NFKC leaves ASCII alone and casefold is lower(): the same result, 3x faster
        return " ".join(text.lower().split())
    # split() breaks on the same Unicode whitespace as `\s+`, in linear C time without a regex
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def content_hash(text: str) -> str:
    return hashlib.sha1(normalised(text).encode("utf-8"), usedforsecurity=False).hexdigest()


def word_count(text: str) -> int:
    # Words and single spaces, in any script: split is enough (`\w` is what `str.isalnum` accepts,
    # and '_', which sends a text to the pattern).
    if text.replace(" ", "").isalnum():
        return len(text.split())
    return len(_WORD.findall(text))


def measures(text: str) -> tuple[int, str]:
    """(`word_count`, `content_hash`) of `text`: for ASCII, one split serves both (an import measures
    every message it stores)."""
    if not text.isascii():
        return word_count(text), content_hash(text)
    words = text.lower().split()  # lower() adds and removes no whitespace in ASCII: the same words
    count = len(words) if text.replace(" ", "").isalnum() else len(_WORD.findall(text))
    return count, hashlib.sha1(" ".join(words).encode("utf-8"), usedforsecurity=False).hexdigest()


def fold(text: str, *, punctuation: bool = False) -> str:
    """Accent-, case- and width-insensitive form for matching names: 'Élodie Müller' -> 'elodie muller'.

    The one folding rule of the project. With `punctuation`, every run of punctuation, '_' or '-'
    counts as a space too, for matching tags and column headers: '#bus_stop' and 'Bus-Stop' ->
    'bus stop', 'Première participation' and 'première-participation' -> 'premiere participation'."""
    if text.isascii():  # nothing to decompose: 10x faster on the common case
        stripped = text.casefold()
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    if punctuation:
        stripped = _PUNCTUATION.sub(" ", stripped)
    return " ".join(stripped.split())
