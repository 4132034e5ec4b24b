"""The duty ledger in the admin (URL names `tracking_ledger`, `tracking_ledger_detail`, `tracking_ledger_pdf`):

- /admin/tracking/ledger/?year=2025 — the ledgers the user may see, for one school year (the current by default);
- /admin/tracking/ledger/<vp>/<school>/<year>/ — one ledger, with its sessions;
- /admin/tracking/ledger/<vp>/<school>/<year>/pdf/ — the same as the A4 record a school files.

Every URL asks `tracking.access`: a ledger the user may not read is a 403 whatever link led there, and a
vice principal without an appointment at that school in that year has no ledger (404).
"""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from tracking import access
from tracking.admin_responses import forbidden
from tracking.models import Appointment, School, VicePrincipal
from tracking.reports.ledger import Ledger, ledger_detail, ledger_years, ledgers_for
from tracking.reports.ledger_pdf import hours, ledger_pdf_render, span_text
from tracking.reports.periods import SchoolYear
from tracking.reports.views_common import parse_year
from tracking.views_calendar import session_admin_url

LIST_PAGE_SIZE = 200


def ledger_url(ledger: Ledger) -> str:
    return reverse("tracking_ledger_detail", args=ledger.key)


def progress_text(ledger: Ledger) -> str:
    """ "3.0 / 4 class-hours": what the progress bar shows, in words."""
    return _("%(hours)s / %(duty)s class-hours") % {
        "hours": hours(ledger.figures.confirmed_hours),
        "duty": ledger.figures.duty_hours,
    }


def progress_label(ledger: Ledger) -> str:
    """The progress bar's name for screen readers, which announce its value as a percentage: whose ledger it is
    (the dashboard and the list show several bars) and the figures in words."""
    return _("%(vice_principal)s at %(school)s: %(hours)s of %(duty)s class-hours confirmed") % {
        "vice_principal": ledger.vice_principal.name,
        "school": ledger.school.name,
        "hours": hours(ledger.figures.confirmed_hours),
        "duty": ledger.figures.duty_hours,
    }


def ledger_row(ledger: Ledger) -> dict:
    return {
        "ledger": ledger,
        "url": ledger_url(ledger),
        "progress_text": progress_text(ledger),
        "progress_label": progress_label(ledger),
        "confirmed_hours": hours(ledger.figures.confirmed_hours),
        "pending_hours": hours(ledger.figures.pending_hours),
        "missing_hours": hours(ledger.figures.missing_hours),
        "span": span_text(ledger),
    }


def session_links(sessions) -> list[dict]:
    return [
        {"session": session, "url": session_admin_url(session), "hours": hours(session.class_hours)}
        for session in sessions
    ]


class LedgerListView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "tracking/reports/ledger_list.html"
    page_title = gettext_lazy("Duty ledger")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not access.may_see_ledgers(request.user):
            return forbidden(
                request,
                _(
                    "Duty ledgers are for vice principals, school contacts and regional administrators; "
                    "you hold none of these roles."
                ),
            )
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        year, error = parse_year(self.request.GET.get("year"))
        behind_only = self.request.GET.get("behind") == "1"
        appointments = access.appointments_visible_to(user)
        ledgers = ledgers_for(appointments, year)
        met = sum(1 for ledger in ledgers if ledger.figures.met)
        shown = [ledger for ledger in ledgers if not (behind_only and ledger.figures.met)]
        years = ledger_years(appointments)
        if year not in years:
            years = sorted({*years, year}, reverse=True)
        context.update(
            {
                "year": year,
                "year_error": error,
                "years": years,
                "behind_only": behind_only,
                "rows": [ledger_row(ledger) for ledger in shown[:LIST_PAGE_SIZE]],
                "more": max(0, len(shown) - LIST_PAGE_SIZE),
                "total": len(ledgers),
                "met": met,
                "behind": len(ledgers) - met,
            }
        )
        return context


class LedgerMixin:
    """Looks up the ledger named in the URL, for a user who may read it."""

    def dispatch(self, request, *args, **kwargs):
        self.vice_principal = get_object_or_404(VicePrincipal, pk=kwargs["vp_id"])
        self.school = get_object_or_404(School.objects.select_related("region"), pk=kwargs["school_id"])
        if not access.can_see_ledger(request.user, vice_principal=self.vice_principal, school=self.school):
            return forbidden(request, _("You cannot read this vice principal's ledger at this school."))
        if not 2000 <= kwargs["year"] <= SchoolYear.current().start_year + 1:
            raise Http404
        self.year = SchoolYear(kwargs["year"])
        ledger = ledger_detail(vice_principal=self.vice_principal, school=self.school, year=self.year)
        if ledger is None:
            raise Http404("No appointment at this school in this school year.")
        self.ledger = ledger
        return super().dispatch(request, *args, **kwargs)


class LedgerDetailView(LedgerMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "tracking/reports/ledger_detail.html"
    header_icon = "table"

    def get_page_title(self):
        return _("Duty ledger")

    def get_page_subtitle(self):
        return f"{self.vice_principal.name} · {self.school.name} · {self.year.label}"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("tracking_ledger") + f"?year={self.year.start_year}", "label": _("Duty ledger")},
            {"url": "", "label": f"{self.vice_principal.name} · {self.year.label}"},
        ]

    @cached_property
    def other_years(self) -> list[dict]:
        """The school years in which the vice principal held an appointment at the school, newest first."""
        spans = list(
            Appointment.objects.filter(vice_principal=self.vice_principal, school=self.school).values_list(
                "start_date", "end_date"
            )
        )
        current = max(SchoolYear.current(), self.year)
        first = min(SchoolYear.of(start) for start, _end in spans)
        years = [SchoolYear(y) for y in range(current.start_year, first.start_year - 1, -1)]
        return [
            {
                "year": year,
                "url": reverse(
                    "tracking_ledger_detail", args=[self.vice_principal.pk, self.school.pk, year.start_year]
                ),
                "current": year == self.year,
            }
            for year in years
            if any(start <= year.last_day and (end is None or end >= year.first_day) for start, end in spans)
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        ledger = self.ledger
        context.update(
            {
                "ledger": ledger,
                "row": ledger_row(ledger),
                "pdf_url": reverse("tracking_ledger_pdf", args=ledger.key),
                "other_years": self.other_years,
                "sessions_sections": [
                    {
                        "id": "confirmed",
                        "heading": _("Confirmed sessions"),
                        "help": "",
                        "sessions": session_links(ledger.confirmed),
                        "empty": _("No confirmed session in this school year yet."),
                    },
                    {
                        "id": "pending",
                        "heading": _("Awaiting the school's confirmation (not counted yet)"),
                        "help": _("These count towards the duty once the school confirms them."),
                        "sessions": session_links(ledger.pending),
                        "empty": _("Nothing is waiting for the school's confirmation."),
                    },
                    {
                        "id": "disputed",
                        "heading": _("Disputed by the school (not counted)"),
                        "help": _("The vice principal corrects these and logs them again."),
                        "sessions": session_links(ledger.disputed),
                        "empty": "",
                    },
                ],
            }
        )
        return context


class LedgerPdfView(LedgerMixin, View):
    def get(self, request, *args, **kwargs):
        response = HttpResponse(ledger_pdf_render(ledger=self.ledger), content_type="application/pdf")
        filename = f"ledger-{self.year.start_year}-{self.school.code}-{self.vice_principal.pk}.pdf"
        response["Content-Disposition"] = f'inline; filename="{filename}"'
        patch_cache_control(response, private=True)
        return response
