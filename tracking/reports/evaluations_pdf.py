"""The yearly evaluation as an A4 PDF for the sending agency, in the handouts' style (cms.pdf): who, where, which
year, the rating and comments, the ledger as it stood when the school signed, and lines for signature and stamp."""

from django.utils import timezone
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, TableStyle

from cms import pdf
from tracking.models import Evaluation
from tracking.reports.counting import DUTY_CLASS_HOURS
from tracking.reports.evaluations import snapshot_of, year_of
from tracking.reports.periods import beijing

WIDTH_MM = round(pdf.WIDTH / mm)  # the text width, in millimetres as pdf.table takes it
DETAILS = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8eef5")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
)
SIGNATURES = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 14),
        ("LINEBELOW", (1, 0), (1, -1), 0.5, colors.black),
        ("LINEBELOW", (3, 0), (3, -1), 0.5, colors.black),
    ]
)


def beijing_time(value) -> str:
    if value is None:
        return ""
    local = timezone.localtime(value, beijing())
    return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"


def person(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def evaluation_pdf_render(*, evaluation: Evaluation) -> bytes:
    s = pdf.styles()
    vp, school = evaluation.vice_principal, evaluation.school
    year = year_of(evaluation)
    title = _("Yearly evaluation of the rule-of-law vice principal")
    story = [
        pdf.text(title, s.title),
        pdf.text(
            _("School year %(year)s · reported by the school to the sending agency (Order No. 52)")
            % {"year": year.label},
            s.small,
        ),
    ]
    if not evaluation.is_locked:
        story.append(
            pdf.text(
                _("DRAFT — not submitted: the rating may still change and the ledger is not copied in."), s.heading
            )
        )

    story.append(pdf.text(_("Vice principal and school"), s.heading))
    agency = vp.agency + (f" {vp.unit}" if vp.unit else "")
    rows = [
        [_("Vice principal"), vp.name],
        [_("Sending agency"), agency],
        [_("Police or staff number"), vp.badge_number or "—"],
        [_("School"), school.name],
        [_("School identification code"), school.code],
        [_("Region"), str(school.region)],
        [_("School year"), year.label],
    ]
    story.append(pdf.table(rows, [45, WIDTH_MM - 45], style=DETAILS))

    story.append(pdf.text(_("Evaluation"), s.heading))
    story.append(
        pdf.table(
            [
                [_("Rating"), evaluation.get_rating_display()],
                [_("Evaluation comments"), evaluation.comments or "—"],
            ],
            [45, WIDTH_MM - 45],
            style=DETAILS,
        )
    )

    story.append(pdf.text(_("Duty ledger when the evaluation was submitted"), s.heading))
    figures = snapshot_of(evaluation)
    if evaluation.is_locked:
        story.append(
            pdf.table(
                [
                    [_("Figure"), _("Value")],
                    [_("Confirmed class-hours"), f"{figures.confirmed_hours} / {DUTY_CLASS_HOURS}"],
                    [_("Confirmed sessions"), str(figures.confirmed_sessions)],
                    [_("Class-hours awaiting confirmation (not counted)"), str(figures.pending_hours)],
                    [_("Sessions awaiting confirmation (not counted)"), str(figures.pending_sessions)],
                    [
                        _("Yearly duty of %(hours)s class-hours") % {"hours": DUTY_CLASS_HOURS},
                        _("Met")
                        if figures.met
                        else _("%(hours)s class-hours missing") % {"hours": figures.missing_hours},
                    ],
                ],
                [100, WIDTH_MM - 100],
            )
        )
        story.append(Spacer(1, 3 * mm))
        story.append(
            pdf.text(
                _("Submitted by %(person)s on %(when)s (Beijing time).")
                % {"person": person(evaluation.submitted_by), "when": beijing_time(evaluation.submitted_at)},
                s.body,
            )
        )
    else:
        story.append(pdf.text(_("Copied in when the school submits the evaluation."), s.body))

    story += [
        Spacer(1, 8 * mm),
        pdf.table(
            [
                [_("Principal (signature)"), "", _("School (stamp)"), ""],
                [_("Date"), "", _("Received by the sending agency"), ""],
            ],
            [38, 48, 46, WIDTH_MM - 132],
            style=SIGNATURES,
            min_row_heights=[14 * mm, 14 * mm],
        ),
    ]
    return pdf.render_a4(
        story=story,
        title=f"{title} · {vp.name} · {year.label}",
        header=_("SafeCampus yearly evaluation") + f" · {school.name} · {vp.name} · {year.label}",
        footer=_("For the sending agency: %(agency)s") % {"agency": vp.agency},
    )
