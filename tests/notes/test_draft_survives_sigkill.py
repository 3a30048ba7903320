"""A draft survives a process killed with SIGKILL mid-typing: at most the last second is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from hybridhub.core.workspace import open_workspace
from hybridhub.notes.drafts import load_draft

TYPIST = r"""
import sys
from hybridhub.core.workspace import open_workspace
from hybridhub.notes.drafts import Draft, save_draft
from hybridhub.notes.autosave import AutosavePolicy

ws = open_workspace(sys.argv[1])
text = sys.argv[2]
policy = AutosavePolicy(interval=0.2)
typed = ""
now = 0.0
for ch in text * REPEAT:
    typed += ch
    now += 0.002  # the typist's pace on the policy's clock: 500 keys per second, no real waiting
    policy.changed(now)
    if policy.due(now):
        save_draft(ws, "door-laptop", Draft(typed, voices=4))
        policy.saved(now)
        print(len(typed), flush=True)
"""
REPEAT = 400  # 25,000 keys: far more than the child types before the kill


@pytest.mark.slow
def test_draft_survives_sigkill_mid_typing(workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = str(workspace.target)  # a file, or a server URL: a killed client loses nothing there either
    workspace.close()
    text = "The bus from Écully stops at seven, so Table 4 leaves early. "
    proc = subprocess.Popen(
        [sys.executable, "-c", f"REPEAT = {REPEAT}\n{TYPIST}", path, text],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert proc.stdout is not None
    saved = [int(proc.stdout.readline()) for _ in range(5)]  # five autosaves while typing goes on
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    ws = open_workspace(path)
    try:
        with ws.session() as s:
            draft = load_draft(s, "door-laptop")
    finally:
        ws.close()
    assert draft is not None and draft.voices == 4
    assert len(draft.text) >= saved[-1]  # everything up to the last reported save is there
    assert (text * REPEAT).startswith(draft.text)  # and it is exactly what was typed, not garbage
    assert len(draft.text) < len(text * REPEAT)  # the kill came mid-typing
