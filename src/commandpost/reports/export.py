"""Exporting reports to files: the one place in ``reports`` that asks the services for records.

``export_incident`` prints an incident's review (a drill's as the after-action report, unless
asked otherwise), ``export_plan`` a plan version's binder, ``export_batch`` every incident and
drill closed in a period into a folder, one PDF each, with ``index.csv`` listing them (UTF-8 with
a byte-order mark, so spreadsheet programs read the Chinese correctly).

Each takes :class:`Services`, a :class:`~commandpost.store.engine.Database` or a database URL
(opened for the call and released after it). Reading a review opens its first revision (a draft)
if nobody has yet and the actor may write reviews; for anyone else it is an empty draft, not
stored, as the review service answers every reader.

Every export needs ``Permission.EXPORT``, checked once before anything is written.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from commandpost.access import Permission
from commandpost.clock import Clock, utc_now
from commandpost.messages import QT_TRANSLATE_NOOP
from commandpost.reports import drill_report, incident_review, plan_binder
from commandpost.reports.document import Cancelled, Progress, ReportCancelled
from commandpost.reports.words import check_lang, local_time, word
from commandpost.services.access import check
from commandpost.services.incident_base import IncidentError
from commandpost.services.incident_records import IncidentSummary
from commandpost.services.plans import PlanLibrary
from commandpost.services.reviews import ReviewService
from commandpost.store.engine import Database

INDEX_NAME = "index.csv"
KINDS = ("review", "drill")
_STEPS = 1000  # progress units per report in a batch


@dataclass(frozen=True, slots=True)
class Services:
    """The services exports read from, on one database."""

    reviews: ReviewService
    library: PlanLibrary

    @classmethod
    def on(cls, db: Database, clock: Clock = utc_now) -> Services:
        return cls(ReviewService(db, clock), PlanLibrary(db, clock))


Source = Services | Database | str


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What a batch export wrote: one PDF per incident or drill, in closing order, and the
    index listing them."""

    folder: Path
    incidents: tuple[IncidentSummary, ...]
    files: tuple[Path, ...]
    index: Path


EXPORTING = QT_TRANSLATE_NOOP("CoreAccess", "export reports")
"""The action an export is checked for."""


@contextmanager
def _services(source: Source) -> Iterator[Services]:
    if isinstance(source, Services):
        yield source
        return
    if isinstance(source, Database):
        yield Services.on(source)
        return
    from commandpost.services.startup import open_library

    library = open_library(source)
    try:
        yield Services(ReviewService(library.database), library)
    finally:
        library.close()


def file_name(incident: IncidentSummary) -> str:
    """The name a batch gives an incident's report, e.g. ``incident-12-review.pdf``."""
    kind = "drill" if incident.is_drill else "incident"
    return f"{kind}-{incident.id}-review.pdf"


def _write_incident(
    services: Services,
    incident_id: int,
    out: Path | str,
    lang: str,
    kind: str | None,
    actor: str,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> Path:
    facts = services.reviews.facts(incident_id)
    if kind == "drill" and not facts.incident.is_drill:
        raise IncidentError(
            QT_TRANSLATE_NOOP(
                "CoreReviews",
                "incident {incident} is not a drill; its report is the incident review",
            ).format(incident=incident_id)
        )
    review = services.reviews.review(incident_id, actor)
    drill = facts.incident.is_drill if kind is None else kind == "drill"
    build = drill_report.build if drill else incident_review.build
    return build(facts, review, lang, out, progress, cancelled)


def export_incident(
    source: Source,
    incident_id: int,
    out: Path | str,
    lang: str = "zh",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    kind: str | None = None,
    actor: str,
) -> Path:
    """The review of a closed incident or drill as a PDF at ``out``. ``kind`` None picks by the
    incident (a drill gets the after-action report); "review" or "drill" asks for one."""
    check_lang(lang)
    if kind is not None and kind not in KINDS:
        raise ValueError(f"kind is one of {', '.join(KINDS)}, not {kind!r}")
    with _services(source) as services:
        check(services.library.database, actor, Permission.EXPORT, action=EXPORTING)
        return _write_incident(services, incident_id, out, lang, kind, actor, progress, cancelled)


def export_plan(
    source: Source,
    plan_id: str,
    out: Path | str,
    lang: str = "zh",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    version: int | None = None,
    actor: str,
) -> Path:
    """A plan version's binder as a PDF (by default the approved version, else the newest).
    ``actor`` is who exports: a user allowed to export (any name on a database without users)."""
    check_lang(lang)
    with _services(source) as services:
        check(services.library.database, actor, Permission.EXPORT, action=EXPORTING)
        detail = services.library.get(plan_id, version)
    return plan_binder.build(detail.plan, detail, lang, out, progress, cancelled)


def period(since: date | datetime, until: date | datetime) -> tuple[datetime, datetime]:
    """The period as times: a date given for ``since`` starts at its local midnight, a date
    given for ``until`` includes that whole day; a time without a zone is local time."""

    def moment(value: date | datetime, next_day: bool) -> datetime:
        if isinstance(value, datetime):
            return value if value.tzinfo else value.astimezone()
        day = value + timedelta(days=1) if next_day else value
        return datetime.combine(day, time()).astimezone()

    return moment(since, False), moment(until, True)


def export_batch(
    services: Source,
    since: date | datetime,
    until: date | datetime,
    folder: Path | str,
    lang: str = "zh",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    actor: str,
    written: Callable[[Path], None] | None = None,
) -> BatchResult:
    """One PDF per incident or drill closed in the period (see :func:`period`), and
    ``index.csv``. ``written(path)`` is told of each file as it is finished. Cancelled, the
    files this batch wrote are removed again: a cancelled batch leaves nothing behind."""
    check_lang(lang)
    target = Path(folder)
    start, end = period(since, until)
    done_files: list[Path] = []
    with _services(services) as chosen:
        check(chosen.library.database, actor, Permission.EXPORT, action=EXPORTING)
        incidents = tuple(chosen.reviews.closed_between(start, end))
        total = (len(incidents) + 1) * _STEPS
        try:
            for n, incident in enumerate(incidents):
                out = target / file_name(incident)

                def step(done: int, whole: int, base: int = n * _STEPS) -> None:
                    if progress is not None:
                        progress(base + done * _STEPS // max(whole, 1), total)

                _write_incident(chosen, incident.id, out, lang, None, actor, step, cancelled)
                done_files.append(out)
                if written is not None:
                    written(out)
            if cancelled is not None and cancelled():
                raise ReportCancelled("the export was cancelled")
            index = write_index(target / INDEX_NAME, incidents, done_files, lang)
        except BaseException:
            for path in done_files:
                path.unlink(missing_ok=True)
            raise
    if written is not None:
        written(index)
    if progress is not None:
        progress(total, total)
    return BatchResult(target, incidents, tuple(done_files), index)


def write_index(
    path: Path, incidents: tuple[IncidentSummary, ...], files: list[Path], lang: str
) -> Path:
    """The list of exported reports as CSV (UTF-8 with BOM), written atomically."""
    header = [
        word(lang, key)
        for key in (
            "incident_no",
            "title",
            "kind",
            "plan",
            "version",
            "declared",
            "closed",
            "file",
        )
    ]
    buffer = io.StringIO(newline="")
    table = csv.writer(buffer)
    table.writerow(header)
    for incident, file in zip(incidents, files, strict=True):
        table.writerow(
            [
                incident.id,
                incident.title,
                word(lang, "drill" if incident.is_drill else "real"),
                incident.plan_id,
                incident.plan_version,
                local_time(incident.declared_at),
                local_time(incident.closed_at),
                file.name,
            ]
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.part")
    try:
        temp.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
        temp.replace(path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return path
