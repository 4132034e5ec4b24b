"""The printable drill pack (A4): the full script, one cue card per role, and a blank evaluation sheet.

The controller runs the drill from the script, each role holder gets only their own card (their steps and
their times), and the observer writes measured times against the targets on the evaluation sheet.
"""

from django.utils import translation
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Spacer, Table

from cms import pdf
from drills.models import ScenarioPage
from drills.selectors import Script, ScriptStep, scenario_script

BOX = "□"


def _step_text(step: ScriptStep, *, with_role: bool) -> str:
    lines = [_("%(role)s: %(action)s") % {"role": step.role, "action": step.action} if with_role else step.action]
    if step.inject:
        lines.append(_("Inject: %(text)s") % {"text": step.inject})
    if step.expected:
        lines.append(_("Expected: %(text)s") % {"text": step.expected})
    if step.success:
        lines.append(_("Success: %(text)s") % {"text": step.success})
    return "\n".join(lines)


def _script(scenario: ScenarioPage, script: Script) -> list:
    s = pdf.styles()
    story = [
        pdf.text(scenario.title, s.title),
        pdf.text(scenario.summary, s.body),
        pdf.text(
            "  ·  ".join(
                [
                    _("Type: %(type)s") % {"type": script.type_name},
                    _("For: %(levels)s") % {"levels": "、".join(script.levels)},
                    _("%(minutes)s minutes") % {"minutes": scenario.duration_minutes},
                ]
            ),
            s.small,
        ),
        pdf.text(_("Objectives"), s.heading),
        pdf.bullets(scenario.objective_list),
        pdf.text(_("Roles"), s.heading),
        pdf.table(
            [[_("Role"), _("Filled by"), _("Responsibilities")]]
            + [[role.name, role.filled_by, role.responsibilities] for role in script.roles],
            [34, 30, 110],
        ),
        pdf.text(_("Phases and timing targets"), s.heading),
        pdf.table(
            [[_("Phase"), _("Target (after the alarm)"), _("Done when")]]
            + [[p.name, ("≤ " + p.target) if p.target else "—", p.goal] for p in script.phases],
            [34, 36, 104],
        ),
        CondPageBreak(40 * mm),
        pdf.text(_("Timeline"), s.heading),
        pdf.text(_("Times are minutes:seconds after the alarm."), s.small),
    ]
    for phase in script.phases:
        title = phase.name + (("  ·  " + _("target ≤ %(time)s") % {"time": phase.target}) if phase.target else "")
        rows = [[_("Time"), _("Step")]] + [[step.time, _step_text(step, with_role=True)] for step in phase.steps]
        # A phase heading is never left alone at the foot of a page.
        story += [CondPageBreak(45 * mm), pdf.text(title, s.heading), pdf.table(rows, [18, 156])]
    if script.equipment:
        story += [
            pdf.text(_("Equipment checklist"), s.heading),
            pdf.table(
                [["", _("Item"), _("Quantity"), _("Kept at")]]
                + [[BOX, e["item"], e["quantity"], e["location"]] for e in script.equipment],
                [10, 80, 30, 54],
            ),
        ]
    if scenario.safety_control_list:
        story += [pdf.text(_("Safety controls"), s.heading), pdf.bullets(scenario.safety_control_list)]
    return story


def _cue_cards(scenario: ScenarioPage, script: Script) -> list:
    s = pdf.styles()
    story = []
    for role in script.roles:
        story += [
            PageBreak(),
            pdf.text(_("Cue card: %(role)s") % {"role": role.name}, s.title),
            pdf.text(scenario.title, s.small),
            pdf.text(_("Filled by: %(who)s") % {"who": role.filled_by}, s.body),
            *pdf.lines(role.responsibilities, s.body),
            Spacer(1, 3 * mm),
            pdf.table(
                [[_("Time"), _("Phase"), _("What you do")]]
                + [[step.time, step.phase, _step_text(step, with_role=False)] for step in role.steps],
                [18, 28, 128],
            ),
            Spacer(1, 3 * mm),
            pdf.text(_("Stop at once if anyone says the stop word or is really hurt."), s.small),
        ]
    return story


def _evaluation_sheet(scenario: ScenarioPage, script: Script) -> list:
    s = pdf.styles()
    blank = "____________________"
    met = _("%(box)s yes   %(box)s no") % {"box": BOX}
    story = [
        PageBreak(),
        pdf.text(_("Evaluation sheet"), s.title),
        pdf.text(scenario.title, s.small),
        pdf.text(
            "    ".join([_("Date: %(blank)s") % {"blank": blank}, _("School: %(blank)s") % {"blank": blank}]), s.body
        ),
        pdf.text(
            "    ".join(
                [_("Observer: %(blank)s") % {"blank": blank}, _("Participants: %(blank)s") % {"blank": "______"}]
            ),
            s.body,
        ),
        pdf.text(_("Measured times"), s.heading),
        pdf.text(_("Write the time from the alarm to the end of each phase as minutes:seconds."), s.small),
        pdf.table(
            [[_("Phase"), _("Target"), _("Measured time"), _("Target met?")]]
            + [[p.name, ("≤ " + p.target) if p.target else "—", "", met] for p in script.phases],
            [50, 30, 50, 44],
            # Room to write a time by hand on every phase's row.
            min_row_heights=[0] + [12 * mm] * len(script.phases),
        ),
    ]
    if scenario.evaluation_list:
        story += [
            pdf.text(_("Evaluation checklist"), s.heading),
            pdf.table(
                [["", _("Item"), _("Notes")]] + [[BOX, item, ""] for item in scenario.evaluation_list],
                [10, 100, 64],
            ),
        ]
    story += [
        pdf.text(_("What went well, what to improve"), s.heading),
        # An empty box tall enough to write in.
        Table([[""]], colWidths=[pdf.WIDTH], rowHeights=[45 * mm], style=[("BOX", (0, 0), (-1, -1), 0.5, colors.grey)]),
        Spacer(1, 6 * mm),
        pdf.text(_("Signed (drill leader): %(blank)s") % {"blank": blank}, s.body),
    ]
    return story


def scenario_pack_render(*, scenario: ScenarioPage) -> bytes:
    """Render in the scenario's own language, whatever language the request came in."""
    with translation.override(scenario.locale.language_code):
        script = scenario_script(scenario=scenario)
        story = _script(scenario, script) + _cue_cards(scenario, script) + _evaluation_sheet(scenario, script)
        return pdf.render_a4(
            story=story,
            title=scenario.title,
            header=_("SafeCampus drill pack") + " · " + scenario.title,
            footer=_("For school staff running the drill. Do not publish."),
        )
