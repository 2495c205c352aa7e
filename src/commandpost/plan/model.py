"""The emergency plan as validated, immutable data (see ``docs/plan-format.md``).

The shape of each field is checked here by pydantic; rules that relate fields to each other
(a task's department must exist, ranks go up by one…) are in ``checks.py`` so that every error
can point at the exact field that breaks them.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    StrictFloat,
    StrictInt,
    StrictStr,
    StringConstraints,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from commandpost.plan.durations import Duration, DurationError

FORMAT_VERSION = 1

DurationField = Annotated[
    Duration,
    PlainValidator(Duration.parse),
    PlainSerializer(str, return_type=str),
    WithJsonSchema({"type": "string"}),
]
KEY_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
Key = Annotated[StrictStr, StringConstraints(pattern=KEY_PATTERN, max_length=64)]


def _all_or_keys(value: object) -> str | tuple[str, ...]:
    if value == "all":
        return "all"
    if (
        isinstance(value, list | tuple)
        and value
        and all(isinstance(v, str) and re.match(KEY_PATTERN, v) for v in value)
    ):
        return tuple(value)
    raise PydanticCustomError(
        "all_or_keys", "expected 'all' or a non-empty list of keys, e.g. [major, critical]"
    )


def _duration_or_number(value: object) -> Duration | float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    try:
        return Duration.parse(value)
    except DurationError:
        raise PydanticCustomError(
            "duration_or_number", "expected a number or a duration such as '24 h'"
        ) from None


AllOrKeys = Annotated[
    str | tuple[str, ...],
    PlainValidator(_all_or_keys),
    PlainSerializer(lambda v: v if v == "all" else list(v)),
    WithJsonSchema({"type": "array"}),
]
DurationOrNumber = Annotated[
    Duration | float,
    PlainValidator(_duration_or_number),
    PlainSerializer(lambda v: v if isinstance(v, float) else str(v)),
    WithJsonSchema({"type": "string"}),
]
Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
ClockTime = Annotated[str, StringConstraints(pattern=r"^([01]\d|2[0-4]):[0-5]\d$")]
NonEmpty = Annotated[StrictStr, StringConstraints(strip_whitespace=True, min_length=1)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Text(_Frozen):
    """A visible text in both languages; Chinese is the primary one."""

    zh: NonEmpty
    en: NonEmpty

    def get(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class Source(_Frozen):
    document: NonEmpty
    title: Text
    note: Text | None = None


class Contact(_Frozen):
    role: Text
    name: str = ""
    phone: str = ""
    hours: Text | None = None


class CommandGroup(_Frozen):
    name: Text
    responsibilities: tuple[Text, ...] = ()
    contacts: tuple[Contact, ...] = ()


class Department(_Frozen):
    key: Key
    name: Text
    head: Contact
    responsibilities: tuple[Text, ...] = ()
    contacts: tuple[Contact, ...] = ()


class Category(_Frozen):
    key: Key
    name: Text
    description: Text | None = None
    departments: tuple[Key, ...] = ()


class Level(_Frozen):
    key: Key
    rank: StrictInt = Field(ge=1)
    name: Text
    colour: Colour
    criteria: Text
    report_every: DurationField | None = None


class Phase(_Frozen):
    key: Key
    name: Text
    description: Text | None = None


class EscalationStep(_Frozen):
    after: DurationField
    to: Literal["department_head", "command_group"]


class EscalationRule(_Frozen):
    key: Key
    name: Text
    steps: tuple[EscalationStep, ...] = Field(min_length=1)


class Due(_Frozen):
    within: DurationField
    from_: Literal["declaration", "phase"] = Field(alias="from")
    remind_before: DurationField | None = None

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class Task(_Frozen):
    key: Key
    department: Key
    phase: Key
    levels: AllOrKeys
    categories: AllOrKeys = "all"
    title: Text
    detail: Text | None = None
    due: Due | None = None
    escalation: Key | None = None

    def applies_at(self, level: str) -> bool:
        return self.levels == "all" or level in self.levels


class Figure(_Frozen):
    key: Key
    name: Text
    unit: Text
    warning_at: StrictFloat | None = None


class Standard(_Frozen):
    key: Key
    kind: Literal["time_limit", "cadence", "retention", "target"]
    name: Text
    value: DurationOrNumber
    unit: Text | None = None
    comparison: Literal["at_most", "at_least"] | None = None
    condition: Text | None = None


class Shift(_Frozen):
    key: Key
    name: Text
    start: ClockTime
    end: ClockTime
    staffing: Text | None = None


class Cycle(_Frozen):
    every: DurationField
    note: Text | None = None


class Provision(_Frozen):
    title: Text
    text: Text


class Plan(_Frozen):
    format: Literal[1]
    id: Key
    version: StrictInt = Field(ge=1)
    title: Text
    scope: Text
    source: Source
    command_group: CommandGroup
    departments: tuple[Department, ...] = Field(min_length=1)
    categories: tuple[Category, ...] = Field(min_length=1)
    levels: tuple[Level, ...] = Field(min_length=1)
    phases: tuple[Phase, ...] = Field(min_length=1)
    escalation: tuple[EscalationRule, ...] = ()
    default_escalation: Key | None = None
    tasks: tuple[Task, ...] = Field(min_length=1)
    figures: tuple[Figure, ...] = ()
    standards: tuple[Standard, ...] = ()
    shifts: tuple[Shift, ...] = ()
    drills: Cycle
    review: Cycle
    provisions: tuple[Provision, ...] = ()

    def department(self, key: str) -> Department:
        return next(d for d in self.departments if d.key == key)

    def level(self, key: str) -> Level:
        return next(lv for lv in self.levels if lv.key == key)

    def tasks_for(self, department: str, level: str | None = None) -> list[Task]:
        """A department's tasks in phase order, optionally only those that apply at a level."""
        phase_order = {p.key: i for i, p in enumerate(self.phases)}
        chosen = [
            t
            for t in self.tasks
            if t.department == department and (level is None or t.applies_at(level))
        ]
        return sorted(chosen, key=lambda t: phase_order[t.phase])

    def to_document(self) -> dict[str, object]:
        """The plan as plain JSON-able data, the form kept in the database."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)

    @classmethod
    def from_document(cls, document: dict[str, object]) -> Plan:
        return cls.model_validate(document)
