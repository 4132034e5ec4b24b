from wagtail import hooks


@hooks.register("cms_public_urls")
def register_public_urls():
    from django.urls import include, path

    return [path("certificates/", include("certificates.urls"))]


# --- The admin: its permission policy, registered before the viewset asks for one -------------------------------

from wagtail.permissions import register_permission_policy  # noqa: E402

from certificates.models import Certificate  # noqa: E402
from certificates.permissions import certificate_permission_policy  # noqa: E402

register_permission_policy(Certificate, certificate_permission_policy)


@hooks.register("register_admin_viewset")
def register_certificate_viewset():
    from certificates.viewsets import CertificateViewSet

    return CertificateViewSet()


# `certificates_scope`: functions(user) -> Q on Certificate, or None. The apps above this one (tracking) register
# one to say whose certificates a user oversees (see certificates.permissions).


@hooks.register("insert_global_admin_css")
def certificates_admin_css():
    from django.templatetags.static import static
    from django.utils.html import format_html

    return format_html('<link rel="stylesheet" href="{}">', static("certificates/admin.css"))


@hooks.register("register_log_actions")
def register_certificate_log_actions(actions):
    from django.utils.translation import gettext_lazy as _

    actions.register_action("certificates.revoke", _("Revoke certificate"), _("Certificate revoked"))
    actions.register_action("certificates.reissue", _("Reissue certificate"), _("Certificate reissued"))
