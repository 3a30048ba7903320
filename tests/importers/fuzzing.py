"""Mutation fuzzing of every importer through the CLI's `hybridhub import`, ZIP and XLSX containers too.

Seeds are the sample exports of `tests/data` (Slack, Facebook and WhatsApp folders zipped as the tools
ship them). Each input is one seed changed by a seeded mutation: byte flips, truncation, splices of
other seeds, repeated or dropped lines, or damage to the ZIP container itself (a member name in the
local header that differs from the directory, a bad member offset, a broken magic number, a cut
header, an unknown compression method, the encryption flag, a bad CRC, a member whose text is
mutated inside a sound archive). Every input goes through `hybridhub.cli.main(["import", …])`, half
with `--format` so the parsers see damaged files they would not recognise. Exit 0 or 2 is fine;
any exception (or an input that runs past the time limit) is a bug and is counted by type.

`make fuzz` runs at least 10,000 inputs: `python -m tests.importers.fuzzing --inputs 10000`;
`tests/importers/test_fuzz.py` runs a bounded few hundred on every `make test`.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import signal
import struct
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from hybridhub.cli import main as cli_main
from hybridhub.core.workspace import create_workspace
from tests.importers.exports import folder_files, zip_of

DATA = Path(__file__).resolve().parent.parent / "data"
TIME_LIMIT = 20  # seconds one input may take before it counts as a hang


@dataclass(frozen=True)
class Seed:
    """One sample export: the name it is saved under (formats read dates and chat names from it),
    its bytes, and the format a user would name with --format."""

    name: str
    data: bytes
    format: str
    args: tuple[str, ...] = ()

    @property
    def is_zip(self) -> bool:
        return self.data.startswith(b"PK\x03\x04")


def seeds() -> list[Seed]:
    """One or more seeds per format, read from tests/data."""
    d = DATA
    zoom_chat = d / "zoom" / "2024-03-05 10.00.12 Community Workshop 81234567890" / "meeting_saved_chat.txt"
    whatsapp = (d / "whatsapp" / "_chat.txt").read_bytes()
    found = [
        Seed("WhatsApp Chat with Garden Group.txt", (d / "whatsapp" / "WhatsApp Chat with Garden Group.txt").read_bytes(), "whatsapp"),  # noqa: E501
        Seed("_chat.txt", whatsapp, "whatsapp"),
        Seed("WhatsApp Chat - Garden.zip", zip_of({"_chat.txt": whatsapp, "00000012-PHOTO.jpg": b"\xff\xd8\xff" * 40}), "whatsapp"),  # noqa: E501
        Seed("slack export.zip", zip_of(folder_files(d / "slack" / "export")), "slack"),
        Seed("facebook-zoe-2024.zip", zip_of(folder_files(d / "facebook" / "old_export")), "facebook"),
        Seed("facebook-zoe-2024-new.zip", zip_of(folder_files(d / "facebook" / "new_export")), "facebook"),
        Seed("members_export_8f2c1d.zip", (d / "mailchimp" / "members_export_8f2c1d.zip").read_bytes(), "mailchimp"),  # noqa: E501
        Seed("Workshop feedback(1-3).xlsx", (d / "ms_forms" / "Workshop feedback(1-3).xlsx").read_bytes(), "ms-forms"),  # noqa: E501
        Seed("All mail.mbox", (d / "email" / "All mail Including Spam and Trash.mbox").read_bytes(), "email"),
        Seed("RE Workshop summary.eml", (d / "email" / "RE Workshop summary.eml").read_bytes(), "email"),
        Seed("mail.zip", zip_of({"a.eml": (d / "email" / "RE Workshop summary.eml").read_bytes()}), "email"),
        Seed("result.json", (d / "telegram" / "single_chat" / "result.json").read_bytes(), "telegram"),
        Seed("sms-20220623101500.xml", (d / "sms" / "sms-20220623101500.xml").read_bytes(), "sms"),
        Seed("meetingAttendanceList.csv", (d / "teams" / "meetingAttendanceList.csv").read_bytes(), "teams"),
        Seed("Rapport de présence.csv", (d / "teams" / "Rapport de présence.csv").read_bytes(), "teams"),
        Seed("meeting_saved_chat.txt", zoom_chat.read_bytes(), "zoom-chat", ("--date", "2024-03-05")),
        Seed("GMT20240305-090012_RecordingnewChat.txt", (d / "zoom" / "GMT20240305-090012_RecordingnewChat.txt").read_bytes(), "zoom-chat"),  # noqa: E501
        Seed("participants_81234567890.csv", (d / "zoom" / "participants_81234567890.csv").read_bytes(), "zoom-participants"),  # noqa: E501
        Seed("webinar_attendee_report.csv", (d / "zoom" / "webinar_attendee_report.csv").read_bytes(), "zoom-webinar"),  # noqa: E501
        Seed("comments-2024.csv", (d / "youtube" / "comments-2024.csv").read_bytes(), "youtube"),
        Seed("live chats.csv", (d / "youtube" / "live chats.csv").read_bytes(), "youtube"),
        Seed("Workshop feedback (Responses).csv", (d / "google_forms" / "Workshop feedback (Responses) - Form responses 1.csv").read_bytes(), "google-forms"),  # noqa: E501
        Seed("viber_group.csv", (d / "table" / "viber_group.csv").read_bytes(), "table", ("--map", str(d / "table" / "viber_mapping.json"))),  # noqa: E501
        Seed("user-archive-amina_d-220622-160729.zip", (d / "table" / "user-archive-amina_d-220622-160729.zip").read_bytes(), "table"),  # noqa: E501
    ]  # fmt: skip
    return found


# ---------------------------------------------------------------- mutations


def _flip(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _splice(rng: random.Random, data: bytes, other: bytes) -> bytes:
    start, end = sorted(rng.randrange(len(other) + 1) for _ in range(2))
    at = rng.randrange(len(data) + 1)
    return data[:at] + other[start:end] + data[at + rng.randrange(64) :]


def _lines(rng: random.Random, data: bytes) -> bytes:
    """Repeat, drop, swap or cut lines: keeps the format recognisable while breaking its structure."""
    lines = data.split(b"\n")
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(lines))
        action = rng.randrange(5)
        if action == 0:
            lines.insert(i, lines[i] * rng.randint(2, 50))
        elif action == 1 and len(lines) > 1:
            del lines[i]
        elif action == 2:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif action == 3:
            lines[i] = lines[i][: rng.randrange(len(lines[i]) + 1)]
        else:
            lines.insert(i, rng.choice(_ODD_LINES))
    return b"\n".join(lines)


_ODD_LINES = [
    b"", b"\r", b"\x00\x00", b"\xff\xfe", b'"', b'","', b"{", b"]", b"<", b"&#55357;", b"=?utf-8?b?####?=",
    b"From - Mon Jan 1 00:00:00 2024", b"Content-Type: multipart/mixed; boundary=\"x\"", b"--x",
    b"Content-Transfer-Encoding: base64", b"Subject: =?utf-8?B?w6k=?= =?bogus?Q?x?=",
    b"31/02/2024, 25:99 - A: b", b"[1/1/1, 1:1] :", b"00:00:99\tA:\tb", "é".encode("latin-1"),
    b"9" * 400, b"a" * 5000, b"\t" * 30, b";;;;;;;", b",,,,,,,,", b"<smses>", b"</sms>",
]  # fmt: skip


@dataclass
class _Entry:
    """Where one ZIP member's headers are, found by their signatures."""

    local: int  # offset of its local header
    central: int  # offset of its central directory record


