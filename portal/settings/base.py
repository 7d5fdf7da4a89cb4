"""Settings shared by every environment. Safe for production: DEBUG is off and
everything that differs between machines comes from the environment."""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

import dj_database_url
from celery.schedules import crontab
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from kombu import Queue

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# Runtime files of the embedded default (SQLite database, media) live here.
VAR_DIR = Path(os.environ.get("PORTAL_VAR_DIR", BASE_DIR / "var"))


def env_list(name, default=""):
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms",
    "surveys",
    "analytics",
    "crm",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.table_block",
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
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "django.forms",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outside the page cache, so cached pages get the header too.
    "portal.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside the page cache, so cached page views are counted too.
    "analytics.collect.PageViewMiddleware",
    # Serves anonymous page views from the page cache before any other work; what
    # it stores carries the headers the middleware below adds.
    "cms.cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "analytics.collect.PageIdMiddleware",
    "portal.middleware.DatabaseUnavailableMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Widgets render with the templates above too, so templates/ can override
# Wagtail's (templates/wagtailadmin/widgets: the admin's CSP).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

# Database: SQLite under var/ unless DATABASE_URL names another (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        # A kept connection the server dropped (a restart, a failover) is
        # replaced at the next request's first query instead of failing it.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # An unreachable server fails the request in seconds (a 503 page) rather
    # than holding the worker until gunicorn's timeout kills it.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
    # Django's own cursors bind on the client and never prepare; this lets the
    # few statements we run on a server-binding cursor (the vote) be planned once
    # per connection. Behind PgBouncer in transaction mode, use PgBouncer 1.21+.
    DATABASES["default"].setdefault("OPTIONS", {})["prepare_threshold"] = 5
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis, when configured, backs the cache and the Celery broker.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "portal.cache.SharedClientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# How long a rendered page is served from the cache; publishing clears it sooner.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: English and Russian, interface and content.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("ru", _("Russian"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Moscow")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "true") == "true"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "true"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "portal@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}

# Wagtail
WAGTAIL_SITE_NAME = "Portal"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no third-party requests, even in the admin
WAGTAIL_ENABLE_UPDATE_CHECK = False  # nor to releases.wagtail.org (the CSP blocks it)
WAGTAILSEARCH_BACKENDS = {
    # Picks PostgreSQL full-text search when the database is PostgreSQL.
    "default": {"BACKEND": "wagtail.search.backends.database"}
}
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "odt",
    "pdf",
    "pptx",
    "rtf",
    "txt",
    "xlsx",
    "zip",
]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE = False
WAGTAIL_WORKFLOW_ENABLED = True
# Admin sign-in lockout (portal/lockout.py): this many failures for one username or
# from one address within LOGIN_LOCKOUT_SECONDS refuse sign-in for that long.
WAGTAILADMIN_USER_LOGIN_FORM = "portal.lockout.LoginForm"
LOGIN_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
LOGIN_LOCKOUT_SECONDS = int(os.environ.get("LOGIN_LOCKOUT_SECONDS", "900"))

# Celery: without REDIS_URL tasks run in the calling process (the embedded default).
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_IGNORE_RESULT = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# The audience drain has a queue of its own, which every worker also consumes
# (it takes turns between its queues): in the default queue, behind a backlog of
# submissions' tasks, each drain waited there until it expired.
CELERY_TASK_QUEUES = [Queue("celery"), Queue("analytics")]
CELERY_TASK_ROUTES = {"analytics.drain_hits": {"queue": "analytics"}}
CELERY_BEAT_SCHEDULE = {
    "publish-scheduled-pages": {
        "task": "cms.publish_scheduled",
        "schedule": crontab(minute="*"),
    },
    "purge-visitor-salts": {
        "task": "surveys.purge_old_salts",
        "schedule": crontab(minute=5, hour="*"),
    },
    "sweep-survey-notifications": {
        "task": "surveys.sweep_notifications",
        "schedule": crontab(minute="*/5"),
    },
    "send-invitation-reminders": {
        "task": "surveys.send_reminders",
        "schedule": crontab(minute=0, hour=10),
    },
    "drain-analytics-hits": {
        "task": "analytics.drain_hits",
        "schedule": 5.0,  # seconds: reports are seconds behind the visits
        # A run missed while another is long is not worth queueing behind it.
        "options": {"expires": 5},
    },
    "purge-analytics-hits": {
        "task": "analytics.purge_old_hits",
        "schedule": crontab(minute=20, hour=3),
    },
    "add-analytics-hit-partitions": {
        "task": "analytics.add_hit_partitions",
        "schedule": crontab(minute=10, hour=3),
    },
    "sweep-customer-submissions": {
        "task": "crm.sweep_submissions",
        "schedule": crontab(minute="*"),
        "options": {"expires": 60},
    },
    "send-overdue-cases-digest": {
        "task": "crm.send_overdue_digest",
        "schedule": crontab(minute=0, hour=8),
    },
    "refresh-customer-segments": {
        "task": "crm.refresh_segments",
        "schedule": crontab(minute=15),
    },
    "retry-webhook-deliveries": {
        "task": "crm.retry_webhooks",
        "schedule": crontab(minute="*"),
        "options": {"expires": 60},
    },
    "anonymise-expired-submissions": {
        "task": "crm.anonymise_expired",
        "schedule": crontab(minute=40, hour=3),
    },
    "send-analytics-digest": {
        "task": "analytics.send_digest",
        # ANALYTICS_DIGEST_WEEKDAY: mon…sun, or 0–6 with 0 for Sunday; the hour
        # 0–23 in TIME_ZONE. Read here so that the schedule stays in one place.
        "schedule": crontab(
            minute=0,
            hour=os.environ.get("ANALYTICS_DIGEST_HOUR", "8"),
            day_of_week=os.environ.get("ANALYTICS_DIGEST_WEEKDAY", "mon"),
        ),
    },
}

