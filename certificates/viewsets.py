"""The certificates' admin (its own "Certificates" menu item): a read-only list with filters, search and CSV/XLSX
export, an inspect page with everything on the certificate, its verification link and its chain of replacements,
and the actions download (PDF), revoke and reissue, each with a reason and a confirmation page.

Records are never added, edited or deleted here: issuing goes through certificates.services. Every URL asks the
permission policy (certificates.permissions): a certificate the user may not see is a 404 (an id typed into a URL
confirms nothing); one they see but may not act on is a 403 that says why; a user who sees no certificate at all
gets a 403 on the list.
"""

import datetime
import re

import django_filters
from django import forms
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, View
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import AdminDateInput
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import log

from certificates import services
from certificates.links import verify_path, verify_url
from certificates.models import Certificate, CertificateKind
from certificates.permissions import certificate_permission_policy as policy
from certificates.permissions import visible_to
from cms.exports import FormulaSafeExportMixin
from cms.forms import apply_service_errors

NAMESPACE = "certificates_admin"

STATUS_VALID = "valid"
STATUS_EXPIRED = "expired"
STATUS_REVOKED = "revoked"
STATUS_CHOICES = [
    (STATUS_VALID, gettext_lazy("Valid")),
    (STATUS_EXPIRED, gettext_lazy("Expired")),
    (STATUS_REVOKED, gettext_lazy("Revoked")),
]


def url_for(name: str, certificate: Certificate) -> str:
    return reverse(f"{NAMESPACE}:{name}", args=[quote(certificate.pk)])


def can(user, action: str, certificate: Certificate) -> bool:
    return policy.user_has_permission_for_instance(user, action, certificate)


def status_of(certificate: Certificate, *, today: datetime.date | None = None) -> str:
    if certificate.is_revoked:
        return STATUS_REVOKED
    if certificate.is_expired(today=today):
        return STATUS_EXPIRED
    return STATUS_VALID


def status_label(certificate: Certificate) -> str:
    return str(dict(STATUS_CHOICES)[status_of(certificate)])


def status_q(status: str, *, today: datetime.date | None = None) -> Q:
    today = today or timezone.localdate()
    if status == STATUS_REVOKED:
        return Q(revoked_at__isnull=False)
    if status == STATUS_EXPIRED:
        return Q(revoked_at__isnull=True, expires_on__lt=today)
    if status == STATUS_VALID:
        return Q(revoked_at__isnull=True) & (Q(expires_on__isnull=True) | Q(expires_on__gte=today))
    return Q()


