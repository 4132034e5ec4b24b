"""The production settings refuse to start without the site's public address, which e-mails, calendar feeds and
the QR code on every certificate link to, or with a weak secret key; and `check --deploy` finds nothing to warn
about."""

import importlib
import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

STRONG_KEY = "kV3q-8mZp_Lw2XyR7tNc4HbJ9sDf6GaE1uKo0iQvBnMxCzYeTrWl5PjSgAhUd"
PUBLIC_ADDRESS = "https://safecampus.example.org"


def load_production(monkeypatch, base_url: str | None, *, secret_key: str = STRONG_KEY):
    monkeypatch.setattr(sys.modules["cms.settings.base"], "SECRET_KEY", secret_key)
    if base_url is None:
        monkeypatch.delenv("WAGTAILADMIN_BASE_URL", raising=False)
    else:
        monkeypatch.setenv("WAGTAILADMIN_BASE_URL", base_url)
    monkeypatch.delitem(sys.modules, "cms.settings.production", raising=False)
    return importlib.import_module("cms.settings.production")


@pytest.mark.parametrize("base_url", [None, "", "http://127.0.0.1:8000", "http://localhost", "not a url"])
def test_a_missing_or_local_address_is_refused(monkeypatch, base_url):
    with pytest.raises(ImproperlyConfigured, match="WAGTAILADMIN_BASE_URL"):
        load_production(monkeypatch, base_url)


def test_the_public_address_is_used(monkeypatch):
    production = load_production(monkeypatch, "https://safecampus.example.org")
    assert production.WAGTAILADMIN_BASE_URL == "https://safecampus.example.org"


# --- Secret key ---------------------------------------------------------------------------------------------------


def load_with_key(monkeypatch, secret_key: str, **env):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return load_production(monkeypatch, PUBLIC_ADDRESS, secret_key=secret_key)


def test_a_strong_key_is_accepted(monkeypatch):
    assert load_with_key(monkeypatch, STRONG_KEY).SECRET_KEY == STRONG_KEY
    generated = secrets.token_urlsafe(50)
    assert load_with_key(monkeypatch, generated).SECRET_KEY == generated


@pytest.mark.parametrize(
    ("key", "reason"),
    [
        ("", "Set the SECRET_KEY"),
        ("Xy7#kQ2!mN9@", "fewer than 50"),
        (STRONG_KEY[:49], "fewer than 50"),
        ("ab" * 40, "distinct characters"),
        ("012345678" * 7, "distinct characters"),
        ("django-insecure-" + STRONG_KEY, "django-insecure-"),
        ("test-only-key", "development or test key"),
        ("dev-only-insecure-key-do-not-use-in-production", "development or test key"),
        ("change-me-" + STRONG_KEY, "placeholder"),
        ("CHANGEME" + STRONG_KEY, "placeholder"),
        ("your-secret-key-" + STRONG_KEY, "placeholder"),
        ("replace-me-with-a-real-key-" + STRONG_KEY, "placeholder"),
    ],
)
def test_a_weak_or_default_key_is_refused(monkeypatch, key, reason):
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY") as refused:
        load_with_key(monkeypatch, key)
    assert reason in str(refused.value)


def test_the_shipped_development_and_test_keys_are_refused(monkeypatch, settings):
    # The development settings' fallback key, as the module ships it: loaded with no SECRET_KEY set.
    monkeypatch.setattr(sys.modules["cms.settings.base"], "SECRET_KEY", "")
    monkeypatch.delitem(sys.modules, "cms.settings.dev", raising=False)
    dev_key = importlib.import_module("cms.settings.dev").SECRET_KEY
    assert dev_key
    for key in (dev_key, settings.SECRET_KEY):
        with pytest.raises(ImproperlyConfigured, match="development or test key"):
            load_with_key(monkeypatch, key)


