"""Import a generated WhatsApp export of N messages; compare with a bare baseline in the same run.

Baseline: the same lines parsed with one regex and inserted with plain `sqlite3.executemany` into a
table with the same columns as `contributions` (and its unique source-key index; no FTS index, no
identities, no time-zone conversion, no hashing). Each side runs in its own child process so that its
peak memory (max RSS) is measured on its own.

Store floor: the rows the import stored, written again into a fresh workspace by the store's SQL
alone (unique keys, secondary indexes rebuilt, full-text index, WAL commit), timed without any parsing
or per-message Python. It shows how much of the ratio the store itself takes.

    .venv/bin/python benchmarks/bench_import.py --messages 1000000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

# What people of a multilingual group write about: half of the authors in English, the others in
# their own language; emoji now and then.
_WORDS = {
    "en": """bus ramp bench library garden path step access meeting saturday parking volunteers lift
        wheelchair station doctor appointment children school noise light rain shelter seats toilet sign
        timetable cost ticket friends neighbours help transport evening morning weekend""",
    "fr": """rampe bibliothèque jardin réunion écoles bénévoles ascenseur médecin enfants arrêt trajet
        café samedi quartier accès fauteuil banc pluie""",
    "de": "Haltestelle Bücherei Rollstuhl Aufzug Kinder Straße Ärztin früh Bänke Fahrplan Garten Treffen",
    "es": "biblioteca jardín reunión niños parada ascensor médico mañana sábado rampa vecinos ayuda",
    "zh": "公交 图书馆 轮椅 电梯 孩子 周六 会议 花园 医生 车站",
    "ar": "حافلة مكتبة حديقة اجتماع أطفال مصعد طبيب السبت محطة",
    "emoji": "👍 🙏 😊 🚌 ♿ ❤️",
    "first": "Ana Ben Chloé Élodie François Zoë Jürgen Søren Mónica José Ngozi Aisha Wei Mei Kenji Olu",
    "last": "Martin Müller Dubois García Núñez O'Brien Kowalski Nguyen Okafor Haddad Li Wang Sato",
}
VOCABULARY = {name: text.split() for name, text in _WORDS.items()}
LANGUAGES = ["en"] * 5 + ["fr", "de", "es", "zh", "ar"]
EXTRA_NAMES = ["王芳", "李伟", "محمد الأحمد", "فاطمة", "Ana 🌻", "~ Ngozi", "Dr. Amina Yusuf"]


def _authors(rng: random.Random) -> list[str]:
    """300 authors as WhatsApp writes them: saved contacts in many scripts, and unsaved numbers."""
    names = {f"{rng.choice(VOCABULARY['first'])} {rng.choice(VOCABULARY['last'])}" for _ in range(400)}
    people = sorted(names)[:263] + EXTRA_NAMES
    numbers = [f"+44 7700 9{i:05d}" for i in range(20)] + [
        f"+33 6 12 34 {i:02d} {i * 3 % 100:02d}" for i in range(10)
    ]
    return people + numbers


@dataclass(frozen=True)
class Style:
    """How one phone and locale writes a header, and the same format in whatstk's terms."""

    header: Callable[[datetime], str]  # the date and time part, with its brackets and separator
    sep: str  # between the time and the author
    media: str  # a photo left out of the export
    hformat: str


def _twelve(when: datetime) -> str:
    return f"{when.hour % 12 or 12}:{when:%M} {'AM' if when.hour < 12 else 'PM'}"


STYLES = {
    # Android, UK English: day first, 24-hour clock
    "android-gb": Style(
        lambda w: f"{w:%d/%m/%Y, %H:%M}", " - ", "<Media omitted>", "%d/%m/%Y, %H:%M - %name:"
    ),
    # Android, US English: month first, two-digit year, 12-hour clock
    "android-us": Style(
        lambda w: f"{w.month}/{w.day}/{w:%y}, {_twelve(w)}",
        " - ",
        "<Media omitted>",
        "%m/%d/%y, %I:%M %p - %name:",
    ),
    # Android, German: dots, two-digit year
    "android-de": Style(
        lambda w: f"{w:%d.%m.%y, %H:%M}", " - ", "<Medien ausgeschlossen>", "%d.%m.%y, %H:%M - %name:"
    ),
    # iPhone, UK English: brackets, seconds, a U+200E mark before media
    "ios-gb": Style(
        lambda w: f"[{w:%d/%m/%Y, %H:%M:%S}]", " ", "\u200eimage omitted", "[%d/%m/%Y, %H:%M:%S] %name:"
    ),
}


