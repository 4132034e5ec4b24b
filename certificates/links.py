"""The verification address printed on a certificate and in its QR code. It never changes: not when the
certificate is revoked, reissued or expires, and not with the reader's language (so it has no language prefix)."""

from django.conf import settings

from certificates.codes import grouped

VERIFY_PATH = "/certificates/verify/{code}/"


def verify_path(code: str) -> str:
    return VERIFY_PATH.format(code=grouped(code))


def verify_url(code: str) -> str:
    """Absolute: the QR code is scanned outside the site. WAGTAILADMIN_BASE_URL is the site's public address."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + verify_path(code)
