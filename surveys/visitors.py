"""Who is submitting, without storing who they are.

A visitor is known by a random id in a signed first-party cookie and by a key
hashed from the day's random salt, their IP address and browser. The raw IP is
never stored, and salts are deleted after two days, so a key cannot be traced back.
"""

import datetime
import hashlib
import hmac
import secrets
import uuid

from django.db import IntegrityError
from django.utils import timezone

from analytics.visitors import client_ip
from surveys.models import DailySalt

COOKIE_NAME = "portal_visitor"
COOKIE_SALT = "surveys.visitor"
COOKIE_MAX_AGE = 60 * 60 * 24 * 400  # the longest browsers keep a cookie
_salts = {}


def daily_salt(day=None):
    day = day or timezone.localdate()
    if day not in _salts:
        try:
            salt = DailySalt.objects.get_or_create(
                day=day, defaults={"salt": secrets.token_hex(32)}
            )[0].salt
        except IntegrityError:  # another process made today's salt first
            salt = DailySalt.objects.get(day=day).salt
        _salts.clear()
        _salts[day] = salt
    return _salts[day]


def visitor_key(request):
    """A hex key for this visitor today: hashed IP and browser, salted per day."""
    agent = request.META.get("HTTP_USER_AGENT", "")[:500]
    return salted_key(f"{client_ip(request)}|{agent}")


def address_key(request):
    """A hex key for the visitor's address alone, salted per day: what rate limits
    count by, so that a new browser string per request does not escape them."""
    return salted_key(client_ip(request))


def salted_key(material):
    digest = hmac.new(daily_salt().encode(), material.encode(), hashlib.sha256)
    return digest.hexdigest()[:32]


def cookie_id(request):
    """The visitor's cookie id, or None when there is no valid cookie."""
    value = request.get_signed_cookie(COOKIE_NAME, default=None, salt=COOKIE_SALT)
    if value and len(value) == 32:
        return value
    return None


def ensure_cookie_id(request):
    """The cookie id, made up now if the visitor has none (set_cookie_id stores it)."""
    value = cookie_id(request)
    if value is None:
        value = uuid.uuid4().hex
        request.new_visitor_cookie = value
    return value


def set_cookie_id(request, response):
    value = getattr(request, "new_visitor_cookie", None)
    if value:
        response.set_signed_cookie(
            COOKIE_NAME,
            value,
            salt=COOKIE_SALT,
            max_age=COOKIE_MAX_AGE,
            httponly=True,
            samesite="Lax",
            secure=request.is_secure(),
        )
    return response


def purge_old_salts(keep_days=2):
    """Delete salts older than keep_days: their keys can then never be recomputed."""
    cutoff = timezone.localdate() - datetime.timedelta(days=keep_days - 1)
    return DailySalt.objects.filter(day__lt=cutoff).delete()[0]