# Visitors' submissions (surveys/)
# Proxies whose X-Forwarded-For is believed: comma-separated IPs or networks.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
# Forms sent sooner than this after they were shown are taken for bots.
SURVEYS_MIN_FILL_SECONDS = float(os.environ.get("SURVEYS_MIN_FILL_SECONDS", "2"))
# Days after which an unanswered invitation gets a reminder, and how many at most.
SURVEYS_REMINDER_DAYS = int(os.environ.get("SURVEYS_REMINDER_DAYS", "7"))
SURVEYS_MAX_REMINDERS = int(os.environ.get("SURVEYS_MAX_REMINDERS", "1"))
# Report figures from fewer answers than this are greyed out as unreliable.
SURVEYS_MIN_SAMPLE = int(os.environ.get("SURVEYS_MIN_SAMPLE", "30"))
# Audience analytics (analytics/)
# Off: nothing is counted (the page script still loads); the benchmarks compare.
ANALYTICS_ENABLED = os.environ.get("ANALYTICS_ENABLED", "true") == "true"
# Visitors who send Do Not Track or Global Privacy Control are not counted.
ANALYTICS_HONOUR_DNT = os.environ.get("ANALYTICS_HONOUR_DNT", "true") == "true"
# Days raw hits are kept; daily figures are kept for good.
ANALYTICS_RAW_DAYS = int(os.environ.get("ANALYTICS_RAW_DAYS", "90"))
# The page type of news articles, for the report's top articles and topics.
ANALYTICS_ARTICLE_MODEL = "cms.NewsPage"

# Messages after a form post live in a cookie: no session, and the page cache
# steps aside for the one page view that shows them.
MESSAGE_STORAGE = "django.contrib.messages.storage.cookie.CookieStorage"

# Security headers that hold in every environment; production.py adds HTTPS ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
SESSION_COOKIE_HTTPONLY = True
# No script reads the CSRF cookie: forms carry the token, and the Wagtail admin
# takes it from its page config.
CSRF_COOKIE_HTTPONLY = True
# Content-Security-Policy (django-csp), the same everywhere so that the browser
# tests meet it: everything comes from this site, charts included. An inline
# script runs only with the request's nonce (nonce="{{ request.csp_nonce }}");
# data for scripts goes in json_script blocks, which are never executed.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        # Wagtail's embeds (videos) are the only frames from elsewhere.
        "frame-src": [SELF, "https:"],
        "img-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        # The editor's live preview frames the site itself (X_FRAME_OPTIONS).
        "frame-ancestors": [SELF],
    }
}
# The Wagtail admin (8.0) keeps the strict script policy: its inline scripts
# are replaced by data (cms/admin_scripts.py). It still writes inline styles,
# so under /admin/, open to signed-in staff only, those are allowed. Its styles
# and image uploads use data: and blob: images.
CSP_ADMIN_PREFIX = "/admin/"
CSP_ADMIN_REPLACE = {
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
}


def require_secret_key(key):
    """Refuse to start with a missing or well-known key."""
    if len(key) < 50 or key.startswith(("django-insecure", "change-me")):
        raise ImproperlyConfigured(
            "SECRET_KEY must be set to a random string of 50 or more characters."
        )
    return key
