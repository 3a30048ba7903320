"""Phone numbers and e-mail addresses that people write inside texts, replaced before anything is stored.

"Write to me at marie@example.org or call +33 6 12 34 56 78" is stored as
"Write to me at [e-mail …7c21ab] or call [phone …a3f90e]". The six hex digits are the start of the same
keyed hash that identities carry (`hybridhub.core.privacy`), so one number gives one placeholder in
every channel and on every laptop of the event, and nobody without the event's hash key can go back
from a placeholder to the number. Without the key (a laptop the key was not imported to) the
placeholder is bare: `[phone]`, `[e-mail]`; the text is never kept in clear.

What counts as a phone number (see tests/core/test_scrub.py for the corpus of both kinds):
- international: `+` or `00`, a country code, 8 to 15 digits in all (`+33 6 12 34 56 78`,
  `+49 30 1234567`, `0044 20 7946 0958`, `+44 (0)20 7946 0958`);
- national with a trunk 0: 9 to 12 digits (`06.12.34.56.78`, `(0)20 7946 0958`, `030/1234567`);
- North American layout `(555) 123-4567`, `555-123-4567`;
- a group of three digits then groups of two or three, 9 to 12 digits (`612 34 56 78`).
Groups are separated by one space, dot, dash or slash. Dates (`06.12.2024 10.30`), times, prices,
postcodes, badge and sheet codes, IP addresses and long ids are left alone.

Speed: this runs on every imported message. Texts without '@' and with fewer than seven digits are
returned after a few `str.count` calls; the rest go through one precompiled pattern, and only the
number-like runs it finds are checked in Python.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from hybridhub.core.privacy import email_hash, phone_hash

TAG_LENGTH = 6
MIN_DIGITS = 7  # fewer digits in a whole text: no phone number can be in it
# Runs that are not one number but may hold one are looked into at most this often per text.
SPLIT_BUDGET = 1_000

_EMAIL = (
    r"(?P<email>(?<![\w.+'-])[\w+'-](?:[\w.+'-]{0,254}[\w+'-])?"
    r"@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}(?![\w-]))"
)
# A number-like run: digit groups (with parentheses, as in "(0)20" or "(555)") joined by one separator.
# Bounded repeats keep the scan linear on hostile input such as "1 1 1 1 …" over 20 MB.
_SEP = r"[ .\-/\u00a0]"
_GROUP = r"\(?\d{1,15}(?:\)\d{0,15})?"
_PHONE = rf"(?P<phone>(?<![\w+@])(?<!\d[.\-/])(?:\+|\(0\)\s?)?{_GROUP}(?:{_SEP}{_GROUP}){{0,11}}(?![\w@]))"
_EITHER = re.compile(f"{_EMAIL}|{_PHONE}")
_ONLY_EMAIL = re.compile(_EMAIL)
_ONLY_PHONE = re.compile(_PHONE)

_NANP = re.compile(r"(?:1[ .-])?(?:\([2-9]\d\d\) ?|[2-9]\d\d[ .-])\d{3}[ .-]\d{4}")
_DATE = re.compile(r"\d{1,2}([./-])\d{1,2}\1(?:19|20)\d\d(?!\d)|(?:19|20)\d\d([./-])\d{1,2}\2\d{1,2}(?!\d)")
_TIME = re.compile(r"\d{1,2}[.:h]\d\d")
_SPLIT = re.compile(_SEP)
_SPACES = re.compile(r"[ \u00a0]+")
_DERIVED_KEY = re.compile(r"([mh]):([0-9a-f]{40})(#\d+)?")
_DIGITS = "0123456789"
_DROP_DIGITS = str.maketrans("", "", _DIGITS)
_ANY_DIGIT = re.compile(r"\d")
_MIN_DIGITS = re.compile(rf"(?:\D*+\d){{{MIN_DIGITS}}}")  # possessive: one linear pass, no list


def _digit_count(text: str) -> int:
    if not text.isascii():
        return len(_ANY_DIGIT.findall(text))
    if len(text) < 256:  # one C loop; the ten counts below win on long texts
        return len(text) - len(text.translate(_DROP_DIGITS))
    return sum(map(text.count, _DIGITS))


def has_min_digits(text: str) -> bool:
    """Whether `text` holds MIN_DIGITS decimal digits of any script (or more)."""
    if text.isascii():
        return _digit_count(text) >= MIN_DIGITS
    return _MIN_DIGITS.match(text) is not None  # stops at the seventh digit, and makes no list


def is_phone(candidate: str) -> bool:
    """Whether a number-like run (digit groups joined by single separators) is a phone number."""
    if not candidate.isascii():  # Arabic-Indic and other decimal digits read as 0-9
        candidate = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in candidate)
    digits = _digit_count(candidate)
    if digits < 8:
        return False
    last = candidate.rsplit(" ", 1)[-1]
    if len(last) == 1 and len(candidate) > 1:
        return False  # '0612345678 3 of us': a trailing lone digit is a count, not part of the number
    if candidate[0] == "+":
        return candidate[1] not in "0(" and digits <= 15
    if candidate.startswith("00"):
        return candidate[2] != "0" and 10 <= digits <= 17
    groups = _SPLIT.split(candidate)
    if candidate[0] == "0" or candidate.startswith("(0)"):
        # '0 800 000', '01 234 567': groups of exactly three after the first are thousands
        thousands = 2 <= len(groups) <= 3 and all(len(g) == 3 for g in groups[1:])
        return 9 <= digits <= 12 and not thousands and not _DATE.match(candidate)
    if _NANP.fullmatch(candidate):
        return True
    # '612 34 56 78' (Spain): a group of three, then groups of two or three, not all of three
    return (
        9 <= digits <= 12
        and len(groups) >= 4
        and len(groups[0]) == 3
        and all(g.isdigit() and 2 <= len(g) <= 3 for g in groups)
        and not all(len(g) == 3 for g in groups[1:])
    )


class Scrubber:
    """Replaces phone numbers and e-mail addresses in texts with keyed placeholders.

    `key` is the event's hash key (None on a laptop without it: bare placeholders), or a function that
    returns it. One scrubber per import or transaction; it remembers the placeholders it made, as chats
    repeat the same numbers.
    """

    def __init__(self, key: bytes | Callable[[], bytes | None] | None) -> None:
        # A callable is asked once, when the first number or address is found: most texts hold none,
        # so most writes never need the key (nor fail for the want of it).
        self._key_source = key if callable(key) else None
        self.key = None if callable(key) else key
        self._memo: dict[str, str] = {}
        self.found = 0  # how many numbers and addresses were replaced
        self._splits_left = SPLIT_BUDGET
        self._message_mac: tuple[bytes, Any] | None = None  # (key, its keyed BLAKE2b state)

    def text(self, text: str) -> str:
        has_at = "@" in text
        if len(text) < MIN_DIGITS and not has_at:
            return text
        many_digits = has_min_digits(text)
        if not has_at and not many_digits:
            return text
        pattern = _EITHER if has_at and many_digits else _ONLY_EMAIL if has_at else _ONLY_PHONE
        self._splits_left = SPLIT_BUDGET
        return pattern.sub(self._replace, text)

    def value(self, value: Any) -> Any:
        """A JSON value with every string in it scrubbed (dict keys included); the same object back if
        nothing changed, so unchanged rows are not rewritten."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            items = [self.value(v) for v in value]
            return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
        if isinstance(value, dict):
            pairs = [(self.text(k) if isinstance(k, str) else k, self.value(v)) for k, v in value.items()]
            changed = any(
                k2 is not k or v2 is not v for (k2, v2), (k, v) in zip(pairs, value.items(), strict=True)
            )
            return dict(pairs) if changed else value
        return value

    def json_text(self, encoded: str) -> str:
        """A JSON document given as text, scrubbed (the text back as it was if nothing was found)."""
        if "@" not in encoded and _digit_count(encoded) < MIN_DIGITS:
            return encoded
        decoded = json.loads(encoded)
        cleaned = self.value(decoded)
        return encoded if cleaned is decoded else json.dumps(cleaned, ensure_ascii=False)

    def stable_key(self, value: str) -> str:
        """A de-duplication key (a message's source key, a thread key) that cannot be reversed:
        keys derived by unkeyed SHA-1 from the chat, time, author and text ('m:<sha1>[#n]', 'h:<sha1>')
        get their hash keyed, and a key that holds a number or an address ('Chat with +33 6…/42')
        becomes 'k:<keyed hash>'. A function of `value` and the event's key alone, so equal keys stay
        equal (re-imports still find their duplicates) and stored keys can be converted the same way.
        Needs the key: an unkeyed fallback would be reversible."""
        derived = _DERIVED_KEY.fullmatch(value)
        if derived is None and self.text(value) == value:
            return value
        if derived is not None:
            kind, digest, counter = derived.groups()
            return self.derived_key(kind, digest, counter or "")
        key = self._resolved_key()
        if key is None:
            raise ValueError("keys can only be protected with the event's hash key")
        mac = hashlib.blake2b(
            value.encode("utf-8", "surrogatepass"), key=key, digest_size=20, person=b"hh-key"
        )
        return "k:" + mac.hexdigest()

    def derived_key(self, kind: str, digest: str, counter: str = "") -> str:
        """`stable_key` of the derived key '<kind>:<digest><counter>' (kind 'm' or 'h', a SHA-1 hex
        digest, a counter '#n' or ''), without writing and parsing it first."""
        key = self._resolved_key()
        if key is None:
            raise ValueError("keys can only be protected with the event's hash key")
        # keyed BLAKE2b: a MAC like HMAC-SHA256, at a third of the cost (this runs for every message);
        # a copy of the keyed state skips hashing the key block again each time
        if self._message_mac is None or self._message_mac[0] is not key:
            mac = hashlib.blake2b(key=key, digest_size=20, person=b"hh-message-key")
            self._message_mac = (key, mac)
        mac = self._message_mac[1].copy()
        mac.update(digest.encode())
        return f"{kind}:{mac.hexdigest()}{counter}"

    def _resolved_key(self) -> bytes | None:
        if self._key_source is not None:
            self.key, self._key_source = self._key_source(), None
        return self.key

    def placeholder(self, kind: str, raw: str) -> str:
        memo_key = kind + raw
        found = self._memo.get(memo_key)
        if found is None:
            found = _placeholder(self._resolved_key(), kind, raw)
            if len(self._memo) < 50_000:
                self._memo[memo_key] = found
        self.found += 1
        return found

    def _replace(self, match: re.Match[str]) -> str:
        email = match.group("email") if match.re is not _ONLY_PHONE else None
        if email is not None:
            return self.placeholder("e-mail", email)
        run = match.group("phone")
        if _digit_count(run) < 8:  # dates, times, prices, postcodes: the usual runs, settled at once
            return run
        if is_phone(run):
            return self.placeholder("phone", run)
        if self._splits_left <= 0:  # machine-made junk of number runs: keep the scan linear
            return run
        self._splits_left -= 1
        return _phones_within(run, self.placeholder)


