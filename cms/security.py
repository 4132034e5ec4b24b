"""Security headers every answer carries: the Content-Security-Policy (the public site's, or the admin's own) and
the Permissions-Policy. The policies themselves are settings (cms/settings/base.py, "Hardening")."""

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.utils.deprecation import MiddlewareMixin


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with Wagtail's admin under CSP_ADMIN_POLICY (enforced) and
    CSP_ADMIN_POLICY_REPORT_ONLY (reported only) instead of the public CONTENT_SECURITY_POLICY.

    A page previewed in the admin renders through a request of its own, addressed to the page's public URL
    (Wagtail's make_preview_request, flagged `is_dummy`): it keeps the public policy, so editors see what visitors
    will, except that the admin's preview panel may frame it. A view's own csp_* decorators still apply on top."""

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if parts.config is None and request.path_info.startswith(settings.CSP_ADMIN_PREFIX):
            admin_policy = settings.CSP_ADMIN_POLICY_REPORT_ONLY if report_only else settings.CSP_ADMIN_POLICY
            parts.config = default_config(admin_policy)
        elif getattr(request, "is_dummy", False) and not report_only:
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        return parts


class PermissionsPolicyMiddleware(MiddlewareMixin):
    """Switches off browser features the site never uses (settings.PERMISSIONS_POLICY), unless a view set its own."""

    def process_response(self, request, response):
        if settings.PERMISSIONS_POLICY:
            response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
