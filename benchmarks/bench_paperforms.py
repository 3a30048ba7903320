"""Accuracy and speed of reading paper forms.

Sheets of the session-feedback form are printed, rendered at 150, 200 or 300 dpi, filled in with ticks,
crosses or solid fills, degraded (rotation up to ±5°, scale 95–105 %, blur, noise, JPEG quality 60, and
a phone photo's perspective and uneven light on a quarter of them), then read. Every choice question
(ratings, single choices, yes/no; blanks included) is one decision, scored as

  correct+auto   read right and accepted without review (goal ≥ 99.5 %)
  review         sent to a person (safe, but costs time)
  wrong+auto     read wrong and accepted (goal ≤ 0.05 %)

Speed: a PDF of degraded 200-dpi scans goes through the whole scan pipeline on one core (rasterise,
markers, QR, warp, boxes, store), against a baseline of rasterising, marker detection and QR decoding
alone, measured in the same run.

    .venv/bin/python benchmarks/bench_paperforms.py            # 240 pages for accuracy, 60 for speed
    .venv/bin/python benchmarks/bench_paperforms.py --pages 30 --speed-pages 10   # quick
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse
import io
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import cv2
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hybridhub.core.workspace import create_workspace, open_workspace
from hybridhub.paperforms import align, qr, raster
from hybridhub.paperforms.capture import _lookup, read_page, scan_files
from hybridhub.paperforms.layout import layout_for
from hybridhub.paperforms.printing import print_forms
from hybridhub.paperforms.templates import find_form
from tests.paperforms.synth import STYLES, degrade, fill, random_answers

DPIS = (150, 200, 300)


def conditions(rnd: random.Random) -> dict[str, object]:
    phone = rnd.random() < 0.25
    return {
        "rotate": rnd.uniform(-5, 5),
        "scale": rnd.uniform(0.95, 1.05),
        "blur": rnd.uniform(0.0, 1.2),
        "noise": rnd.uniform(0.0, 8.0),
        "jpeg": 60 if rnd.random() < 0.5 else None,
        "perspective": rnd.uniform(0.02, 0.07) if phone else 0.0,
    }


def accuracy(ws_path: Path, pdf: Path, pages: int, seed: int) -> tuple[Counter[str], Counter[str]]:
    form = find_form("session-feedback")
    layout = layout_for(form.definition, "en", "a4", False)
    kinds = {q["key"]: q["type"] for q in form.definition["questions"]}
    rnd = random.Random(seed)
    totals: Counter[str] = Counter()
    by_style: Counter[str] = Counter()
    ws = open_workspace(ws_path)
    rendered = {dpi: [p.image for p in raster.pages(pdf, dpi)] for dpi in DPIS}
    with ws.session() as s:
        lookup = _lookup(s)
        for i in range(pages):
            dpi = DPIS[i % len(DPIS)]
            style = STYLES[(i // len(DPIS)) % len(STYLES)]
            answers = random_answers(form.definition, rnd)
            img = fill(
                rendered[dpi][i % len(rendered[dpi])], layout, 1, form.definition, answers, dpi, rnd, style
            )
            img = degrade(img, rnd, **conditions(rnd))  # type: ignore[arg-type]
            read = read_page(img, lookup)
            if not read.readings:
                totals["page unidentified"] += 1
                totals["review"] += sum(1 for kind in kinds.values() if kind != "text")
                continue
            for r in read.readings:
                if r.kind == "text":
                    continue
                truth = answers[r.key]
                if r.needs_review:
                    outcome = "review"
                elif r.value == truth:
                    outcome = "correct+auto"
                else:
                    outcome = "wrong+auto"
                    print(
                        f"  wrong: page {i} dpi {dpi} {style} {r.key}: read {r.value!r}, truth {truth!r}, "
                        f"scores {[round(m.score, 3) for m in r.marks]}"
                    )
                totals[outcome] += 1
                by_style[f"{style} {outcome}"] += 1
    ws.close()
    return totals, by_style


def speed(ws_path: Path, pdf_pages: list[bytes], tmp: Path) -> tuple[float, float, int]:
    scan_pdf = tmp / "scans.pdf"
    images = [Image.open(io.BytesIO(b)) for b in pdf_pages]
    images[0].save(scan_pdf, save_all=True, append_images=images[1:], resolution=200)
    # Baseline: rasterise, find markers and read the QR, nothing else.
    t0 = time.perf_counter()
    for page in raster.pages(scan_pdf, 200):
        markers = align.find_markers(page.image)
        region = align.qr_region(markers, page.image.shape)
        if region is not None:
            x0, y0, x1, y1 = region
            qr.read(page.image[y0:y1, x0:x1])
    baseline = time.perf_counter() - t0
    copy = tmp / "speed.hybridhub"
    shutil.copy(ws_path, copy)
    ws = open_workspace(copy)
    t0 = time.perf_counter()
    report = scan_files(ws, [scan_pdf], dpi=200)
    full = time.perf_counter() - t0
    ws.close()
    return baseline, full, report.answers_auto


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=240, help="pages for the accuracy run")
    ap.add_argument("--speed-pages", type=int, default=60, help="pages for the speed run")
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    cv2.setNumThreads(1)
    tmp = Path(tempfile.mkdtemp(prefix="bench-paperforms-"))
    try:
        ws_path = tmp / "bench.hybridhub"
        ws = create_workspace(ws_path, "Benchmark")
        pdf = tmp / "sheets.pdf"
        copies = max(args.speed_pages, 30)
        with ws.transaction() as s:
            print_forms(s, ws.event(s), find_form("session-feedback"), pdf, copies=copies)
        ws.close()
        print(f"accuracy: {args.pages} pages (150/200/300 dpi; ticks, crosses, solid fills; degraded)")
        t0 = time.perf_counter()
        totals, by_style = accuracy(ws_path, pdf, args.pages, args.seed)
        decisions = totals["correct+auto"] + totals["review"] + totals["wrong+auto"]
        for name in ("correct+auto", "review", "wrong+auto"):
            print(f"  {name:<13} {totals[name]:>6} / {decisions}  = {100 * totals[name] / decisions:7.3f} %")
        if totals["page unidentified"]:
            print(f"  pages not identified or aligned: {totals['page unidentified']}")
        for style in STYLES:
            n = sum(v for k, v in by_style.items() if k.startswith(style))
            ok = by_style[f"{style} correct+auto"]
            print(f"    {style:<6} correct+auto {100 * ok / max(n, 1):6.2f} % of {n}")
        print(f"  (generated and read in {time.perf_counter() - t0:.1f} s)")

        rnd = random.Random(args.seed + 1)
        form = find_form("session-feedback")
        layout = layout_for(form.definition, "en", "a4", False)
        pages = []
        for i, page in enumerate(raster.pages(pdf, 200)):
            if i >= args.speed_pages:
                break
            img = fill(page.image, layout, 1, form.definition, random_answers(form.definition, rnd), 200, rnd)
            cond = conditions(rnd)
            cond["perspective"] = 0.0  # an office scanner's PDF
            img = degrade(img, rnd, **cond)  # type: ignore[arg-type]
            ok, data = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 85])
            pages.append(data.tobytes())
        baseline, full, auto = speed(ws_path, pages, tmp)
        n = len(pages)
        print(f"speed: {n} scanned pages at 200 dpi in one PDF, one core")
        print(
            f"  baseline (rasterise + markers + QR) {1000 * baseline / n:6.1f} ms/page  "
            f"{n / baseline:5.1f} pages/s"
        )
        print(
            f"  full scan pipeline incl. storing    {1000 * full / n:6.1f} ms/page  {n / full:5.1f} pages/s"
        )
        print(f"  ratio full / baseline: {full / baseline:.2f}   ({auto} answers stored automatically)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
