"""YouTube Takeout comments (older and newer layouts) and live chat."""

from __future__ import annotations

import contextlib
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hybridhub.core.errors import UserError
from hybridhub.importers.formats.youtube import YoutubeImporter, comment_text
from hybridhub.importers.source import Source
from tests.conftest import DATA
from tests.importers.helpers import messages, run

HERE = DATA / "youtube"


def test_detects_all_layouts() -> None:
    for name in ("comments-2023.csv", "comments-2024.csv", "live chats.csv"):
        assert YoutubeImporter().detect(Source(HERE / name)) == 0.95
    assert YoutubeImporter().detect(Source(DATA / "table" / "messages.csv")) == 0.0


def test_older_layout_with_takeout_segments() -> None:
    msgs = messages(run(YoutubeImporter(), HERE / "comments-2023.csv"))
    assert [(m.text, m.posted_at, m.source_id, m.parent_id, m.chat) for m in msgs] == [
        (
            "Great session, thank you! When is the next one?",
            datetime(2023, 5, 4, 14, 22, 10, 123000, tzinfo=UTC),
            "UgzAbc123DEF456ghi789",
            None,
            "dQw4w9WgXcQ",
        ),
        (
            "@Organiser the audio from the room was hard to hear at 12:30",
            datetime(2023, 5, 4, 15, 1, tzinfo=UTC),
            "UgzAbc123DEF456ghi789.9xYz",
            "UgzAbc123DEF456ghi789",
            "dQw4w9WgXcQ",
        ),
    ]
    assert {m.author.key for m in msgs} == {"UCq3Z8kL1mN2oP4rS5tU6vWx"}
    assert msgs[0].author.name == "YouTube …tU6vWx"


def test_newer_layout_with_fragments_reordered_headers() -> None:
    msgs = messages(run(YoutubeImporter(), HERE / "comments-2024.csv"))
    assert [(m.text, m.posted_at, m.thread_id, m.chat) for m in msgs] == [
        (
            "Merci pour la retransmission 👍 – les sous-titres aident beaucoup.",
            datetime(2024, 3, 12, 18, 5, 41, tzinfo=UTC),
            "UgwQrs987",
            "aBcDeFgHiJk",
        ),
        ("Reply: @Marie agreed!", datetime(2024, 3, 12, 18, 20, tzinfo=UTC), "UgwQrs987", "aBcDeFgHiJk"),
        (
            "Community post comment: see you Thursday",
            datetime(2024, 3, 13, 9, 0, tzinfo=UTC),
            "UgxPost555",
            "UgkxPost1",
        ),
    ]
    assert msgs[1].parent_id == "UgwQrs987"


def test_live_chat_lower_case_headers() -> None:
    msgs = messages(run(YoutubeImporter(), HERE / "live chats.csv"))
    assert [(m.text, m.kind, m.extra) for m in msgs] == [
        ("Hello from Lisbon! 🇵🇹", "live-chat", {}),
        ("Can you repeat the question from the room?", "live-chat", {"price": "2.00"}),
    ]
    assert msgs[0].posted_at == datetime(2024, 3, 12, 18, 1, 2, 500000, tzinfo=UTC)


def test_comment_text_forms() -> None:
    assert comment_text('{"takeoutSegments":[{"text":"a"},{"text":"b"}]}') == "ab"
    assert comment_text('{"text":"a"},{"text":"b"}') == "ab"
    assert comment_text("plain") == "plain"
    assert comment_text('{"text": broken') == '{"text": broken'


def test_other_csv_refused(tmp_path: Path) -> None:
    path = tmp_path / "comments.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(UserError, match="Takeout columns"):
        run(YoutubeImporter(), path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=300))
def test_any_bytes_give_records_or_user_error(data: bytes) -> None:
    header = b"Comment ID,Channel ID,Comment Create Timestamp,Comment Text\n"
    with tempfile.TemporaryDirectory() as folder:
        for body in (header + data, data):
            path = Path(folder) / "comments.csv"
            path.write_bytes(body)
            with contextlib.suppress(UserError):
                run(YoutubeImporter(), path)