def _placeholder(key: bytes | None, kind: str, raw: str) -> str:
    if key is None:
        return f"[{kind}]"
    digest = phone_hash(key, raw)[0] if kind == "phone" else email_hash(key, raw)
    return f"[{kind} …{digest[:TAG_LENGTH]}]"


def _phones_within(run: str, placeholder: Callable[[str, str], str]) -> str:
    """A run that is not one phone number may hold one next to a date, a time or another number:
    '0612345678 14.30', '01.02.2024 06 12 34 56 78', two numbers one after the other. Look at its
    space-separated parts: a number starts at the run's start, or with 0, + or ( after a date, a time,
    a small count or another number; it ends where the next part starts a new number, else as late as
    it can."""
    parts = _SPACES.split(run)
    if len(parts) < 2:
        return run
    gaps = _SPACES.findall(run)
    digits = [_digit_count(p) for p in parts]
    text = ""
    i = 0
    may_start = True
    while i < len(parts):
        end = _best_end(parts, digits, i) if may_start and (i == 0 or parts[i][0] in "0+(") else None
        if end is None:
            piece, may_start, end = parts[i], _number_may_follow(parts[i]), i + 1
        else:
            piece, may_start = placeholder("phone", " ".join(parts[i:end])), True
        text += (gaps[i - 1] if i else "") + piece
        i = end
    return text


def _number_may_follow(part: str) -> bool:
    """After a date, a time or a small count ('3 0612345678'), but not inside a long id or IBAN."""
    return (part.isdigit() and len(part) <= 2) or bool(_DATE.fullmatch(part) or _TIME.fullmatch(part))


def _best_end(parts: list[str], digits: list[int], i: int) -> int | None:
    """Where a phone number starting at part `i` ends (exclusive), or None. Only spans holding 8 to 17
    digits are checked, so a run costs a handful of checks whatever it holds."""
    valid = []
    total = 0
    for j in range(i + 1, len(parts) + 1):
        total += digits[j - 1]
        if total > 17:
            break
        if total >= 8 and len(parts[j - 1]) > 1 and is_phone(" ".join(parts[i:j])):
            valid.append(j)
    for j in reversed(valid):
        if j == len(parts) or parts[j][0] in "0+(":
            return j
    return valid[-1] if valid else None
