"""PySide6 6.12.0 aborts Python 3.11 after a few hundred Python-side signal emits
("Fatal Python error: bool_dealloc"); 6.11.3 does not. An upgrade that brings it back fails here."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QObject, Signal

class Source(QObject):
    fired = Signal(bool)

source = Source()
count = [0]
source.fired.connect(lambda flag: count.__setitem__(0, count[0] + 1))
for _ in range(100_000):
    source.fired.emit(True)
print(count[0])
"""


def test_a_hundred_thousand_signal_emits_do_not_crash_python() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "100000"
