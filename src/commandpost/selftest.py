"""Does this installation work? The checks behind ``commandpost selftest``, without the window.

Support asks it first, and the installer build runs it on the frozen application, so it goes
through what an installation can lose: the schema migrations (read from files at run time), the
shipped plans, the bundled Chinese font embedded in a PDF, the PostgreSQL driver (loaded only when
a ``postgresql`` URL is used), the keyring backends and the time zones (both found at run time).

Shape: an ordered list of steps on a throw-away SQLite database in a folder of its own; each step
gives one :class:`Check` (passed or not, and one line saying what it saw). A step that raises is a
failed check whose line is the error's sentence; the steps that need it are reported as not run,
and the independent ones still run, so one look shows everything that is wrong. The window's own
checks (``ui/selftest.py``) are added by the program's entry point, which alone may know Qt.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from commandpost.clock import Clock, utc_now

if TYPE_CHECKING:
    from commandpost.services.plans import PlanLibrary

ACTOR = "selftest"
DATABASE_FILE = "commandpost-selftest.sqlite3"
REPORT_FILE = "drill-report.pdf"
FONT_NAME = b"WenQuanYiMicroHei"


@dataclass(frozen=True, slots=True)
class Check:
    """One thing checked: its short name, whether it passed, what was seen (one line)."""

    name: str
    passed: bool
    detail: str


@dataclass(slots=True)
class Run:
    """What the steps share: the folder, the clock, and what earlier steps made."""

    folder: Path
    clock: Clock
    library: PlanLibrary | None = None
    drill_id: int | None = None
    plan_id: str = ""
    report: Path | None = None
    done: set[str] = field(default_factory=set)

    @property
    def database_url(self) -> str:
        from sqlalchemy.engine import URL

        path = self.folder / DATABASE_FILE
        return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


Step = Callable[[Run], str]


def database_url(folder: Path) -> str:
    """The URL of the self-test database in ``folder`` (the window's check opens it too)."""
    return Run(folder, utc_now).database_url


def run_checks(folder: Path, clock: Clock = utc_now) -> Iterator[Check]:
    """Run the checks in ``folder`` (which must exist and be empty of an old self-test), one
    :class:`Check` at a time as each finishes; the database is closed when the last is given."""
    run = Run(folder, clock)
    try:
        for name, needs, step in STEPS:
            missing = [n for n in needs if n not in run.done]
            if missing:
                yield Check(name, False, f"not run: it needs the {missing[0]} check to pass")
                continue
            try:
                detail = step(run)
            except Exception as error:
                yield Check(name, False, failure(error))
                continue
            run.done.add(name)
            yield Check(name, True, detail)
    finally:
        if run.library is not None:
            run.library.close()


def failure(error: BaseException) -> str:
    """An error as one line: its own sentence, else its kind."""
    text = " ".join(str(error).split())
    return text or type(error).__name__


# --- the steps ---------------------------------------------------------------------------------


def _database(run: Run) -> str:
    from commandpost.store.schema import upgrade

    summary = upgrade(run.database_url)  # an empty file: every migration runs, from the files
    if not summary.startswith("Created schema"):
        raise RuntimeError(f"the new database was not created as expected: {summary}")
    from commandpost.store.schema import HEAD_REVISION

    return f"new SQLite database created by the migrations, schema {HEAD_REVISION}"


def _plans(run: Run) -> str:
    from commandpost.services.plans import PlanLibrary
    from commandpost.services.startup import install_shipped_plans
    from commandpost.store.schema import open_database

    run.library = PlanLibrary(open_database(run.database_url), run.clock)
    results = install_shipped_plans(run.library)
    if not results:
        raise RuntimeError("no shipped plan was found")
    run.plan_id = results[0].plan_id
    return f"{len(results)} shipped plans imported and approved"


def _drill(run: Run) -> str:
    from commandpost.services.incidents import IncidentService

    assert run.library is not None
    plan = run.library.get(run.plan_id).plan
    service = IncidentService(run.library.database, run.clock)
    drill = service.declare(
        run.plan_id,
        plan.categories[0].key,
        plan.levels[0].key,
        "自检演练 Self-test drill",
        ACTOR,
        is_drill=True,
    )
    service.close(drill.id, ACTOR, "self-test")
    run.drill_id = drill.id
    return f"drill {drill.id} declared on {run.plan_id} ({drill.open_tasks} tasks) and closed"


def _report(run: Run) -> str:
    from commandpost.reports.export import Services, export_incident

    assert run.library is not None and run.drill_id is not None
    out = run.folder / REPORT_FILE
    services = Services.on(run.library.database, run.clock)
    run.report = export_incident(services, run.drill_id, out, "zh", kind="drill", actor=ACTOR)
    pages = check_pdf(run.report.read_bytes())
    return f"drill report written ({pages} pages, the Chinese font embedded): {run.report}"


def check_pdf(data: bytes) -> int:
    """The number of pages of a PDF whose font is the bundled one, embedded; else raise."""
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise RuntimeError("the file written is not a complete PDF")
    if FONT_NAME not in data or b"/FontFile2" not in data:
        raise RuntimeError("the PDF does not embed the bundled Chinese font")
    pages = len(re.findall(rb"/Type\s*/Page(?![a-z])", data))
    if pages == 0:
        raise RuntimeError("the PDF has no page")
    return pages


def _postgresql(_run: Run) -> str:
    import psycopg
    from sqlalchemy.dialects import registry

    registry.load("postgresql.psycopg")
    version = psycopg.pq.version()  # e.g. 170005 for 17.5
    libpq = f"{version // 10000}.{version % 100}"
    return f"driver psycopg {psycopg.__version__} loads ({psycopg.pq.__impl__} libpq {libpq})"


_PLATFORM_KEYRING = {"win32": "Windows", "darwin": "macOS"}


def _keyring(_run: Run) -> str:
    from importlib import import_module
    from importlib.metadata import entry_points

    import keyring

    from commandpost.settings import keyring_available

    found = {e.name for e in entry_points(group="keyring.backends")}
    wanted = _PLATFORM_KEYRING.get(sys.platform, "SecretService")
    if wanted not in found:
        raise RuntimeError(f"the {wanted} keyring backend is not installed with CommandPost")
    import_module(f"keyring.backends.{wanted}")
    if keyring_available():
        return f"passwords are kept in {type(keyring.get_keyring()).__name__}"
    return "no keyring service on this computer: database passwords are asked for at start"


def _time_zones(_run: Run) -> str:
    from zoneinfo import ZoneInfo

    import tzlocal

    ZoneInfo("Asia/Shanghai")
    return f"time zone data present; this computer's zone is {tzlocal.get_localzone_name()}"


STEPS: tuple[tuple[str, tuple[str, ...], Step], ...] = (
    ("database", (), _database),
    ("plans", ("database",), _plans),
    ("drill", ("plans",), _drill),
    ("report", ("drill",), _report),
    ("postgresql", (), _postgresql),
    ("keyring", (), _keyring),
    ("time zones", (), _time_zones),
)
"""Each step: its name, the steps it needs, and what it does."""
