"""Start-up: from launching the program to its first window shown, against a bare PySide6 window.

App: `hybridhub.app.main(WORKSPACE)` quitting on the first turn of its event loop (imports, opens the
workspace, builds the window and its first page, shows it). `--before DIR` also times the app of
another checkout (e.g. `git archive main | tar -x -C DIR`) the same way, for a before/after.
Baseline: `python -c` creating a QApplication and a QMainWindow with a label, showing it and quitting on
the first turn of the event loop. Both are whole processes (interpreter start included), offscreen,
measured alternately in the same run; best of N. Goal: within 5x. Also reports `import hybridhub.app`
alone, which heavy modules the app has imported by the time its window is up, and (the app shows its
window before it opens the workspace) the time until the window shows the workspace: `--quit-after-start`,
which quits once the workspace is open and the first page built (for an older app: once its window is up).

    .venv/bin/python benchmarks/bench_startup.py          # best of 7
    .venv/bin/python benchmarks/bench_startup.py -n 3     # quick run
    .venv/bin/python benchmarks/bench_startup.py --before /tmp/main-checkout
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("bare")); w.resize(1280, 820); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""
# Works with any version of the app: quit as soon as the event loop turns, i.e. the window is up.
DRIVER = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from hybridhub import app
QTimer.singleShot(0, lambda: QCoreApplication.instance().quit())
sys.argv[1:] = [sys.argv[1]]
sys.exit(app.main())
"""
# The window with its workspace open and its first page built.
LOADED = """
import sys
from hybridhub import app
sys.argv[1:] = ["--quit-after-start", sys.argv[1]]
sys.exit(app.main())
"""
HEAVY = ["alembic", "cv2", "numpy", "reportlab", "PySide6.QtMultimedia", "pypdfium2", "zxingcpp", "openpyxl"]
PROBE = f"""
import sys
from hybridhub import app
from PySide6.QtCore import QTimer
def report():
    print("loaded:", " ".join(m for m in {HEAVY!r} if m in sys.modules), flush=True)
QTimer.singleShot(0, report)
sys.argv[1:] = ["--quit-after-start", sys.argv[1]]
app.main()
"""


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    # From the data folder: `python -c` puts the working directory first on sys.path.
    done = subprocess.run(
        cmd, env=env, cwd=env["HYBRIDHUB_DATA_DIR"], capture_output=True, text=True, timeout=300
    )
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)} exited {done.returncode}:\n{done.stderr[-2000:]}")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", "--runs", type=int, default=7)
    parser.add_argument("--before", type=Path, help="another checkout's root, timed as 'before'")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=tmp, XDG_CONFIG_HOME=f"{tmp}/config")
        # An installed app has its .pyc files (pip and PyInstaller compile them): without this the warm-up
        # run could not write them and every run would compile the app's modules again.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["HYBRIDHUB_DATA_DIR"] = f"{tmp}/data"
        os.makedirs(env["HYBRIDHUB_DATA_DIR"])
        ws = f"{tmp}/demo.hybridhub"
        subprocess.run(
            [sys.executable, "-m", "hybridhub", "demo", "-o", ws], env=env, check=True, capture_output=True
        )
        app_cmd = [sys.executable, "-c", DRIVER, ws]
        loaded_cmd = [sys.executable, "-c", LOADED, ws]
        before_env = dict(env, PYTHONPATH=str(args.before)) if args.before else None
        before_cmd = [sys.executable, "-c", DRIVER, f"{tmp}/before.hybridhub"]
        before_loaded = [sys.executable, "-c", LOADED, before_cmd[-1]]
        if before_env:  # its own demo: an older version would refuse (and ask about) a newer schema
            demo = [sys.executable, "-m", "hybridhub", "demo", "-o", before_cmd[-1]]
            subprocess.run(demo, env=before_env, cwd=tmp, check=True, capture_output=True, timeout=300)
        bare_cmd = [sys.executable, "-c", BARE]
        import_cmd = [sys.executable, "-c", "import hybridhub.app"]
        timed(app_cmd, env)  # warm the file cache and the .pyc files
        times: dict[str, list[float]] = {k: [] for k in ("bare", "app", "loaded", "import", "before", "bl")}
        for _ in range(args.runs):
            times["bare"].append(timed(bare_cmd, env))
            times["app"].append(timed(app_cmd, env))
            times["loaded"].append(timed(loaded_cmd, env))
            times["import"].append(timed(import_cmd, env))
            if before_env:
                times["before"].append(timed(before_cmd, before_env))
                times["bl"].append(timed(before_loaded, before_env))
        probe = subprocess.run(
            [sys.executable, "-c", PROBE, ws],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=300,
        )
    bare, app, loaded, imp = (min(times[k]) for k in ("bare", "app", "loaded", "import"))
    print(f"bare PySide6 window      {bare * 1000:7.0f} ms  (best of {args.runs})")
    print(f"HybridHub first window   {app * 1000:7.0f} ms  ratio {app / bare:4.1f}x  (goal <= 5x)")
    print(f"  with the workspace open {loaded * 1000:6.0f} ms  ratio {loaded / bare:4.1f}x")
    print(f"import hybridhub.app     {imp * 1000:7.0f} ms  (interpreter start included)")
    if times["before"]:
        before, before_loaded = min(times["before"]), min(times["bl"])
        print(f"before ({args.before})  {before * 1000:7.0f} ms  ratio {before / bare:4.1f}x")
        print(f"  with the workspace open {before_loaded * 1000:6.0f} ms  ratio {before_loaded / bare:4.1f}x")
    loaded = next((line for line in probe.stdout.splitlines() if line.startswith("loaded:")), "loaded: ?")
    print(f"heavy modules at first window: {loaded.removeprefix('loaded:').strip() or 'none'}")


if __name__ == "__main__":
    main()
