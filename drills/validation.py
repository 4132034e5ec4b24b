"""Consistency rules for a drill script, shared by the page editor form and the services.

Pure Python over plain values, so the same rules give the same messages in the admin, in `load_demo` and in
tests. Messages are translated at the point they are produced (the active language of the request).
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Step:
    offset: int | None
    phase: str
    role: str


@dataclass(frozen=True)
class Phase:
    name: str
    target_seconds: int | None


@dataclass
class ScriptProblems:
    """Messages keyed by list position and field name, the way the editor shows them."""

    roles: dict[int, dict[str, str]] = field(default_factory=dict)
    phases: dict[int, dict[str, str]] = field(default_factory=dict)
    steps: dict[int, dict[str, str]] = field(default_factory=dict)
    timeline: str = ""

    def __bool__(self) -> bool:
        return bool(self.roles or self.phases or self.steps or self.timeline)

    def messages(self) -> list[str]:
        """Every problem as one line, for logs and command output."""
        lines = [self.timeline] if self.timeline else []
        for label, group in ((_("Role"), self.roles), (_("Phase"), self.phases), (_("Step"), self.steps)):
            for index, fields in sorted(group.items()):
                lines += [f"{label} {index + 1}: {message}" for message in fields.values()]
        return lines


def empty_timeline_message() -> str:
    return _("Add at least one step to the timeline before submitting or publishing.")


def format_offset(seconds: int) -> str:
    """90 -> '1:30'; offsets are written and printed as minutes:seconds after the alarm."""
    return f"{seconds // 60}:{seconds % 60:02d}"


def script_problems(
    *, roles: list[str], phases: list[Phase], steps: list[Step], require_timeline: bool
) -> ScriptProblems:
    problems = ScriptProblems()

    seen: set[str] = set()
    for index, name in enumerate(roles):
        if name in seen:
            problems.roles[index] = {"name": _("Another role already has this name.")}
        seen.add(name)

    seen = set()
    last_target: tuple[int, str] | None = None
    for index, phase in enumerate(phases):
        errors = {}
        if phase.name in seen:
            errors["name"] = _("Another phase already has this name.")
        seen.add(phase.name)
        if phase.target_seconds is not None:
            if phase.target_seconds <= 0:
                errors["target_seconds"] = _("A target must be more than 0 seconds after the alarm.")
            elif last_target is not None and phase.target_seconds <= last_target[0]:
                errors["target_seconds"] = _(
                    "Targets must increase from phase to phase: this one must be later than %(previous)s "
                    "(the target of “%(phase)s”)."
                ) % {"previous": format_offset(last_target[0]), "phase": last_target[1]}
            if "target_seconds" not in errors:
                last_target = (phase.target_seconds, phase.name)
        if errors:
            problems.phases[index] = errors

    role_names = set(roles)
    phase_names = {phase.name for phase in phases}
    previous: int | None = None
    for index, step in enumerate(steps):
        errors = {}
        if step.offset is not None:
            if step.offset < 0:
                errors["offset"] = _("The time cannot be before the alarm (it must be 0:00 or later).")
            elif previous is not None and step.offset < previous:
                errors["offset"] = _(
                    "Steps must be in time order: this step is at %(offset)s but the one before is at %(previous)s."
                ) % {"offset": format_offset(step.offset), "previous": format_offset(previous)}
            if "offset" not in errors:
                previous = step.offset
        if step.role and step.role not in role_names:
            errors["role"] = (
                _("“%(role)s” is not in the roles list. Use one of: %(roles)s.")
                % {"role": step.role, "roles": "、".join(roles)}
                if roles
                else _("“%(role)s” is not in the roles list. Add the role under Roles first.") % {"role": step.role}
            )
        if step.phase and step.phase not in phase_names:
            errors["phase"] = (
                _("“%(phase)s” is not one of the phases. Use one of: %(phases)s.")
                % {"phase": step.phase, "phases": "、".join(p.name for p in phases)}
                if phases
                else _("“%(phase)s” is not one of the phases. Add the phase under Phases first.")
                % {"phase": step.phase}
            )
        if errors:
            problems.steps[index] = errors

    if require_timeline and not steps:
        problems.timeline = empty_timeline_message()
    return problems


def stream_problems(*, roles, phases, timeline, require_timeline: bool) -> ScriptProblems:
    """script_problems over StreamField values (roles, phases, timeline), as the page and its form hold them."""
    return script_problems(
        roles=[block.value["name"] for block in roles or []],
        phases=[Phase(b.value["name"], b.value["target_seconds"]) for b in phases or []],
        steps=[Step(b.value["offset"], b.value["phase"], b.value["role"]) for b in timeline or []],
        require_timeline=require_timeline,
    )
