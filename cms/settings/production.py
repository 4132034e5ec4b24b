from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool, env_list

DEBUG = False
if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable.")

# Links in e-mails, calendar feeds and the QR code printed on every certificate are built from this address; a
# certificate printed with the development default (127.0.0.1) could never be verified by anyone else.
_base_url = os.environ.get("WAGTAILADMIN_BASE_URL", "")  # noqa: F405
if not _base_url or urlsplit(_base_url).hostname in ("localhost", "127.0.0.1", "::1", None):
    raise ImproperlyConfigured(
        "Set WAGTAILADMIN_BASE_URL to the site's public address (e.g. https://safecampus.example.org): e-mails, "
        "calendar feeds and certificate QR codes link to it."
    )
WAGTAILADMIN_BASE_URL = _base_url.rstrip("/")

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# The health check is probed over plain HTTP from inside the cluster.
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))  # noqa: F405
SECURE_CONTENT_TYPE_NOSNIFF = True

# Outgoing e-mail (session notifications and reminders, password resets) through an SMTP relay. Without
# EMAIL_HOST, mail is written to the log (console backend) rather than lost silently; see docs/deploy.md.
EMAIL_BACKEND = os.environ.get(  # noqa: F405
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if os.environ.get("EMAIL_HOST")  # noqa: F405
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")  # noqa: F405
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))  # noqa: F405
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")  # noqa: F405
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")  # noqa: F405
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured("Set only one of EMAIL_USE_TLS (STARTTLS, port 587) and EMAIL_USE_SSL (port 465).")
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))  # noqa: F405
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)  # noqa: F405
# The hour (Beijing time) from which the day-before reminders go out (`manage.py tracking_reminders`).
TRACKING_REMINDER_FROM_HOUR = int(os.environ.get("TRACKING_REMINDER_FROM_HOUR", "8"))  # noqa: F405
# Background tasks (session e-mails, certificates, the bulk issue) run from the database queue by default, by
# `manage.py db_worker` (docs/deploy.md); TASK_BACKEND names another backend.
TASKS = tasks_setting("django_tasks_db.DatabaseBackend")  # noqa: F405

# --- Database connections (scale-out) --------------------------------------------------------------------------------
# Each gunicorn worker keeps its connection for DB_CONN_MAX_AGE seconds instead of opening one per request, and checks
# it before reuse, so a restarted database or a PgBouncer that dropped the connection costs one reconnect, not an
# error page. Behind PgBouncer in transaction pooling mode set DB_DISABLE_SERVER_SIDE_CURSORS=true (docs/deploy.md).
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DB_CONN_MAX_AGE", "60"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = env_bool("DB_DISABLE_SERVER_SIDE_CURSORS")  # noqa: F405

# --- Hardening: secret key, HTTPS, cookies, headers ----------------------------------------------------------------
# The key signs sessions, password-reset links, quiz forms and certificate download links: a guessable one lets
# anyone forge them. Refused: short keys, keys of few distinct characters, Django's generated development keys, this
# project's development and test keys, and placeholders copied from a template.
SECRET_KEY_MIN_LENGTH = 50
SECRET_KEY_MIN_DISTINCT_CHARACTERS = 10
KNOWN_INSECURE_SECRET_KEYS = {"dev-only-insecure-key-do-not-use-in-production", "test-only-key"}
SECRET_KEY_PLACEHOLDER_WORDS = (
    "insecure",
    "changeme",
    "change-me",
    "change_me",
    "replace-me",
    "replace_me",
    "replaceme",
    "your-secret",
    "your_secret",
    "secret-key",
    "secret_key",
    "secretkey",
    "placeholder",
    "example",
    "do-not-use",
    "not-secret",
    "notsecret",
)


def secret_key_problem(key: str) -> str | None:
    """Why `key` must not sign anything in production, or None when it will do."""
    if key in KNOWN_INSECURE_SECRET_KEYS:
        return "it is the development or test key, which is published with the code"
    if key.startswith("django-insecure-"):
        return "it is a development key generated by Django (prefix 'django-insecure-')"
    lowered = key.lower()
    for word in SECRET_KEY_PLACEHOLDER_WORDS:
        if word in lowered:
            return f"it contains the placeholder text {word!r}"
    if len(key) < SECRET_KEY_MIN_LENGTH:
        return f"it has {len(key)} characters, fewer than {SECRET_KEY_MIN_LENGTH}"
    if len(set(key)) < SECRET_KEY_MIN_DISTINCT_CHARACTERS:
        return f"it has {len(set(key))} distinct characters, fewer than {SECRET_KEY_MIN_DISTINCT_CHARACTERS}"
    return None


# Keys being rotated out, still accepted for what they signed (comma-separated; docs/deploy.md).
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS")
for _name, _key in [("SECRET_KEY", SECRET_KEY), *(("SECRET_KEY_FALLBACKS", k) for k in SECRET_KEY_FALLBACKS)]:  # noqa: F405
    _problem = secret_key_problem(_key)
    if _problem:
        raise ImproperlyConfigured(
            f"{_name} is too weak: {_problem}. Generate one with "
            "`python -c 'import secrets; print(secrets.token_urlsafe(50))'` and keep it out of the code."
        )

# Browsers remember to use HTTPS only for a year, on every subdomain too. SECURE_HSTS_PRELOAD marks the site as
# ready for the browsers' built-in HTTPS-only list; it takes effect only once the domain is submitted there, and
# leaving the list again takes months (docs/deploy.md).
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
LANGUAGE_COOKIE_SECURE = True
# Over HTTPS only, every reference to http: on a page is fetched as https:.
CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY,  # noqa: F405
    "DIRECTIVES": {**CONTENT_SECURITY_POLICY["DIRECTIVES"], "upgrade-insecure-requests": True},  # noqa: F405
}
CSP_ADMIN_POLICY = {**CSP_ADMIN_POLICY, "upgrade-insecure-requests": True}  # noqa: F405
