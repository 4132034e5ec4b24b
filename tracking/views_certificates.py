"""Annual certificates in the admin (Reports → Annual certificates), for superusers and regional administrators:

- /admin/tracking/certificates/annual/?region=110101&year=2025 — how many vice principals of the region met the
  duty that year, how many hold their certificate already, and "Issue all" (POST …/annual/issue/);
- /admin/tracking/certificates/runs/<id>/ — a run's progress (the page reloads itself while it works) and one ZIP
  per school; …/resume/ queues a failed or stalled run again; …/files/<id>/ downloads a school's ZIP.

Every URL asks `tracking.certify_bulk.may_issue` for the region concerned: a region the user does not administer is
a 403, whatever link led there.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from tracking import access, certify
from tracking.admin_responses import forbidden
from tracking.certify_bulk import bulk_issue_resume, bulk_issue_start, may_issue, regions_for
from tracking.forms import AnnualIssueForm, apply_service_errors
from tracking.models import BulkIssue, BulkIssueFile, Region
from tracking.reports.periods import SchoolYear
from tracking.reports.views_common import parse_year, year_choices

REFRESH_SECONDS = 3
RUNS_SHOWN = 10


def _refuse(request):
    return forbidden(
        request,
        _("Annual certificates are issued by regional administrators, for their own region only."),
        back_url=reverse("wagtailadmin_home"),
    )


def run_url(run: BulkIssue) -> str:
    return reverse("tracking_certificate_run", args=[run.pk])


class AnnualCertificatesView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "tracking/certificates/annual.html"
    page_title = gettext_lazy("Annual certificates")
    header_icon = "doc-full"
    form = None  # the "Issue all" form sent back with its errors (IssueAllView)

    def params(self):
        return self.request.GET

    def dispatch(self, request, *args, **kwargs):
        if not access.may_see_region_reports(request.user):
            return _refuse(request)
        self.regions = list(regions_for(request.user))
        code = self.params().get("region") or access.default_report_region(request.user)
        if not code and self.regions:
            code = self.regions[0].code
        self.region = next((region for region in self.regions if region.code == code), None)
        if self.region is None or not may_issue(request.user, region_code=self.region.code):
            return _refuse(request)
        raw_year = self.params().get("year")
        if raw_year:
            self.year, self.year_error = parse_year(raw_year)
        else:
            # Certificates are for a year of service: by default the last school year, which has ended.
            self.year, self.year_error = SchoolYear(SchoolYear.current().start_year - 1), None
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        eligible = certify.eligible_vice_principals(region_prefix=self.region.prefix, year=self.year)
        runs = list(
            BulkIssue.objects.filter(region_code=self.region.code, school_year=self.year.start_year)
            .prefetch_related("files")
            .order_by("-created_at", "-pk")[:RUNS_SHOWN]
        )
        eligible_count = eligible.count()
        issued_count = certify.annual_issued_count(vice_principals=eligible, year=self.year)
        form = self.form or AnnualIssueForm(initial={"region": self.region.code, "year": self.year.start_year})
        context.update(
            {
                "regions": self.regions,
                "region": self.region,
                "year": self.year,
                "year_error": self.year_error,
                "years": year_choices(self.year),
                "eligible": eligible_count,
                "issued": issued_count,
                "missing": eligible_count - issued_count,
                "runs": [{"run": run, "url": run_url(run)} for run in runs],
                "active": next((run for run in runs if run.is_active), None),
                # Only the latest: an older stopped run was left behind by a later one.
                "stopped": runs[0] if runs and runs[0].is_stale else None,
                "form": form,
                "issue_url": reverse("tracking_certificates_annual_issue"),
            }
        )
        return context


class IssueAllView(AnnualCertificatesView):
    """POST from the annual page: start the run, or show the page again with the form's errors beside its fields."""

    http_method_names = ["post"]

    def params(self):
        return self.request.POST

    def post(self, request):
        code = request.POST.get("region", "")
        if not Region.objects.filter(code=code).exists() or code != self.region.code:
            return _refuse(request)
        if self.year_error:
            messages.error(request, self.year_error)
            return redirect(reverse("tracking_certificates_annual") + f"?region={code}")
        form = AnnualIssueForm(request.POST)
        if form.is_valid():
            try:
                run = bulk_issue_start(
                    user=request.user, region_code=code, year=self.year, expires_on=form.cleaned_data["expires_on"]
                )
            except PermissionDenied:
                return _refuse(request)
            except ValidationError as error:
                apply_service_errors(form, error)
            else:
                return redirect(run_url(run))
        self.form = form
        return self.render_to_response(self.get_context_data(), status=400)


class RunMixin:
    def dispatch(self, request, *args, **kwargs):
        self.run = get_object_or_404(BulkIssue, pk=kwargs["pk"])
        if not may_issue(request.user, region_code=self.run.region_code):
            return _refuse(request)
        return super().dispatch(request, *args, **kwargs)


class RunView(RunMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "tracking/certificates/run.html"
    header_icon = "doc-full"

    def get_page_title(self):
        return _("Annual certificates")

    def get_page_subtitle(self):
        region = Region.objects.filter(code=self.run.region_code).first()
        return f"{region.name if region else self.run.region_code} · {SchoolYear(self.run.school_year).label}"

    def list_url(self) -> str:
        return reverse("tracking_certificates_annual") + f"?region={self.run.region_code}&year={self.run.school_year}"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": self.list_url(), "label": _("Annual certificates")},
            {"url": "", "label": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        run = self.run
        context.update(
            {
                "run": run,
                "year": SchoolYear(run.school_year),
                "refresh": REFRESH_SECONDS if run.is_active else None,
                "files": [
                    {"file": f, "url": reverse("tracking_certificate_run_file", args=[run.pk, f.pk])}
                    for f in run.files.all()
                ],
                "resume_url": reverse("tracking_certificate_run_resume", args=[run.pk]),
                "list_url": self.list_url(),
            }
        )
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        add_never_cache_headers(response)
        return response


class ResumeView(RunMixin, View):
    def post(self, request, pk):
        run = bulk_issue_resume(user=request.user, run=self.run)
        if run.pk != self.run.pk:
            messages.info(request, _("A newer run for this region and school year is under way: here is its progress."))
        return redirect(run_url(run))


class RunFileView(RunMixin, View):
    def get(self, request, pk, file_pk):
        entry = get_object_or_404(BulkIssueFile, pk=file_pk, run=self.run)
        if not entry.file or not entry.file.storage.exists(entry.file.name):
            raise Http404
        year = SchoolYear(self.run.school_year)
        response = FileResponse(
            entry.file.open("rb"),
            as_attachment=True,
            filename=f"{_('annual-certificates')}-{year.label}-{entry.school_code}-{entry.school_name}.zip",
            content_type="application/zip",
        )
        patch_cache_control(response, private=True, no_store=True)
        return response
