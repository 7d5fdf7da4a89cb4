"""Middleware of the project as a whole: the Content-Security-Policy header and the
page visitors get while the database is down."""

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string

from csp.middleware import CSPMiddleware

from cms.cache import skip_page_cache

logger = logging.getLogger(__name__)
# Seconds after which a browser or a proxy may try again.
RETRY_AFTER = 30


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's header, with the looser policy the Wagtail admin needs."""

    def _make_nonce(self, request):
        # A page with a nonce in it only works with the header it was sent with:
        # a cached copy would go out with another header and its scripts blocked.
        skip_page_cache(request)
        return super()._make_nonce(request)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(settings.CSP_ADMIN_PREFIX):
            parts.replace = {**settings.CSP_ADMIN_REPLACE, **(parts.replace or {})}
        return parts


class DatabaseUnavailableMiddleware:
    """A short 503 page instead of a server error while the database cannot be
    reached. Django connects afresh on the next request, so the site comes back
    by itself with the database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        # In development the traceback says more than the page.
        if settings.DEBUG or not isinstance(
            exception, (OperationalError, InterfaceError)
        ):
            return None
        logger.error("database unavailable: %s", exception)
        # Without the request: context processors (site settings, the user)
        # would query the database again.
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER)
        return response
