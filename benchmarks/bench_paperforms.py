"""Accuracy and speed of reading paper forms filled in the way people fill them.

Each sheet is one person with one pen (black or blue ballpoint, felt tip, HB pencil, light pencil) and
one habit (tick, cross, fill, circle round the box, scribble); marks from 0.6 to 1.5 times the box,
some dots, some pushed half over the box edge, blank questions, corrections made as the printed
instructions say (black out the wrong box, mark the right one), short words and phrases in the
writing boxes, digit grids. The sheet is printed on white, grey or yellowed paper, then scanned on an
office scanner (tilt, scale, skew, shadows, blur, noise, JPEG 50–80, grey or colour) or photographed
with a phone (perspective, colour cast, vignetting, a table behind it) at 150, 200 or 300 dpi.
Everything is drawn from the seed: the same seed gives the same sheets. The generator lives in
`tests/paperforms/` (pens.py, marks.py, scanners.py, synth.py) so the test suite uses the same pens.

Every answer is scored as
  right+auto   read right and accepted (goal ≥ 99.5 % overall, ≥ 99 % per pen except light pencil)
  review       sent to a person (safe, costs time); for a writing box: blank sent to transcription
  wrong+auto   read wrong and accepted (goal ≤ 0.05 %; never for light pencil)
A writing box with ink is right when it goes to transcription, wrong when it is accepted as empty.

Speed: a PDF of 200-dpi office scans goes through the whole scan (rasterise, markers, QR, warp,
marks, store) in this one process, against a baseline of rasterising, finding the markers and
reading the QR alone, measured in the same run; pages/s per core comes from the process's CPU time.

    .venv/bin/python benchmarks/bench_paperforms.py                 # 300 sheets, 60 pages for speed
    .venv/bin/python benchmarks/bench_paperforms.py --sheets 40 --speed-pages 10   # quick look
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse
import io
import json
import random
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hybridhub.core.workspace import create_workspace, open_workspace
from hybridhub.paperforms import align, qr, raster
from hybridhub.paperforms.capture import Lookup, _lookup, read_page, scan_files
from hybridhub.paperforms.layout import LAYOUT_VERSION, Layout, layout_for
from hybridhub.paperforms.printing import print_forms
from hybridhub.paperforms.templates import FormFile, find_form
from tests.paperforms.marks import HABITS, Person
from tests.paperforms.pens import PENS
from tests.paperforms.scanners import PAPERS, office_scan, on_paper, phone_photo
from tests.paperforms.synth import fill_by_hand, person_answers

DPIS = (150, 200, 300)
FORMS = ("session-feedback", "walk-in-card")
LANGS = ("en", "fr", "de", "es")
OUTCOMES = ("right+auto", "review", "wrong+auto")
KINDS = (*HABITS, "dot", "outside", "correction", "blank", "digit grid", "word", "writing", "text blank")


@dataclass
class Printed:
    """One printed copy of each form × language × print size, kept as PDFs in the workspace."""

    ws_path: Path
    pdfs: dict[tuple[str, str, bool], Path]
    forms: dict[str, FormFile]

    version: int = LAYOUT_VERSION

    def layout(self, form: str, lang: str, large: bool) -> Layout:
        return layout_for(self.forms[form].definition, lang, "a4", large, self.version)


@lru_cache(maxsize=12)
def _render(pdf: Path, dpi: int) -> tuple[np.ndarray, ...]:
    return tuple(p.image for p in raster.pages(pdf, dpi))


def print_all(folder: Path, version: int = LAYOUT_VERSION) -> Printed:
    """Print the forms into `folder`, or take what an earlier run with the same cache printed there
    (cached sheets carry that run's QR codes)."""
    ws_path = folder / "bench.hybridhub"
    forms = {f: find_form(f) for f in FORMS}
    pdfs = {
        (form, lang, large): folder / f"{form}-{lang}{'-large' if large else ''}.pdf"
        for form in FORMS
        for lang in LANGS
        for large in (False, True)
    }
    if ws_path.exists():
        return Printed(ws_path, pdfs, forms, version)
    ws = create_workspace(ws_path, "Benchmark")
    with ws.transaction() as s:
        for (form, lang, large), pdf in pdfs.items():
            print_forms(
                s, ws.event(s), forms[form], pdf, lang=lang, large_print=large, layout_version=version
            )
    ws.close()
    return Printed(ws_path, pdfs, forms, version)


@dataclass
class Tally:
    by: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    wrong: list[str] = field(default_factory=list)
    review: list[str] = field(default_factory=list)
    pages: int = 0
    unread: int = 0

    def add(self, outcome: str, *groups: str) -> None:
        for g in ("all", *groups):
            self.by[g][outcome] += 1


def _outcome(kind: str, truth: Any, value: Any, review: bool) -> str:
    if kind == "text":
        if truth is not None:
            return "right+auto" if review else "wrong+auto"
        return "review" if review else "right+auto"
    if review:
        return "review"
    return "right+auto" if value == truth else "wrong+auto"


@dataclass
class Sheet:
    """One generated sheet: who filled it, how it was captured, the truth, and the page images."""

    i: int
    pen: str
    habit: str
    form: str
    capture: str
    dpi: int
    answers: dict[str, Any]
    kinds: list[dict[str, str]]  # per page: question → kind of mark
    conditions: list[dict[str, object]]
    images: list[np.ndarray]


def make_sheet(printed: Printed, i: int, seed: int) -> Sheet:
    """Fill and degrade sheet number i; its randomness comes from (seed, i) alone."""
    rnd = random.Random(seed * 1_000_003 + i)
    pen = list(PENS)[i % len(PENS)]
    form = FORMS[(i // len(PENS)) % len(FORMS)]
    lang, large = rnd.choice(LANGS), rnd.random() < 0.12
    dpi = DPIS[(i // 10) % len(DPIS)]
    capture = "phone" if rnd.random() < 0.3 else "scanner"
    paper = rnd.choices(list(PAPERS), weights=(6, 2, 2))[0]
    definition = printed.forms[form].definition
    layout = printed.layout(form, lang, large)
    person = Person.draw(pen, rnd)
    sheet = Sheet(i, pen, person.habit, form, capture, dpi, person_answers(definition, rnd), [], [], [])
    for number, clean in enumerate(_render(printed.pdfs[(form, lang, large)], dpi), start=1):
        rgb = on_paper(clean, paper)
        sheet.kinds.append(fill_by_hand(rgb, layout, number, definition, sheet.answers, dpi, rnd, person))
        gray, cond = (phone_photo if capture == "phone" else office_scan)(rgb, dpi, rnd)
        sheet.images.append(gray)
        sheet.conditions.append(cond)
    return sheet


def cached_sheet(printed: Printed, i: int, seed: int, cache: Path | None) -> Sheet:
    """The generated sheet, kept in `cache` (lossless PNG + JSON) to re-run the reader quickly."""
    if cache is None:
        return make_sheet(printed, i, seed)
    meta = cache / f"{seed}-{i}.json"
    if meta.exists():
        data = json.loads(meta.read_text())
        images = [
            cv2.imread(str(cache / f"{seed}-{i}-{p}.png"), cv2.IMREAD_GRAYSCALE) for p in range(data["pages"])
        ]
        del data["pages"]
        return Sheet(images=images, **data)
    sheet = make_sheet(printed, i, seed)
    for p, image in enumerate(sheet.images):
        cv2.imwrite(str(cache / f"{seed}-{i}-{p}.png"), image)
    data = {k: v for k, v in vars(sheet).items() if k != "images"}
    meta.write_text(json.dumps({**data, "pages": len(sheet.images)}, default=str))
    return sheet


def score_sheet(printed: Printed, lookup: Lookup, sheet: Sheet, tally: Tally) -> None:
    types = {q["key"]: q["type"] for q in printed.forms[sheet.form].definition["questions"]}
    for number, (gray, kinds) in enumerate(zip(sheet.images, sheet.kinds, strict=True), start=1):
        read = read_page(gray, lookup, f"sheet {sheet.i}", number - 1)
        tally.pages += 1
        got = {r.key: r for r in read.readings}
        if not got:
            tally.unread += 1
        for key, kind in kinds.items():
            r, truth = got.get(key), sheet.answers[key]
            outcome = "review" if r is None else _outcome(types[key], truth, r.value, r.needs_review)
            where = f"capture:{sheet.capture} {sheet.dpi}"
            groups = [f"pen:{sheet.pen}", f"kind:{kind}", where, f"form:{sheet.form}"]
            tally.add(outcome, *groups, *(["marks"] if types[key] != "text" else []))
            if outcome != "right+auto" and r is not None:
                marks = [f"{m.score:.2f}{m.state[0]}" for m in r.marks if m.state != "empty"]
                line = (
                    f"sheet {sheet.i} p{number} {sheet.pen} {sheet.habit} {kind} {where} {key}: "
                    f"read {r.value!r}, truth {truth!r}, marks {marks}"
                )
                (tally.wrong if outcome == "wrong+auto" else tally.review).append(line)


def _row(name: str, c: Counter[str]) -> str:
    n = sum(c[o] for o in OUTCOMES)
    cells = " | ".join(f"{100 * c[o] / max(n, 1):.2f} %" for o in OUTCOMES)
    return f"| {name} | {cells} | {n} |"


def table(title: str, tally: Tally, groups: list[tuple[str, str]]) -> str:
    lines = [f"| {title} | right+auto | review | wrong+auto | answers |", "|---|---:|---:|---:|---:|"]
    lines += [_row(name, tally.by[key]) for name, key in groups if tally.by[key]]
    return "\n".join(lines)


def accuracy(printed: Printed, sheets: int, seed: int, cache: Path | None) -> Tally:
    tally = Tally()
    ws = open_workspace(printed.ws_path)
    with ws.session() as s:
        lookup = _lookup(s)
        for i in range(sheets):
            score_sheet(printed, lookup, cached_sheet(printed, i, seed, cache), tally)
    ws.close()
    return tally


def speed(printed: Printed, pages: int, seed: int, tmp: Path) -> None:
    """Each page its own sheet, so that every page is read and stored (none is a duplicate)."""
    rnd = random.Random(seed + 1)
    form = printed.forms["session-feedback"]
    layout = printed.layout("session-feedback", "en", False)
    copy = tmp / "speed.hybridhub"
    shutil.copy(printed.ws_path, copy)
    ws = open_workspace(copy)
    with ws.transaction() as s:
        print_forms(s, ws.event(s), form, tmp / "speed.pdf", copies=pages)
    images = []
    for i, page in enumerate(raster.pages(tmp / "speed.pdf", 200)):
        person = Person.draw(list(PENS)[i % len(PENS)], rnd)
        rgb = on_paper(page.image, "white")
        fill_by_hand(rgb, layout, 1, form.definition, person_answers(form.definition, rnd), 200, rnd, person)
        gray, _ = office_scan(rgb, 200, rnd)
        _, data = cv2.imencode(".jpg", gray, [cv2.IMWRITE_JPEG_QUALITY, 80])
        images.append(Image.open(io.BytesIO(data.tobytes())))
    scan_pdf = tmp / "scans.pdf"
    images[0].save(scan_pdf, save_all=True, append_images=images[1:], resolution=200)
    wall, cpu = time.perf_counter(), time.process_time()
    for page in raster.pages(scan_pdf, 200):
        markers = align.find_markers(page.image)
        region = align.qr_region(markers, page.image.shape)
        if region is not None:
            x0, y0, x1, y1 = region
            qr.read(page.image[y0:y1, x0:x1])
    base_wall, base_cpu = time.perf_counter() - wall, time.process_time() - cpu
    wall, cpu = time.perf_counter(), time.process_time()
    report = scan_files(ws, [scan_pdf], dpi=200)
    full_wall, full_cpu = time.perf_counter() - wall, time.process_time() - cpu
    ws.close()
    print(f"\nspeed: {pages} office scans at 200 dpi in one PDF, this one process")
    print(f"  baseline (rasterise + markers + QR)  {1000 * base_cpu / pages:6.1f} ms CPU/page")
    print(
        f"  whole scan incl. storing            {1000 * full_cpu / pages:6.1f} ms CPU/page  "
        f"= {pages / full_cpu:5.1f} pages/s per core  (wall {pages / full_wall:5.1f} pages/s)"
    )
    print(f"  ratio whole / baseline (CPU): {full_cpu / base_cpu:.2f}   (wall: {full_wall / base_wall:.2f})")
    print(f"  scan --json: {report.summary()}")


def report(tally: Tally, sheets: int, seconds: float, show_review: int = 0) -> None:
    n = sum(tally.by["all"][o] for o in OUTCOMES)
    print(f"accuracy: {sheets} sheets, {tally.pages} pages, {n} answers, {seconds:.0f} s")
    if tally.unread:
        print(f"  pages not identified or aligned: {tally.unread}")
    pens = [(PENS[p].name, f"pen:{p}") for p in PENS] + [("choice + digit marks", "marks"), ("all", "all")]
    print("\n" + table("pen", tally, pens))
    print("\n" + table("mark kind", tally, [(k, f"kind:{k}") for k in KINDS]))
    captures = [(f"{c} {d} dpi", f"capture:{c} {d}") for c in ("scanner", "phone") for d in DPIS]
    print("\n" + table("capture", tally, captures))
    if tally.wrong:
        print(f"\nwrong and accepted ({len(tally.wrong)}):")
        for line in tally.wrong[:40]:
            print("  " + line)
    if show_review:
        print(f"\nsent to review ({len(tally.review)}; e empty, u uncertain, m marked, h heavy, f filled):")
        for line in tally.review[:show_review]:
            print("  " + line)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sheets", type=int, default=300, help="sheets (people) for the accuracy run")
    ap.add_argument("--speed-pages", type=int, default=60, help="pages for the speed run (0: skip)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--cache", type=Path, help="keep generated sheets here (to re-run the reader quickly)")
    ap.add_argument("--layout", type=int, default=LAYOUT_VERSION, help="print as this layout version did")
    ap.add_argument("--show-review", type=int, default=0, help="list this many answers sent to review")
    args = ap.parse_args()
    cv2.setNumThreads(1)
    tmp = Path(tempfile.mkdtemp(prefix="bench-paperforms-"))
    try:
        if args.cache:
            args.cache.mkdir(parents=True, exist_ok=True)
        printed = print_all(args.cache or tmp, args.layout)
        t0 = time.perf_counter()
        tally = accuracy(printed, args.sheets, args.seed, args.cache)
        report(tally, args.sheets, time.perf_counter() - t0, args.show_review)
        if args.speed_pages:
            speed(printed, args.speed_pages, args.seed, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
