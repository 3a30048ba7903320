"""Short desk sounds: a rising chime for welcome, a double beep for already, a low buzz for a problem.

The WAVs ship in `resources/sounds/` (a few kilobytes each; `synthesise` made them, and remakes one
into the user's data folder should it be missing). Playing is skipped
quietly where there is no audio device (offscreen tests, a laptop with sound off)."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

from hybridhub.core.paths import data_dir
from hybridhub.core.resources import resource_path

RATE = 22050
# name -> list of (frequency Hz, duration s); 0 Hz is a pause
TONES = {
    "ok": [(660, 0.09), (880, 0.14)],
    "already": [(520, 0.1), (0, 0.05), (520, 0.1)],
    "invalid": [(180, 0.32)],
}
FILES = {"ok": "ok.wav", "already": "already.wav", "invalid": "invalid.wav"}


def synthesise(path: Path, tones: list[tuple[int, float]], volume: float = 0.45) -> None:
    frames = bytearray()
    for freq, seconds in tones:
        count = int(RATE * seconds)
        for i in range(count):
            fade = min(1.0, i / (RATE * 0.008), (count - i) / (RATE * 0.02))  # no clicks
            sample = math.sin(2 * math.pi * freq * i / RATE) if freq else 0.0
            if freq and freq < 300:  # a buzz: add odd harmonics
                sample = 0.7 * sample + 0.3 * math.sin(2 * math.pi * 3 * freq * i / RATE)
            frames += struct.pack("<h", int(32767 * volume * fade * sample))
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))


def ensure_sounds(folder: Path | None = None) -> dict[str, Path]:
    """The desk sounds from `folder` (the shipped ones by default). A missing one is synthesised into
    `folder`, or into the user's data folder rather than into a possibly read-only install."""
    source = folder or resource_path("sounds")
    spare = folder or data_dir() / "sounds"
    paths = {}
    for name, file in FILES.items():
        path = source / file if (source / file).exists() else spare / file
        if not path.exists():
            synthesise(path, TONES[name])
        paths[name] = path
    return paths


class DeskSounds(QObject):
    """Plays the sound for an outcome; `enabled` can be switched off at a quiet venue."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = True
        self.available = False
        self._effects: dict[str, object] = {}
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            if not QMediaDevices.audioOutputs():
                return
            for name, path in ensure_sounds().items():
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                effect.setVolume(0.8)
                self._effects[name] = effect
            self.available = True
        except (ImportError, OSError):
            self.available = False

    def play(self, result: str) -> None:
        if not self.enabled or not self.available:
            return
        effect = self._effects.get("invalid" if result == "other-event" else result)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
