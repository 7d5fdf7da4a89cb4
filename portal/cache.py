"""Django's Redis cache, keeping one client per connection pool.

Django builds a new redis.Redis object for every cache call. With redis-py 8 that
construction costs more CPU than the network round trip itself (about 0.4 ms per
call, measured in bench/), and every page view and vote makes such calls. A client
is safe to share: it takes a connection from its pool for each command, and the
pool is rebuilt after a fork.
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


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
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient
