"""The plan's own names for its departments, levels, phases, categories and figures, in the
report's language, and how the plan's time limits and escalation steps are said.

A key the plan does not know (a record older than the plan text, an ad-hoc entry) is shown as
itself, so a report never fails on one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from commandpost.reports.words import number, word

if TYPE_CHECKING:
    from commandpost.plan.model import Due, EscalationRule, Plan, Standard, Task


class Names:
    def __init__(self, plan: Plan, lang: str) -> None:
        self.plan = plan
        self.lang = lang
        self._departments = {d.key: d.name.get(lang) for d in plan.departments}
        self._levels = {lv.key: lv.name.get(lang) for lv in plan.levels}
        self._colours = {lv.key: lv.colour for lv in plan.levels}
        self._phases = {p.key: p.name.get(lang) for p in plan.phases}
        self._categories = {c.key: c.name.get(lang) for c in plan.categories}
        self._figures = {f.key: f for f in plan.figures}
        self._rules = {r.key: r for r in plan.escalation}

    def department(self, key: str) -> str:
        return self._departments.get(key, key)

    def is_department(self, key: str) -> bool:
        return key in self._departments

    def level(self, key: str) -> str:
        return self._levels.get(key, key)

    def level_colour(self, key: str) -> str:
        return self._colours.get(key, "#757575")

    def phase(self, key: str) -> str:
        return self._phases.get(key, key)

    def category(self, key: str) -> str:
        return self._categories.get(key, key)

    def figure(self, key: str) -> str:
        figure = self._figures.get(key)
        return figure.name.get(self.lang) if figure is not None else key

    def figure_unit(self, key: str) -> str:
        figure = self._figures.get(key)
        return figure.unit.get(self.lang) if figure is not None else ""

    def figure_warning(self, key: str) -> float | None:
        figure = self._figures.get(key)
        return figure.warning_at if figure is not None else None

    def plan_title(self) -> str:
        return self.plan.title.get(self.lang)

    # --- the plan's rules in words -------------------------------------------------------------

    def due(self, due: Due | None) -> str:
        if due is None:
            return word(self.lang, "no_time_limit")
        key = "from_declaration" if due.from_ == "declaration" else "from_phase"
        text = word(self.lang, key, duration=due.within.label(self.lang))
        if due.remind_before is not None:
            reminder = word(self.lang, "remind_before", duration=due.remind_before.label(self.lang))
            text += ("，" if self.lang == "zh" else "; ") + reminder
        return text

    def audience(self, to: str) -> str:
        return word(
            self.lang, "the_command_group" if to == "command_group" else "the_department_head"
        )

    def rule_steps(self, rule: EscalationRule) -> str:
        parts = []
        for step in rule.steps:
            target = self.audience(step.to)
            if step.after.amount == 0:
                parts.append(word(self.lang, "at_once", target=target))
            else:
                parts.append(
                    word(self.lang, "after", duration=step.after.label(self.lang), target=target)
                )
        return ("；" if self.lang == "zh" else "; ").join(parts)

    def task_escalation(self, task: Task) -> str:
        key = task.escalation or self.plan.default_escalation
        rule = self._rules.get(key or "")
        if rule is None or task.due is None:
            return word(self.lang, "blank")
        return rule.name.get(self.lang) + "\n" + self.rule_steps(rule)

    def task_levels(self, task: Task) -> str:
        if task.levels == "all":
            return word(self.lang, "all_levels")
        return ("、" if self.lang == "zh" else ", ").join(self.level(k) for k in task.levels)

    def task_categories(self, task: Task) -> str:
        if task.categories == "all":
            return ""
        names = ("、" if self.lang == "zh" else ", ").join(
            self.category(k) for k in task.categories
        )
        return word(self.lang, "only_categories", names=names)

    def standard_kind(self, standard: Standard) -> str:
        return word(self.lang, f"std_{standard.kind}")

    def standard_value(self, standard: Standard) -> str:
        value = standard.value
        if isinstance(value, float):
            unit = standard.unit.get(self.lang) if standard.unit is not None else ""
            sign = {"at_most": "≤ ", "at_least": "≥ "}.get(standard.comparison or "", "")
            return f"{sign}{number(value)} {unit}".strip()
        return value.label(self.lang)
