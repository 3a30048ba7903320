"""What happens to a filled-in sheet between the table and the reader: the paper it was printed on, an
office scanner (tilt, scale, skew, shadows, blur, noise, JPEG) or a phone photo (perspective, colour
cast, vignetting, a table behind the page). Pages are RGB uint8 going in; what comes out is the
grayscale image the reader gets, through the same JPEG decode and grey conversion as a scan file."""

from __future__ import annotations

import io
import math
import random

import cv2
import numpy as np
from PIL import Image

from hybridhub.paperforms import raster

PAPERS = {
    "white": (250, 250, 248),
    "recycled grey": (228, 228, 224),
    "yellowed": (246, 236, 204),
}
TABLES = ((122, 86, 58), (92, 92, 98), (40, 40, 46), (180, 170, 150))


def on_paper(gray: np.ndarray, paper: str) -> np.ndarray:
    """The clean printed page (grey) on paper of this colour, as RGB."""
    tone = np.float32(PAPERS[paper]) / 255.0
    return (gray.astype(np.float32)[:, :, None] * tone[None, None, :]).astype(np.uint8)


def _jpeg_to_gray(rgb: np.ndarray, quality: int, colour: bool) -> np.ndarray:
    img = Image.fromarray(rgb) if colour else Image.fromarray(rgb).convert("L")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return raster.to_gray(Image.open(io.BytesIO(buf.getvalue())))


def _noise(img: np.ndarray, sigma: float, rnd: random.Random) -> np.ndarray:
    gen = np.random.default_rng(rnd.randint(0, 2**31))
    noisy = img.astype(np.float32) + gen.normal(0, sigma, img.shape[:2])[:, :, None].astype(np.float32)
    return np.clip(noisy, 0, 255).astype(np.uint8)


def _shade(img: np.ndarray, light: np.ndarray) -> np.ndarray:
    """Multiply by a light map (h × w, or h × w × 3) computed at any size."""
    h, w = img.shape[:2]
    light = cv2.resize(light.astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR)
    if light.ndim == 2:
        light = light[:, :, None]
    return np.clip(img.astype(np.float32) * light, 0, 255).astype(np.uint8)


def _edge_shadow(shape: tuple[int, int], rnd: random.Random) -> np.ndarray:
    """A scanner lid that did not close on a folded sheet: a soft shadow along one edge or a fold."""
    h, w = shape[0] // 8, shape[1] // 8
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    depth, width = rnd.uniform(0.1, 0.35), rnd.uniform(0.04, 0.15) * w
    side = rnd.choice(("left", "right", "top", "bottom", "fold"))
    dist = {
        "left": xx,
        "right": w - 1 - xx,
        "top": yy,
        "bottom": h - 1 - yy,
        "fold": np.abs(yy - h * rnd.uniform(0.3, 0.7)),
    }[side]
    return 1.0 - depth * np.exp(-dist / width)


def office_scan(rgb: np.ndarray, dpi: float, rnd: random.Random) -> tuple[np.ndarray, dict[str, object]]:
    """A flatbed or feeder scan of the page at `dpi`, and what was done to it."""
    rotate = (180.0 if rnd.random() < 0.05 else 0.0) + rnd.uniform(-3.0, 3.0)
    scale, skew = rnd.uniform(0.97, 1.03), rnd.uniform(-0.8, 0.8)
    shadow = rnd.random() < 0.35
    blur, noise = rnd.uniform(0.2, 0.9) * dpi / 200, rnd.uniform(1.0, 6.0)
    quality, colour = rnd.randint(50, 80), rnd.random() < 0.5
    h, w = rgb.shape[:2]
    pad = round(0.04 * max(h, w))
    bed = rnd.choice((245, 238, 60)) if rnd.random() < 0.3 else 242
    out = cv2.copyMakeBorder(rgb, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(bed, bed, bed))
    hh, ww = out.shape[:2]
    m = cv2.getRotationMatrix2D((ww / 2, hh / 2), rotate, scale)
    m[0, 1] += math.tan(math.radians(skew))
    out = cv2.warpAffine(out, m, (ww, hh), borderValue=(bed, bed, bed), flags=cv2.INTER_LINEAR)
    if shadow:
        out = _shade(out, _edge_shadow(out.shape[:2], rnd))
    out = _noise(cv2.GaussianBlur(out, (0, 0), blur), noise, rnd)
    cond = {"rotate": rotate, "scale": scale, "skew": skew, "shadow": shadow, "blur": blur, "noise": noise}
    cond.update(jpeg=quality, colour=colour)
    return _jpeg_to_gray(out, quality, colour), cond