def _text(rng: random.Random, i: int, style: Style, words: list[str]) -> str:
    """A message as people write them: words in several scripts, sometimes a list over several lines,
    a phone number or an address (scrubbed before storing), a deleted or edited one, a photo."""
    if i % 97 == 0:
        return style.media
    if i % 499 == 0:
        return "This message was deleted"
    text = " ".join(rng.choices(words, k=rng.randint(3, 25)))
    if i % 10 == 0:
        text += " " + rng.choice(VOCABULARY["emoji"])
    if i % 53 == 0:
        text += f" call me on 07700 900{i % 1000:03d}"
    elif i % 71 == 0:
        text += f" or write to helper{i % 50}@example.org"
    if i % 20 == 0:
        lines = [text] + [" ".join(rng.choices(words, k=8)) for _ in range(1 + i % 3)]
        text = "\n".join(lines) if i % 40 else "\n".join(f"{n}. {line}" for n, line in enumerate(lines, 1))
    if i % 293 == 0:
        text += " <This message was edited>"
    return text


def generate(path: Path, messages: int, style_name: str = "android-gb", seed: int = 7) -> int:
    """An export of `messages` messages by 300 authors (a tenth of them unsaved numbers), with
    multi-line messages, media, deleted and edited messages, and WhatsApp's own notices (encryption,
    joins, leaves), written as `style_name` writes them. Returns the number of lines written."""
    rng = random.Random(seed)
    style = STYLES[style_name]
    authors = _authors(rng)
    language = {author: VOCABULARY[rng.choice(LANGUAGES)] for author in authors}
    when = datetime(2024, 3, 5, 8, 0)
    lines = 0
    with path.open("w", encoding="utf-8") as fh:

        def notice(text: str) -> None:
            nonlocal lines
            # iOS writes notices under the group's name with a mark; Android without an author
            group = "Community Garden: \u200e" if style_name.startswith("ios") else ""
            fh.write(f"{style.header(when)}{style.sep}{group}{text}\n")
            lines += 1

        notice("Messages and calls are end-to-end encrypted. No one outside of this chat can read them.")
        for i in range(messages):
            when += timedelta(seconds=rng.randint(1, 40))
            author = rng.choice(authors)
            text = _text(rng, i, style, language[author])
            fh.write(f"{style.header(when)}{style.sep}{author}: {text}\n")
            lines += 1 + text.count("\n")
            if i % 1000 == 500:
                notice(f"{rng.choice(authors)} joined using this group's invite link")
            elif i % 1500 == 750:
                notice(f"{rng.choice(authors)} left")
    return lines


# the header of every style above: date, time, author, text
HEADER = re.compile(
    r"\[?(\d{1,2}[/.]\d{1,2}[/.]\d{2,4}), (\d{1,2}:\d{2}(?::\d{2})?(?: [AP]M)?)\]?(?: -)? ([^:]+): (.*)"
)


