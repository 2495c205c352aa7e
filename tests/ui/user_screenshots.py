"""Render the sign-in and user windows offscreen, in Chinese and in English: the first run's
"create the administrator", the sign-in dialog refusing a wrong password, the main window as a
department liaison and as an observer (with a liaison's checklist on another department), the
users dialog and the audit trail.

Run: ``.venv/bin/python tests/ui/user_screenshots.py [FOLDER]`` (default ``screenshots/``,
gitignored). Not a test: people look at the PNGs for clipping, missing glyphs and untranslated
words. Each language renders in its own process, as the application runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, when run as a script
from ui.incident_screenshots import TEXTS, Clock, settle

if TYPE_CHECKING:
    from commandpost.ui.main_window import MainWindow

PLAN = "24h-service-guarantee"
T0 = datetime(2026, 6, 1, 1, 0, tzinfo=UTC)
PASSWORD = "a long enough password"


def stage(url: str, lang: str, clock: Clock) -> None:
    """Users, and an incident forty minutes in with a few tasks done."""
    from commandpost.access import Role
    from commandpost.services.incidents import IncidentService
    from commandpost.services.startup import open_library
    from commandpost.services.users import SignInError, UserService

    texts = TEXTS[lang]
    library = open_library(url, clock)
    users = UserService(library.database, clock)
    zh = lang == "zh"
    users.create_first_admin("admin", PASSWORD, "张管理" if zh else "Zhang Admin")
    users.add("admin", "li", PASSWORD, {Role.COMMAND_LEAD}, (), "李建国" if zh else "Li Jianguo")
    users.add(
        "admin", "wang", PASSWORD, {Role.LIAISON}, {"customer_service"}, "王五" if zh else "Wang Wu"
    )
    users.add("admin", "zhao", PASSWORD, {Role.OBSERVER}, (), "赵六" if zh else "Zhao Liu")
    users.add("admin", "sun", PASSWORD, {Role.LIAISON}, {"technical", "logistics"}, "")
    users.disable("admin", "sun")
    service = IncidentService(library.database, clock)
    incident = service.declare(PLAN, "sudden_problem", "major", texts["title"], "li", "")
    clock.now = T0 + timedelta(minutes=5)
    service.tick(service.find_task(incident.id, "cs-record-ticket").id, "wang")
    clock.now = T0 + timedelta(minutes=12)
    service.advance_phase(incident.id, "li")
    clock.now = T0 + timedelta(minutes=40)
    for _ in range(2):
        with suppress(SignInError):  # refused, as wanted: the audit trail shows the failures
            users.sign_in("zhao", "wrong password")
    service.dispose()
    library.close()


def ready(window: MainWindow) -> bool:
    """Every tab open, the alerts listed, the department names read, nothing reading."""
    alerts = window.desk.alerts
    return (
        window.desk.drills is not None
        and alerts is not None
        and alerts.model.rowCount() > 0
        and bool(window.account.names)
        and not window.runner.busy
    )


def shoot(window: MainWindow, name: str, folder: str, lang: str) -> None:
    """The main window as this user sees it, and what only they open."""
    from commandpost.access import Role
    from commandpost.ui.user_forms import UserForm

    if name != "admin":
        window.show_incidents()
        window.incidents.incident_view.selectRow(0)
        grab(window, folder, f"main_{name}", lang)
    if name == "liaison":
        checklist = window.incidents.open_checklist(None, "channel_operations")
        assert checklist is not None
        settle(lambda: checklist.panel.model is not None and not checklist.runner.busy)
        checklist.panel.set_filter("all")
        checklist.panel.view.selectRow(0)
        grab(checklist, folder, "checklist_other_department", lang)
    if name == "admin":
        dialog = window.account.open_users()
        assert dialog is not None
        settle(lambda: dialog.model.rowCount() > 0)
        dialog.select("wang")
        grab(dialog, folder, "users", lang)
        form = dialog.ask_add()
        assert isinstance(form, UserForm)
        form.fields["username"].setText("zhou")
        form.fields["displayName"].setText("周八" if lang == "zh" else "Zhou Ba")
        form.choose([Role.LIAISON], ["customer_service", "technical"])
        grab(form, folder, "add_user", lang)
        form.reject()
        audit = window.account.open_audit()
        assert audit is not None
        settle(lambda: audit.model.rowCount() > 0)
        audit.verify()
        settle(audit.buttons["verify"].isEnabled)
        grab(audit, folder, "audit", lang)


def grab(widget: object, folder: str, name: str, lang: str) -> None:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    settle()
    path = Path(folder) / f"{name}_{lang}.png"
    widget.grab().save(str(path))
    print(path)


def render(lang: str, url: str, folder: str) -> None:
    from PySide6.QtWidgets import QApplication

    from commandpost.services.startup import open_library
    from commandpost.services.users import UserService
    from commandpost.ui.app import open_main_window, prepare_application
    from commandpost.ui.sign_in import FirstRunDialog, SignInDialog
    from commandpost.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    prepare_application(app, lang)
    clock = Clock(T0)
    runner = TaskRunner()

    fresh = open_library(url, clock)
    first = FirstRunDialog(runner, UserService(fresh.database, clock), url)
    first.fields["username"].setText("admin")
    first.fields["displayName"].setText("张管理" if lang == "zh" else "Zhang Admin")
    first.fields["password"].setText("short")
    first.fields["passwordAgain"].setText("shorter")
    first.show()
    first.accept()  # the two problems on the red line
    grab(first, folder, "first_run", lang)
    first.close()
    fresh.close()

    stage(url, lang, clock)
    library = open_library(url, clock)
    users = UserService(library.database, clock)
    sign_in = SignInDialog(runner, "wang", url)
    sign_in.show()
    sign_in.set_users(users)
    sign_in.fields["password"].setText("not the password")
    sign_in.accept()
    settle(sign_in.problem.isVisible)
    grab(sign_in, folder, "sign_in", lang)
    sign_in.close()
    runner.shutdown()

    for who, name in (("wang", "liaison"), ("zhao", "observer"), ("admin", "admin")):
        window = open_main_window(url, lang, who, clock, identity=users.identity(who))
        window.resize(1400, 860)
        settle(lambda: ready(window))  # noqa: B023 (called at once, in this turn)
        shoot(window, name, folder, lang)
        window.close()
    library.close()


def main(argv: list[str]) -> None:
    if argv and argv[0] in ("zh", "en"):
        render(*argv)
        return
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parents[2] / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TZ": "Asia/Shanghai"}
    for lang in ("zh", "en"):
        url = f"sqlite:///{tempfile.mkdtemp()}/shots.sqlite3"
        subprocess.run([sys.executable, __file__, lang, url, str(folder)], check=True, env=env)


if __name__ == "__main__":
    main(sys.argv[1:])
