"""Reads for the drill library: the public door, the listing, and a scenario's script laid out for people."""

from dataclasses import dataclass, field

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from wagtail.models import Locale

from cms.models import SchoolLevel
from cms.selectors import page_opens_for
from drills.blocks import FilledBy
from drills.models import DrillLibraryPage, ScenarioIndexPage, ScenarioPage, ScenarioType
from drills.validation import format_offset

SCENARIOS_PER_PAGE = 20


def library_door(*, library: DrillLibraryPage, request) -> dict:
    """What the public library page may show: the way in, and whether this visitor may go through it."""
    index = ScenarioIndexPage.objects.child_of(library).live().first()
    return {
        "scenario_index": index,
        "can_open": index is not None and page_opens_for(request=request, page=index),
    }


def localized_types(types) -> dict[int, ScenarioType]:
    """Each type's translation in the active language (or the type itself where there is none), in one query."""
    types = {t.pk: t for t in types}
    translations = {
        t.translation_key: t
        for t in ScenarioType.objects.filter(
            translation_key__in=[t.translation_key for t in types.values()], locale=Locale.get_active()
        )
    }
    return {pk: translations.get(t.translation_key, t) for pk, t in types.items()}


@dataclass(frozen=True)
class ScenarioCard:
    page: ScenarioPage
    type_name: str


@dataclass(frozen=True)
class ScenarioListing:
    page: PaginatorPage
    cards: list[ScenarioCard]
    types: list[ScenarioType]
    levels: list[SchoolLevel]
    type_slug: str
    level: str


def scenario_listing(*, index: ScenarioIndexPage, type_slug: str = "", level: str = "", page_number=1):
    scenarios = ScenarioPage.objects.child_of(index).live()
    localized = localized_types(ScenarioType.objects.filter(pk__in=scenarios.values("scenario_type_id")))
    types = sorted({t.slug: t for t in localized.values()}.values(), key=lambda t: t.pk)
    if type_slug in {t.slug for t in types}:
        scenarios = scenarios.filter(scenario_type__slug=type_slug)
    else:
        type_slug = ""
    levels = list(SchoolLevel.objects.all())
    if level in {lv.code for lv in levels}:
        scenarios = scenarios.filter(school_levels__code=level)
    else:
        level = ""
    page = Paginator(scenarios.prefetch_related("school_levels").order_by("path"), SCENARIOS_PER_PAGE).get_page(
        page_number
    )
    return ScenarioListing(
        page=page,
        cards=[ScenarioCard(page=s, type_name=localized[s.scenario_type_id].name) for s in page],
        types=types,
        levels=levels,
        type_slug=type_slug,
        level=level,
    )


@dataclass(frozen=True)
class ScriptStep:
    number: int
    offset: int
    phase: str
    role: str
    action: str
    inject: str
    expected: str
    success: str

    @property
    def time(self) -> str:
        return format_offset(self.offset)


@dataclass
class ScriptPhase:
    name: str
    target_seconds: int | None
    goal: str
    steps: list[ScriptStep] = field(default_factory=list)

    @property
    def target(self) -> str:
        return format_offset(self.target_seconds) if self.target_seconds else ""


@dataclass
class ScriptRole:
    name: str
    filled_by: str
    responsibilities: str
    steps: list[ScriptStep] = field(default_factory=list)


@dataclass(frozen=True)
class Script:
    type_name: str
    levels: list[str]
    phases: list[ScriptPhase]
    roles: list[ScriptRole]
    steps: list[ScriptStep]
    equipment: list[dict]


def scenario_script(*, scenario: ScenarioPage) -> Script:
    """The script grouped the ways people read it: by phase for the controller, by role for cue cards."""
    steps = [
        ScriptStep(
            number=number,
            offset=block.value["offset"] or 0,
            phase=block.value["phase"],
            role=block.value["role"],
            action=block.value["action"],
            inject=block.value["inject"],
            expected=block.value["expected"],
            success=block.value["success"],
        )
        for number, block in enumerate(scenario.timeline, start=1)
    ]
    phases = [
        ScriptPhase(name=b.value["name"], target_seconds=b.value["target_seconds"], goal=b.value["goal"])
        for b in scenario.phases
    ]
    roles = [
        ScriptRole(
            name=b.value["name"],
            filled_by=FilledBy.label(b.value["filled_by"]),
            responsibilities=b.value["responsibilities"],
        )
        for b in scenario.roles
    ]
    by_phase = {phase.name: phase for phase in phases}
    by_role = {role.name: role for role in roles}
    for step in steps:
        if step.phase in by_phase:
            by_phase[step.phase].steps.append(step)
        if step.role in by_role:
            by_role[step.role].steps.append(step)
    return Script(
        type_name=scenario.scenario_type.localized.name,
        levels=[str(level) for level in scenario.school_levels.all()],
        phases=phases,
        roles=roles,
        steps=steps,
        equipment=[dict(b.value) for b in scenario.equipment],
    )
