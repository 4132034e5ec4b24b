from datetime import timedelta

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "test-artifacts" / "media"  # noqa: F405
PRIVATE_MEDIA_ROOT = BASE_DIR / "test-artifacts" / "private-media"  # noqa: F405
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "private": {
        "BACKEND": "tracking.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
}
# Tasks run as they are enqueued (after commit), so tests see the e-mails they cause.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WAGTAILEMBEDS_FINDERS = [{"class": "tests.embed_finder.LocalVideoFinder"}]

# Tests never run collectstatic: let WhiteNoise look files up through the finders instead of STATIC_ROOT.
WHITENOISE_AUTOREFRESH = True

# Sign-in throttling stays on in tests; only the test client's request-less login() is let past the lockout check.
AUTHENTICATION_BACKENDS = [
    "tests.auth_backends.AxesBackendForTestClient",
    "django.contrib.auth.backends.ModelBackend",
]
# The limits the throttling tests are written for, whatever the environment says.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=30)
TRUSTED_PROXY_COUNT = 0

# Page cache: local memory, or the Redis server named by TEST_REDIS_URL (or REDIS_URL), as `.ci/run` does. Each test
# process has its own key prefix, and every test starts on a new generation (tests/conftest.py), so parallel
# workers and earlier runs never see each other's pages; entries expire within minutes.
_test_redis_url = os.environ.get("TEST_REDIS_URL") or os.environ.get("REDIS_URL")  # noqa: F405
if _test_redis_url:
    import secrets as _secrets

    CACHES["pages"] = {
        "BACKEND": "cms.cache_backends.RedisCache",
        "LOCATION": _test_redis_url,
        "KEY_PREFIX": f"test-pages-{os.getpid()}-{_secrets.token_hex(4)}",  # noqa: F405
        "TIMEOUT": 300,
    }
else:
    CACHES["pages"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"}
PAGE_CACHE_ENABLED = True
PAGE_CACHE_SHARED_MAX_AGE = 0
WAGTAILFRONTENDCACHE = {}

# The test video finder's player (tests/embed_finder.py) stands in for a video site: frame it as CSP_FRAME_HOSTS would.
CSP_FRAME_HOSTS = [*CSP_FRAME_HOSTS, "https://video.example.test"]  # noqa: F405
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {**CONTENT_SECURITY_POLICY["DIRECTIVES"], "frame-src": ["'self'", *CSP_FRAME_HOSTS]}  # noqa: F405
}
CSP_ADMIN_POLICY = {**CSP_ADMIN_POLICY, "frame-src": ["'self'", *CSP_FRAME_HOSTS]}  # noqa: F405
CSP_ADMIN_POLICY_REPORT_ONLY = {**CSP_ADMIN_POLICY_REPORT_ONLY, "frame-src": ["'self'", *CSP_FRAME_HOSTS]}  # noqa: F405
