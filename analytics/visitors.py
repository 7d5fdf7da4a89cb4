"""Who a hit comes from, without a cookie and without storing who they are.

A visitor is a keyed hash of the day's random salt, their IP address, browser and
the site. The salt lives in Redis (or the database in the embedded default), is
made at the first hit of the day and deleted after two days: yesterday's visitors
can then never be recognised, nor their addresses recovered.
"""

import datetime
import functools
import hashlib
import ipaddress
import secrets
import time

from django.conf import settings
from django.db import IntegrityError
from django.utils import timezone
from django.utils.timezone import get_current_timezone

import redis

from analytics import buffer
from analytics.models import DailySalt

SALT_DAYS = 2


class DaySalt:
    """This process's copy of one day's salt, with the day's bounds as timestamps:
    a hit within them takes the key as it is, with no date to work out."""

    def __init__(self):
        self.clear()

    def clear(self):
        self.day = self.salt = self.key = self.zone = None
        self.start = self.end = 0.0  # no time falls in between

    def keep(self, day, salt):
        zone = get_current_timezone()
        midnight = datetime.time()
        next_day = day + datetime.timedelta(days=1)
        self.day, self.salt, self.key, self.zone = day, salt, bytes.fromhex(salt), zone
        self.start = datetime.datetime.combine(day, midnight, zone).timestamp()
        self.end = datetime.datetime.combine(next_day, midnight, zone).timestamp()

    def key_at(self, when):
        """The key when `when` falls on the kept day, None otherwise."""
        if self.start <= when < self.end and get_current_timezone() is self.zone:
            return self.key
        return None


_salts = DaySalt()


def client_ip(request):
    """REMOTE_ADDR, or the nearest untrusted address in X-Forwarded-For when the
    request comes through a proxy listed in TRUSTED_PROXIES."""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = tuple(settings.TRUSTED_PROXIES)
    if not proxies or not is_trusted(remote, proxies):
        return remote
    forwarded = [
        part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    ]
    for address in reversed([part for part in forwarded if part]):
        if not is_trusted(address, proxies):
            return address
    return remote


# Remembered per address: the proxies' own few addresses come with every hit.
@functools.lru_cache(maxsize=256)
def is_trusted(address, proxies):
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in parsed_networks(proxies))


@functools.lru_cache(maxsize=4)
def parsed_networks(entries):
    return [ipaddress.ip_network(entry, strict=False) for entry in entries]


def daily_salt(day=None):
    day = day or timezone.localdate()
    if day == _salts.day:
        return _salts.salt
    if buffer.uses_redis():
        try:
            salt = buffer.shared_salt(day)
        except redis.RedisError:
            # Counted under the database's salt until Redis is back (not kept
            # here, so this process returns to the shared one as soon as it can).
            return database_salt(day)
    else:
        salt = database_salt(day)
    _salts.keep(day, salt)
    return salt


def database_salt(day):
    try:
        return DailySalt.objects.get_or_create(
            day=day, defaults={"salt": secrets.token_hex(32)}
        )[0].salt
    except IntegrityError:  # another process made it first
        return DailySalt.objects.get(day=day).salt


def visitor_id(request, day=None, when=None, host=None):
    """A 63-bit number for this visitor today, the same for every hit of the day.
    `when` is the hit's timestamp (now by default), `host` request.get_host()."""
    material = "|".join(
        [
            client_ip(request),
            request.META.get("HTTP_USER_AGENT", "")[:500],
            host or request.get_host(),
        ]
    )
    key = None
    if day is None:
        key = _salts.key_at(time.time() if when is None else when)
    if key is None:
        key = bytes.fromhex(daily_salt(day))
    digest = hashlib.blake2b(material.encode(), key=key, digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def purge_old_salts():
    cutoff = timezone.localdate() - datetime.timedelta(days=SALT_DAYS - 1)
    _salts.clear()
    return DailySalt.objects.filter(day__lt=cutoff).delete()[0]
