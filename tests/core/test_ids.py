"""Row identifiers: canonical version-7 UUIDs that sort by creation time."""

from __future__ import annotations

import uuid

from hybridhub.core.ids import uuid7


def test_uuid7_is_a_canonical_version_7_uuid() -> None:
    for _ in range(1000):
        text = uuid7()
        parsed = uuid.UUID(text)
        assert str(parsed) == text
        assert parsed.version == 7
        assert parsed.variant == uuid.RFC_4122


def test_uuid7_sorts_by_creation_millisecond() -> None:
    made = [uuid7() for _ in range(2000)]
    millis = [uuid.UUID(u).int >> 80 for u in made]
    assert millis == sorted(millis)
    assert len(set(made)) == len(made)