def person(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def beijing(value) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def forbidden(request, message: str):
    """A 403 page in the admin's layout that says why (Wagtail would redirect to the dashboard instead)."""
    reads = policy.user_has_permission(request.user, "view")
    return TemplateResponse(
        request,
        "certificates/admin/forbidden.html",
        {
            "message": message,
            "page_title": _("Not allowed"),
            "header_icon": "warning",
            "back_url": reverse(f"{NAMESPACE}:index") if reads else reverse("wagtailadmin_home"),
            "back_label": _("Back to certificates") if reads else _("Back to the dashboard"),
        },
        status=403,
    )


def denial_message(user, certificate: Certificate, action: str) -> str:
    if action in ("revoke", "reissue"):
        if certificate.is_revoked:
            return _("This certificate was already revoked; only the certificate in force can be revoked or reissued.")
        if certificate.owner_id == user.pk:
            return _("You cannot revoke or reissue your own certificate: ask your regional administrator.")
        return _("Only an administrator of the certificate's region can revoke or reissue it.")
    return _("You cannot do this here.")


class ForbiddenMixin:
    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except PermissionDenied as denied:
            return forbidden(request, str(denied) or _("You have no access to certificates."))


class ScopedObjectMixin(ForbiddenMixin):
    """404 for a certificate outside the user's sight, then 403 with a reason for one they may not `object_action`."""

    object_action = "view"

    def dispatch(self, request, *args, **kwargs):
        pk = unquote(str(kwargs.get("pk", "")))
        certificate = visible_to(request.user).filter(pk=pk).first() if pk.isdigit() else None
        if certificate is None:
            raise Http404
        if not can(request.user, self.object_action, certificate):
            return forbidden(request, denial_message(request.user, certificate, self.object_action))
        self.certificate = certificate
        return super().dispatch(request, *args, **kwargs)


# --- Listing, filters and export -----------------------------------------------------------------------------------


def year_label(certificate: Certificate) -> str:
    year = certificate.school_year
    return f"{year}–{year + 1}" if year else ""


def _year_choices():
    years = Certificate.objects.exclude(school_year=None).values_list("school_year", flat=True).distinct()
    return [(year, f"{year}–{year + 1}") for year in sorted(set(years), reverse=True)]


class CertificateFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=gettext_lazy("Kind"), choices=CertificateKind.choices)
    status = django_filters.ChoiceFilter(label=gettext_lazy("Status"), choices=STATUS_CHOICES, method="by_status")
    school = django_filters.CharFilter(
        label=gettext_lazy("School"),
        method="by_school",
        help_text=gettext_lazy("Part of the school's name, or its 10-digit identification code."),
    )
    region = django_filters.CharFilter(
        label=gettext_lazy("Region code"),
        method="by_region",
        help_text=gettext_lazy("A division code or its start: 11 for Beijing, 110101 for Dongcheng."),
    )
    school_year = django_filters.TypedChoiceFilter(
        label=gettext_lazy("School year"), coerce=int, choices=_year_choices, field_name="school_year"
    )

    class Meta:
        model = Certificate
        fields = ["kind", "status", "school", "region", "school_year"]

    def by_status(self, queryset, name, value):
        return queryset.filter(status_q(value)) if value else queryset

    def by_school(self, queryset, name, value):
        value = (value or "").strip()
        if not value:
            return queryset
        if value.isdigit():
            return queryset.filter(Q(school_code=value) | Q(school_name__icontains=value))
        return queryset.filter(school_name__icontains=value)

    def by_region(self, queryset, name, value):
        value = (value or "").strip()
        if not value:
            return queryset
        # A full district code (110101) and its prefix match the same certificates; trailing zeros of a
        # province's or city's code (110000, 110100) stand for "anything below".
        prefix = value.rstrip("0") if len(value) == 6 and value.isdigit() else value
        return queryset.filter(region_code__startswith=prefix or value)


EXPORT_VALUES = {
    "code": lambda c: c.grouped_code,
    "kind": lambda c: c.get_kind_display(),
    "status": status_label,
    "holder_name": lambda c: c.holder_name,
    "title": lambda c: c.title,
    "statement": lambda c: c.statement,
    "issuer": lambda c: c.issuer,
    "issued_at": lambda c: beijing(c.issued_at),
    "expires_on": lambda c: c.expires_on.isoformat() if c.expires_on else "",
    "school_name": lambda c: c.school_name,
    "school_code": lambda c: c.school_code,
    "region_code": lambda c: c.region_code,
    "school_year": year_label,
    "language": lambda c: c.get_language_display(),
    "revoked_at": lambda c: beijing(c.revoked_at),
    "revoke_reason": lambda c: c.revoke_reason,
    "replaces": lambda c: c.replaces.grouped_code if c.replaces_id else "",
    "verify_url": lambda c: verify_url(c.code),
}


