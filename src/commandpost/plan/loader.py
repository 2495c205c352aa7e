"""Read a plan file into a validated :class:`Plan`, or into errors a person can act on.

ruamel.yaml keeps the line of every key and list item, pydantic checks the shape and
``checks.py`` the cross-references; each error is mapped back to the line of the field it names.
Nothing here raises anything but :class:`PlanFileError` for a bad file.

Each problem's message is a translatable :class:`~commandpost.messages.Message` (context
``CorePlanFile``): ``str()`` is the English line the command line prints, and a window says the
same problem in its own language. File names, lines, field paths and the values quoted from the
file are data and stay as written; pydantic's own wording, where passed through, stays English.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from commandpost.messages import QT_TRANSLATE_NOOP, Message, Param, plain
from commandpost.plan.checks import Loc, cross_check
from commandpost.plan.model import FORMAT_VERSION, KEY_PATTERN, Plan, Text


@dataclass(frozen=True, slots=True)
class PlanProblem:
    """One thing wrong with a plan file, located."""

    file: str
    line: int | None
    path: str
    message: Message

    @property
    def said(self) -> Message:
        """The whole problem as one translatable line: file, line, field, message."""
        if self.line is not None and self.path:
            said = QT_TRANSLATE_NOOP("CorePlanFile", "{file}:{line}: {field}: {message}")
        elif self.line is not None:
            said = QT_TRANSLATE_NOOP("CorePlanFile", "{file}:{line}: {message}")
        elif self.path:
            said = QT_TRANSLATE_NOOP("CorePlanFile", "{file}: {field}: {message}")
        else:
            said = QT_TRANSLATE_NOOP("CorePlanFile", "{file}: {message}")
        return said.format(
            file=self.file, line=self.line or 0, field=self.path, message=self.message
        )

    def __str__(self) -> str:
        return str(self.said)


class PlanFileError(Exception):
    """A plan file that cannot be used; ``problems`` says every reason found, and ``message``
    says them all, one problem a line."""

    def __init__(self, problems: list[PlanProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems
        self.message = Message(
            "",
            "\n".join(f"{{p{i}}}" for i in range(len(problems))),
            {f"p{i}": p.said for i, p in enumerate(problems)},
        )


@dataclass(frozen=True)
class LoadedPlan:
    plan: Plan
    text: str
    name: str
    key_lines: dict[str, int] = field(default_factory=dict, compare=False)


_CANNOT_READ = QT_TRANSLATE_NOOP("CorePlanFile", "cannot read file: {reason}")
_NOT_UTF8 = QT_TRANSLATE_NOOP("CorePlanFile", "the file is not UTF-8 text; save it as UTF-8")
_NOT_YAML = QT_TRANSLATE_NOOP("CorePlanFile", "not valid YAML: {what}")


def load_plan_file(path: str | Path) -> LoadedPlan:
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise PlanFileError(
            [PlanProblem(name, None, "", _CANNOT_READ.format(reason=exc.strerror or str(exc)))]
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise PlanFileError([PlanProblem(name, line, "", _NOT_UTF8)]) from None
    return load_plan_text(text, name)


def load_plan_text(text: str, name: str) -> LoadedPlan:
    """Validate plan text; ``name`` is how errors refer to the file."""
    tree = _parse_yaml(text, name)
    try:
        plan = Plan.model_validate(_plain(tree))
    except ValidationError as exc:
        raise PlanFileError(_shape_problems(exc, tree, name)) from None
    findings = cross_check(plan)
    if findings:
        raise PlanFileError(
            [PlanProblem(name, _line_of(tree, loc), _path(loc), msg) for loc, msg in findings]
        )
    return LoadedPlan(plan, text, name, {"id": _line_of(tree, ("id",)) or 1})


def _parse_yaml(text: str, name: str) -> CommentedMap:
    yaml = YAML(typ="rt")
    try:
        tree = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        what = (exc.problem or exc.context or "invalid YAML").strip()
        raise PlanFileError([PlanProblem(name, line, "", _NOT_YAML.format(what=what))]) from None
    except YAMLError as exc:
        raise PlanFileError(
            [PlanProblem(name, None, "", _NOT_YAML.format(what=str(exc)))]
        ) from None
    if tree is None:
        empty = QT_TRANSLATE_NOOP("CorePlanFile", "the file is empty; expected a plan")
        raise PlanFileError([PlanProblem(name, 1, "", empty)])
    if not isinstance(tree, CommentedMap):
        not_a_plan = QT_TRANSLATE_NOOP(
            "CorePlanFile", "expected a plan: a mapping of fields (id: …, title: …)"
        )
        raise PlanFileError([PlanProblem(name, 1, "", not_a_plan)])
    if tree.get("format") not in (None, FORMAT_VERSION):
        raise PlanFileError(
            [
                PlanProblem(
                    name,
                    _line_of(tree, ("format",)),
                    "format",
                    QT_TRANSLATE_NOOP(
                        "CorePlanFile",
                        "this version of CommandPost reads plan format {version}, got {given}",
                    ).format(version=FORMAT_VERSION, given=repr(tree.get("format"))),
                )
            ]
        )
    return tree


def _plain(node: Any) -> Any:
    """ruamel's annotated containers and scalars as plain Python values."""
    if isinstance(node, dict):
        return {str(k) if isinstance(k, str) else k: _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if isinstance(node, bool) or node is None:
        return node
    for kind in (str, int, float):
        if isinstance(node, kind):
            return kind(node)
    return node


def _line_of(tree: Any, loc: Iterable[str | int]) -> int | None:
    """1-based line of the deepest node on ``loc`` that exists in the file."""
    node, line = tree, getattr(tree.lc, "line", 0) + 1
    for part in loc:
        if isinstance(node, CommentedMap) and part in node:
            line = (
                node.lc.value(part)[0] + 1 if _is_scalar(node[part]) else node.lc.key(part)[0] + 1
            )
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            line = node.lc.item(part)[0] + 1
            node = node[part]
        else:
            continue
    return line


def _is_scalar(node: Any) -> bool:
    return not isinstance(node, dict | list)


def _path(loc: Iterable[str | int]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _data_loc(tree: Any, loc: tuple[str | int, ...], missing: bool) -> Loc:
    """Drop the parts of a pydantic location that are not in the data (union branch tags)."""
    kept: list[str | int] = []
    node = tree
    for index, part in enumerate(loc):
        last = index == len(loc) - 1
        present = (isinstance(node, dict) and part in node) or (
            isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        )
        if present:
            kept.append(part)
            node = node[part]
        elif missing and last and isinstance(part, str):
            kept.append(part)
    return tuple(kept)


def _shape_problems(exc: ValidationError, tree: Any, name: str) -> list[PlanProblem]:
    problems: list[PlanProblem] = []
    seen: set[str] = set()
    for error in exc.errors(include_url=False):
        loc = _data_loc(tree, tuple(error["loc"]), error["type"] == "missing")
        path = _path(loc)
        if path in seen:  # one message per field, even when a union reports every branch
            continue
        seen.add(path)
        problems.append(PlanProblem(name, _line_of(tree, loc), path, _message(error, loc)))
    return problems


_PATTERNS = {
    KEY_PATTERN: QT_TRANSLATE_NOOP(
        "CorePlanFile",
        "a key: lower-case letters, digits, '_' or '-', starting with a letter or digit",
    ),
    r"^#[0-9A-Fa-f]{6}$": QT_TRANSLATE_NOOP(
        "CorePlanFile", "a colour written #RRGGBB, e.g. '#C62828'"
    ),
    r"^([01]\d|2[0-4]):[0-5]\d$": QT_TRANSLATE_NOOP(
        "CorePlanFile", "a time of day written HH:MM, e.g. '08:00'"
    ),
}

_GOT = {  # "expected …, got {given}", by what pydantic reports
    "text": QT_TRANSLATE_NOOP(
        "CorePlanFile", "expected a text in both languages, {{zh: …, en: …}}, got {given}"
    ),
    "mapping": QT_TRANSLATE_NOOP("CorePlanFile", "expected a mapping of fields, got {given}"),
    "list": QT_TRANSLATE_NOOP("CorePlanFile", "expected a list, got {given}"),
    "pattern": QT_TRANSLATE_NOOP("CorePlanFile", "expected {what}, got {given}"),
    "str": QT_TRANSLATE_NOOP("CorePlanFile", "expected text, got {given}"),
    "int": QT_TRANSLATE_NOOP("CorePlanFile", "expected a whole number, got {given}"),
    "float": QT_TRANSLATE_NOOP("CorePlanFile", "expected a number, got {given}"),
    "ge": QT_TRANSLATE_NOOP("CorePlanFile", "expected a number ≥ {least}, got {given}"),
}


def _message(error: Any, loc: Loc) -> Message:
    kind, ctx, given = error["type"], error.get("ctx", {}), error.get("input")
    expected = _expected_model(loc)
    shown = _show(given)
    if kind == "missing":
        return QT_TRANSLATE_NOOP("CorePlanFile", "required field is missing")
    if kind == "extra_forbidden":
        allowed = ", ".join(_fields_of(_expected_model(loc[:-1])))
        return QT_TRANSLATE_NOOP(
            "CorePlanFile", "unknown field {field}; expected one of {allowed}"
        ).format(field=repr(loc[-1]), allowed=allowed)
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return _GOT["text" if expected is Text else "mapping"].format(given=shown)
    if kind in ("tuple_type", "list_type"):
        return _GOT["list"].format(given=shown)
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        what = _PATTERNS.get(pattern) or QT_TRANSLATE_NOOP(
            "CorePlanFile", "text matching {pattern}"
        ).format(pattern=pattern)
        return _GOT["pattern"].format(what=what, given=shown)
    if kind == "string_too_short":
        return QT_TRANSLATE_NOOP("CorePlanFile", "must not be empty")
    if kind == "string_type":
        return _GOT["str"].format(given=shown)
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return _GOT["int"].format(given=shown)
    if kind in ("float_type", "float_parsing"):
        return _GOT["float"].format(given=shown)
    if kind == "greater_than_equal":
        return _GOT["ge"].format(least=str(ctx.get("ge")), given=shown)
    if kind == "too_short":
        return QT_TRANSLATE_NOOP(
            "CorePlanFile", "expected at least {count} item(s); the list is empty"
        ).format(count=str(ctx.get("min_length")))
    if kind == "literal_error":
        return _GOT["pattern"].format(what=str(ctx.get("expected")), given=shown)
    return plain(str(error["msg"]).removeprefix("Value error, "))


def _show(value: Any) -> Param:
    if isinstance(value, dict):
        return QT_TRANSLATE_NOOP("CorePlanFile", "a mapping")
    if isinstance(value, list):
        return QT_TRANSLATE_NOOP("CorePlanFile", "a list")
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _expected_model(loc: Loc) -> type[BaseModel] | None:
    """The model class a location in the plan is validated against, if any."""
    current: Any = Plan
    for part in loc:
        if isinstance(part, int):
            continue
        model = _model_in(current)
        if model is None or part not in model.model_fields:
            return None
        current = model.model_fields[part].annotation
    return _model_in(current)


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (tuple, typing.Union, types.UnionType, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
    return None


def _fields_of(model: type[BaseModel] | None) -> list[str]:
    if model is None:
        return []
    return [f.alias or name for name, f in model.model_fields.items()]
