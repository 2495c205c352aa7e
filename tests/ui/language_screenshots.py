"""Render the language switch offscreen into screenshots/ (gitignored): the main window with a
command board and a department checklist open, in Chinese, after View → Language → English, and
back in Chinese; and the file dialog (Qt's own) in Chinese.

Run: ``.venv/bin/python tests/ui/language_screenshots.py [FOLDER]``. Not a test: people look at
the PNGs for untranslated words, dates in the wrong form and anything not shown again after the
switch. The user's own settings are not touched (the run has folders of its own).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, when run as a script
from ui.incident_screenshots import NOW, T0, Clock, settle, stage_incident

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from commandpost.ui.main_window import MainWindow
    from commandpost.ui.sign_in_flow import SignInFlow

PASSWORD = "a long enough password"


def stage(url: str, clock: Clock) -> int:
    from commandpost.access import Role
    from commandpost.services.startup import open_library
    from commandpost.services.users import UserService

    incident_id = stage_incident(url, "zh", clock)  # on an open database: anyone may act
    library = open_library(url, clock)
    users = UserService(library.database, clock)
    users.create_first_admin("admin", PASSWORD, "张管理")
    users.add("admin", "li", PASSWORD, {Role.COMMAND_LEAD}, (), "李建国")
    library.close()
    return incident_id


def ready(window: MainWindow) -> bool:
    incidents = window.desk.incidents
    return (
        window.desk.actions is not None
        and incidents is not None
        and incidents.incident_model.rowCount() > 0
        and not window.runner.busy
    )


def shoot(widget: QWidget, folder: Path, name: str) -> None:
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def switch(flow: SignInFlow, lang: str) -> MainWindow:
    from commandpost.ui.language_menu import language_menu

    old = flow.window
    assert old is not None
    menu = language_menu(old)
    assert menu is not None
    menu.actions[lang].trigger()
    settle(lambda: flow.window is not None and flow.window is not old and ready(flow.window))
    window = flow.window
    assert window is not None
    settle(lambda: len(window.incidents.boards) == 1 and len(window.incidents.windows.checklists))
    board = next(iter(window.incidents.boards.values()))
    settle(lambda: board.board is not None and not board.runner.busy)
    return window


def shoot_all(window: MainWindow, folder: Path, step: str) -> None:
    settle()
    shoot(window, folder, f"language-{step}-main")
    board = next(iter(window.incidents.boards.values()))
    shoot(board, folder, f"language-{step}-board")
    (checklist,) = window.incidents.windows.checklists
    settle(lambda: checklist.panel.model is not None and not checklist.runner.busy)
    shoot(checklist, folder, f"language-{step}-checklist")


def render(url: str, folder: Path) -> None:
    from PySide6.QtWidgets import QApplication, QFileDialog

    from commandpost.ui.app import prepare_application
    from commandpost.ui.sign_in import SignInDialog
    from commandpost.ui.sign_in_flow import SignInFlow

    app = QApplication(sys.argv[:1])
    prepare_application(app, "zh")
    clock = Clock(T0)
    incident_id = stage(url, clock)
    clock.now = NOW
    flow = SignInFlow(url, "zh", "li", clock)
    flow.start()
    dialog = next(w for w in app.topLevelWidgets() if isinstance(w, SignInDialog))
    settle(dialog.ok_button.isEnabled)
    dialog.fields["password"].setText(PASSWORD)
    dialog.ok_button.click()
    settle(lambda: flow.window is not None and ready(flow.window))
    window = flow.window
    assert window is not None
    window.show_incidents()
    window.incidents.incident_view.selectRow(0)
    board = window.incidents.open_board(incident_id)
    checklist = window.incidents.open_checklist(incident_id, "customer_service")
    assert board is not None and checklist is not None
    board.setGeometry(60, 60, 1500, 950)
    checklist.setGeometry(120, 120, 1300, 800)
    settle(lambda: board.board is not None and checklist.panel.model is not None)
    window.activateWindow()
    shoot_all(window, folder, "1-zh")
    clock.now = NOW + timedelta(minutes=1)
    window = switch(flow, "en")
    shoot_all(window, folder, "2-en")
    clock.now = NOW + timedelta(minutes=2)
    window = switch(flow, "zh")
    shoot_all(window, folder, "3-zh")

    files = window.choose_import_file()
    assert files is not None
    files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    files.setDirectory(str(Path(__file__).resolve().parents[2] / "plans"))
    files.resize(900, 560)
    settle()
    shoot(files, folder, "language-file-dialog-zh")
    files.close()
    flow.shutdown()


def main(argv: list[str]) -> None:
    if argv and argv[0] == "render":
        render(argv[1], Path(argv[2]))
        return
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parents[2] / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp(prefix="commandpost-shots-")
    screen = Path(home) / "screen.json"  # a desktop-sized screen: windows come back where they were
    screen.write_text(json.dumps({"screens": [{"name": "desk", "width": 1920, "height": 1200}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        "TZ": "Asia/Shanghai",
    }
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(Path(home) / name.lower())
    url = f"sqlite:///{home}/shots.sqlite3"
    subprocess.run([sys.executable, __file__, "render", url, str(folder)], check=True, env=env)


if __name__ == "__main__":
    main(sys.argv[1:])
