"""Defences every public form shares: same-origin posts, a honeypot field, a
minimum fill time, per-visitor rate limits. What they refuse is recorded.

Pages are served from a shared cache, so forms in them cannot carry a per-visitor
CSRF token. Form posts are checked the way Django's CSRF middleware checks them
first: the browser's Origin header (or, failing that, Referer) must name this site.
Browsers send it on every cross-site POST, so a form on another site is refused.
"""

import functools
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from surveys.models import RefusedSubmission

HONEYPOT_FIELD = "website"
TIMESTAMP_FIELD = "rendered"
TIMESTAMP_SALT = "surveys.form-rendered"
Reason = RefusedSubmission.Reason


class Refused(Exception):
    """A submission turned away; the message is shown to the visitor."""

    def __init__(self, reason, message, status=400):
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.status = status


def refuse(request, form_name, error):
    RefusedSubmission.objects.create(
        form=form_name, reason=error.reason, path=request.path[:300]
    )


def form_timestamp():
    return signing.dumps(int(time.time()), salt=TIMESTAMP_SALT)


def check_origin(request):
    allowed = {
        f"{request.scheme}://{request.get_host()}",
        *settings.CSRF_TRUSTED_ORIGINS,
    }
    origin = request.META.get("HTTP_ORIGIN")
    if origin is None:
        try:
            referer = urlsplit(request.META.get("HTTP_REFERER", ""))
        except ValueError:  # a malformed address ("http://[") names no site
            referer = urlsplit("")
        origin = f"{referer.scheme}://{referer.netloc}" if referer.netloc else None
    if origin not in allowed:
        raise Refused(
            Reason.CROSS_SITE, _("This form can only be sent from this site."), 403
        )


def check_human(request):
    if request.POST.get(HONEYPOT_FIELD):
        raise Refused(
            Reason.HONEYPOT, _("Your message looks automated and was not sent.")
        )
    try:
        rendered = signing.loads(
            request.POST.get(TIMESTAMP_FIELD, ""), salt=TIMESTAMP_SALT
        )
    except signing.BadSignature:
        rendered = None
    if (
        rendered is not None
        and time.time() - rendered < settings.SURVEYS_MIN_FILL_SECONDS
    ):
        raise Refused(
            Reason.TOO_FAST,
            _("That was quick! Please take a moment and send it again."),
        )


def check_rate(key, limit, window=60):
    """At most `limit` submissions per visitor key in `window` seconds."""
    cache_key = f"surveys:rate:{key}:{int(time.time() // window)}"
    if cache.add(cache_key, 1, window):
        return
    try:
        count = cache.incr(cache_key)
    except ValueError:
        cache.add(cache_key, 1, window)
        return
    if count > limit:
        raise Refused(
            Reason.RATE_LIMITED,
            _("Too many submissions from you just now. Please try again in a minute."),
            429,
        )


def wants_json(request):
    return "application/json" in request.META.get("HTTP_ACCEPT", "")


def public_form(form_name, human_check=True):
    """Guard a view that takes a visitor's form post.

    Refusals become a 4xx with the reason (JSON for scripts, a message otherwise)
    and are recorded for staff.
    """

    def decorate(view):
        @csrf_exempt
        @functools.wraps(view)
        def guarded(request, *args, **kwargs):
            try:
                check_origin(request)
                if human_check:
                    check_human(request)
                return view(request, *args, **kwargs)
            except Refused as error:
                refuse(request, form_name, error)
                return refusal_response(request, error)

        return guarded

    return decorate


def refusal_response(request, error):
    if wants_json(request):
        return JsonResponse(
            {"ok": False, "message": error.message}, status=error.status
        )
    return render(
        request, "surveys/refused.html", {"message": error.message}, status=error.status
    )
