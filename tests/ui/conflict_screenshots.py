"""Render a stale change refused, and the board's timeline after a burst of changes, offscreen
into screenshots/ (gitignored), in Chinese and in English.

Run: ``.venv/bin/python tests/ui/conflict_screenshots.py``. Not a test: people look at the PNGs
for clipping, untranslated text and rows that do not fit their text. Each language renders in its
own process, as the application would run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the ui package

from ui.incident_screenshots import NOW, OUT, T0, TEXTS, Clock, settle, stage_incident

NOTES = {
    "zh": "夜班坐席已到位，热线排队人数下降，继续观察在线客服渠道的等待时长并每十五分钟汇报一次",
    "en": "Night shift in place and the hotline queue is shrinking; keep watching the online chat "
    "waiting time and report every fifteen minutes",
}


def render(lang: str, url: str) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from commandpost.services.incidents import IncidentService
    from commandpost.services.startup import open_library
    from commandpost.ui.app import prepare_application
    from commandpost.ui.board_window import CommandBoard
    from commandpost.ui.checklist_window import ChecklistWindow

    app = QApplication(sys.argv[:1])
    prepare_application(app, lang)
    clock = Clock(T0)
    incident_id = stage_incident(url, lang, clock)
    service = IncidentService(open_library(url, clock).database, clock)
    board = CommandBoard(service, incident_id, lang, "screenshots", clock)
    board.resize(1500, 950)
    board.show()
    board.start()
    settle(lambda: board.board is not None and not board.runner.busy)
    coordination = service.find_task(incident_id, "cs-start-coordination")
    for minutes in range(30):  # a burst of changes, each re-read as it would be heard
        clock.now = NOW + timedelta(seconds=20 * minutes)
        text = NOTES[lang] if minutes % 3 == 0 else f"{minutes}"
        service.add_note(coordination.id, "王敏", text)
        board.refresh()
        settle(lambda: not board.runner.busy)
    path = OUT / f"conflict-board-timeline-{lang}.png"
    board.grab().save(str(path))
    print(path)

    dialog = board.commands.ask_level(+1)  # the board shows "major": to "critical"
    assert dialog is not None
    service.change_level(incident_id, "critical", "陈工", TEXTS[lang]["raise"], "major")
    dialog.reason_edit.setPlainText(TEXTS[lang]["raise"])
    dialog.accept()
    settle(lambda: board.findChild(QMessageBox, "messageBox") is not None)
    box = board.findChild(QMessageBox, "messageBox")
    assert box is not None
    settle(lambda: not board.runner.busy)
    path = OUT / f"conflict-level-{lang}.png"
    box.grab().save(str(path))
    print(path)
    box.accept()
    board.close()

    checklist = ChecklistWindow(
        service, lang, "screenshots", clock, incident_id, "customer_service"
    )
    checklist.resize(1500, 950)
    checklist.show()
    checklist.start()
    settle(lambda: checklist.panel.board is not None and not checklist.runner.busy)
    seen = next(t for t in checklist.panel.model.rows() if t.status == "open")  # type: ignore[union-attr]
    service.tick(seen.id, "王敏", TEXTS[lang]["note"])  # at another desk, meanwhile
    checklist.tick_task(seen)
    settle(lambda: checklist.findChild(QMessageBox, "messageBox") is not None)
    box = checklist.findChild(QMessageBox, "messageBox")
    assert box is not None
    settle(lambda: not checklist.runner.busy)
    path = OUT / f"conflict-tick-{lang}.png"
    box.grab().save(str(path))
    print(path)
    box.accept()
    path = OUT / f"conflict-checklist-after-{lang}.png"
    checklist.grab().save(str(path))
    print(path)
    checklist.close()
    service.dispose()


def main(argv: list[str]) -> None:
    if argv and argv[0] in ("zh", "en"):
        render(*argv)
        return
    OUT.mkdir(exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TZ": "Asia/Shanghai"}
    for lang in ("zh", "en"):
        url = f"sqlite:///{tempfile.mkdtemp()}/shots.sqlite3"
        subprocess.run([sys.executable, __file__, lang, url], check=True, env=env)


if __name__ == "__main__":
    main(sys.argv[1:])
