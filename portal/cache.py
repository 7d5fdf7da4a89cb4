"""Django's Redis cache, keeping one client per connection pool.

Django builds a new redis.Redis object for every cache call. With redis-py 8 that
construction costs more CPU than the network round trip itself (about 0.4 ms per
call, measured in bench/), and every page view and vote makes such calls. A client
is safe to share: it takes a connection from its pool for each command, and the
pool is rebuilt after a fork.
"""

import logging

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

import redis

logger = logging.getLogger(__name__)
UNREACHABLE = (redis.ConnectionError, redis.TimeoutError)


class SharedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class SharedClientRedisCache(RedisCache):
    """While Redis cannot be reached the cache behaves as an empty one that keeps
    nothing: reads miss, writes are dropped, add() refuses and incr() finds no key.
    Every caller already copes with that; the site goes on without its cache."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient

    def _soft(self, fallback, method, *args):
        try:
            return method(*args)
        except UNREACHABLE as error:
            logger.warning("cache: Redis unreachable: %s", error)
            return fallback

    def get(self, key, default=None, version=None):
        return self._soft(default, super().get, key, default, version)

    def get_many(self, keys, version=None):
        return self._soft({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._soft(False, super().has_key, key, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._soft(None, super().set, key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._soft(False, super().add, key, value, timeout, version)

    def delete(self, key, version=None):
        return self._soft(False, super().delete, key, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._soft(list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._soft(None, super().delete_many, keys, version)

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except UNREACHABLE as error:
            raise ValueError(f"Key {key!r} not found: Redis unreachable") from error