class CertificateIndexView(ForbiddenMixin, FormulaSafeExportMixin, generic.IndexView):
    any_permission_required = ["view"]
    search_fields = ["holder_name", "code"]
    search_backend_name = None

    def get_base_queryset(self):
        return visible_to(self.request.user).select_related("replaces", "owner")

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        query = self.search_query.strip()
        condition = Q(holder_name__icontains=query)
        compact = re.sub(r"[\s\-‐‑‒–—_.·]+", "", query).upper()
        if compact:
            condition |= Q(code__contains=compact)
        return queryset.filter(condition)

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "holder_name",
                label=_("Holder"),
                accessor="holder_name",
                get_url=lambda c: url_for("inspect", c),
                sort_key="holder_name",
            ),
            Column("kind", label=_("Kind"), accessor="get_kind_display", sort_key="kind"),
            Column("title", label=_("Title"), accessor="title"),
            Column("school_name", label=_("School"), accessor="school_name", sort_key="school_name"),
            Column("school_year", label=_("School year"), accessor=year_label, sort_key="school_year"),
            Column("issued_at", label=_("Issued"), accessor=lambda c: beijing(c.issued_at), sort_key="issued_at"),
            StatusTagColumn(
                "status",
                label=_("Status"),
                accessor=status_label,
                primary=lambda c: status_of(c) == STATUS_VALID,
            ),
            Column("code", label=_("Verification code"), accessor="grouped_code"),
        ]

    def get_edit_url(self, instance):
        return None

    def get_copy_url(self, instance):
        return None

    def get_delete_url(self, instance):
        return None

    def get_add_url(self):
        return None

    def get_list_more_buttons(self, instance):
        user = self.request.user
        buttons = [
            Button(_("Inspect"), url=url_for("inspect", instance), icon_name="info-circle", priority=10),
            Button(_("Download PDF"), url=url_for("pdf", instance), icon_name="download", priority=20),
        ]
        if can(user, "reissue", instance):
            buttons.append(Button(_("Reissue"), url=url_for("reissue", instance), icon_name="repeat", priority=30))
        if can(user, "revoke", instance):
            buttons.append(Button(_("Revoke"), url=url_for("revoke", instance), icon_name="cross", priority=40))
        return buttons

    def to_row_dict(self, item):
        return {field: EXPORT_VALUES[field](item) for field in self.list_export}


# --- Inspect and download ------------------------------------------------------------------------------------------


def chain_of(certificate: Certificate) -> list[Certificate]:
    """Every certificate in this one's line of replacements, oldest first (a replacement may itself be replaced)."""
    first = certificate
    seen = {first.pk}
    while first.replaces_id and first.replaces_id not in seen:
        first = Certificate.objects.select_related("revoked_by", "created_by").get(pk=first.replaces_id)
        seen.add(first.pk)
    chain = [first]
    while True:
        following = (
            Certificate.objects.select_related("revoked_by", "created_by").filter(replaces_id=chain[-1].pk).first()
        )
        if following is None or following.pk in {c.pk for c in chain}:
            return chain
        chain.append(following)


def details_context(request, certificate: Certificate) -> dict:
    user = request.user
    chain = chain_of(certificate)
    visible_ids = set(visible_to(user).filter(pk__in=[c.pk for c in chain]).values_list("pk", flat=True))
    return {
        "certificate": certificate,
        "status": status_of(certificate),
        "status_label": status_label(certificate),
        "verify_path": verify_path(certificate.code),
        "verify_url": verify_url(certificate.code),
        "issued_at": beijing(certificate.issued_at),
        "revoked_at": beijing(certificate.revoked_at),
        "revoked_by": person(certificate.revoked_by),
        "created_by": person(certificate.created_by),
        "chain": [
            {
                "certificate": item,
                "current": item.pk == certificate.pk,
                "inspect_url": url_for("inspect", item) if item.pk in visible_ids else "",
                "verify_path": verify_path(item.code),
                "issued_at": beijing(item.issued_at),
                "created_by": person(item.created_by),
                "revoked_at": beijing(item.revoked_at),
                "revoked_by": person(item.revoked_by),
            }
            for item in chain
        ],
    }


