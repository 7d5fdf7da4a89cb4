"""What every benchmark needs: a production-like server on this machine, a load
generator, and one results file.

The server is gunicorn under production settings on PostgreSQL and Redis, as in
docker/compose.yaml. Throughput is measured with wrk and always reported as a
ratio to a bare Django view measured in the same run: these machines are shared
and noisy, so absolute figures drift and ratios do not.
"""

import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import psycopg
import redis

from tests.commands import GUNICORN

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "latest.json"
POSTGRES_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432"
)
DATABASE = "portal_bench"
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
PORT = int(os.environ.get("BENCH_PORT", "8765"))
BASE_URL = f"http://127.0.0.1:{PORT}"


def environment(**extra):
    static_root = Path(tempfile.gettempdir()) / "portal-bench-static"
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "bench-" + "s" * 60,
        "DATABASE_URL": f"{POSTGRES_URL}/{DATABASE}",
        "REDIS_URL": REDIS_URL,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(static_root),
        "MEDIA_ROOT": str(Path(tempfile.gettempdir()) / "portal-bench-media"),
        "LOG_LEVEL": "WARNING",
        **extra,
    }


def manage(*args, **extra):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment(**extra),
        check=True,
    )


def create_database(name, fresh=True):
    """Make the database `name` (afresh, or only if missing); returns whether it
    is new."""
    with psycopg.connect(f"{POSTGRES_URL}/postgres", autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if fresh and exists:
            connection.execute(f"DROP DATABASE {name} WITH (FORCE)")
        if fresh or not exists:
            connection.execute(f"CREATE DATABASE {name}")
            return True
    return False


def prepare_database(fresh=True):
    """A migrated benchmark database with the demo content, and an empty Redis."""
    create_database(DATABASE, fresh)
    redis.Redis.from_url(REDIS_URL).flushdb()
    print("Preparing the database (migrations and demo content)...", flush=True)
    manage("migrate", "--noinput", "-v0")
    manage("load_demo_content")
    manage("collectstatic", "--noinput", "-v0")


@contextlib.contextmanager
def gunicorn(workers=2, **extra):
    """gunicorn serving the portal on BASE_URL until the block ends."""
    process = subprocess.Popen(
        [
            *GUNICORN,
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=environment(**extra),
        executable=shutil.which("gunicorn", path=str(Path(sys.executable).parent)),
    )
    try:
        wait_until_up(f"{BASE_URL}/healthz/")
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)


def wait_until_up(url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"the server did not answer at {url} within {timeout} s")


def wrk(url, seconds=8, connections=16, headers=()):
    """Requests per second that wrk sustains against url; fails on any error."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
    for header in headers:
        command += ["-H", header]
    output = subprocess.run(
        [*command, url], capture_output=True, text=True, check=True
    ).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        raise RuntimeError(f"{url}: {errors.group(1)} error responses\n{output}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def record(figures):
    """Merge figures ({name: (value, unit)}) into bench/results/latest.json."""
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    data = json.loads(RESULTS.read_text()) if RESULTS.exists() else {"figures": {}}
    for name, (value, unit) in figures.items():
        data["figures"][name] = {"value": round(value, 3), "unit": unit}
    RESULTS.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")


def require_tools():
    missing = [tool for tool in ("wrk",) if shutil.which(tool) is None]
    if missing:
        sys.exit(
            f"Benchmarks need {', '.join(missing)}: apt-get install {' '.join(missing)}"
        )
