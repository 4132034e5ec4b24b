"""Settings shared by every environment. Everything deployment-specific comes from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms",
    "certificates",
    "courses",
    "drills",
    "tracking",
    "django_tasks",
    "django_tasks_db",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # A lost database connection answers a 503 page that needs no database (cms.outage).
    "cms.outage.DatabaseOutageMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a refused sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# SQLite is the embedded default; DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/safecampus) switches.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
        # A persistent connection that died between requests (a database restart, a failover) is replaced before
        # the next request uses it, instead of failing that request.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several requests write at once (quiz attempts): wait for the lock instead of failing.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The lockout check comes first: a locked-out sign-in is refused before any password is compared.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Quiz submissions one address may send to one lesson in an hour (django-ratelimit, counted in the cache
# above). A whole class often shares one school address, so the default leaves room for about 100.
QUIZ_ATTEMPTS_PER_ADDRESS_PER_HOUR = int(os.environ.get("QUIZ_ATTEMPTS_PER_ADDRESS_PER_HOUR", "100"))
if QUIZ_ATTEMPTS_PER_ADDRESS_PER_HOUR < 1:
    raise ImproperlyConfigured("QUIZ_ATTEMPTS_PER_ADDRESS_PER_HOUR must be 1 or more.")
# Where the client's address is read: REMOTE_ADDR when unset. Behind a reverse proxy, a request header that
# the proxy overwrites with the client's address, e.g. HTTP_X_REAL_IP (see docs/deploy.md).
RATELIMIT_IP_META_KEY = os.environ.get("RATELIMIT_IP_META_KEY") or None

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: Chinese first, English second, for the interface and for content.
LANGUAGE_CODE = "zh-hans"
LANGUAGES = [
    ("zh-hans", "简体中文"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Evidence photos of sessions: outside MEDIA_ROOT, with no URL, served only by tracking's permission-checked view.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "private": {
        "BACKEND": "tracking.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
}

# Background work (session e-mails, rollup refreshes, bulk certificates) goes through Django's task framework. The
# default queues tasks in the database for `manage.py db_worker`, in development as in production, so a bulk issue
# runs outside the request and shows its progress; `make run` starts a worker beside the server (docs/deploy.md).

# --- Task backend choice (TASK_BACKEND), including the Redis queue ---------------------------------------------------
# TASK_BACKEND is a backend's dotted path or one of the short names below. "rq" queues tasks in Redis
# (django-tasks-rq) and runs them with `manage.py rqworker --job-class django_tasks_rq.Job default`; the queue lives in
# TASK_REDIS_URL, or REDIS_URL when unset. Give the queue a Redis that never evicts keys (docs/deploy.md).
TASK_BACKEND_NAMES = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
    "rq": "django_tasks_rq.RQBackend",
}


def tasks_setting(default_backend: str) -> dict:
    backend = os.environ.get("TASK_BACKEND", "").strip() or default_backend
    backend = TASK_BACKEND_NAMES.get(backend, backend)
    if backend == TASK_BACKEND_NAMES["rq"]:
        return {"default": {"BACKEND": backend, "QUEUES": ["default"]}}
    return {"default": {"BACKEND": backend}}


if tasks_setting("")["default"]["BACKEND"] == TASK_BACKEND_NAMES["rq"]:
    TASK_REDIS_URL = os.environ.get("TASK_REDIS_URL") or REDIS_URL
    if not TASK_REDIS_URL:
        raise ImproperlyConfigured("TASK_BACKEND=rq needs TASK_REDIS_URL or REDIS_URL (redis://host:6379/N).")
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    RQ_QUEUES = {
        "default": {
            "URL": TASK_REDIS_URL,
            # RQ stops a job after 180 s by default; a region's bulk certificate issue runs far longer.
            "DEFAULT_TIMEOUT": int(os.environ.get("TASK_RQ_JOB_TIMEOUT", "3600")),
        }
    }

TASKS = tasks_setting(TASK_BACKEND_NAMES["database"])
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "SafeCampus <no-reply@safecampus.example.org>")

LOGIN_URL = "wagtailadmin_login"
# The front-end sign-in without ?next= lands here: the admin dashboard or the home page, see cms.views.
LOGIN_REDIRECT_URL = "signed_in"

# Sign-in throttling (django-axes). A whole school or police station shares one address, so a lockout holds one
# username at one address: colleagues behind the same address, and the same person elsewhere, can still sign in.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
# 0 keeps a lockout until an administrator lifts it (Settings → Sign-in lockouts).
_cooloff_minutes = int(os.environ.get("LOGIN_COOLOFF_MINUTES", "30"))
AXES_COOLOFF_TIME = timedelta(minutes=_cooloff_minutes) if _cooloff_minutes > 0 else None
AXES_RESET_ON_SUCCESS = True
# Retrying while locked does not push the end of the lockout back, so the time the lockout page gives holds.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "cms.views.sign_in_locked_out"
AXES_CLIENT_IP_CALLABLE = "cms.selectors.client_ip_address"
# Behind a reverse proxy, the address the proxies report (see docs/deploy.md); by default the peer's address.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "X-Forwarded-For")
# Lockouts are managed in Wagtail's admin; successful sign-ins are not kept.
AXES_ENABLE_ADMIN = False
AXES_DISABLE_ACCESS_LOG = True

WAGTAIL_SITE_NAME = "SafeCampus 护校安园"
# What a finished review workflow does: drill pages go live only under the four-eyes rule (drills.services);
# everything else is published as Wagtail does by default.
WAGTAIL_FINISH_WORKFLOW_ACTION = "drills.workflow_finish.publish_approved"
# Private pages (the drill scripts) send visitors to a sign-in page in the site's own look.
WAGTAIL_FRONTEND_LOGIN_TEMPLATE = "cms/login.html"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "pptx", "xlsx", "txt"]

# The database backend cannot split Chinese: cms.search_backend analyses indexed text and queries into CJK bigrams
# and stemmed English words first (cms.search), on SQLite and PostgreSQL alike. A large deployment sets
# SEARCH_BACKEND=elasticsearch8 (or opensearch2) and SEARCH_URL, and the engine's Chinese analyzer does this;
# see docs/deploy.md.
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "database")
SEARCH_CJK_PREANALYSIS = SEARCH_BACKEND == "database" and env_bool("SEARCH_CJK_PREANALYSIS", True)
if SEARCH_BACKEND == "database":
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "cms.search_backend" if SEARCH_CJK_PREANALYSIS else "wagtail.search.backends.database",
            # Stemming happens in cms.search so both databases behave the same.
            "SEARCH_CONFIG": "simple",
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": f"wagtail.search.backends.{SEARCH_BACKEND}",
            "URLS": env_list("SEARCH_URL", "http://127.0.0.1:9200"),
            "INDEX": os.environ.get("SEARCH_INDEX", "safecampus"),
        }
    }
SEARCH_QUERY_MAX_LENGTH = 100

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        # Search indexing runs as a task on every save; its per-task lines drown everything else.
        "django.tasks": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # Failures and lockouts are warnings; axes' step-by-step notes are not worth a line each.
        "axes": {"level": "WARNING"},
    },
}

# Path to a TrueType CJK font for PDFs; found automatically when unset (see cms.pdf).
PDF_CJK_FONT = os.environ.get("PDF_CJK_FONT", "")
# TrueType fonts for certificates, in order of preference: colon-separated paths. Each character is drawn in the
# first that has it, and a name no font can draw is refused. Unset: Debian's wqy-zenhei, HanaMinA and HanaMinB
# (certificates.fonts; docs/deploy.md, "Certificate fonts").
CERTIFICATE_FONTS = [path.strip() for path in os.environ.get("CERTIFICATE_FONTS", "").split(":") if path.strip()]

# Evidence photos of sessions (tracking.photos): the largest upload accepted, the most pixels it may decode to, how
# many one session keeps, and the longest side a stored photo is scaled down to.
TRACKING_PHOTO_MAX_BYTES = int(os.environ.get("TRACKING_PHOTO_MAX_BYTES", 10 * 1024 * 1024))
TRACKING_PHOTO_MAX_PIXELS = int(os.environ.get("TRACKING_PHOTO_MAX_PIXELS", 50_000_000))
TRACKING_PHOTOS_PER_SESSION = int(os.environ.get("TRACKING_PHOTOS_PER_SESSION", 20))
TRACKING_PHOTO_MAX_EDGE = int(os.environ.get("TRACKING_PHOTO_MAX_EDGE", 2560))

# Certificate verification lookups one client may make (certificates.throttle): "N/s", "N/m", "N/h" or "N/d",
# counted in the cache above per client address (TRUSTED_PROXY_COUNT decides which address that is).
CERTIFICATE_VERIFY_RATE = os.environ.get("CERTIFICATE_VERIFY_RATE", "20/m")

# --- Object storage for media (django-storages, S3-compatible) -------------------------------------------------------
# Off unless a bucket is named. AWS_STORAGE_BUCKET_NAME holds the public media (images, renditions, documents),
# served from the bucket or a CDN in front of it (AWS_S3_CUSTOM_DOMAIN). AWS_PRIVATE_STORAGE_BUCKET_NAME holds
# evidence photos and bulk certificate ZIPs (the "private" storage): a bucket with no public access at all, read only
# through the app's permission-checked views; a URL made from it by mistake is signed and lasts
# AWS_PRIVATE_QUERYSTRING_EXPIRE seconds. Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or the
# machine's role, never from this file. AWS_S3_ENDPOINT_URL points at a non-AWS store (OSS, COS, MinIO).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
AWS_PRIVATE_STORAGE_BUCKET_NAME = os.environ.get("AWS_PRIVATE_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME and AWS_STORAGE_BUCKET_NAME == AWS_PRIVATE_STORAGE_BUCKET_NAME:
    raise ImproperlyConfigured("AWS_PRIVATE_STORAGE_BUCKET_NAME must name a bucket of its own, not the public one.")
AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
AWS_S3_ADDRESSING_STYLE = os.environ.get("AWS_S3_ADDRESSING_STYLE") or None
AWS_S3_SIGNATURE_VERSION = "s3v4"
_s3_common = {
    "endpoint_url": AWS_S3_ENDPOINT_URL,
    "region_name": AWS_S3_REGION_NAME,
    "addressing_style": AWS_S3_ADDRESSING_STYLE,
    "signature_version": AWS_S3_SIGNATURE_VERSION,
    # A name already taken gets a suffix instead of replacing another upload.
    "file_overwrite": False,
}
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3_common,
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "location": os.environ.get("AWS_MEDIA_LOCATION", "media"),
            # Public by the bucket's policy, not per-object ACLs (many stores refuse ACLs): plain, cacheable URLs.
            "default_acl": None,
            "querystring_auth": False,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "object_parameters": {"CacheControl": "public, max-age=86400"},
        },
    }
if AWS_PRIVATE_STORAGE_BUCKET_NAME:
    STORAGES["private"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3_common,
            "bucket_name": AWS_PRIVATE_STORAGE_BUCKET_NAME,
            "location": os.environ.get("AWS_PRIVATE_LOCATION", ""),
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": int(os.environ.get("AWS_PRIVATE_QUERYSTRING_EXPIRE", "300")),
            # Never through the public CDN domain: a signed URL must go to the bucket itself.
            "custom_domain": None,
            "object_parameters": {"CacheControl": "private, no-store"},
        },
    }

# --- Page cache (cms.page_cache) --------------------------------------------------------------------------------
# Whole public pages for anonymous visitors, in their own cache: local memory by default (one per process, so with
# several web processes a page can stay stale in the others for up to PAGE_CACHE_SECONDS after a change), Redis
# through REDIS_URL in production, shared by every process, so a publish invalidates everywhere at once.
# Before sessions, CSRF and the user: a hit skips them all.
MIDDLEWARE.insert(
    MIDDLEWARE.index("whitenoise.middleware.WhiteNoiseMiddleware") + 1, "cms.page_cache.PageCacheMiddleware"
)
# Inside the page cache (a hit needs no site): remembers which site serves a public page (cms.sites).
MIDDLEWARE.insert(MIDDLEWARE.index("cms.page_cache.PageCacheMiddleware") + 1, "cms.sites.SiteLookupMiddleware")
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_CACHE_MAX_BYTES = int(os.environ.get("PAGE_CACHE_MAX_BYTES", 1024 * 1024))
# Above 0, cached pages also carry `Cache-Control: s-maxage=N` for a CDN in front (docs/deploy.md, "Page cache").
PAGE_CACHE_SHARED_MAX_AGE = int(os.environ.get("PAGE_CACHE_SHARED_MAX_AGE", "0"))
if REDIS_URL:
    CACHES["pages"] = {
        "BACKEND": "cms.cache_backends.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "pages",
    }
else:
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
# A CDN's copy is purged when a page is published or unpublished (wagtail.contrib.frontend_cache). Off unless
# configured: FRONTEND_CACHE_PURGE_URL for a Varnish/Squid/nginx-style HTTP PURGE endpoint, and/or
# CLOUDFLARE_API_TOKEN with CLOUDFLARE_ZONE_ID. See docs/deploy.md, "Page cache".
INSTALLED_APPS.insert(INSTALLED_APPS.index("wagtail.contrib.redirects"), "wagtail.contrib.frontend_cache")
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_API_TOKEN"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_API_TOKEN"],
        "ZONEID": os.environ.get("CLOUDFLARE_ZONE_ID", ""),
    }
    if not WAGTAILFRONTENDCACHE["cloudflare"]["ZONEID"]:
        raise ImproperlyConfigured("CLOUDFLARE_API_TOKEN needs CLOUDFLARE_ZONE_ID too.")

# --- Hardening: uploads, private pages, security headers, error pages ---------------------------------------------
# Uploads through Wagtail's admin: the largest image file, the most pixels an image may decode to (a small file can
# decode to gigabytes), and the largest document. Request bodies outside file fields stay at Django's 2.5 MB; a long
# lesson's StreamField sends many fields, hence the higher field count. Let the proxy accept bodies at least as large
# (docs/deploy.md, "Production settings").
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024))
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("WAGTAILIMAGES_MAX_IMAGE_PIXELS", 50_000_000))
# No SVG: an uploaded SVG can carry script.
WAGTAILIMAGES_EXTENSIONS = env_list("WAGTAILIMAGES_EXTENSIONS", "gif,jpg,jpeg,png,webp")
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("WAGTAILDOCS_MAX_UPLOAD_SIZE", 20 * 1024 * 1024))
WAGTAILDOCS_EXTENSIONS = env_list("WAGTAILDOCS_EXTENSIONS", ",".join(WAGTAILDOCS_EXTENSIONS))
DATA_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("DATA_UPLOAD_MAX_MEMORY_SIZE", 2_621_440))
DATA_UPLOAD_MAX_NUMBER_FIELDS = int(os.environ.get("DATA_UPLOAD_MAX_NUMBER_FIELDS", 10_000))
FILE_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("FILE_UPLOAD_MAX_MEMORY_SIZE", 2_621_440))

# A shared password is one secret passed around a whole school, never revoked: private pages and document
# collections are open to signed-in users or groups only.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
# Avatars from gravatar.com would send a hash of every officer's e-mail address abroad (and the site is unreachable
# from much of China anyway).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The admin dashboard would fetch Wagtail's release feed from abroad on every visit.
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Content-Security-Policy (django-csp). Public pages run no inline script or style: everything comes from the
# site's own static files, so a script injected into content has nowhere to run. Video blocks embed players from
# the hosts in CSP_FRAME_HOSTS; images and media from another origin (object storage, a CDN) are allowed through
# CSP_MEDIA_HOSTS. Wagtail's admin gets its own policy (cms.security.ContentSecurityPolicyMiddleware).
CSP_FRAME_HOSTS = env_list(
    "CSP_FRAME_HOSTS",
    "https://player.bilibili.com,https://player.youku.com,https://v.qq.com,https://www.youtube-nocookie.com,"
    "https://www.youtube.com,https://player.vimeo.com",
)
CSP_MEDIA_HOSTS = env_list("CSP_MEDIA_HOSTS")
# Public media on object storage behind a CDN domain (AWS_S3_CUSTOM_DOMAIN, above) needs no listing of its own; a
# bucket addressed directly is named in CSP_MEDIA_HOSTS.
if AWS_STORAGE_BUCKET_NAME and os.environ.get("AWS_S3_CUSTOM_DOMAIN"):
    CSP_MEDIA_HOSTS.append(f"https://{os.environ['AWS_S3_CUSTOM_DOMAIN']}")
_csp_report_uri = os.environ.get("CSP_REPORT_URI", "")
_csp_report = {"report-uri": [_csp_report_uri]} if _csp_report_uri else {}
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *CSP_MEDIA_HOSTS],
        "media-src": ["'self'", *CSP_MEDIA_HOSTS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *CSP_FRAME_HOSTS],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        **_csp_report,
    }
}
# Wagtail's admin (page editor, choosers, history, users) runs inline scripts and sets inline styles, which the
# public policy would block: it gets its own, which allows them but nothing from another origin. The preview panel
# frames the admin's own pages.
CSP_ADMIN_PREFIX = "/admin/"
CSP_ADMIN_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", *CSP_MEDIA_HOSTS],
    "media-src": ["'self'", "blob:", *CSP_MEDIA_HOSTS],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'", *CSP_FRAME_HOSTS],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
    **_csp_report,
}
# The strict policy, reported only (to the browser console and CSP_REPORT_URI): what Wagtail still runs inline.
CSP_ADMIN_POLICY_REPORT_ONLY = {**CSP_ADMIN_POLICY, "script-src": ["'self'"], "style-src": ["'self'"]}

# Powerful browser features no page of the site uses, for the site and anything it frames (video players keep
# fullscreen, autoplay and picture-in-picture, which are not listed).
PERMISSIONS_POLICY = os.environ.get(
    "PERMISSIONS_POLICY",
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), "
    "payment=(), usb=(), serial=(), hid=(), display-capture=(), browsing-topics=()",
)
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
INSTALLED_APPS.append("csp")
# Outermost after SecurityMiddleware, so every answer (error pages, redirects, cached pages) carries the headers.
_after_security = MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1
MIDDLEWARE.insert(_after_security, "cms.security.PermissionsPolicyMiddleware")
MIDDLEWARE.insert(_after_security, "cms.security.ContentSecurityPolicyMiddleware")
# A refused CSRF check gets the site's own 403 page.
CSRF_FAILURE_VIEW = "cms.errors.csrf_failure"