class CertificateInspectView(ScopedObjectMixin, generic.InspectView):
    template_name = "certificates/admin/inspect.html"
    any_permission_required = ["view"]

    def get_object(self, queryset=None):
        # Called from setup(), before dispatch's checks: look it up within what the user sees here too.
        pk = unquote(str(self.pk))
        found = visible_to(self.request.user).select_related("owner", "revoked_by", "created_by", "replaces")
        certificate = found.filter(pk=pk).first() if pk.isdigit() else None
        if certificate is None:
            raise Http404
        return certificate

    def get_page_subtitle(self):
        return f"{self.object.holder_name} · {self.object.grouped_code}"

    def get_edit_url(self):
        return None

    def get_delete_url(self):
        return None

    @cached_property
    def header_buttons(self):
        # Download, reissue and revoke are big buttons on the page itself, so the title fits a phone's header.
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context.update(details_context(self.request, self.object))
        context.update(
            {
                "pdf_url": url_for("pdf", self.object),
                "revoke_url": url_for("revoke", self.object) if can(user, "revoke", self.object) else "",
                "reissue_url": url_for("reissue", self.object) if can(user, "reissue", self.object) else "",
            }
        )
        return context


class CertificatePdfView(ScopedObjectMixin, View):
    object_action = "download"

    def get(self, request, pk):
        # certificates.render draws the certificate (A4 landscape, embedded fonts, the QR code of verify_url).
        from certificates.render import certificate_pdf

        certificate = self.certificate
        response = HttpResponse(certificate_pdf(certificate=certificate), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.grouped_code}.pdf"'
        response["Cache-Control"] = "private, no-store"
        return response


# --- Revoke and reissue --------------------------------------------------------------------------------------------


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for revoking"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Shown on the certificate's public verification page, with the date."),
    )


class ReissueForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for reissuing"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Shown on the old certificate's verification page, which links to the new certificate."),
    )
    holder_name = forms.CharField(
        label=gettext_lazy("Corrected name"),
        required=False,
        max_length=services.NAME_MAX,
        help_text=gettext_lazy("Leave empty to print the same name on the new certificate."),
    )
    expires_on = forms.DateField(
        label=gettext_lazy("Valid until"),
        required=False,
        widget=AdminDateInput,
        help_text=gettext_lazy(
            "Optional: the last day the new certificate is valid, today or later. It is printed on the certificate, "
            "and its verification page says it has expired after that day. Leave empty if it does not expire."
        ),
    )


class CertificateActionView(ScopedObjectMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "certificates/admin/action.html"
    header_icon = "doc-full"
    submit_label = gettext_lazy("Save")
    warning = ""

    def get_page_subtitle(self):
        return f"{self.certificate.holder_name} · {self.certificate.grouped_code}"

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": reverse(f"{NAMESPACE}:index"), "label": _("Certificates")},
            {"url": url_for("inspect", self.certificate), "label": self.certificate.holder_name},
            {"url": "", "label": self.get_page_title()},
        ]

    def perform(self, form) -> Certificate:
        raise NotImplementedError

    def form_valid(self, form):
        try:
            result = self.perform(form)
        except ValidationError as error:
            apply_service_errors(form, error)
            messages.error(self.request, _("Nothing was changed: see the messages below."))
            return self.form_invalid(form)
        messages.success(self.request, self.success_message(result))
        return redirect(url_for("inspect", result))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(details_context(self.request, self.certificate))
        context.update(
            {
                "submit_label": self.submit_label,
                "action_url": self.request.path,
                "back_url": url_for("inspect", self.certificate),
                "warning": self.warning,
            }
        )
        return context


class CertificateRevokeView(CertificateActionView):
    """GET asks for the reason and confirmation; POST revokes."""

    object_action = "revoke"
    form_class = RevokeForm
    page_title = gettext_lazy("Revoke certificate")
    submit_label = gettext_lazy("Revoke certificate")
    warning = gettext_lazy(
        "Revoking cannot be undone. The verification page will say the certificate was revoked, with the date and "
        "your reason. To correct a certificate instead, reissue it."
    )

    def perform(self, form):
        revoked = services.certificate_revoke(
            certificate=self.certificate, user=self.request.user, reason=form.cleaned_data["reason"]
        )
        log(
            instance=revoked,
            action="certificates.revoke",
            user=self.request.user,
            data={"reason": revoked.revoke_reason},
        )
        return revoked

    def success_message(self, result):
        return _("Certificate %(code)s revoked.") % {"code": result.grouped_code}


