"""Whether the services the tests talk to are reachable.

`python -m tests.services postgres URL` exits 0 when PostgreSQL answers at URL, 1
when it does not (the Makefile then skips the PostgreSQL pass, or fails under CI).
"""

import os
import signal
import subprocess
import sys
from pathlib import Path

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


class Worker:
    """A real Celery worker process (solo pool) on Redis and the test database,
    for as long as the block lasts; its log is in .output afterwards."""

    def __init__(self, database):
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "REDIS_URL": REDIS_URL,
            "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:"
            f"{database['PORT']}/{database['NAME']}",
        }
        self.output = ""

    def __enter__(self):
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "portal",
                "worker",
                "--pool=solo",
                "-l",
                "info",
            ],
            cwd=Path(__file__).resolve().parents[1],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        return self

    def __exit__(self, *exc_info):
        self.process.send_signal(signal.SIGTERM)
        self.output, _ = self.process.communicate(timeout=30)


if __name__ == "__main__":
    kind, url = sys.argv[1], sys.argv[2]
    error = postgres_error(url) if kind == "postgres" else redis_error(url)
    if error:
        print(f"{kind} unreachable at {url}: {error}", file=sys.stderr)
        sys.exit(1)