def _entries(data: bytes) -> tuple[list[_Entry], int]:
    """Member records of a ZIP made by zipfile (no comments, no ZIP64) and the EOCD offset."""
    eocd = data.rfind(b"PK\x05\x06")
    if eocd < 0 or eocd + 22 > len(data):
        return [], -1
    cd_offset = struct.unpack_from("<I", data, eocd + 16)[0]
    entries, pos = [], cd_offset
    while data[pos : pos + 4] == b"PK\x01\x02":
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, pos + 28)
        local = struct.unpack_from("<I", data, pos + 42)[0]
        entries.append(_Entry(local, pos))
        pos += 46 + name_len + extra_len + comment_len
    return entries, eocd


def _put(data: bytearray, offset: int, fmt: str, value: int) -> None:
    if offset >= 0 and offset + struct.calcsize(fmt) <= len(data):
        struct.pack_into(fmt, data, offset, value)


def _container(rng: random.Random, data: bytes) -> bytes:
    """Damage a ZIP's headers the way broken downloads, bad tools and hostile files do."""
    entries, eocd = _entries(data)
    if not entries:
        return _flip(rng, data)
    out = bytearray(data)
    e = rng.choice(entries)
    action = rng.randrange(11)
    if action == 0:  # member name in the local header differs from the directory
        name_len = struct.unpack_from("<H", data, e.local + 26)[0]
        if name_len:
            out[e.local + 30 + rng.randrange(name_len)] = ord(rng.choice("xyzQ_"))
    elif action == 1:  # directory offset beyond the file: a negative seek (errno 22) or garbage
        _put(out, eocd + 16, "<I", rng.choice([len(data) + 100, 0xFFFFFFF0, eocd + 1]))
    elif action == 2:  # member offset pointing at the wrong bytes: "Bad magic number"
        _put(out, e.central + 42, "<I", e.local + rng.randint(1, 30))
    elif action == 3:  # member offset near the end: "Truncated file header"
        _put(out, e.central + 42, "<I", max(0, len(data) - rng.randint(1, 25)))
    elif action == 4:  # unknown compression method
        _put(out, e.central + 10, "<H", rng.choice([1, 6, 12, 14, 93, 99, 0xFFFF]))
    elif action == 5:  # the encryption flag, or the UTF-8 name flag on a name that is not UTF-8
        _put(out, e.central + 8, "<H", rng.choice([0x1, 0x800, 0x41, 0x8]))
        if rng.random() < 0.5:
            out[e.central + 46] = 0xFF
    elif action == 6:  # a bad CRC
        _put(out, e.central + 16, "<I", rng.getrandbits(32))
    elif action == 7:  # sizes that lie
        _put(out, e.central + rng.choice([20, 24]), "<I", rng.choice([0, 1, 0x7FFFFFFF, rng.getrandbits(20)]))
    elif action == 8:  # extra field lengths that lie (ZIP64 parsing)
        _put(out, e.central + 30, "<H", rng.randint(1, 40))
    elif action == 9:  # damage inside the compressed data
        start = e.local + 30
        for _ in range(rng.randint(1, 6)):
            if start < len(out):
                out[rng.randrange(start, min(len(out), start + 400))] ^= 1 << rng.randrange(8)
    else:  # cut anywhere, header included
        return bytes(out[: rng.randrange(len(out))])
    return bytes(out)


