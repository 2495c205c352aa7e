"""The frozen build (``packaging/build.py``): PyInstaller makes the one-folder application, its
smoke test passes (the frozen programs start offscreen, open a database, print a PDF), and the
folder stays small: only the Qt parts the application uses are in it."""

from __future__ import annotations

import sys
from pathlib import Path

from installers.installer_support import FrozenBuild, folder_size

MAX_SIZE_MB = 225
"""About 15 % above the 196 MB measured on Linux (PySide6 6.11.3, Python 3.11): a bound that
catches a Qt module, plugin set or library pulled in by accident, not the growth of the code."""


def test_the_build_passes_its_smoke_test_and_stays_small(frozen_build: FrozenBuild) -> None:
    out = frozen_build.output
    assert frozen_build.returncode == 0, out[-6000:]
    assert "All 12 checks passed." in out
    assert "ok      PDF read back" in out and "WenQuanYiMicroHei" in out
    assert "ok      window program  CommandPost --check-start" in out
    assert out.rstrip().endswith("is built and passed its smoke test.")
    size_mb = folder_size(frozen_build.folder) / 1_000_000
    assert size_mb < MAX_SIZE_MB, f"the frozen folder is {size_mb:.0f} MB"
    assert f"Size of {frozen_build.folder}" in out


def test_only_the_qt_parts_in_use_are_shipped(frozen_build: FrozenBuild) -> None:
    assert frozen_build.returncode == 0, frozen_build.output[-3000:]
    qt = frozen_build.folder / "_internal" / "PySide6"
    modules = {p.name.split(".")[0] for p in qt.glob("Qt*.*")}
    assert {"QtCore", "QtGui", "QtWidgets"} <= modules <= {"QtCore", "QtGui", "QtWidgets", "QtSvg"}
    qt_files = qt / "Qt" if (qt / "Qt").is_dir() else qt  # PySide6/Qt, or PySide6 on Windows
    translations = sorted(p.name for p in (qt_files / "translations").glob("*.qm"))
    assert translations == ["qtbase_zh_CN.qm"]
    if sys.platform.startswith("linux"):
        platforms = sorted(p.name for p in (qt_files / "plugins" / "platforms").iterdir())
        assert platforms == ["libqoffscreen.so", "libqwayland.so", "libqxcb.so"]
        formats = sorted(p.name for p in (qt_files / "plugins" / "imageformats").iterdir())
        assert formats == ["libqsvg.so"]
    shipped: list[Path] = [*(frozen_build.folder / "_internal" / "commandpost").rglob("*")]
    names = {p.name for p in shipped}
    assert {"wqy-microhei.ttc", "commandpost_zh_CN.qm", "commandpost.svg"} <= names
    assert {"env.py", "script.py.mako", "0001_initial.py"} <= names
    assert len([p for p in shipped if p.parent.name == "shipped_plans"]) == 5
