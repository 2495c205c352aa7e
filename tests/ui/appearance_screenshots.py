"""Render the main windows in the light and the dark appearance, in Chinese and in English, into
screenshots/ (gitignored): the main window (plan library, incidents, alerts), the command board,
the department checklist and the review window; once more at 2× scale; and the icon sheet.

Run: ``.venv/bin/python tests/ui/appearance_screenshots.py``. Not a test: people look at the PNGs
for text that does not read on its background, icons that vanish, clipping and untranslated
words. Each language and appearance renders in its own process, as the application would start:
the appearance is the one saved in the (temporary) settings, applied by ``prepare_application``.
The data is staged as ``incident_screenshots.py`` and ``review_screenshots.py`` stage theirs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "screenshots"
SCHEMES = ("light", "dark")


def settle(condition: object = None, timeout_ms: int = 30_000) -> None:
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(timeout_ms)
    while not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if condition is None or condition():  # type: ignore[operator]
            break
    for _ in range(5):
        QCoreApplication.processEvents()


def render(lang: str, scheme: str, folder: str, prefix: str) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    sys.path.insert(0, str(HERE.parent))  # the tests' folder, as pytest puts it on the path
    from commandpost.services.incidents import IncidentService
    from commandpost.services.reviews import ReviewService
    from commandpost.services.startup import open_library
    from commandpost.ui.app import open_main_window, prepare_application
    from commandpost.ui.appearance import SETTING
    from commandpost.ui.board_window import CommandBoard
    from commandpost.ui.checklist_window import ChecklistWindow
    from commandpost.ui.review_window import ReviewWindow
    from ui import incident_screenshots as incident_shots
    from ui import review_screenshots as review_shots

    app = QApplication(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # not the settings of whoever runs this
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    app.setOrganizationName("CommandPost")
    app.setApplicationName("CommandPost")
    QSettings().setValue(SETTING, scheme)  # as if chosen in View → Appearance last time
    prepare_application(app, lang)

    def shoot(widget: QWidget, name: str) -> None:
        path = OUT / f"{prefix}-{name}-{lang}.png"
        widget.grab().save(str(path))
        print(path)

    url = f"sqlite:///{folder}/incidents.sqlite3"
    clock = incident_shots.Clock(incident_shots.T0)
    incident_id = incident_shots.stage_incident(url, lang, clock)
    service = IncidentService(open_library(url, clock).database, clock)

    window = open_main_window(url, lang, "screenshots", clock)
    settle(
        lambda: (
            window.desk.incidents is not None
            and window.incidents.incident_model.rowCount() > 0
            and not window.runner.busy
        )
    )
    window.resize(1500, 950)
    window.panel.select("24h-service-guarantee")
    settle(lambda: window.viewer.detail is not None and not window.runner.busy)
    shoot(window, "main-library")
    window.show_incidents()
    window.incidents.incident_view.selectRow(1)
    settle()
    shoot(window, "main-incidents")
    window.desk.show_alerts()
    settle(lambda: not window.runner.busy)
    shoot(window, "main-alerts")
    view_menu = window.menuBar().findChild(QWidget, "viewMenu")
    if view_menu is not None:
        view_menu.show()
        appearance = view_menu.findChild(QWidget, "appearanceMenu")
        if appearance is not None:
            appearance.show()
            settle()
            shoot(appearance, "menu-appearance")
            appearance.hide()
        settle()
        shoot(view_menu, "menu-view")
        view_menu.hide()
    window.close()

    board = CommandBoard(service, incident_id, lang, "screenshots", clock)
    board.resize(1500, 950)
    board.show()
    board.start()
    settle(lambda: board.board is not None and not board.runner.busy)
    shoot(board, "board")
    board.close()

    checklist = ChecklistWindow(
        service, lang, "screenshots", clock, incident_id, "customer_service"
    )
    checklist.resize(1500, 950)
    checklist.show()
    checklist.start()
    settle(lambda: checklist.panel.board is not None and not checklist.runner.busy)
    checklist.panel.set_filter("all")
    model = checklist.panel.model
    assert model is not None
    checklist.panel.select_task(next(t.id for t in model.rows() if t.status == "open"))
    settle()
    shoot(checklist, "checklist")
    checklist.close()
    service.dispose()

    review_url = f"sqlite:///{folder}/reviews.sqlite3"
    review_clock = review_shots.Clock(review_shots.T0)
    real, drill = review_shots.stage(review_url, lang, review_clock)
    library = open_library(review_url, review_clock)
    reviews = ReviewService(library.database, review_clock)
    for incident, name in ((real, "review"), (drill, "review-drill")):
        review = ReviewWindow(reviews, library, incident, lang, "李建国", review_clock)
        review.resize(1500, 950)
        review.show()
        review.start()
        settle(lambda r=review: r.review is not None and not r.runner.busy)
        shoot(review, name)
        if incident == drill and review.body is not None and review.body.tabs.count() > 1:
            review.body.tabs.setCurrentIndex(1)  # the drill evaluation: the ratings' colours
            settle()
            shoot(review, "review-drill-evaluation")
        review.close()
    library.close()


def icon_sheet() -> None:
    """Every icon of the family at 16, 24 and 32 px, disabled, and at 24 px on a 2× screen, on
    the light and the dark window; the application icon and the tray badge beside them."""
    from PySide6.QtCore import QRect, QSize, Qt
    from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from commandpost.ui.alert_tray import badge_icon
    from commandpost.ui.colours import DARK, LIGHT, build_palette
    from commandpost.ui.icons import APP_ICON, app_icon, icon

    app = QApplication(sys.argv[:1])
    names = sorted(p.stem for p in (HERE.parents[1] / "resources" / "icons").glob("*.svg"))
    names.remove(APP_ICON)
    columns, width, height = 6, 250, 64
    rows = (len(names) + columns - 1) // columns + 1
    sheet = QImage(columns * width, rows * height * 2, QImage.Format.Format_ARGB32)
    painter = QPainter(sheet)
    font = QFont()
    font.setPixelSize(11)
    painter.setFont(font)
    for half, scheme in enumerate((LIGHT, DARK)):
        app.setPalette(build_palette(scheme))
        top = half * rows * height
        painter.fillRect(0, top, sheet.width(), rows * height, QColor(scheme.window))
        painter.setPen(QColor(scheme.text))
        for number, name in enumerate(names):
            x, y = (number % columns) * width + 6, top + (number // columns) * height + 6
            drawn = icon(name)
            for size, dx in ((16, 0), (24, 22), (32, 52)):
                painter.drawPixmap(x + dx, y, drawn.pixmap(QSize(size, size)))
            painter.drawPixmap(x + 90, y, drawn.pixmap(QSize(16, 16), QIcon.Mode.Disabled))
            painter.drawPixmap(x + 112, y, drawn.pixmap(QSize(24, 24), 2.0))
            painter.drawText(QRect(x, y + 40, width - 10, 16), Qt.AlignmentFlag.AlignLeft, name)
        y = top + (rows - 1) * height + 6
        painter.drawPixmap(6, y, app_icon().pixmap(QSize(48, 48)))
        painter.drawPixmap(70, y, badge_icon(3).pixmap(QSize(48, 48)))
        painter.drawPixmap(134, y, badge_icon(128).pixmap(QSize(24, 24)))
    painter.end()
    path = OUT / "icons-sheet.png"
    sheet.save(str(path))
    print(path)


def main(argv: list[str]) -> None:
    if argv == ["icons"]:
        icon_sheet()
        return
    if len(argv) == 4:
        render(*argv)
        return
    OUT.mkdir(exist_ok=True)
    subprocess.run(
        [sys.executable, __file__, "icons"],
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TZ": "Asia/Shanghai"}
    runs = [
        (lang, scheme, f"appearance-{scheme}", env) for scheme in SCHEMES for lang in ("zh", "en")
    ]
    runs.append(("zh", "dark", "appearance-2x-dark", {**env, "QT_SCALE_FACTOR": "2"}))
    for lang, scheme, prefix, run_env in runs:
        folder = tempfile.mkdtemp()
        subprocess.run(
            [sys.executable, __file__, lang, scheme, folder, prefix], check=True, env=run_env
        )


if __name__ == "__main__":
    main(sys.argv[1:])
