"""The duty ledger as the A4 record a school files (法治副校长履职台账), in the handouts' style (cms.pdf)."""

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, TableStyle

from cms import pdf
from tracking.reports.ledger import Ledger

# A label column and a value column, without grid lines: the record's header block.
FACTS = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]
)
SIGNATURES = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 14),
    ]
)


def hours(value) -> str:
    return f"{value:.1f}"


def day(value) -> str:
    return date_format(value, "DATE_FORMAT")


def span_text(ledger: Ledger) -> str:
    """The appointment, as the school year sees it: "from 15 February 2026", or its spans."""
    if len(ledger.spans) == 1 and ledger.appointed_until is None:
        start = ledger.appointed_from
        if start is None:
            return _("The whole school year")
        return _("Appointed from %(date)s") % {"date": day(start)}
    return "; ".join(f"{day(span.start)} – {day(span.end)}" for span in ledger.clipped_spans)


def duty_text(ledger: Ledger) -> str:
    figures = ledger.figures
    text = _("%(hours)s of %(duty)s class-hours confirmed") % {
        "hours": hours(figures.confirmed_hours),
        "duty": figures.duty_hours,
    }
    if figures.met:
        return text + " · " + _("Duty met")
    return text + " · " + _("%(missing)s class-hours still missing") % {"missing": hours(figures.missing_hours)}


def _session_rows(sessions) -> list[list[str]]:
    rows = [[_("Date"), _("Title"), _("Kind"), _("Topic"), _("Class-hours"), _("Attendance")]]
    for session in sessions:
        rows.append(
            [
                session.local_date.strftime("%Y-%m-%d"),
                session.display_title,
                str(session.get_kind_display()),
                str(session.topic.title) if session.topic_id else "—",
                hours(session.class_hours),
                str(session.attendance_total) if session.attendance_total is not None else "—",
            ]
        )
    return rows


SESSION_WIDTHS = [27, 57, 16, 30, 18, 26]  # mm; 174 in all, the A4 text width


def ledger_pdf_render(*, ledger: Ledger) -> bytes:
    """The ledger of `ledger_detail`, with the sessions confirmed, those still awaiting confirmation apart, and the
    lines the school signs."""
    s = pdf.styles()
    vp, school = ledger.vice_principal, ledger.school
    title = _("Rule-of-law vice principal duty ledger")
    year = _("School year %(year)s") % {"year": ledger.year.label}
    story = [pdf.text(title, s.title), pdf.text(year, s.small), Spacer(1, 2 * mm)]

    facts = [
        (_("School"), f"{school.name}（{school.code}）"),
        (_("Vice principal"), vp.name),
        (_("Sending agency"), " ".join(part for part in (vp.agency, vp.unit) if part)),
        (_("School year"), f"{day(ledger.year.first_day)} – {day(ledger.year.last_day)}"),
        (_("Appointment"), span_text(ledger)),
        (_("Duty"), duty_text(ledger)),
    ]
    story.append(
        pdf.table(
            [[pdf.text(label, s.body), pdf.text(value, s.body)] for label, value in facts], [32, 142], style=FACTS
        )
    )

    story.append(pdf.text(_("Confirmed sessions"), s.heading))
    if ledger.confirmed:
        story.append(pdf.table(_session_rows(ledger.confirmed), SESSION_WIDTHS))
        total = ngettext(
            "Total: %(count)s session, %(hours)s class-hours",
            "Total: %(count)s sessions, %(hours)s class-hours",
            ledger.figures.confirmed_sessions,
        ) % {
            "count": ledger.figures.confirmed_sessions,
            "hours": hours(ledger.figures.confirmed_hours),
        }
        story.append(pdf.text(total, s.body))
    else:
        story.append(pdf.text(_("No confirmed session in this school year."), s.body))

    if ledger.by_topic:
        story.append(pdf.text(_("Confirmed, by topic and by kind"), s.heading))
        for heading, breakdown in ((_("Topic"), ledger.by_topic), (_("Kind"), ledger.by_kind)):
            rows = [[heading, _("Sessions"), _("Class-hours")]]
            rows += [[row.label, str(row.sessions), hours(row.hours)] for row in breakdown]
            story += [pdf.table(rows, [110, 32, 32]), Spacer(1, 2 * mm)]

    story.append(pdf.text(_("Awaiting the school's confirmation (not counted yet)"), s.heading))
    if ledger.pending:
        story.append(pdf.table(_session_rows(ledger.pending), SESSION_WIDTHS))
        pending = ngettext(
            "%(count)s session, %(hours)s class-hours, counts once the school confirms it.",
            "%(count)s sessions, %(hours)s class-hours, count once the school confirms them.",
            ledger.figures.pending_sessions,
        ) % {
            "count": ledger.figures.pending_sessions,
            "hours": hours(ledger.figures.pending_hours),
        }
        story.append(pdf.text(pending, s.small))
    else:
        story.append(pdf.text(_("None."), s.body))

    if ledger.disputed:
        story.append(pdf.text(_("Disputed by the school (not counted)"), s.heading))
        story.append(pdf.table(_session_rows(ledger.disputed), SESSION_WIDTHS))

    story += [Spacer(1, 8 * mm), pdf.text(_("Checked by the school"), s.heading)]
    line = "＿" * 10
    signatures = [
        [pdf.text(_("Person in charge (signature):") + line, s.body), pdf.text(_("Date:") + line, s.body)],
        [pdf.text(_("School (seal):") + line, s.body), pdf.text("", s.body)],
    ]
    story.append(pdf.table(signatures, [100, 74], style=SIGNATURES))

    return pdf.render_a4(
        story=story,
        title=f"{title} · {vp.name} · {school.name} · {ledger.year.label}",
        header=f"{title} · {school.name} · {vp.name} · {ledger.year.label}",
        footer=_("Order No. 52: at least 4 class-hours of law education a year at each school."),
    )
