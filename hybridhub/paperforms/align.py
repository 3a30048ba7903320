"""Find the page: ArUco corner markers → homography from layout millimetres to image pixels.

Any three of the four markers are enough (a thumb or a coffee cup may cover one); each marker gives
four corner points, so the homography is always fitted to at least twelve points.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from hybridhub.paperforms.layout import MARKER, MARKER_IDS, Layout, marker_corners_mm, qr_offset_from_marker

DETECT_SIDE = 1100  # markers are found on a copy scaled to about this long side, then refined
MAX_ERROR_MM = 0.5  # good fits stay under 0.1 mm; worse means a wrong or cut-off marker, or a crumpled page
CORNER_SHARE = (0.3, 0.24)  # width and height of the corner windows searched first


@dataclass(frozen=True)
class Alignment:
    homography: np.ndarray  # 3×3, layout mm → image px
    markers: int
    error_mm: float


_DICT = cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_50)


def _detector() -> cv2.aruco.ArucoDetector:
    params = cv2.aruco.DetectorParameters()
    params.cornerRefinementMethod = cv2.aruco.CORNER_REFINE_NONE
    return cv2.aruco.ArucoDetector(_DICT, params)


_DETECTOR = _detector()


def _detect(image: np.ndarray, found: dict[int, np.ndarray], scale: float, dx: int = 0, dy: int = 0) -> None:
    corners, ids, _ = _DETECTOR.detectMarkers(image)
    if ids is None:
        return
    for quad, mid in zip(corners, ids.ravel(), strict=True):
        if int(mid) not in MARKER_IDS:
            continue
        points = (quad.reshape(4, 2).astype(np.float32) + np.array([dx, dy], dtype=np.float32)) / scale
        if int(mid) in found and cv2.contourArea(found[int(mid)]) >= cv2.contourArea(points):
            continue
        found[int(mid)] = points


def find_markers(gray: np.ndarray) -> dict[int, np.ndarray]:
    """Our markers (ids 0–3) as 4×2 arrays of corner pixels; the largest wins if one is seen twice.

    A scan has its markers near the image corners, so only the corners are searched first (a quarter of
    the pixels); a phone photo that does not fill the frame falls back to searching the whole image."""
    scale = min(1.0, DETECT_SIDE / max(gray.shape))
    small = gray
    if scale < 1:
        # pyrDown halves with a proper low-pass filter at a fifth of INTER_AREA's cost
        halved = cv2.pyrDown(gray) if scale <= 0.5 else gray
        rest = scale * gray.shape[1] / halved.shape[1]
        small = cv2.resize(halved, None, fx=rest, fy=rest, interpolation=cv2.INTER_LINEAR)
        scale = small.shape[1] / gray.shape[1]
    h, w = small.shape
    cw, ch = int(w * CORNER_SHARE[0]), int(h * CORNER_SHARE[1])
    found: dict[int, np.ndarray] = {}
    for x0, y0 in ((0, 0), (w - cw, 0), (w - cw, h - ch), (0, h - ch)):
        _detect(small[y0 : y0 + ch, x0 : x0 + cw], found, scale, x0, y0)
    if len(found) < 4:
        _detect(small, found, scale)
    if scale < 1 and found:
        stacked = np.concatenate(list(found.values())).reshape(-1, 1, 2).astype(np.float32)
        window = max(2, round(1.5 / scale))
        criteria = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 20, 0.05)
        refined = cv2.cornerSubPix(gray, stacked.copy(), (window, window), (-1, -1), criteria).reshape(
            -1, 4, 2
        )
        found = {mid: refined[i] for i, mid in enumerate(found)}
    return found


def qr_region(markers: dict[int, np.ndarray], shape: tuple[int, ...]) -> tuple[int, int, int, int] | None:
    """Where the QR is in the image (x0, y0, x1, y1), from the top-right marker alone, with a margin."""
    if 1 not in markers:
        return None
    src = np.array([[0, 0], [MARKER, 0], [MARKER, MARKER], [0, MARKER]], dtype=np.float32)
    h = cv2.getPerspectiveTransform(src, markers[1].astype(np.float32))
    dx, dy, size = qr_offset_from_marker()
    pad = size * 0.35
    box = np.array(
        [
            [[dx - pad, dy - pad]],
            [[dx + size + pad, dy - pad]],
            [[dx + size + pad, dy + size + pad]],
            [[dx - pad, dy + size + pad]],
        ],
        dtype=np.float32,
    )
    pts = cv2.perspectiveTransform(box, h).reshape(-1, 2)
    x0, y0 = np.floor(pts.min(axis=0)).astype(int)
    x1, y1 = np.ceil(pts.max(axis=0)).astype(int)
    x0, y0 = max(0, x0), max(0, y0)
    x1, y1 = min(shape[1], x1), min(shape[0], y1)
    if x1 - x0 < 20 or y1 - y0 < 20:
        return None
    return int(x0), int(y0), int(x1), int(y1)


def _fit(markers: dict[int, np.ndarray], layout: Layout) -> Alignment | None:
    mm_corners = marker_corners_mm(layout)
    src = np.array([mm_corners[m] for m in markers], dtype=np.float64).reshape(-1, 2)
    dst = np.array([markers[m] for m in markers], dtype=np.float64).reshape(-1, 2)
    h, _ = cv2.findHomography(src, dst, 0)
    if h is None:
        return None
    projected = cv2.perspectiveTransform(src.reshape(-1, 1, 2), h).reshape(-1, 2)
    px_per_mm = float(np.linalg.norm(dst[1] - dst[0]) / MARKER)  # the first marker's top edge
    error = float(np.sqrt(((projected - dst) ** 2).sum(axis=1)).max() / max(px_per_mm, 1e-9))
    return Alignment(h, len(markers), error)


def fit(markers: dict[int, np.ndarray], layout: Layout) -> Alignment | None:
    """The homography from the layout's millimetres to the image, or None with fewer than three good
    markers. If the four do not agree (one cut off by the image edge, or smudged), the best three are
    tried."""
    if len(markers) < 3:
        return None
    best = _fit(markers, layout)
    if best is not None and best.error_mm <= MAX_ERROR_MM:
        return best
    if len(markers) == 4:
        subsets = [{k: v for k, v in markers.items() if k != left_out} for left_out in markers]
        fits = [a for a in (_fit(sub, layout) for sub in subsets) if a is not None]
        best = min(fits, key=lambda a: a.error_mm, default=None)
        if best is not None and best.error_mm <= MAX_ERROR_MM:
            return best
    return None


def warp(gray: np.ndarray, alignment: Alignment, layout: Layout, ppm: float) -> np.ndarray:
    """The page as if scanned flat and square at `ppm` pixels per millimetre."""
    scale = np.diag([1 / ppm, 1 / ppm, 1.0])
    to_image = alignment.homography @ scale  # canonical px → mm → image px
    size = (round(layout.width * ppm), round(layout.height * ppm))
    return cv2.warpPerspective(
        gray, to_image, size, flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP, borderValue=255
    )
