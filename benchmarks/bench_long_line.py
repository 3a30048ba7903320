"""One very long line in every text format: is reading linear in the input?

For each format, a small realistic export gets one record whose text is a single line of SIZE bytes
(no line break anywhere in it). The import runs through `import_file`, as the CLI does, into a fresh
workspace. Baseline: the same file with a line a tenth as long, in the same run. A linear reader takes
about 10x as long for 10x the bytes; a quadratic one about 100x. The goal is under 10 s at 20 MB.

    .venv/bin/python benchmarks/bench_long_line.py --mb 20
    .venv/bin/python benchmarks/bench_long_line.py --mb 20 --only sms whatsapp
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hybridhub.core.errors import UserError  # noqa: E402
from hybridhub.core.workspace import create_workspace  # noqa: E402
from hybridhub.importers.base import ImportOptions  # noqa: E402
from hybridhub.importers.store import import_file  # noqa: E402
from tests.importers.exports import folder_files, zip_of  # noqa: E402

DATA = ROOT / "tests" / "data"
_VOCABULARY = """bus ramp bench library garden path step access meeting Saturday parking volunteers
lift wheelchair station doctor appointment children school noise light rain shelter seats toilet sign
timetable fährt zweimal über Straße été accès réunion bibliothèque 公交车 太少 轮椅 مكتبة حافلة
; = & < > ' " ,"""
WORDS = _VOCABULARY.split()