def baseline(chat: Path, db: Path) -> int:
    conn = sqlite3.connect(db)
    conn.execute(
        "CREATE TABLE contributions (id INTEGER PRIMARY KEY, uid TEXT UNIQUE, created_at TEXT,"
        " updated_at TEXT, event_id INT, channel TEXT, kind TEXT, source_key TEXT, participant_id INT,"
        " identity_id INT, session_id INT, batch_id INT, sheet_id INT, parent_id INT, thread_key TEXT,"
        " posted_at TEXT,"
        " language TEXT, text TEXT, word_count INT, content_hash TEXT, voices INT, flag TEXT,"
        " provenance TEXT, UNIQUE (event_id, channel, source_key))"
    )
    rows: list[list[object]] = []
    count = 0
    sql = (
        "INSERT INTO contributions VALUES (NULL,?,?,?,1,'whatsapp','message',?,?,?,NULL,1,NULL,NULL,NULL,"
        "?,NULL,?,0,'',1,NULL,'{}')"
    )
    with chat.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            m = HEADER.match(line)
            if m is None:
                if rows:
                    rows[-1][-1] = str(rows[-1][-1]) + "\n" + line.rstrip("\n")
                continue
            rows.append([f"u{number}", "now", "now", str(number), 1, 1, f"{m[1]} {m[2]}", m[4]])
            if len(rows) >= 4000:
                last = rows.pop()
                conn.executemany(sql, rows)
                count += len(rows)
                rows = [last]
    conn.executemany(sql, rows)
    count += len(rows)
    conn.commit()
    conn.close()
    return count


def hybridhub_import(chat: Path, db: Path) -> tuple[int, float]:
    """(rows added, seconds): the clock runs over `import_file` only, not over creating the
    workspace (Alembic migrations) that any real import finds already done."""
    from hybridhub.core.workspace import create_workspace
    from hybridhub.importers.base import ImportOptions
    from hybridhub.importers.store import import_file

    ws = create_workspace(db, "Benchmark", timezone="Europe/London")
    start = time.perf_counter()
    result = import_file(ws, chat, format="whatsapp", options=ImportOptions(timezone="Europe/London"))
    seconds = time.perf_counter() - start
    ws.close()
    return result.added, seconds