def _on_table(rgb: np.ndarray, fill: float, perspective: float, rnd: random.Random) -> np.ndarray:
    """The page seen at a slant, filling `fill` of the frame, on a table."""
    h, w = rgb.shape[:2]
    fw, fh = round(w / fill), round(h / fill)
    table = np.float32(rnd.choice(TABLES))
    gen = np.random.default_rng(rnd.randint(0, 2**31))
    grain = cv2.resize(gen.normal(1.0, 0.08, (fh // 16, fw // 16)).astype(np.float32), (fw, fh))
    frame = np.clip(table[None, None, :] * grain[:, :, None], 0, 255).astype(np.uint8)
    d = perspective * w
    ox, oy = (fw - w) / 2, (fh - h) / 2
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32(
        [
            [ox + rnd.uniform(-d, d), oy + rnd.uniform(-d, d)],
            [ox + w + rnd.uniform(-d, d), oy + rnd.uniform(-d, d)],
            [ox + w + rnd.uniform(-d / 2, d / 2), oy + h + rnd.uniform(-d / 2, d / 2)],
            [ox + rnd.uniform(-d / 2, d / 2), oy + h + rnd.uniform(-d / 2, d / 2)],
        ]
    )
    matrix = cv2.getPerspectiveTransform(src, dst)
    return cv2.warpPerspective(rgb, matrix, (fw, fh), dst=frame, borderMode=cv2.BORDER_TRANSPARENT)


def _phone_light(shape: tuple[int, int], vignette: float, cast: str, rnd: random.Random) -> np.ndarray:
    """Light falling off towards the corners, sometimes a shadow of the phone, and a colour cast."""
    sh, sw = shape[0] // 8, shape[1] // 8
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    cx, cy = sw * rnd.uniform(0.35, 0.65), sh * rnd.uniform(0.35, 0.65)
    r = np.sqrt(((xx - cx) / sw) ** 2 + ((yy - cy) / sh) ** 2) / 0.75
    light = 1.0 - (1.0 - vignette) * np.clip(r, 0, 1.2) ** 2
    if rnd.random() < 0.3:
        sx, sy = sw * rnd.uniform(0.2, 0.8), sh * rnd.uniform(0.2, 0.8)
        blob = np.exp(-(((xx - sx) / (sw * 0.25)) ** 2 + ((yy - sy) / (sh * 0.2)) ** 2))
        light = light * (1.0 - rnd.uniform(0.15, 0.35) * blob)
    tint = {"warm": (1.0, 0.93, 0.78), "cool": (0.88, 0.95, 1.0), "none": (1.0, 1.0, 1.0)}[cast]
    return light[:, :, None] * np.float32(tint)[None, None, :]


def phone_photo(rgb: np.ndarray, dpi: float, rnd: random.Random) -> tuple[np.ndarray, dict[str, object]]:
    """A phone photo of the page lying on a table; the page comes out at about `dpi`."""
    perspective, fill = rnd.uniform(0.02, 0.07), rnd.uniform(0.78, 0.92)
    cast, vignette = rnd.choice(("warm", "cool", "none")), rnd.uniform(0.6, 0.9)
    blur, noise, quality = rnd.uniform(0.4, 1.3) * dpi / 200, rnd.uniform(2.0, 8.0), rnd.randint(50, 80)
    out = _on_table(rgb, fill, perspective, rnd)
    out = _shade(out, _phone_light(out.shape[:2], vignette, cast, rnd))
    out = _noise(cv2.GaussianBlur(out, (0, 0), blur), noise, rnd)
    cond: dict[str, object] = {"perspective": perspective, "fill": fill, "cast": cast, "vignette": vignette}
    cond.update(blur=blur, noise=noise, jpeg=quality)
    return _jpeg_to_gray(out, quality, True), cond