class CertificateReissueView(CertificateActionView):
    object_action = "reissue"
    form_class = ReissueForm
    page_title = gettext_lazy("Reissue certificate")
    submit_label = gettext_lazy("Revoke and issue a new certificate")
    warning = gettext_lazy(
        "Reissuing revokes this certificate and issues a new one with a new verification code. The old code's page "
        "will say it was replaced, with your reason, and link to the new certificate."
    )

    def get_initial(self):
        return {**super().get_initial(), "expires_on": self.certificate.expires_on}

    def perform(self, form):
        name = form.cleaned_data.get("holder_name", "").strip()
        new = services.certificate_reissue(
            certificate=self.certificate,
            user=self.request.user,
            reason=form.cleaned_data["reason"],
            holder_name=name if name and name != self.certificate.holder_name else None,
            expires_on=form.cleaned_data["expires_on"],
        )
        old = new.replaces
        log(instance=old, action="certificates.revoke", user=self.request.user, data={"reason": old.revoke_reason})
        log(
            instance=new,
            action="certificates.reissue",
            user=self.request.user,
            data={
                "reason": old.revoke_reason,
                "replaces": old.grouped_code,
                "expires_on": new.expires_on.isoformat() if new.expires_on else None,
            },
        )
        return new

    def success_message(self, result):
        return _("Certificate reissued: the new verification code is %(code)s.") % {"code": result.grouped_code}


# --- The viewset ---------------------------------------------------------------------------------------------------


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "doc-full"
    name = "certificates"
    url_namespace = NAMESPACE
    url_prefix = "certificates"
    add_to_admin_menu = True
    menu_label = gettext_lazy("Certificates")
    menu_name = "certificates"
    menu_order = 250
    add_to_reference_index = False

    index_view_class = CertificateIndexView
    inspect_view_class = CertificateInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = CertificateFilterSet
    list_per_page = 30
    list_export = list(EXPORT_VALUES)
    export_headings = {
        "code": gettext_lazy("Verification code"),
        "kind": gettext_lazy("Kind"),
        "status": gettext_lazy("Status"),
        "holder_name": gettext_lazy("Holder"),
        "title": gettext_lazy("Title"),
        "statement": gettext_lazy("What it certifies"),
        "issuer": gettext_lazy("Issuer"),
        "issued_at": gettext_lazy("Issued (Beijing time)"),
        "expires_on": gettext_lazy("Valid until"),
        "school_name": gettext_lazy("School"),
        "school_code": gettext_lazy("School identification code"),
        "region_code": gettext_lazy("Region code"),
        "school_year": gettext_lazy("School year"),
        "language": gettext_lazy("Language"),
        "revoked_at": gettext_lazy("Revoked (Beijing time)"),
        "revoke_reason": gettext_lazy("Reason for revoking"),
        "replaces": gettext_lazy("Replaces"),
        "verify_url": gettext_lazy("Verification address"),
    }
    export_filename = "certificates"

    def get_common_view_kwargs(self, **kwargs):
        # Read-only records: no add, edit, delete, history or usage URLs to link to.
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for name in ("add_url_name", "edit_url_name", "delete_url_name", "history_url_name", "usage_url_name"):
            view_kwargs[name] = None
        return view_kwargs

    def get_queryset(self, request):
        return visible_to(request.user)

    def get_permissions_to_register(self):
        from django.contrib.auth.models import Permission

        # Group permissions open nothing here (see certificates.permissions): offer none in the group editor.
        return Permission.objects.none()

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("pdf/<int:pk>/", CertificatePdfView.as_view(), name="pdf"),
            path("revoke/<int:pk>/", CertificateRevokeView.as_view(), name="revoke"),
            path("reissue/<int:pk>/", CertificateReissueView.as_view(), name="reissue"),
        ]
