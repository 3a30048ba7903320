"""The app's Qt catalogues: `make translations` would change nothing (no stale `.ts` or `.qm`), and
French, German and Spanish are complete."""

from __future__ import annotations

from pathlib import Path

import pytest

from hybridhub.ui import qt_catalogues


def test_ts_and_qm_files_are_current() -> None:
    assert qt_catalogues.stale() == []


def test_a_changed_source_or_an_unfinished_entry_is_caught(tmp_path: Path) -> None:
    for lang in qt_catalogues.CATALOGUES:
        for suffix in (".ts", ".qm"):
            source = qt_catalogues.ts_path(lang).with_suffix(suffix)
            (tmp_path / source.name).write_bytes(source.read_bytes())
    ts = qt_catalogues.ts_path("de", tmp_path)
    ts.write_text(
        ts.read_text(encoding="utf-8").replace("<source>Overview</source>", "<source>Übersicht</source>")
    )
    assert qt_catalogues.stale(tmp_path) == [
        "hybridhub_de.ts: the source has changed (run `make translations`)",
        "hybridhub_de.qm: not compiled from its .ts (run `make translations`)",
    ]
    sample = tmp_path / "sample.ts"
    sample.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="fr_FR"><context><name>Page</name>'
        "<message><source>Done</source><translation>Fait</translation></message>"
        '<message><source>Open</source><translation type="unfinished">Ouvrir</translation></message>'
        '<message numerus="yes"><source>%n rows</source><translation><numerusform>%n ligne</numerusform>'
        "<numerusform></numerusform></translation></message>"
        '<message><source>Gone</source><translation type="vanished">Parti</translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    assert qt_catalogues.unfinished(sample) == ["Page: Open", "Page: %n rows"]


@pytest.mark.parametrize("lang", qt_catalogues.CATALOGUES)
def test_the_app_is_completely_translated(lang: str) -> None:
    assert qt_catalogues.unfinished(qt_catalogues.ts_path(lang)) == []
