"""Measure start-up: process start → main window shown → the plans listed, against a bare window.

Run: ``.venv/bin/python bench/startup.py [RUNS]``. Not a test (speed figures are
ratios against a floor measured in the same run, and belong in reports, not assertions). Each
child process follows ``run_window``'s own path and prints when each milestone is reached; the
parent times from spawning the process to reading that line.
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
    print("shown", flush=True); print("listed", flush=True); app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

OURS = """
import gc, sys
gc.disable()  # as run_window does
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from commandpost.ui.app import open_main_window, prepare_application
from commandpost.ui.errors import install_excepthook, make_excepthook
app = QApplication(sys.argv)
lang = prepare_application(app, "zh")
install_excepthook(make_excepthook(None))
window = open_main_window(sys.argv[1], lang, "bench")
QTimer.singleShot(0, lambda: print("shown", flush=True))
def listed():
    gc.enable()
    assert window.panel.plan_model.rowCount() == 5, window.panel.plan_model.rowCount()
    QTimer.singleShot(0, lambda: (print("listed", flush=True), window.close()))
window.library_loaded.connect(listed)
app.exec()
"""


def run(code: str, *args: str) -> tuple[float, float]:
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
    return marks["shown"], marks["listed"]


def main(runs: int = 7) -> None:
    folder = tempfile.mkdtemp()
    url = f"sqlite:///{folder}/bench.sqlite3"
    first = run(OURS, url)  # a new database: created and stocked with the shipped plans
    bare = [run(BARE) for _ in range(runs)]
    ours = [run(OURS, url) for _ in range(runs)]
    bare_shown = statistics.median(b[0] for b in bare)
    shown = statistics.median(o[0] for o in ours)
    listed = statistics.median(o[1] for o in ours)
    print(f"bare PySide6 window shown:    {bare_shown:.3f} s")
    print(f"CommandPost window shown:     {shown:.3f} s ({shown / bare_shown:.2f}x)")
    print(f"CommandPost plans listed:     {listed:.3f} s ({listed / bare_shown:.2f}x)")
    print(f"first start (new database):   listed after {first[1]:.3f} s")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:2]))
