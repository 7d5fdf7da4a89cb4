"""Collecting hits: page views counted by the server, events sent by the page's
script or recorded by other apps through record_event(). Each hit is reduced to
what is stored (no address, no user agent) and pushed to the buffer."""

import functools
import json
import logging
import re
import secrets
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponse, JsonResponse
from django.urls import NoReverseMatch, get_script_prefix, reverse
from django.utils.encoding import escape_uri_path, iri_to_uri
from django.utils.translation import get_language_from_path
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from analytics import buffer
from analytics.classify import (
    DIRECT,
    classify_referrer,
    is_prefetch,
    parse_user_agent,
    utm_from_query,
)
from analytics.classify import Source as Referrer
from analytics.models import Device, Source
from analytics.visitors import visitor_id

# Events the page's script and other apps may send; anything else is refused.
EVENTS = {
    "engagement",  # time on page and scroll depth, sent when the page is left
    "outbound",  # a click on a link to another site
    "poll_viewed",
    "questionnaire_viewed",
    "poll_voted",
    "questionnaire_started",
    "questionnaire_completed",
    "feedback_sent",
    "request_sent",
}
# Recorded by the server only (record_event), never taken from a script.
SERVER_EVENTS = {
    "poll_voted",
    "questionnaire_completed",
    "feedback_sent",
    "request_sent",
}
SOURCES = {
    "direct": Source.DIRECT,
    "search": Source.SEARCH,
    "social": Source.SOCIAL,
    "referral": Source.REFERRAL,
    "internal": Source.INTERNAL,
}
DEVICES = {
    "desktop": Device.DESKTOP,
    "mobile": Device.MOBILE,
    "tablet": Device.TABLET,
    "bot": Device.BOT,
}
logger = logging.getLogger(__name__)
INTERNAL = Referrer(kind="internal", name="", host="")
SKIPPED_PREFIXES = ("/admin/", "/django-admin/", "/static/", "/media/")


def declines_tracking(request):
    meta = request.META
    return settings.ANALYTICS_HONOUR_DNT and (
        meta.get("HTTP_DNT") == "1" or meta.get("HTTP_SEC_GPC") == "1"
    )


def is_admin_user(request):
    """Editors and other admin users: their own views would skew the figures."""
    user = getattr(request, "user", None)  # absent on page-cache hits: anonymous
    return bool(
        user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin")
    )


@functools.lru_cache(maxsize=1024)
def path_dimensions(path):
    """The stored path and its content language: the same few hundred pages are
    viewed over and over."""
    path = path[:300]
    return path, get_language_from_path(path) or ""


def hit_payload(
    request,
    path,
    query="",
    page_id=None,
    referrer=None,
    event="",
    target="",
    hit_id=None,
):
    """The hit as buffered: everything derived here, nothing personal kept.
    Events (no referrer) happen on a page of the site: their source is internal.

    Empty and default values are left out: the drain reads a missing key as
    empty, and a shorter payload is quicker to encode, send and store."""
    meta = request.META
    agent = parse_user_agent(meta.get("HTTP_USER_AGENT", ""))
    path, locale = path_dimensions(path)
    host = request.get_host()
    if referrer is None:
        source = INTERNAL
    elif not referrer:
        source = DIRECT
    else:
        source = classify_referrer(referrer, [host.split(":")[0]])
    now = time.time()
    payload = {"id": hit_id or secrets.randbits(63), "t": now, "path": path}
    if page_id is not None:
        payload["p"] = page_id
    if locale:
        payload["loc"] = locale
    if event:
        payload["ev"] = event
    if target := str(target)[:100]:
        payload["tg"] = target
    if source_id := SOURCES[source.kind]:  # direct is the default
        payload["src"] = source_id
    if source.name:
        payload["sn"] = source.name[:100]
    if source.host:
        payload["ref"] = source.host
    if agent.browser:
        payload["br"] = agent.browser[:50]
    if agent.os:
        payload["os"] = agent.os[:50]
    device = Device.BOT if agent.is_bot else DEVICES.get(agent.device)
    if device:  # desktop is the default
        payload["dev"] = device
    language = meta.get("HTTP_ACCEPT_LANGUAGE", "")[:2].lower()
    if language.isalpha():
        payload["lang"] = language
    if "utm_" in query:  # rarely: skips parsing every page view's address
        payload.update(
            (key, value) for key, value in utm_from_query(query).items() if value
        )
    if not agent.is_bot:  # bots have no visitor key (a missing one is 0)
        payload["v"] = visitor_id(request, when=now, host=host)
    return payload


def counts(request):
    """Whether this request's visitor is counted at all."""
    return settings.ANALYTICS_ENABLED and not (
        is_prefetch(request.META)
        or declines_tracking(request)
        or is_admin_user(request)
    )


def pageview_template(request):
    """The buffered hit of this page view as JSON around its page id, not yet
    known: (before, after). For the page cache, which appends it to the buffer in
    the same Redis round trip that finds the cached page. None if not counted."""
    if not (request.method == "GET" and buffer.uses_redis() and counts(request)):
        return None
    return buffer.encode(pageview_payload(request))[:-1] + ',"p":', "}"


def record_pageview(request, page_id):
    if counts(request):
        buffer.push(pageview_payload(request, page_id))


