"""Where collected hits wait to be drained: one Redis list in production (one
round trip per hit, no database write in the request path), a table otherwise.

If Redis cannot be reached, the hit goes to the table and a warning is logged:
a hit is never dropped. The drain reads both.
"""

import contextlib
import json
import logging
import os
import secrets
import threading

from django.conf import settings
from django.db import transaction

import redis

from analytics.models import PendingHit

logger = logging.getLogger(__name__)
QUEUE_KEY = "analytics:hits"
LOCK_KEY = "analytics:drain"
# A drain that dies holding the lock (its worker killed, Redis restarted under
# it) holds up the others until the lock expires: long enough for a batch to be
# stored, short enough that hits wait seconds rather than minutes.
LOCK_SECONDS = 30
LOCK_WAIT_SECONDS = 5  # beat sends a drain every 5 s: no use queueing behind
# Trims the buffer's head only while the lock is still this drain's. One that
# outlived its lock leaves the hits it stored for the next drain (which finds
# them stored already) instead of trimming hits that another drain has read.
TRIM_IF_OWNER = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
    redis.call('LTRIM', KEYS[2], ARGV[2], -1)
    return 1
end
return 0
"""
SALT_KEY = "analytics:salt:{day}"
_client = None
_local = threading.local()  # each thread's own push connection


def uses_redis():
    return bool(settings.REDIS_URL)


def client():
    global _client
    if _client is None:
        _client = redis.Redis.from_url(
            settings.REDIS_URL, socket_timeout=1, socket_connect_timeout=1
        )
    return _client


def encode(payload):
    return json.dumps(payload, separators=(",", ":"))


def push(payload):
    data = encode(payload)
    if uses_redis():
        try:
            append(data)
            return
        except redis.RedisError as error:
            logger.warning(
                "analytics: Redis unreachable, hit kept in the database: %s", error
            )
    PendingHit.objects.create(payload=payload)


def append(data):
    command("RPUSH", QUEUE_KEY, data)


def command(*args):
    """One Redis command on a connection of this thread's own, for the request
    path: the client's pool checks and command wrappers cost more CPU than the
    round trip itself (profiled under bench/analytics.py)."""
    connection = push_connection()
    try:
        connection.send_command(*args)
        return connection.read_response()
    except BaseException:
        connection.disconnect()  # reconnected on the next command
        raise


def push_connection():
    """This thread's connection for append(), made from client()'s settings."""
    owner = client()
    if getattr(_local, "owner", None) is not owner:
        pool = owner.connection_pool
        _local.owner = owner
        _local.connection = pool.connection_class(**pool.connection_kwargs)
    connection = _local.connection
    if connection.pid != os.getpid():  # made before a fork: the parent's socket
        connection.disconnect()
        connection.pid = os.getpid()
    return connection


def shared_salt(day):
    """Today's salt from Redis, made by whichever process asks first."""
    key = SALT_KEY.format(day=day.isoformat())
    r = client()
    r.set(key, secrets.token_hex(32), nx=True, ex=60 * 60 * 48)
    return r.get(key).decode()


def drain_batch(store, size):
    """Hand up to `size` waiting hits to store(payloads), then forget them.

    They are removed only after store() returns (it commits), so a crash in
    between leaves them to be stored again, which store() must take calmly.
    Returns how many hits were handed over.
    """
    with transaction.atomic():
        rows = list(
            PendingHit.objects.select_for_update(skip_locked=True).order_by("id")[:size]
        )
        if rows:
            store([row.payload for row in rows])
            PendingHit.objects.filter(id__in=[row.id for row in rows]).delete()
            return len(rows)
    if not uses_redis():
        return 0
    # One drain at a time reads the head of the list, or two would trim it twice.
    lock = client().lock(
        LOCK_KEY, timeout=LOCK_SECONDS, blocking_timeout=LOCK_WAIT_SECONDS
    )
    if not lock.acquire():
        return 0  # another drain is at work, or a dead one's lock runs out
    try:
        items = client().lrange(QUEUE_KEY, 0, size - 1)
        if items:
            store([json.loads(item) for item in items])
            client().eval(
                TRIM_IF_OWNER, 2, LOCK_KEY, QUEUE_KEY, lock.local.token, len(items)
            )
    finally:
        with contextlib.suppress(redis.exceptions.LockNotOwnedError):
            lock.release()
    return len(items)
