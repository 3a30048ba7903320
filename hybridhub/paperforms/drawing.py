"""Draw one page of a form onto a reportlab canvas: markers, QR, texts, boxes, faces, examples.

Printing uses it for every sheet, and the reader uses it to know exactly what an empty page looks like
(see `expected`), so that only what a person added counts as ink.
"""

from __future__ import annotations

import cv2
import qrcode
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hybridhub.paperforms.layout import FONT, FONT_BOLD, MARKER, MARKER_IDS, Layout, Page, Style
from hybridhub.paperforms.words import word

ARUCO_DICT = cv2.aruco.DICT_4X4_50


def aruco_bits(marker_id: int) -> list[list[int]]:
    """The marker as a 6×6 grid of black (1) and white (0) cells, border included."""
    dictionary = cv2.aruco.getPredefinedDictionary(ARUCO_DICT)
    image = cv2.aruco.generateImageMarker(dictionary, marker_id, 6)
    return [[1 if v < 128 else 0 for v in row] for row in image]


def draw_page(
    canvas: Canvas, layout: Layout, page: Page, payload: str, code: str, subtitle: str, lang: str
) -> None:
    h = layout.height

    def y(v: float) -> float:  # layout measures from the top, PDF from the bottom
        return (h - v) * mm

    canvas.setFillGray(0)
    for mid, (mx, my) in zip(MARKER_IDS, layout.markers().values(), strict=True):
        cell = MARKER / 6
        for r, row in enumerate(aruco_bits(mid)):
            for c, bit in enumerate(row):
                if bit:
                    canvas.rect((mx + c * cell) * mm, y(my + (r + 1) * cell), cell * mm, cell * mm, 0, 1)
    qx, qy, qs = layout.qr()
    code_qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code_qr.add_data(payload)
    code_qr.make(fit=True)
    matrix = code_qr.get_matrix()
    module = qs / len(matrix)
    for r, bits in enumerate(matrix):
        for c, bit in enumerate(bits):
            if bit:
                canvas.rect(
                    (qx + c * module) * mm,
                    y(qy + (r + 1) * module),
                    module * mm + 0.01,
                    module * mm + 0.01,
                    0,
                    1,
                )
    s = layout.style
    canvas.setFont(FONT_BOLD, s.body * 1.15)
    canvas.drawRightString(
        (qx + qs) * mm, y(qy + qs + 2 + s.body * 1.15 * 0.3528 * 0.75), f"{word('sheet', lang)} {code}"
    )
    for t in page.texts:
        canvas.setFont(FONT_BOLD if t.bold else FONT, t.size)
        if t.align == "right":
            canvas.drawRightString(t.x * mm, y(t.y), t.text)
        else:
            canvas.drawString(t.x * mm, y(t.y), t.text)
    if subtitle and page.subtitle is not None:
        canvas.setFont(FONT_BOLD, page.subtitle.size)
        canvas.drawString(page.subtitle.x * mm, y(page.subtitle.y), subtitle[:70])
    for b in page.boxes:
        choice = b.kind == "choice"
        canvas.setStrokeGray(s.outline_grey if choice else 0.15)
        canvas.setLineWidth(s.outline if choice else 0.7)
        radius = 0.6 * mm if choice else 1.5 * mm
        canvas.roundRect(b.x * mm, y(b.y + b.h), b.w * mm, b.h * mm, radius, 1, 0)
    for e in page.examples:
        _example(canvas, e.x * mm, y(e.y + e.size), e.size * mm, e.kind, s)
    canvas.setStrokeGray(0.15)
    for f in page.faces:
        _face(canvas, f.cx * mm, y(f.cy), f.size * mm, f.level)
    canvas.setFont(FONT, 8)
    total = len(layout.pages)
    footer = f"{word('page', lang)} {page.number} {word('of', lang)} {total}"
    if page.number == total:
        footer = f"{word('thanks', lang)}   {footer}"
    canvas.drawCentredString(layout.width / 2 * mm, y(layout.height - 9 - MARKER / 2), footer)


def _example(canvas: Canvas, x: float, y: float, size: float, kind: str, s: Style) -> None:
    """A printed example box (x, y its bottom-left corner in points): ticked, crossed or filled."""
    canvas.setStrokeGray(s.outline_grey)
    canvas.setLineWidth(s.outline * 0.8)
    canvas.setFillGray(0.1)
    canvas.roundRect(x, y, size, size, size * 0.1, 1, 1 if kind == "fill" else 0)
    canvas.setStrokeGray(0.05)
    canvas.setLineWidth(max(0.9, size * 0.09))
    canvas.setLineCap(1)
    path = canvas.beginPath()
    if kind == "tick":
        path.moveTo(x + 0.2 * size, y + 0.5 * size)
        path.lineTo(x + 0.42 * size, y + 0.2 * size)
        path.lineTo(x + 0.88 * size, y + 0.92 * size)
    elif kind == "cross":
        path.moveTo(x + 0.18 * size, y + 0.18 * size)
        path.lineTo(x + 0.82 * size, y + 0.82 * size)
        path.moveTo(x + 0.82 * size, y + 0.18 * size)
        path.lineTo(x + 0.18 * size, y + 0.82 * size)
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.setLineCap(0)
    canvas.setFillGray(0)


def _face(canvas: Canvas, cx: float, cy: float, size: float, level: int) -> None:
    """A face from very unhappy (1) to very happy (5): for readers who find numbers hard."""
    r = size / 2
    canvas.setLineWidth(0.8)
    canvas.setStrokeGray(0.25)
    canvas.circle(cx, cy, r, 1, 0)
    canvas.setFillGray(0.25)
    for dx in (-0.33, 0.33):
        canvas.circle(cx + dx * r, cy + 0.25 * r, 0.09 * r, 0, 1)
    bend = (level - 3) / 2 * 0.35 * r
    mouth = canvas.beginPath()
    mouth.moveTo(cx - 0.45 * r, cy - 0.3 * r + bend / 2)
    mouth.curveTo(
        cx - 0.2 * r,
        cy - 0.3 * r - bend,
        cx + 0.2 * r,
        cy - 0.3 * r - bend,
        cx + 0.45 * r,
        cy - 0.3 * r + bend / 2,
    )
    canvas.drawPath(mouth, stroke=1, fill=0)
    canvas.setFillGray(0)
    canvas.setStrokeGray(0.15)