def hybridhub_command(chat: Path, db: Path) -> tuple[int, float]:
    """(rows added, seconds): the whole `hybridhub import` command, start-up included, into a
    workspace made beforehand."""
    from hybridhub.core.workspace import create_workspace

    create_workspace(db, "Benchmark", timezone="Europe/London").close()
    command = [str(Path(sys.executable).with_name("hybridhub")), "import", str(chat), "-w", str(db)]
    start = time.perf_counter()
    out = subprocess.run(
        [*command, "--format", "whatsapp", "--tz", "Europe/London", "--json"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    seconds = time.perf_counter() - start
    return json.loads(out.splitlines()[-1])["added"], seconds


def whatstk_parse(chat: Path, style: str) -> tuple[int, float]:
    """(rows, seconds) of whatstk's parse into its DataFrame; its modules are loaded before the clock
    starts, as HybridHub's are for `hybridhub_import`."""
    from whatstk import WhatsAppChat  # type: ignore[import-not-found]

    start = time.perf_counter()
    # max_size=None: whatstk 0.9 refuses files over 50 MB unless told (the 1M export is 143 MB)
    found = WhatsAppChat.from_source(filepath=str(chat), hformat=STYLES[style].hformat, max_size=None)
    rows = len(found.df)
    return rows, time.perf_counter() - start


def chat_miner_parse(chat: Path) -> tuple[int, float]:
    """(rows, seconds) of chat-miner's parse and its DataFrame, modules loaded before the clock."""
    from chatminer.chatparsers import WhatsAppParser  # type: ignore[import-not-found]

    start = time.perf_counter()
    parser = WhatsAppParser(str(chat))
    parser.parse_file()
    rows = len(parser.parsed_messages.get_df())
    return rows, time.perf_counter() - start


def store_floor(imported: Path, db: Path) -> tuple[int, float]:
    """(rows, seconds) for the store's own SQL alone: the rows the import stored, copied (untimed)
    from its workspace into a fresh one the way the import writes them — secondary indexes set
    aside and rebuilt, unique keys kept, executemany with ON CONFLICT, the full-text index built in
    one statement, one commit. No parsing and no Python per message: what any import must pay."""
    from hybridhub.core.workspace import create_workspace
    from hybridhub.importers.rows import CONTRIBUTION_COLUMNS
    from hybridhub.importers.sql import IMPORT_CACHE_KIB

    create_workspace(db, "Floor", timezone="Europe/London").close()
    source = sqlite3.connect(imported)
    target = sqlite3.connect(db, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON", "secure_delete=ON"):
        target.execute(f"PRAGMA {pragma}")
    target.execute(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")  # as the import widens it
    names = ", ".join(CONTRIBUTION_COLUMNS)
    insert = (
        f"INSERT INTO contributions ({names}) VALUES ({', '.join('?' for _ in CONTRIBUTION_COLUMNS)}) "
        "ON CONFLICT DO NOTHING"
    )
    trigger = target.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'contributions_fts_ai'"
    ).fetchone()[0]
    start = time.perf_counter()
    target.execute("BEGIN")
    target.execute("DROP TRIGGER contributions_fts_ai")
    indexes = target.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contributions' "
        "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'"
    ).fetchall()
    for name, _ in indexes:
        target.execute(f'DROP INDEX "{name}"')
    seconds = time.perf_counter() - start
    cursor = source.execute(f"SELECT {names} FROM contributions ORDER BY id")
    rows = 0
    while chunk := cursor.fetchmany(4000):
        # No participants, identities or batch exist here: leaving those ids out also leaves out
        # their foreign-key checks, so this floor is if anything below what the import must pay.
        chunk = [(*r[:7], None, None, None, None, *r[11:]) for r in chunk]
        t0 = time.perf_counter()
        target.executemany(insert, chunk)
        seconds += time.perf_counter() - t0
        rows += len(chunk)
    start = time.perf_counter()
    for _, sql in indexes:
        target.execute(sql)
    target.execute("INSERT INTO contributions_fts(rowid, text) SELECT id, text FROM contributions")
    target.execute(trigger)
    target.execute("COMMIT")
    seconds += time.perf_counter() - start
    source.close()
    target.close()
    return rows, seconds


def child(kind: str, chat: Path, db: Path, style: str) -> None:
    start = time.perf_counter()
    if kind == "floor":
        rows, seconds = store_floor(chat, db)
    elif kind == "baseline":
        rows = baseline(chat, db)
    elif kind == "whatstk":
        rows, seconds = whatstk_parse(chat, style)
    elif kind == "chat-miner":
        rows, seconds = chat_miner_parse(chat)
    elif kind == "command":
        rows, seconds = hybridhub_command(chat, db)
    else:
        rows, seconds = hybridhub_import(chat, db)
    if kind == "baseline":
        seconds = time.perf_counter() - start
    # a helper process of ours (the import's parser) is a child of this one: its peak separately
    helper = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 if kind == "hybridhub" else 0
    print(json.dumps({"rows": rows, "seconds": seconds, "helper_mb": helper}))


def measure(kind: str, chat: Path, db: Path, style: str, python: Path) -> dict[str, float]:
    # stderr to a file, not a pipe that could fill: a failing child's last line is shown
    with tempfile.TemporaryFile("w+") as errors:
        proc = subprocess.Popen(
            [str(python), __file__, "--child", kind, str(chat), str(db), style],
            stdout=subprocess.PIPE, stderr=errors, text=True,
        )  # fmt: skip
        assert proc.stdout is not None
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            errors.seek(0)
            last = errors.read().strip().splitlines()[-1:] or [""]
            raise SystemExit(f"{kind} failed with exit code {proc.returncode}: {last[0]}")
    found = json.loads(out)
    found["peak_mb"] = usage.ru_maxrss / 1024  # Linux reports KiB; the largest of the tree
    return found


def peers_python(venv: Path) -> Path:
    """The Python of a separate virtual environment with whatstk and chat-miner (made on first use):
    the peers are never the project's dependencies."""
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", *PEERS], check=True)
    return python


PEERS = ("whatstk==0.9.1", "chat-miner==0.6.0")
KINDS = ("baseline", "whatstk", "chat-miner", "hybridhub", "command", "floor")


def run_once(messages: int, style: str, peers: Path) -> dict[str, dict[str, float]]:
    """Every measure on one freshly generated export, each in its own process."""
    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        tmp = Path(folder)
        chat = tmp / "WhatsApp Chat with Benchmark.txt"
        lines = generate(chat, messages, style)
        print(
            f"export: {messages:,} messages, {lines:,} lines, {chat.stat().st_size / 2**20:,.1f} MB, {style}"
        )
        found: dict[str, dict[str, float]] = {}
        for kind in KINDS:
            python = peers if kind in ("whatstk", "chat-miner") else Path(sys.executable)
            source = tmp / "hybridhub.sqlite" if kind == "floor" else chat
            found[kind] = measure(kind, source, tmp / f"{kind}.sqlite", style, python)
    return found


def report(found: dict[str, dict[str, float]]) -> dict[str, float]:
    ours = found["hybridhub"]
    for kind in KINDS:
        f = found[kind]
        print(
            f"  {LABELS[kind]:<48} {f['rows']:>10,} rows {f['seconds']:8.2f} s  peak {f['peak_mb']:5.0f} MB"
        )
    ratios = {
        "whatstk": ours["seconds"] / found["whatstk"]["seconds"],
        "chat-miner": ours["seconds"] / found["chat-miner"]["seconds"],
        "floor": ours["seconds"] / found["floor"]["seconds"],
        "baseline": ours["seconds"] / found["baseline"]["seconds"],
        "command/whatstk": found["command"]["seconds"] / found["whatstk"]["seconds"],
        "memory": ours["peak_mb"] + ours["helper_mb"],
    }
    print(f"  import / whatstk    {ratios['whatstk']:5.2f}x (goal <= 1.5x): {_met(ratios['whatstk'] <= 1.5)}")
    print(
        f"  import / chat-miner {ratios['chat-miner']:5.2f}x (goal < 1x):    {_met(ratios['chat-miner'] < 1)}"
    )
    print(f"  import / floor      {ratios['floor']:5.2f}x (goal <= 1.5x): {_met(ratios['floor'] <= 1.5)}")
    print(
        f"  import / baseline {ratios['baseline']:5.2f}x; command / whatstk {ratios['command/whatstk']:.2f}x"
    )
    memory = ratios["memory"]
    print(f"  peak memory {ours['peak_mb']:.0f} MB + parser {ours['helper_mb']:.0f} MB = {memory:.0f} MB "
          f"(goal < 300 MB): {_met(memory < 300)}")  # fmt: skip
    return ratios


LABELS = {
    "baseline": "baseline (regex + sqlite3.executemany)",
    "whatstk": "whatstk (WhatsAppChat.from_source, parse only)",
    "chat-miner": "chat-miner (parse_file + DataFrame)",
    "hybridhub": "hybridhub import_file (one transaction)",
    "command": "hybridhub import command (wall, start-up incl.)",
    "floor": "store floor (the stored rows' SQL alone)",
}


def _met(ok: bool) -> str:
    return "met" if ok else "NOT met"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--messages",
        type=int,
        nargs="+",
        default=[200_000, 1_000_000],
        help="sizes (default 200,000 and 1,000,000)",
    )
    parser.add_argument("--runs", type=int, default=1, help="runs of each size (default 1)")
    parser.add_argument(
        "--style",
        choices=STYLES,
        nargs="+",
        default=["android-gb"],
        help="export styles, one per run in turn",
    )
    parser.add_argument(
        "--peers-venv", type=Path, default=Path(__file__).resolve().parent.parent / ".venv-peers"
    )
    parser.add_argument("--child", nargs=4, metavar=("KIND", "CHAT", "DB", "STYLE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, chat, db, style = args.child
        child(kind, Path(chat), Path(db), style)
        return
    peers = peers_python(args.peers_venv)
    summary: dict[int, list[dict[str, float]]] = {}
    for messages in args.messages:
        for run in range(args.runs):
            style = args.style[run % len(args.style)]
            print(f"run {run + 1} of {args.runs}:", end=" ")
            summary.setdefault(messages, []).append(report(run_once(messages, style, peers)))
    print("\nratios of hybridhub import_file (median of runs):")
    for messages, runs in summary.items():
        median = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        print(f"  {messages:>9,} messages: {median['whatstk']:.2f}x whatstk, "
              f"{median['chat-miner']:.2f}x chat-miner, "
              f"{median['floor']:.2f}x floor, {median['memory']:.0f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
