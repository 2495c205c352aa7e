"""Render the plan-file offer (the window started on a plan file, after the sign-in) offscreen into
screenshots/ (gitignored), in Chinese and in English.

Run: ``.venv/bin/python tests/ui/plan_file_screenshots.py``. Not a test: people look at the PNGs
for clipping, missing glyphs and untranslated text. Each language renders in its own process, as
the application would run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, when run as a script
from ui.screenshots import OUT, settle

PLAN = Path(__file__).resolve().parents[1] / "data" / "minimal.yaml"


def render(lang: str, url: str) -> None:
    from PySide6.QtWidgets import QApplication

    from commandpost.access import Identity, Role
    from commandpost.ui.app import open_main_window, prepare_application
    from commandpost.ui.plan_file_offer import ask_import

    app = QApplication(sys.argv[:1])
    prepare_application(app, lang)
    window = open_main_window(url, lang, "screenshots")
    window.resize(1100, 700)
    settle(lambda: window.panel.plan_model.rowCount() > 0 and not window.runner.busy)
    observer = Identity("zhao", frozenset({Role.OBSERVER}), frozenset(), "赵六")
    for n, identity in enumerate((window.identity, observer), 1):
        window.identity = identity  # the second time, someone who may not import plans
        box = ask_import(window, str(PLAN))
        settle()
        path = OUT / f"plan-file-{lang}-{n}.png"
        box.grab().save(str(path))
        print(path)
        box.done(0)
    window.close()


def main() -> None:
    if len(sys.argv) == 3:
        render(sys.argv[1], sys.argv[2])
        return
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/screens.sqlite3"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        for lang in ("zh", "en"):
            subprocess.run([sys.executable, __file__, lang, url], check=True, env=env)


if __name__ == "__main__":
    main()
