"""The laptop camera as a QR reader: QtMultimedia delivers frames, zxing-cpp decodes them on a worker
thread (never on the GUI thread), at most one frame at a time so a slow laptop just skips frames.

`FrameDecoder.submit(QImage)` is the boundary the tests feed with rendered QR images."""

from __future__ import annotations

import time

import numpy as np
import zxingcpp
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage

REPEAT_SECONDS = 3.0  # the same badge held in view is read once, not thirty times a second


def decode_image(image: QImage) -> list[str]:
    """The texts of the QR codes in `image` (a QImage of any format)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    if width == 0 or height == 0:
        return []
    buffer = np.frombuffer(gray.constBits(), dtype=np.uint8, count=stride * height)
    pixels = np.ascontiguousarray(buffer.reshape(height, stride)[:, :width])
    found = zxingcpp.read_barcodes(pixels, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    return [b.text for b in found if b.valid and b.text]


class _Signals(QObject):
    done = Signal(list)


class _DecodeJob(QRunnable):
    def __init__(self, image: QImage, signals: _Signals) -> None:
        super().__init__()
        self._image, self._signals = image, signals

    def run(self) -> None:
        try:
            texts = decode_image(self._image)
        except (ValueError, RuntimeError):  # a damaged frame: skip it
            texts = []
        self._signals.done.emit(texts)


class FrameDecoder(QObject):
    """Decodes frames off the GUI thread and emits `decoded(text)` once per code shown."""

    decoded = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._busy = False
        self._signals = _Signals(self)
        self._signals.done.connect(self._finished)
        self._last: tuple[str, float] = ("", 0.0)

    @property
    def busy(self) -> bool:
        return self._busy

    def submit(self, image: QImage) -> bool:
        """Queue a frame; False (frame dropped) while the previous one is still being decoded."""
        if self._busy or image.isNull():
            return False
        self._busy = True
        self._pool.start(_DecodeJob(image.copy(), self._signals))
        return True

    @Slot(list)
    def _finished(self, texts: list[str]) -> None:
        self._busy = False
        now = time.monotonic()
        for text in texts:
            if text == self._last[0] and now - self._last[1] < REPEAT_SECONDS:
                self._last = (text, now)
                continue
            self._last = (text, now)
            self.decoded.emit(text)

    def shutdown(self) -> None:
        self._pool.waitForDone(2000)


class CameraReader(QObject):
    """Owns the camera session; emits preview frames and feeds them to a FrameDecoder."""

    frame = Signal(QImage)
    error = Signal(str)

    def __init__(self, decoder: FrameDecoder, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QMediaCaptureSession, QVideoSink

        self.decoder = decoder
        self._camera: object | None = None
        self._session = QMediaCaptureSession(self)
        self._sink = QVideoSink(self)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._on_frame)

    @staticmethod
    def cameras() -> list[tuple[str, object]]:
        """(description, device) of each camera; empty where there is none."""
        from PySide6.QtMultimedia import QMediaDevices

        return [(d.description(), d) for d in QMediaDevices.videoInputs()]

    @property
    def running(self) -> bool:
        return self._camera is not None

    def start(self, device: object) -> None:
        from PySide6.QtMultimedia import QCamera

        self.stop()
        camera = QCamera(device)  # type: ignore[call-overload]
        camera.errorOccurred.connect(lambda _e, text: self.error.emit(text))
        self._session.setCamera(camera)
        self._camera = camera
        camera.start()

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()  # type: ignore[attr-defined]
            self._session.setCamera(None)  # type: ignore[arg-type]
            self._camera = None

    def _on_frame(self, frame: object) -> None:
        image = frame.toImage()  # type: ignore[attr-defined]
        if image.isNull():
            return
        self.frame.emit(image)
        self.decoder.submit(image)