def pageview_payload(request, page_id=None):
    # The path and query as urlsplit(request.build_absolute_uri()) would give
    # them, without building the address.
    query = request.META.get("QUERY_STRING", "")
    # One id per page view, whichever path counts it: when the page cache's
    # script appended the view but its answer was lost (Redis restarting), the
    # view is counted again after the response, and the drain keeps one of the two.
    if not hasattr(request, "analytics_hit_id"):
        request.analytics_hit_id = secrets.randbits(63)
    return hit_payload(
        request,
        escape_uri_path(request.path),
        iri_to_uri(query).partition("#")[0] if query else "",
        page_id,
        request.META.get("HTTP_REFERER", ""),
        hit_id=request.analytics_hit_id,
    )


def record_event(request, name, target="", url=None, page_id=None, **measures):
    """Count an event (one of EVENTS) for the visitor making this request: the API
    other apps use, such as surveys when a vote is cast."""
    if name not in EVENTS:
        raise ValueError(f"unknown analytics event {name!r}")
    if not counts(request):
        return
    url = url or request.META.get("HTTP_REFERER") or request.build_absolute_uri()
    try:
        parts = urlsplit(url)
    except ValueError:  # a malformed Referer ("http://["): counted where it was sent
        parts = urlsplit(request.build_absolute_uri())
    payload = hit_payload(
        request, parts.path, parts.query, page_id, event=name, target=target
    )
    payload.update(measures)
    buffer.push(payload)


class PageViewMiddleware:
    """Counts every view of a published page, including those the page cache
    answers: it sits outside the cache and reads the page id the response carries.

    It also takes the page script's events from anonymous visitors (no session
    cookie) before sessions, language, CSRF, authentication and URL routing run,
    none of which such an event needs: they would cost more than the event itself.
    An event it cannot take goes on to the view, which says why in the visitor's
    language; signed-in users' events go there too, so editors are not counted."""

    header = "X-Page-Id"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method == "POST"
            and request.path_info == beacon_path()
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
        ):
            try:
                take_event(request)
            except ValueError:
                pass
            else:
                return HttpResponse(status=202)
        response = self.get_response(request)
        page_id = response.get(self.header)
        if page_id is None:
            return response
        del response[self.header]
        if getattr(request, "analytics_counted", False):
            return response  # by the page cache, with the page it found
        if (
            request.method == "GET"
            and response.status_code == 200
            and not request.path.startswith(SKIPPED_PREFIXES)
        ):
            try:
                record_pageview(request, int(page_id))
            except DatabaseError as error:
                # Without Redis hits wait in the database: while it is down, a
                # page (from the page cache) is served uncounted, not refused.
                logger.warning("analytics: page view not counted: %s", error)
        return response


class PageIdMiddleware:
    """Marks a served page's response with its id, inside the page cache so that
    cached copies carry it too (the id is set by a before_serve_page hook)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        page_id = getattr(request, "analytics_page_id", None)
        if page_id is not None and not getattr(request, "is_preview", False):
            response[PageViewMiddleware.header] = str(page_id)
        return response


BEACON_MAX_BYTES = 2048
# JSON escapes can carry what no text column takes: NUL and lone surrogates.
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def read_beacon(request):
    """The event a page's script sent, checked field by field; ValueError says
    what is wrong."""
    if len(request.body) > BEACON_MAX_BYTES:
        raise ValueError(_("body too large"))
    try:
        data = json.loads(request.body)
    except (ValueError, UnicodeDecodeError) as error:
        raise ValueError(_("body is not JSON")) from error
    if not isinstance(data, dict):
        raise ValueError(_("body must be a JSON object"))
    name, url = data.get("n"), data.get("u")
    # A list or an object is no event name (and cannot be looked up in a set).
    if not isinstance(name, str) or name not in EVENTS or name in SERVER_EVENTS:
        raise ValueError(_("unknown event"))
    if not isinstance(url, str) or len(url) > 1000 or UNSTORABLE.search(url):
        raise ValueError(_("u must be the page's address"))
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.netloc != request.get_host():
        raise ValueError(_("u must be an address on this site"))
    measures = {}
    for field, highest in (("es", 86400), ("sd", 100)):
        value = data.get(field)
        if value is not None:
            if type(value) is not int or not 0 <= value <= highest:
                raise ValueError(
                    _("%(field)s must be a whole number from 0 to %(highest)s")
                    % {"field": field, "highest": highest}
                )
            measures[field] = value
    page_id = data.get("p")
    if page_id is not None and (type(page_id) is not int or not 0 < page_id < 2**31):
        raise ValueError(_("p must be a page id"))
    target = data.get("t", "")
    if not isinstance(target, str) or len(target) > 100 or UNSTORABLE.search(target):
        raise ValueError(_("t must be text of at most 100 characters"))
    return name, url, page_id, target, measures


def take_event(request):
    """Record the event a page's script sent; ValueError if it is refused."""
    name, url, page_id, target, measures = read_beacon(request)
    record_event(request, name, target, url=url, page_id=page_id, **measures)


@functools.cache
def beacon_path():
    """The beacon's path as request.path_info gives it (without a script prefix);
    None under a URLconf without it."""
    try:
        return "/" + reverse("analytics:beacon")[len(get_script_prefix()) :]
    except NoReverseMatch:
        return None


@csrf_exempt  # no cookie is read or set; the address must be on this site
@require_POST
def beacon(request):
    """Events the page's script sends: time on page, scroll depth, outbound
    clicks, poll views. 202 when taken, 400 with the reason otherwise."""
    try:
        take_event(request)
    except ValueError as error:
        return JsonResponse({"error": str(error)}, status=400)
    return HttpResponse(status=202)
