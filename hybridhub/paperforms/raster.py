"""Turn scan files into grayscale page images: PDFs through pypdfium2, JPEG/PNG/TIFF through Pillow
(every frame of a multi-page TIFF; phone photos turned upright by their EXIF orientation)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from hybridhub.core.errors import ImportFormatError

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp"}
MAX_SIDE = 3600  # bigger photos are scaled down: markers and boxes stay far above the size we need
Image.MAX_IMAGE_PIXELS = 120_000_000  # a 600 dpi A3 scan, not a decompression bomb


@dataclass(frozen=True)
class PageImage:
    file: Path
    index: int  # 0-based page or frame in the file
    image: np.ndarray  # 2-D uint8, white paper ≈ 255

    @property
    def label(self) -> str:
        return f"{self.file.name} p.{self.index + 1}"


def count_pages(path: Path) -> int:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        doc = _open_pdf(path)
        try:
            return len(doc)
        finally:
            doc.close()
    if suffix in (".tif", ".tiff"):
        with _open_image(path) as img:
            return getattr(img, "n_frames", 1)
    return 1


def pages(path: Path, dpi: int = 200) -> Iterator[PageImage]:
    """Every page of a scan file as a grayscale image; PDFs are rendered at `dpi`."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        yield from _pdf_pages(path, dpi)
    elif suffix in IMAGE_SUFFIXES:
        yield from _image_pages(path)
    else:
        raise ImportFormatError(
            "not a scan file HybridHub can read", file=path, hint="use PDF, JPEG, PNG or TIFF"
        )


def _open_pdf(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except FileNotFoundError as exc:
        raise ImportFormatError("file not found", file=path) from exc
    except pdfium.PdfiumError as exc:
        raise ImportFormatError(f"not a readable PDF ({exc})", file=path) from exc


def _scanned_image(page: pdfium.PdfPage) -> np.ndarray | None:
    """A scanner's PDF page is one picture: take it as it is (three times faster than rendering).
    Anything else (text, drawings, several images) is rendered instead."""
    objects = list(page.get_objects(max_depth=1))
    if len(objects) != 1 or objects[0].type != pdfium_c.FPDF_PAGEOBJ_IMAGE:
        return None
    try:
        bitmap = objects[0].get_bitmap(render=False)
    except pdfium.PdfiumError:
        return None
    array = bitmap.to_numpy()
    if array.ndim == 3:
        code = cv2.COLOR_BGRA2GRAY if array.shape[2] == 4 else cv2.COLOR_BGR2GRAY
        array = cv2.cvtColor(array, code)
    return _limit(np.ascontiguousarray(array))


def _limit(gray: np.ndarray) -> np.ndarray:
    longest = max(gray.shape)
    if longest <= MAX_SIDE:
        return gray
    factor = MAX_SIDE / longest
    return cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)


def _pdf_pages(path: Path, dpi: int) -> Iterator[PageImage]:
    doc = _open_pdf(path)
    try:
        for i in range(len(doc)):
            page = doc[i]
            try:
                array = _scanned_image(page)
                if array is None or min(array.shape) < 200:
                    bitmap = page.render(scale=dpi / 72, grayscale=True, no_smoothimage=True)
                    array = bitmap.to_numpy()
                    array = np.ascontiguousarray(array[:, :, 0] if array.ndim == 3 else array)
                yield PageImage(path, i, array)
            finally:
                page.close()
    finally:
        doc.close()


def _open_image(path: Path) -> Image.Image:
    try:
        return Image.open(path)
    except FileNotFoundError as exc:
        raise ImportFormatError("file not found", file=path) from exc
    except (UnidentifiedImageError, OSError) as exc:
        raise ImportFormatError("not a readable image", file=path) from exc


def _image_pages(path: Path) -> Iterator[PageImage]:
    with _open_image(path) as img:
        try:
            for i, frame in enumerate(ImageSequence.Iterator(img)):
                yield PageImage(path, i, to_gray(ImageOps.exif_transpose(frame)))
        except (OSError, ValueError) as exc:  # truncated or damaged image data
            raise ImportFormatError(f"the image is damaged ({exc})", file=path) from exc


def to_gray(img: Image.Image) -> np.ndarray:
    if img.mode not in ("L", "RGB"):
        img = img.convert("RGBA").convert("RGB") if "A" in img.mode else img.convert("RGB")
    gray = img.convert("L")
    longest = max(gray.size)
    if longest > MAX_SIDE:
        factor = MAX_SIDE / longest
        gray = gray.resize(
            (round(gray.width * factor), round(gray.height * factor)), Image.Resampling.BILINEAR
        )
    return np.asarray(gray, dtype=np.uint8).copy()