def test_a_weak_fallback_key_is_refused(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY_FALLBACKS is too weak"):
        load_with_key(monkeypatch, STRONG_KEY, SECRET_KEY_FALLBACKS=f"{secrets.token_urlsafe(50)},short")
    old = secrets.token_urlsafe(50)
    assert load_with_key(monkeypatch, STRONG_KEY, SECRET_KEY_FALLBACKS=old).SECRET_KEY_FALLBACKS == [old]


# --- HTTPS, cookies, policies -------------------------------------------------------------------------------------


def test_hsts_covers_subdomains_and_preload_is_configurable(monkeypatch):
    monkeypatch.delenv("SECURE_HSTS_PRELOAD", raising=False)
    production = load_with_key(monkeypatch, STRONG_KEY)
    assert production.SECURE_HSTS_SECONDS >= 31536000
    assert production.SECURE_HSTS_INCLUDE_SUBDOMAINS is True
    assert production.SECURE_HSTS_PRELOAD is True
    assert load_with_key(monkeypatch, STRONG_KEY, SECURE_HSTS_PRELOAD="false").SECURE_HSTS_PRELOAD is False


def test_cookies_are_sent_over_https_only(monkeypatch):
    production = load_with_key(monkeypatch, STRONG_KEY)
    assert production.SESSION_COOKIE_SECURE and production.CSRF_COOKIE_SECURE and production.LANGUAGE_COOKIE_SECURE
    # Django's default keeps the session cookie from scripts; the language cookie is kept from them too.
    assert production.LANGUAGE_COOKIE_HTTPONLY and production.LANGUAGE_COOKIE_SAMESITE == "Lax"


def test_production_upgrades_insecure_requests_without_touching_the_shared_policy(monkeypatch, settings):
    production = load_with_key(monkeypatch, STRONG_KEY)
    assert production.CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] is True
    assert production.CSP_ADMIN_POLICY["upgrade-insecure-requests"] is True
    # The test server runs over plain HTTP: its policy must not have picked the directive up.
    assert "upgrade-insecure-requests" not in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    assert "upgrade-insecure-requests" not in settings.CSP_ADMIN_POLICY


# --- manage.py check --deploy ---------------------------------------------------------------------------------------


def run_check_deploy(**env) -> subprocess.CompletedProcess:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SECURE_", "SESSION_", "CSRF_", "DJANGO_", "CSP_")) and key != "DEBUG"
    }
    environment.update(
        {
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "WAGTAILADMIN_BASE_URL": PUBLIC_ADDRESS,
            "ALLOWED_HOSTS": "safecampus.example.org",
            **env,
        }
    )
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=Path(__file__).resolve().parents[2],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_finds_nothing_to_warn_about():
    from certificates.fonts import DEFAULT_FONTS
    from tests.conftest import require_system

    # Without the certificate fonts the deploy check rightly warns (certificates.W001).
    require_system("fonts-wqy-zenhei and fonts-hanazono", all(Path(path).is_file() for path in DEFAULT_FONTS))
    result = run_check_deploy()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_check_deploy_refuses_to_start_with_a_weak_key():
    result = run_check_deploy(SECRET_KEY="django-insecure-" + secrets.token_urlsafe(50))
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY is too weak" in result.stderr


def test_the_policies_and_upload_limits_follow_the_environment():
    script = (
        "import json, django; django.setup(); from django.conf import settings as s; print(json.dumps(["
        "s.CONTENT_SECURITY_POLICY['DIRECTIVES'], s.CSP_ADMIN_POLICY, s.WAGTAILIMAGES_MAX_UPLOAD_SIZE, "
        "s.WAGTAILDOCS_EXTENSIONS, s.PERMISSIONS_POLICY]))"
    )
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("CSP_", "AWS_", "DJANGO_", "WAGTAIL"))},
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "WAGTAILADMIN_BASE_URL": PUBLIC_ADDRESS,
        "CSP_FRAME_HOSTS": "https://player.example.net",
        "CSP_MEDIA_HOSTS": "https://bucket.oss.example.net",
        "CSP_REPORT_URI": "https://csp-reports.example.net/collect",
        "AWS_STORAGE_BUCKET_NAME": "public-media",
        "AWS_S3_CUSTOM_DOMAIN": "media.example.org",
        "WAGTAILIMAGES_MAX_UPLOAD_SIZE": "5242880",
        "WAGTAILDOCS_EXTENSIONS": "pdf",
        "PERMISSIONS_POLICY": "camera=()",
    }
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=Path(__file__).resolve().parents[2],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    public, admin, image_size, document_types, permissions = json.loads(done.stdout.strip().splitlines()[-1])
    assert public["frame-src"] == admin["frame-src"] == ["'self'", "https://player.example.net"]
    assert public["img-src"] == ["'self'", "data:", "https://bucket.oss.example.net", "https://media.example.org"]
    assert "https://media.example.org" in public["media-src"] and "https://media.example.org" in admin["img-src"]
    assert public["report-uri"] == admin["report-uri"] == ["https://csp-reports.example.net/collect"]
    assert public["upgrade-insecure-requests"] is True
    assert image_size == 5 * 1024 * 1024 and document_types == ["pdf"] and permissions == "camera=()"
