"""Any bytes to any importer give records or a UserError; ZIP bombs and path traversal are refused."""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hybridhub.core.errors import ImportFormatError, UserError
from hybridhub.importers import registry
from hybridhub.importers.base import ImportOptions
from hybridhub.importers.detect import detect
from hybridhub.importers.source import Source
from tests.conftest import DATA

OPTIONS = ImportOptions(timezone="UTC", settings={"date": "2024-03-05"})
IMPORTERS = registry.importers()

# Real-looking prefixes steer the fuzzer into the parsers' deeper paths, not just their refusals.
PREFIXES = [
    b"",
    b"13/06/2018, 21:25 - Ana: ",
    b"[13.06.18, 21:25:15] Ana: \xe2\x80\x8e",
    b"10:01:02 From Ana to Everyone:\n\t",
    b"10:01:02\t From  Ana : ",
    b"Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\n",
    b"Attendee Report\nAttendee Details\nAttended,First Name,Last Name,Join Time\nYes,",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"PK\x03\x04",
    b"{",
    b"[",
]


def check(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"export{suffix}"
        path.write_bytes(data)
        source = Source(path)
        for importer in IMPORTERS:
            try:
                score = importer.detect(source)
                assert 0.0 <= score <= 1.0
            except UserError:
                pass
            try:
                for _record in importer.records(source, OPTIONS):
                    pass
            except UserError:
                pass


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=st.sampled_from(PREFIXES),
    body=st.binary(max_size=400),
    suffix=st.sampled_from([".txt", ".csv", ".json", ".zip"]),
)
def test_any_bytes_give_records_or_a_user_error(prefix: bytes, body: bytes, suffix: str) -> None:
    check(prefix + body, suffix)


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list('0123456789/.:-[], \t\nAPM\u200e\u202fFromtoEveryone"')), max_size=300
    )
)
def test_header_like_text_gives_records_or_a_user_error(text: str) -> None:
    check(text.encode("utf-8"), ".txt")


def test_every_registered_format_is_covered() -> None:
    assert {"whatsapp", "zoom-chat", "zoom-participants", "zoom-webinar"} <= set(registry.names())


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "WhatsApp Chat - Bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("_chat.txt", b"13/06/2018, 21:25 - Ana: hi\n" + b"\0" * (30 * 1024 * 1024))
    assert bomb.stat().st_size < 100_000
    with pytest.raises(ImportFormatError, match="zip bomb"):
        detect(bomb)


def test_zip_member_lying_about_its_size_is_stopped(tmp_path: Path) -> None:
    """A header that under-states the size: reading stops at the declared size and the CRC check
    fails; the user gets a message, not a crash."""
    archive = tmp_path / "liar.zip"
    payload = b"13/06/2018, 21:25 - Ana: hi\n" * 2000
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("_chat.txt", payload)
    raw = bytearray(archive.read_bytes())
    real = len(payload).to_bytes(4, "little")
    small = (1000).to_bytes(4, "little")
    # Patch the uncompressed size in the local header (offset 22) and the central directory entry.
    assert raw[22:26] == real
    raw[22:26] = small
    central = raw.rfind(b"PK\x01\x02")
    assert raw[central + 24 : central + 28] == real
    raw[central + 24 : central + 28] = small
    archive.write_bytes(bytes(raw))
    with pytest.raises(ImportFormatError, match="damaged file inside the archive"):
        list(Source(archive, "_chat.txt").lines())


def test_path_traversal_zip_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("_chat.txt", (DATA / "whatsapp" / "_chat.txt").read_bytes())
        zf.writestr("../../outside.txt", b"gotcha")
    with pytest.raises(ImportFormatError, match="unsafe path") as info:
        detect(archive)
    assert info.value.file == "evil.zip"
    assert not (tmp_path.parent / "outside.txt").exists()


def test_damaged_zip_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "broken.zip"
    good = tmp_path / "good.zip"
    with zipfile.ZipFile(good, "w") as zf:
        zf.writestr("_chat.txt", (DATA / "whatsapp" / "_chat.txt").read_bytes())
    archive.write_bytes(good.read_bytes()[:-30])
    with pytest.raises(ImportFormatError):
        detect(archive)
