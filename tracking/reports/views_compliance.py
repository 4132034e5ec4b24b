"""Drill compliance in the admin (Reports → Drill compliance).

- /admin/tracking/drills/compliance/?year=2025 (`tracking_drill_compliance`): the schools the user may see, with the
  school year's periods due, met and missed and the drills' pass rate; schools with a missed period first.
- /admin/tracking/drills/compliance/<school_id>/?year=2025 (`tracking_drill_compliance_school`): one school's
  months (quarters at a kindergarten) with their drills, each drill's phase times against the targets, and the
  trend over the year as SVG charts with their tables.

Superusers, school contacts (their schools), vice principals (schools they were appointed at during the year) and
regional administrators (schools under their codes) may look; anyone else gets a 403 on every URL.
"""

from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from tracking import access
from tracking.admin_responses import forbidden
from tracking.models import School, Session
from tracking.reports import charts
from tracking.reports.compliance import (
    MISSED,
    drill_compliance_summaries,
    school_drill_compliance,
)
from tracking.reports.periods import local_today
from tracking.reports.views_common import parse_year, year_choices
from tracking.views_calendar import session_admin_url


class ComplianceMixin(WagtailAdminTemplateMixin):
    header_icon = "tasks"

    def dispatch(self, request, *args, **kwargs):
        if not access.may_see_drill_compliance(request.user):
            return self.forbidden(gettext("Drill compliance is for schools, their vice principals and regions."))
        self.year, self.year_error = parse_year(request.GET.get("year"))
        return super().dispatch(request, *args, **kwargs)

    def forbidden(self, message: str) -> TemplateResponse:
        return forbidden(self.request, message)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "year": self.year,
                "year_error": self.year_error,
                "years": year_choices(self.year),
                "list_url": reverse("tracking_drill_compliance"),
            }
        )
        return context


class DrillComplianceListView(ComplianceMixin, TemplateView):
    template_name = "tracking/reports/compliance_list.html"
    page_title = _("Drill compliance")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        schools = access.drill_compliance_schools(self.request.user, self.year)
        rows = drill_compliance_summaries(schools=schools, year=self.year)
        rows.sort(key=lambda row: (row.totals.missed == 0, row.school.region.code, row.school.name))
        for row in rows:
            row.url = (
                reverse("tracking_drill_compliance_school", args=[row.school.pk]) + f"?year={self.year.start_year}"
            )
        context.update(
            {
                "rows": rows,
                "schools_missing": sum(1 for row in rows if row.totals.missed),
                "today": local_today(),
            }
        )
        return context


class SchoolDrillComplianceView(ComplianceMixin, TemplateView):
    template_name = "tracking/reports/compliance_school.html"

    def get(self, request, *args, **kwargs):
        self.school = get_object_or_404(School, pk=kwargs["school_id"])
        if not access.can_see_drill_compliance(request.user, self.school, self.year):
            return self.forbidden(
                gettext("You may not see this school's drill compliance for %(year)s.") % {"year": self.year.label}
            )
        return super().get(request, *args, **kwargs)

    def get_page_title(self):
        return gettext("Drill compliance: %(school)s") % {"school": self.school.name}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("tracking_drill_compliance") + f"?year={self.year.start_year}",
                "label": _("Drill compliance"),
            },
            {"url": "", "label": self.school.name},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        report = school_drill_compliance(school=self.school, year=self.year)
        visible = set(
            access.sessions_visible_to(self.request.user)
            .filter(pk__in=[drill.session_id for drill in report.drills])
            .values_list("pk", flat=True)
        )
        for drill in report.drills:
            drill.url = session_admin_url(Session(pk=drill.session_id)) if drill.session_id in visible else None
        trend_rows = self.trend_rows(report)
        context.update(
            {
                "report": report,
                "trend_rows": trend_rows,
                "trend_chart": self.trend_chart(report, trend_rows),
                "pass_chart": charts.bar_chart(
                    title=gettext("Drills passed per month (%)"),
                    labels=[month.short_label for month in report.month_pass_rates],
                    values=[month.rate for month in report.month_pass_rates],
                    unit="%",
                ),
                "missed_count": len(report.missed_periods),
                "MISSED": MISSED,
            }
        )
        return context

    @staticmethod
    def trend_rows(report) -> list[dict]:
        rows = []
        for drill in report.trend:
            phase = drill.key_phase
            rows.append(
                {
                    "drill": drill,
                    "phase": phase,
                    "label": date_format(drill.date, "MONTH_DAY_FORMAT"),
                    "share": None
                    if phase.measured_seconds is None
                    else round(phase.measured_seconds * 100 / phase.target_seconds),
                }
            )
        return rows

    @staticmethod
    def trend_chart(report, rows):
        if report.trend_target is not None:
            return charts.line_chart(
                title=gettext("Evacuation (or last phase) time of each drill, seconds after the alarm"),
                points=[(row["label"], row["phase"].measured_seconds) for row in rows],
                target=report.trend_target,
                unit=gettext("s"),
            )
        return charts.line_chart(
            title=gettext("Evacuation (or last phase) time of each drill, as a share of its target (%)"),
            points=[(row["label"], row["share"]) for row in rows],
            target=100,
            unit="%",
        )
