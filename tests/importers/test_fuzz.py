"""A bounded run of `make fuzz`: mutated exports of every format through `hybridhub import` give an
import or a one-line refusal (exit 0 or 2), never another exception (issue 15). `make fuzz` runs
10,000 inputs; this keeps a few hundred in every `make test`."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hybridhub.cli import main
from hybridhub.core.errors import ImportFormatError
from hybridhub.core.workspace import create_workspace
from hybridhub.importers.source import Source
from tests.importers.fuzzing import _container, fuzz, seeds


def test_a_few_hundred_mutated_imports_of_every_format_raise_nothing_but_user_errors() -> None:
    figures = fuzz(200, seed=20240305)
    assert figures.bugs == {}, figures.report()
    assert figures.inputs == 200 and set(figures.exits) <= {0, 2}
    assert len(figures.by_format) == len({s.format for s in seeds()}) == 15
    assert figures.exits[0] > 20 and figures.exits[2] > 20  # deep enough to import, damaged enough to refuse


ARCHIVE = io.BytesIO()
with zipfile.ZipFile(ARCHIVE, "w", zipfile.ZIP_DEFLATED) as _zf:
    _zf.writestr("_chat.txt", "13/06/2018, 21:25 - Ana: Hallo\n" * 40)
    _zf.writestr("media/00000012-PHOTO.jpg", b"\xff\xd8\xff" * 300)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1))
def test_damaged_zip_containers_give_an_import_format_error(
    seed: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Any damage to a ZIP's headers: reading its members gives data or an ImportFormatError."""
    import random

    path = tmp_path_factory.mktemp("zip") / "WhatsApp Chat - Garden.zip"
    path.write_bytes(_container(random.Random(seed), ARCHIVE.getvalue()))
    source = Source(path)
    try:
        for member in source.members():
            with source.child(member).open_bytes() as fh:
                while fh.read(4096):
                    pass
    except ImportFormatError as exc:
        assert exc.file and "WhatsApp Chat - Garden.zip" in exc.file


def test_each_kind_of_zip_damage_named_in_the_issue_is_a_user_error(tmp_path: Path) -> None:
    """Regression samples for issue 15: the member name in the local header differs from the
    directory, a bad member offset (errno 22), 'Bad magic number', 'Truncated file header'."""
    good = ARCHIVE.getvalue()
    central = good.rfind(b"PK\x01\x02", 0, good.rfind(b"PK\x01\x02"))  # the first member's record
    eocd = good.rfind(b"PK\x05\x06")
    damaged = {
        "name differs": good.replace(b"_chat.txt", b"_chat.txX", 1),
        "bad offset": good[: eocd + 16] + (0xFFFFFFF0).to_bytes(4, "little") + good[eocd + 20 :],
        "bad magic": good[: central + 42] + (5).to_bytes(4, "little") + good[central + 46 :],
        "truncated header": good[: central + 42]
        + (len(good) - 10).to_bytes(4, "little")
        + good[central + 46 :],
    }
    for kind, data in damaged.items():
        path = tmp_path / f"{kind}.zip"
        path.write_bytes(data)
        with pytest.raises(ImportFormatError, match=r"ZIP|archive") as caught:
            source = Source(path)
            for member in source.members():
                source.child(member).head()
        assert caught.value.file is not None and path.name in caught.value.file, kind


def _damaged(data: bytes, member: str, kind: str) -> bytes:
    """`data` (a ZIP) with the headers of `member` damaged in one of the ways of issue 15."""
    eocd = data.rfind(b"PK\x05\x06")
    central = next(
        pos for pos in _records(data, int.from_bytes(data[eocd + 16 : eocd + 20], "little"))
        if data[pos + 46 : pos + 46 + int.from_bytes(data[pos + 28 : pos + 30], "little")] == member.encode()
    )  # fmt: skip
    local = int.from_bytes(data[central + 42 : central + 46], "little")
    if kind == "name differs":
        return data[: local + 30] + b"X" + data[local + 31 :]
    if kind == "bad offset":
        return data[: eocd + 16] + (0xFFFFFFF0).to_bytes(4, "little") + data[eocd + 20 :]
    offset = local + 7 if kind == "bad magic" else len(data) - 12  # else: a truncated header
    return data[: central + 42] + offset.to_bytes(4, "little") + data[central + 46 :]


def _records(data: bytes, pos: int) -> list[int]:
    found = []
    while data[pos : pos + 4] == b"PK\x01\x02":
        found.append(pos)
        pos += 46 + sum(int.from_bytes(data[pos + o : pos + o + 2], "little") for o in (28, 30, 32))
    return found


# The member each importer reads (damage to a member nobody reads is harmless, and not refused).
CONTAINERS = {
    "whatsapp": "_chat.txt", "slack": "allgemein/2024-03-09.json",
    "facebook": "messages/inbox/lenaschulz_9x8y7z/message_1.json",
    "mailchimp": "subscribed_members_export_8f2c1d.csv", "ms-forms": "xl/worksheets/sheet1.xml",
}  # fmt: skip
DAMAGE = ["name differs", "bad offset", "bad magic", "truncated header"]


@pytest.mark.parametrize("fmt", CONTAINERS)
def test_a_damaged_container_is_one_line_exit_2_and_nothing_stored(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 15: WhatsApp, Slack, Facebook and Mailchimp ZIPs and a Microsoft Forms XLSX whose member
    headers are damaged stopped 'hybridhub import' with a traceback (exit 1)."""
    seed = next(s for s in seeds() if s.format == fmt and s.is_zip)
    ws = tmp_path / "w.hybridhub"
    create_workspace(ws, "Atelier", timezone="Europe/Paris").close()
    for kind in DAMAGE:
        path = tmp_path / kind / seed.name
        path.parent.mkdir()
        path.write_bytes(_damaged(seed.data, CONTAINERS[fmt], kind))
        for extra in ([], ["--format", fmt]):
            code = main(["import", str(path), "-w", str(ws), *extra])
            err = capsys.readouterr().err
            assert code == 2, (kind, extra, err)
            (line,) = err.splitlines()
            assert line.startswith("hybridhub: error: ") and seed.name in line, (kind, line)
    assert main(["imports", "-w", str(ws), "--json"]) == 0
    assert capsys.readouterr().out == ""  # nothing stored
