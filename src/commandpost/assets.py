"""Where the shipped files are: fonts, icons and translations (``resources/``) and the stored
plans (``plans/``).

Wheels and frozen bundles carry both folders inside the package (``commandpost.resources`` and
``commandpost.shipped_plans``, see ``pyproject.toml``); a source checkout installed in editable
mode has them at the top of the repository. This module is the one place that knows both.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent.parent


def _folder(package: str, checkout_folder: str) -> Traversable:
    candidate = _CHECKOUT / checkout_folder
    if _CHECKOUT.name != "site-packages" and (_CHECKOUT / "pyproject.toml").is_file():
        return candidate
    return files(package)


def resource(*parts: str) -> Traversable:
    """A file under ``resources/``, e.g. ``resource("fonts", "wqy-microhei.ttc")``."""
    node = _folder("commandpost.resources", "resources")
    for part in parts:
        node = node / part
    return node


def shipped_plan_files() -> list[Traversable]:
    """The plan files shipped with the application, in name order."""
    folder = _folder("commandpost.shipped_plans", "plans")
    return sorted(
        (f for f in folder.iterdir() if f.name.endswith((".yaml", ".yml"))), key=lambda f: f.name
    )
