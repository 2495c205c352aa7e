"""Measure start-up: process start → main window shown → the plans listed, against a bare window.

Run: ``.venv/bin/python bench/startup.py [RUNS]``. Not a test (speed figures are
ratios against a floor measured in the same run, and belong in reports, not assertions). Each
child process opens the main window as ``run_window`` does once the user has signed in
(``open_main_window``; the sign-in dialog itself, which waits for a person, is not timed) and
prints when each milestone is reached; the parent times from spawning the process to reading
that line.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow(); window.resize(1400, 900); window.show()
def shown():
    for mark in ("shown", "last-seen", "listed"):
        print(mark, flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

OURS = """
import gc, sys
from pathlib import Path
gc.disable()  # as run_window does
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from commandpost.ui.app import open_main_window, prepare_application
from commandpost.ui.errors import install_excepthook, make_excepthook
app = QApplication(sys.argv)
lang = prepare_application(app, "zh")
install_excepthook(make_excepthook(None))
window = open_main_window(sys.argv[1], lang, "bench", cache_dir=Path(sys.argv[2]))
def first_paint():
    print("shown", flush=True)
    if window.panel.plan_model.rowCount() == 5:  # listed from the snapshot, before the database
        print("last-seen", flush=True)
QTimer.singleShot(0, first_paint)
def listed():
    gc.enable()
    assert window.panel.plan_model.rowCount() == 5, window.panel.plan_model.rowCount()
    QTimer.singleShot(0, lambda: (print("listed", flush=True), window.close()))
window.library_loaded.connect(listed)
app.exec()
"""


def run(code: str, *args: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    marks = {}
    for line in child.stdout:
        marks[line.strip()] = time.perf_counter() - start
    child.wait()
    return marks


def main(runs: int = 7) -> None:
    folder = tempfile.mkdtemp()
    url = f"sqlite:///{folder}/bench.sqlite3"
    cache = f"{folder}/cache"
    first = run(OURS, url, cache)  # a new database: created and stocked with the shipped plans
    bare = [run(BARE) for _ in range(runs)]
    ours = [run(OURS, url, cache) for _ in range(runs)]
    floor = statistics.median(b["shown"] for b in bare)
    print(f"bare PySide6 window shown (floor):          {floor:.3f} s")
    for mark, what in (
        ("shown", "CommandPost window shown"),
        ("last-seen", "five plans listed (as last seen)"),
        ("listed", "five plans listed from the database"),
    ):
        value = statistics.median(o[mark] for o in ours)
        print(f"{what + ':':<44}{value:.3f} s  {value / floor:.2f}x")
    print(
        f"{'first start (new database), listed:':<44}{first['listed']:.3f} s  "
        f"{first['listed'] / floor:.2f}x"
    )


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:2]))