def long_text(size: int, seed: int = 3) -> str:
    """About `size` bytes of mixed-script words on one line, as varied as a real text (so that it
    compresses like one: a ZIP of the same word repeated looks like a zip bomb and is refused)."""
    rng = random.Random(seed)
    words = rng.choices(WORDS, k=max(1, size // 7))
    text = " ".join(words)
    return text[: size if text.isascii() else len(text)]


class _TooSlow(Exception):
    pass


def _alarm(_signum: int, _frame: object) -> None:
    raise _TooSlow


def _csv_cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _json_str(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def whatsapp(t: str) -> tuple[str, bytes]:
    base = (DATA / "whatsapp" / "WhatsApp Chat with Garden Group.txt").read_bytes()
    return "WhatsApp Chat with Garden Group.txt", base + f"14/06/2018, 09:00 - Ana: {t}\n".encode()


def zoom_chat(t: str) -> tuple[str, bytes]:
    base = (DATA / "zoom" / "GMT20240305-090012_RecordingnewChat.txt").read_bytes()
    return "GMT20240305-090012_RecordingnewChat.txt", base + f"01:10:00\tAna Lopez:\t{t}\n".encode()


def zoom_participants(t: str) -> tuple[str, bytes]:
    base = (DATA / "zoom" / "participants_81234567890.csv").read_text(encoding="utf-8")
    row = f"{_csv_cell(t[:100_000])} {_csv_cell(t)},x@example.org,03/05/2024 10:00:00 AM,03/05/2024 11:00:00 AM,60,No,Y,No\n"  # noqa: E501
    return "participants_81234567890.csv", (base + row).encode()


def zoom_webinar(t: str) -> tuple[str, bytes]:
    base = (DATA / "zoom" / "webinar_attendee_report.csv").read_text(encoding="utf-8")
    return "webinar_attendee_report.csv", (base.rstrip("\n") + "," + _csv_cell(t) + "\n").encode()


def teams(t: str) -> tuple[str, bytes]:
    base = (DATA / "teams" / "meetingAttendanceList.csv").read_text(encoding="utf-16")
    row = f"{t}\tJoined\t3/2/2024, 7:10:00 PM\r\n"
    return "meetingAttendanceList.csv", (base + row).encode("utf-16")


def google_forms(t: str) -> tuple[str, bytes]:
    base = (DATA / "google_forms" / "Workshop feedback (Responses) - Form responses 1.csv").read_text("utf-8")
    row = f'"2022/06/22 11:40:00 AM AST","","4","4",{_csv_cell(t)},"Good","Transport",""\n'
    return "Workshop feedback (Responses) - Form responses 1.csv", (base + row).encode()


def youtube(t: str) -> tuple[str, bytes]:
    base = (DATA / "youtube" / "comments-2024.csv").read_text(encoding="utf-8")
    cell = _csv_cell(json.dumps({"text": t}, ensure_ascii=False))
    row = f"UCq3Z8kL1mN2oP4rS5tU6vWx,2024-03-12 19:00:00 UTC,0,UgwLong1,,,aBcDeFgHiJk,{cell},UgwLong1\n"
    return "comments-2024.csv", (base + row).encode()


def table(t: str) -> tuple[str, bytes]:
    base = (DATA / "table" / "viber_group.csv").read_bytes()
    return "viber_group.csv", base + f"22.06.2022;18:30:00;Ana;{t}\n".encode("latin-1", errors="replace")


def sms(t: str) -> tuple[str, bytes]:
    base = (DATA / "sms" / "sms-20220623101500.xml").read_text(encoding="utf-8")
    body = t.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    sms_line = f'<sms protocol="0" address="+33612345678" date="1655967600000" type="1" body="{body}" contact_name="Ana" />\n'  # noqa: E501
    return "sms-20220623101500.xml", base.replace("</smses>", sms_line + "</smses>").encode()


def email(t: str) -> tuple[str, bytes]:
    head = (
        "From: Ana Lopez <ana@example.org>\nTo: team@example.org\nSubject: Long\n"
        "Date: Wed, 22 Jun 2022 18:00:00 +0200\nMessage-ID: <long@example.org>\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
    )
    base = (DATA / "email" / "All mail Including Spam and Trash.mbox").read_bytes()
    extra = f"\nFrom ana@example.org Wed Jun 22 18:00:00 2022\n{head}{t}\n".encode()
    return "All mail.mbox", base + extra


def telegram(t: str) -> tuple[str, bytes]:
    data = json.loads((DATA / "telegram" / "single_chat" / "result.json").read_text(encoding="utf-8"))
    data["messages"].append(
        {"id": 999999, "type": "message", "date": "2024-03-05T10:00:00", "date_unixtime": "1709632800",
         "from": "Ana", "from_id": "user42", "text": t, "text_entities": [{"type": "plain", "text": t}]}
    )  # fmt: skip
    return "result.json", json.dumps(data, ensure_ascii=False).encode()


def slack(t: str) -> tuple[str, bytes]:
    files = folder_files(DATA / "slack" / "export")
    day = json.loads(files["allgemein/2024-03-10.json"])
    day.append({"type": "message", "user": day[0].get("user"), "text": t, "ts": "1710075600.000900"})
    files["allgemein/2024-03-10.json"] = json.dumps(day, ensure_ascii=False).encode()
    return "slack export.zip", zip_of(files)


def facebook(t: str) -> tuple[str, bytes]:
    files = folder_files(DATA / "facebook" / "old_export")
    name = "messages/inbox/lenaschulz_9x8y7z/message_1.json"
    chat = json.loads(files[name])
    sender = chat["messages"][0]["sender_name"]
    chat["messages"].insert(0, {"sender_name": sender, "timestamp_ms": 1710075600000, "content": t})
    files[name] = json.dumps(chat, ensure_ascii=False).encode()
    return "facebook-zoe-2024.zip", zip_of(files)


def mailchimp(t: str) -> tuple[str, bytes]:
    with zipfile.ZipFile(DATA / "mailchimp" / "members_export_8f2c1d.zip") as zf:
        files = {i.filename: zf.read(i) for i in zf.infolist()}
    name = next(n for n in files if n.endswith(".csv"))
    text = files[name].decode("utf-8-sig")
    first = text.splitlines()[1]
    cells = first.split(",")
    cells[0] = "long@example.org"
    cells[-1] = _csv_cell(t)
    files[name] = (text.rstrip("\n") + "\n" + ",".join(cells) + "\n").encode()
    return "members_export_8f2c1d.zip", zip_of(files)


FORMATS: dict[str, tuple[Callable[[str], tuple[str, bytes]], dict[str, object]]] = {
    "whatsapp": (whatsapp, {}),
    "zoom-chat": (zoom_chat, {}),
    "zoom-participants": (zoom_participants, {}),
    "zoom-webinar": (zoom_webinar, {}),
    "teams": (teams, {}),
    "google-forms": (google_forms, {}),
    "youtube": (youtube, {}),
    "table": (table, {"map": json.loads((DATA / "table" / "viber_mapping.json").read_text())}),
    "sms": (sms, {}),
    "email": (email, {}),
    "telegram": (telegram, {}),
    "slack": (slack, {}),
    "facebook": (facebook, {}),
    "mailchimp": (mailchimp, {}),
}


def timed_import(fmt: str, size: int, folder: Path, limit: int = 0) -> tuple[float, str]:
    build, settings = FORMATS[fmt]
    name, data = build(long_text(size))
    path = folder / name
    path.write_bytes(data)
    ws = create_workspace(folder / f"{fmt}-{size}.hybridhub", "Bench", timezone="Europe/Paris")
    try:
        started = time.perf_counter()
        signal.alarm(limit)
        try:
            result = import_file(
                ws, path, format=fmt, options=ImportOptions("Europe/Paris", settings=settings)
            )
            outcome = f"{result.added} added"
        except UserError as exc:
            outcome = f"refused: {exc.message[:60]}"
        except _TooSlow:
            outcome = f"stopped after {limit} s"
        finally:
            signal.alarm(0)
        seconds = time.perf_counter() - started
    finally:
        ws.close()
        path.unlink()
    return seconds, outcome


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=20.0, help="length of the long line in MB")
    parser.add_argument("--only", nargs="*", choices=sorted(FORMATS), help="these formats only")
    parser.add_argument("--limit", type=int, default=300, help="stop one import after this many seconds")
    args = parser.parse_args()
    size = int(args.mb * 1024 * 1024)
    worst = 0.0
    signal.signal(signal.SIGALRM, _alarm)
    print(f"{'format':<18} {args.mb / 10:>6.1f} MB   {args.mb:>5.1f} MB   ratio (linear ~10)")
    with tempfile.TemporaryDirectory() as tmp:
        timed_import("whatsapp", 1000, Path(tmp))  # warm up: the first import loads the modules
        for fmt in args.only or FORMATS:
            small, _ = timed_import(fmt, size // 10, Path(tmp), args.limit)
            big, what = timed_import(fmt, size, Path(tmp), args.limit)
            worst = max(worst, big)
            print(f"{fmt:<18} {small:>7.2f} s {big:>7.2f} s   {big / max(small, 1e-3):>5.1f}x   {what}")
    print(f"slowest at {args.mb:g} MB: {worst:.2f} s (goal: under 10 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
