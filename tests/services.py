"""Whether the services the tests talk to are reachable.

`python -m tests.services postgres URL` exits 0 when PostgreSQL answers at URL, 1
when it does not (the Makefile then skips the PostgreSQL pass, or fails under CI).
"""

import os
import sys

import psycopg
import redis

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def postgres_error(url):
    try:
        psycopg.connect(url, connect_timeout=3).close()
    except psycopg.Error as error:
        return str(error).strip()
    return None


def redis_error(url=REDIS_URL):
    try:
        redis.Redis.from_url(url, socket_connect_timeout=3).ping()
    except redis.RedisError as error:
        return str(error)
    return None


if __name__ == "__main__":
    kind, url = sys.argv[1], sys.argv[2]
    error = postgres_error(url) if kind == "postgres" else redis_error(url)
    if error:
        print(f"{kind} unreachable at {url}: {error}", file=sys.stderr)
        sys.exit(1)
