"""Reads for the drill library: the public door, the listing, a scenario's script laid out for people, whether
drill pages are private, and who may approve a version under review."""

import json
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from wagtail.models import Locale, Page, PageViewRestriction, WorkflowState

from cms.models import SchoolLevel
from cms.selectors import page_opens_for
from drills.access import READER_GROUPS
from drills.blocks import FilledBy
from drills.models import DrillLibraryPage, ScenarioIndexPage, ScenarioPage, ScenarioType
from drills.validation import format_offset

SCENARIOS_PER_PAGE = 20
PRIVATE_DRILL_PAGE_TYPES = (ScenarioIndexPage, ScenarioPage)


def is_private_drill_page(page: Page) -> bool:
    specific_class = page.specific_class
    return specific_class is not None and issubclass(specific_class, PRIVATE_DRILL_PAGE_TYPES)


def sealing_restrictions(*, using: str | None = None):
    """Privacy settings that keep a page for the drill readers: groups only, and no group outside them.
    (A setting with no group at all admits superusers only, which is private too.)"""
    return (
        PageViewRestriction.objects.using(using)
        .filter(restriction_type=PageViewRestriction.GROUPS)
        .exclude(groups__in=Group.objects.exclude(name__in=READER_GROUPS))
    )


def _self_and_ancestor_paths(path: str) -> list[str]:
    return [path[:end] for end in range(Page.steplen, len(path) + 1, Page.steplen)]


def path_is_sealed(*, path: str) -> bool:
    """Whether the page at `path` (or an ancestor) has a reader-group privacy setting."""
    return sealing_restrictions().filter(page__path__in=_self_and_ancestor_paths(path)).exists()


def drill_pages_exposed(*, using: str | None = None):
    """Scenario indexes and scenarios that no reader-group privacy setting covers. Empty unless someone went
    around the application (raw SQL, a fixture): such pages are not served and `manage.py check` fails."""
    pages = Page.objects.db_manager(using).type(*PRIVATE_DRILL_PAGE_TYPES)
    for path in sealing_restrictions(using=using).values_list("page__path", flat=True):
        pages = pages.exclude(path__startswith=path)
    return pages


def stays_private_under(*, page: Page, parent: Page) -> bool:
    """Whether `page` may be moved or copied below `parent` without leaving the reader groups' privacy. An index
    carries its own privacy setting wherever it goes; a scenario relies on the index above it."""
    if not issubclass(page.specific_class or Page, ScenarioPage):
        return True
    return issubclass(parent.specific_class or Page, ScenarioIndexPage) and path_is_sealed(path=parent.path)


def library_door(*, library: DrillLibraryPage, request) -> dict:
    """What the public library page may show: the way in, and whether this visitor may go through it."""
    index = ScenarioIndexPage.objects.child_of(library).live().first()
    return {
        "scenario_index": index,
        "can_open": index is not None
        and path_is_sealed(path=index.path)
        and page_opens_for(request=request, page=index),
    }


# Revision fields that say where a page is and what state it is in, not what it says. The editor saves a revision
# on approval whenever the form reports a change, and a save without a real change must not make the reviewer
# an editor. Comments are the reviewer's own notes, not the script.
_BOOKKEEPING_FIELDS = frozenset(
    {
        "alias_of",
        "content_type",
        "depth",
        "draft_title",
        "expired",
        "first_published_at",
        "has_unpublished_changes",
        "last_published_at",
        "latest_revision",
        "latest_revision_created_at",
        "live",
        "live_revision",
        "locale",
        "locked",
        "locked_at",
        "locked_by",
        "numchild",
        "owner",
        "path",
        "pk",
        "translation_key",
        "url_path",
        "wagtail_admin_comments",
    }
)


def _what_it_says(revision) -> dict:
    said = {}
    for name, value in revision.content.items():
        if name in _BOOKKEEPING_FIELDS:
            continue
        if isinstance(value, str) and value[:1] in ("[", "{"):
            try:  # a StreamField's JSON: compare the blocks, not how they were serialised
                value = json.loads(value)
            except ValueError:
                pass
        said[name] = value
    return said


def review_pending_editor_ids(*, page: Page, workflow_state: WorkflowState | None = None) -> set[int]:
    """Everyone who changed what the version waiting to go live says (any revision since the live one that
    differs from the one before it) or sent it to review. None of them may approve it."""
    page = Page.objects.get(pk=page.pk)
    revisions = list(page.revisions.order_by("pk"))
    editors: set[int] = set()
    previous = None
    for revision in revisions:
        pending = page.live_revision_id is None or revision.pk > page.live_revision_id
        if pending and revision.user_id is not None:
            if previous is None or _what_it_says(revision) != _what_it_says(previous):
                editors.add(revision.user_id)
        previous = revision
    if workflow_state is None:
        workflow_state = page.current_workflow_state
    if workflow_state is not None and workflow_state.requested_by_id:
        editors.add(workflow_state.requested_by_id)
    return editors


def review_may_approve(*, page: Page, user, workflow_state: WorkflowState | None = None) -> bool:
    """The four-eyes rule: only someone who neither edited nor submitted the pending version approves it."""
    if user is None or not user.is_authenticated:
        return False
    return user.pk not in review_pending_editor_ids(page=page, workflow_state=workflow_state)


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