def _member(rng: random.Random, data: bytes, other: bytes) -> bytes:
    """A sound ZIP whose members' content is mutated: the parsers behind the container get the damage."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            files = {i.filename: zf.read(i) for i in zf.infolist() if not i.is_dir()}
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, NotImplementedError, EOFError):
        return _flip(rng, data)
    texts = [n for n in files if n.endswith((".json", ".txt", ".csv", ".xml", ".eml"))] or list(files)
    for name in rng.sample(texts, k=min(len(texts), rng.randint(1, 2))):
        files[name] = _mutate_bytes(rng, files[name], other)
    if rng.random() < 0.1:
        files[rng.choice(["../evil.txt", "/abs.json", "C:/x.csv", "a/" * 30 + "deep.json"])] = b"{}"
    return zip_of(files)


def _mutate_bytes(rng: random.Random, data: bytes, other: bytes) -> bytes:
    choice = rng.randrange(4)
    if choice == 0:
        return _flip(rng, data)
    if choice == 1:
        return _truncate(rng, data)
    if choice == 2:
        return _splice(rng, data, other)
    return _lines(rng, data)


def mutate(rng: random.Random, seed: Seed, others: list[Seed]) -> tuple[str, bytes]:
    """(name of the mutation, mutated bytes) of `seed`; ZIP seeds get container damage often."""
    other = rng.choice(others).data
    if seed.is_zip:
        kind = rng.choice(["container", "container", "member", "member", "bytes"])
        if kind == "container":
            return kind, _container(rng, seed.data)
        if kind == "member":
            return kind, _member(rng, seed.data, other)
    mutated = _mutate_bytes(rng, seed.data, other)
    for _ in range(rng.randrange(3)):  # stacked mutations reach odder corners
        mutated = _mutate_bytes(rng, mutated, other)
    return "bytes", mutated


# ---------------------------------------------------------------- running


class Hang(Exception):
    """An input that ran past TIME_LIMIT."""


def _alarm(_signum: int, _frame: object) -> None:
    raise Hang(f"over {TIME_LIMIT} s")


@dataclass
class Figures:
    inputs: int = 0
    by_format: Counter[str] = field(default_factory=Counter)
    exits: Counter[int] = field(default_factory=Counter)
    bugs: Counter[str] = field(default_factory=Counter)
    examples: dict[str, str] = field(default_factory=dict)  # bug -> where it happened and on what input
    seconds: float = 0.0

    def by_type(self) -> Counter[str]:
        found: Counter[str] = Counter()
        for name, count in self.bugs.items():
            found[name.split(" ")[0]] += count
        return found

    def report(self) -> str:
        lines = [
            f"fuzzed {self.inputs:,} inputs in {self.seconds:.0f} s "
            f"over {len(self.by_format)} formats: {dict(sorted(self.by_format.items()))}",
            f"exit 0 (imported): {self.exits[0]:,}   exit 2 (refused with a message): {self.exits[2]:,}",
            f"exceptions other than UserError: {sum(self.bugs.values()):,} "
            f"{dict(self.by_type().most_common())}",
        ]
        for name, count in self.bugs.most_common():
            lines.append(f"  {count:>6}  {name}\n          {self.examples[name]}")
        return "\n".join(lines)


def run_cli(path: Path, workspace: Path, seed: Seed, with_format: bool) -> int:
    """`hybridhub import` on one file, output swallowed; returns the exit status."""
    argv = ["import", str(path), "--workspace", str(workspace), "--json", *seed.args]
    if with_format:
        argv += ["--format", seed.format]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return cli_main(argv)


def _where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "hybridhub" in f.filename] or frames
    last = ours[-1] if ours else None
    place = f"{Path(last.filename).name}:{last.lineno} {last.name}" if last else "?"
    return f"{place}: {str(exc)[:120]}"


def fuzz(
    inputs: int, seed: int = 1, *, keep: Path | None = None, log: Callable[[str], None] | None = None
) -> Figures:
    """Run `inputs` mutated imports into one fresh workspace; returns the figures."""
    rng = random.Random(seed)
    pool = seeds()
    figures = Figures()
    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            workspace = root / "fuzz.hybridhub"
            create_workspace(workspace, "Fuzz", timezone="Europe/Paris").close()
            for number, (chosen, how, data, with_format) in enumerate(_inputs(rng, pool, inputs), start=1):
                figures.inputs += 1
                figures.by_format[chosen.format] += 1
                target = root / "in" / str(number % 50)
                target.mkdir(parents=True, exist_ok=True)
                path = target / chosen.name
                path.write_bytes(data)
                signal.alarm(TIME_LIMIT)
                try:
                    figures.exits[run_cli(path, workspace, chosen, with_format)] += 1
                except (Exception, Hang) as exc:  # the point of fuzzing: every other exception is a bug
                    name = f"{type(exc).__name__} ({chosen.format}, {how})"
                    figures.bugs[name] += 1
                    figures.examples.setdefault(name, _where(exc))
                    if keep is not None and figures.bugs[name] <= 3:
                        keep.mkdir(parents=True, exist_ok=True)
                        (keep / f"{number:05d}-{chosen.format}-{Path(chosen.name).name}").write_bytes(data)
                finally:
                    signal.alarm(0)
                if log and number % 500 == 0:
                    log(f"{number:,} inputs, {sum(figures.bugs.values())} exceptions")
    finally:
        signal.signal(signal.SIGALRM, previous)
    figures.seconds = time.monotonic() - started
    return figures


def _inputs(rng: random.Random, pool: list[Seed], count: int) -> Iterator[tuple[Seed, str, bytes, bool]]:
    for _ in range(count):
        chosen = rng.choice(pool)
        how, data = mutate(rng, chosen, pool)
        yield chosen, how, data, rng.random() < 0.5


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="save the first inputs of each failing kind here")
    args = parser.parse_args(argv)
    figures = fuzz(args.inputs, args.seed, keep=args.keep, log=lambda m: print(m, file=sys.stderr))
    print(figures.report())
    return 1 if figures.bugs else 0


if __name__ == "__main__":
    sys.exit(main())
