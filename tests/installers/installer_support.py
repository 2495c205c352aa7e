"""What the installer tests share: the result of one frozen build, and how its size is counted."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class FrozenBuild:
    """``packaging/build.py``'s run: the folder it made (dist/CommandPost), its exit status and
    what it printed."""

    folder: Path
    returncode: int
    output: str


def folder_size(folder: Path) -> int:
    """Bytes of the files in ``folder``; a symbolic link counts nothing (it is not a copy)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
