"""Django's Redis cache, reusing one redis-py client per connection pool.

Django's backend builds a new `redis.Redis` object for every operation, which sets up its table of some 170
response callbacks each time: on a page-cache hit that doubled the cost of the one Redis round trip. A redis-py
client is safe to share between threads (each command takes a connection from the pool), so one per pool is kept.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class _SharedClients(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = super().get_client(key, write=write)
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _SharedClients
