"""The plan list as last seen, kept in the user cache folder so that the next start shows it at
once. Opening the database costs SQLAlchemy's import (≈ 0.4 s) before the first row can be read;
with the snapshot the window lists the plans as soon as it is shown, marked as "last seen", and
the list from the database replaces it a moment later. Actions stay disabled until then, so
nothing is ever done on the strength of the snapshot.

One file per database URL; losing or corrupting it costs only that head start.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from commandpost.services.plan_records import PlanInfo, VersionInfo

FORMAT = 1
log = logging.getLogger(__name__)


def snapshot_path(cache_dir: Path, database_url: str) -> Path:
    digest = hashlib.sha256(database_url.encode("utf-8")).hexdigest()[:16]
    return cache_dir / f"plans-{digest}.json"


def save_snapshot(path: Path, plans: Sequence[PlanInfo]) -> None:
    """Write the list atomically; a failure is logged, never shown (it is only a cache)."""
    data = {"format": FORMAT, "plans": [asdict(p) for p in plans]}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".tmp")
        partial.write_text(json.dumps(data, default=_encode, ensure_ascii=False), "utf-8")
        partial.replace(path)
    except OSError as error:
        log.warning("could not keep the plan list snapshot %s: %s", path, error)


def load_snapshot(path: Path) -> list[PlanInfo] | None:
    """The list last saved for this database, or None when there is none worth showing."""
    try:
        data = json.loads(path.read_text("utf-8"))
        if data.get("format") != FORMAT:
            return None
        return [
            PlanInfo(p["plan_id"], tuple(_version(v) for v in p["versions"])) for p in data["plans"]
        ]
    except (OSError, ValueError, KeyError, TypeError) as error:
        if not isinstance(error, FileNotFoundError):
            log.warning("ignoring the plan list snapshot %s: %s", path, error)
        return None


def _encode(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot keep {type(value).__name__} in a snapshot")


def _version(data: dict[str, Any]) -> VersionInfo:
    fields = dict(data)
    for name in ("imported_at", "approved_at", "review_due_at"):
        if fields[name] is not None:
            fields[name] = datetime.fromisoformat(fields[name])
    return VersionInfo(**fields)
