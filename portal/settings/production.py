"""Production: PostgreSQL, Redis, Celery worker and beat, behind HTTPS."""

import os

from .base import *  # noqa: F403
from .base import REDIS_URL, SECRET_KEY, require_secret_key

SECRET_KEY = require_secret_key(SECRET_KEY)
if not REDIS_URL:
    raise ImproperlyConfigured(  # noqa: F405
        "REDIS_URL must be set in production: Celery and the caches need it."
    )

SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true") == "true"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Health checks (compose, load balancers) ask over plain HTTP from inside.
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Wagtail's editor shows the live preview in a same-origin frame, so SAMEORIGIN
# (set in base) is deliberate rather than DENY.
SILENCED_SYSTEM_CHECKS = ["security.W019"]
