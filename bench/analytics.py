"""Audience counting: what it costs a page view and an event, and how fast the
drain stores the hits, against the bare-view ceiling.

Pages: the cached news article counted (ANALYTICS_ENABLED=true) against the same
article uncounted (a second server with ANALYTICS_ENABLED=false), in alternating
rounds, best of each. Goal: 0.9 or better.
Events: wrk posts the page script's engagement event (bench/beacon.lua) from
5,000 visitors behind the trusted proxy. Goal: 0.7 of the bare view.
Drain: gunicorn and a real Celery worker with beat (the drain runs every 5 s)
share the machine; wrk posts events at full speed for --seconds (60), then the
time until the Redis list is empty is measured (goal: 15 s or less), and every
event answered 2xx is looked for among the stored hits: none lost, none twice.
Catch-up: events buffered as long with no worker running, then the worker
alone drains them: the drain's own rate with the machine to itself.
"""

import argparse
import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
import redis

from bench.harness import (
    BASE_URL,
    DATABASE,
    POSTGRES_URL,
    REDIS_URL,
    ROOT,
    environment,
    gunicorn,
    prepare_database,
    record,
    require_tools,
    wrk,
)
from bench.pages import first_article_url
from tests.commands import WORKER

QUEUE_KEY = "analytics:hits"  # analytics.buffer.QUEUE_KEY
ROUNDS = 3
SECONDS = 6
CONNECTIONS = 16
# As production runs (docker/: WEB_CONCURRENCY, 3 by default). A sync worker
# waiting on Redis leaves its core idle unless another worker can take it; the
# bare view never waits, so only requests that wait on Redis (the page cache,
# the hit buffer) gain from the third.
WORKERS = int(os.environ.get("BENCH_WORKERS", "3"))
# The events' visitors come through this proxy: wrk names them in X-Forwarded-For.
PROXY = {"TRUSTED_PROXIES": "127.0.0.1"}
PER_HIT_TASK_RATE = 60  # hits/s of a Celery task per hit (docs: ENVIRONMENT.md)


def wrk_events(page, marker, seconds):
    """Start wrk posting events; returns the process (see events_result)."""
    env = {
        **os.environ,
        "BENCH_PAGE": BASE_URL + page,
        "BENCH_MARKER": marker,
    }
    return subprocess.Popen(
        [
            "wrk",
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{seconds}s",
            "-s",
            str(ROOT / "bench" / "beacon.lua"),
            f"{BASE_URL}/analytics/event/",
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def events_result(process):
    """(requests/s, requests completed, answered 2xx) of a finished wrk."""
    output = process.communicate()[0]
    if process.returncode:
        raise RuntimeError(f"wrk failed:\n{output}")
    completed = int(re.search(r"(\d+) requests in", output).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    accepted = int(re.search(r"accepted=(\d+)", output).group(1))
    if accepted != completed:
        raise RuntimeError(f"{completed - accepted} events refused:\n{output}")
    return rate, completed, accepted


def events(page, marker, seconds):
    return events_result(wrk_events(page, marker, seconds))


@contextlib.contextmanager
def celery_worker():
    """The production worker with beat in it, until the block ends."""
    schedule = Path(tempfile.gettempdir()) / "portal-bench-celerybeat"
    process = subprocess.Popen(
        [*WORKER, "-B", "--schedule", str(schedule), "--loglevel", "warning"],
        cwd=ROOT,
        env=environment(**PROXY),
        executable=shutil.which("celery", path=str(Path(sys.executable).parent)),
    )
    try:
        yield process
    finally:
        process.terminate()  # a warm shutdown: the running drain finishes
        try:
            process.wait(timeout=120)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def database():
    return psycopg.connect(f"{POSTGRES_URL}/{DATABASE}", autocommit=True)


def stored_events(marker):
    """(hits stored, distinct requests among them) for this run's events."""
    with database() as connection:
        return connection.execute(
            """
            SELECT count(*), count(DISTINCT (label.text, hit.engaged_seconds,
                                             hit.scroll_depth))
            FROM analytics_hit hit JOIN analytics_label label
              ON label.id = hit.target_id
            WHERE label.text LIKE %s
            """,
            [marker + "-%"],
        ).fetchone()


def stale_days():
    with database() as connection:
        return connection.execute(
            "SELECT count(*) FROM analytics_dailyrollup WHERE dimension = 'stale'"
        ).fetchone()[0]


def wait_for(condition, timeout, step=0.2):
    """Seconds until condition() holds; None if it did not within timeout."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if condition():
            return time.monotonic() - start
        time.sleep(step)
    return None


# A visitor's browser: wrk sends no user agent, which is counted as a bot (no
# visitor key computed), so the pages would measure a cheaper path than people's.
BROWSER = (
    "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
)


def page(url, seconds):
    return wrk(url, seconds=seconds, headers=[BROWSER])


def throughput(article):
    """Best req/s of each figure over alternating rounds."""
    best = {"bare_view": 0, "tracked": 0, "untracked": 0, "event": 0}
    marker = f"throughput-{uuid.uuid4().hex[:8]}"
    for round_number in range(ROUNDS):
        print(f"Round {round_number + 1} of {ROUNDS}...", flush=True)
        with gunicorn(workers=WORKERS, **PROXY):
            page(BASE_URL + article, 1)  # the page cache and connections
            events(article, marker, 1)
            best["bare_view"] = max(
                best["bare_view"], page(BASE_URL + "/healthz/", SECONDS)
            )
            best["tracked"] = max(best["tracked"], page(BASE_URL + article, SECONDS))
            best["event"] = max(best["event"], events(article, marker, SECONDS)[0])
        with gunicorn(workers=WORKERS, ANALYTICS_ENABLED="false", **PROXY):
            page(BASE_URL + article, 1)
            best["bare_view"] = max(
                best["bare_view"], page(BASE_URL + "/healthz/", SECONDS)
            )
            best["untracked"] = max(
                best["untracked"], page(BASE_URL + article, SECONDS)
            )
    return best


def drain_rate(article, seconds):
    """Events at full speed for `seconds` with the worker draining meanwhile,
    then until the buffer is empty."""
    queue = redis.Redis.from_url(REDIS_URL)
    queue.delete(QUEUE_KEY)  # the page views of the throughput rounds
    marker = f"drain-{uuid.uuid4().hex[:8]}"
    with gunicorn(workers=WORKERS, **PROXY), celery_worker():
        time.sleep(8)  # the worker starts, and beat sends its first drain
        print(f"Posting events for {seconds} s with the worker draining...")
        start = time.monotonic()
        process = wrk_events(article, marker, seconds)
        backlog = []
        while process.poll() is None:
            backlog.append(queue.llen(QUEUE_KEY))
            time.sleep(1)
        rate, completed, accepted = events_result(process)
        loaded = time.monotonic()
        left = queue.llen(QUEUE_KEY)
        emptied = wait_for(lambda: queue.llen(QUEUE_KEY) == 0, timeout=600)
        if emptied is None:
            raise RuntimeError("the buffer was not drained within 10 minutes")
        drained = time.monotonic()
        current = wait_for(lambda: stale_days() == 0, timeout=300)
    stored, distinct = stored_events(marker)
    return {
        "rate": rate,
        "accepted": accepted,
        "stored": stored,
        "distinct": distinct,
        "backlog_peak": max(backlog, default=0),
        "backlog_at_end": left,
        "empty_after": emptied,
        "drained_per_second": stored / (drained - start),
        "tail_per_second": left / emptied if emptied else 0,
        "figures_after": (drained - loaded) + (current or 0),
        "load_seconds": loaded - start,
    }


def catch_up(article, seconds):
    """Events buffered for `seconds` with no worker running (as while it is
    down), then the time the worker, started alone, takes to store them all:
    the drain's own rate, with the machine to itself."""
    queue = redis.Redis.from_url(REDIS_URL)
    queue.delete(QUEUE_KEY)
    marker = f"catch-up-{uuid.uuid4().hex[:8]}"
    print(f"Buffering events for {seconds} s with no worker...", flush=True)
    with gunicorn(workers=WORKERS, **PROXY):
        events(article, marker, seconds)
    backlog = queue.llen(QUEUE_KEY)
    with celery_worker():
        start = time.monotonic()
        started = wait_for(lambda: queue.llen(QUEUE_KEY) < backlog, timeout=120)
        emptied = wait_for(lambda: queue.llen(QUEUE_KEY) == 0, timeout=900)
        if started is None or emptied is None:
            raise RuntimeError("the worker did not drain the backlog")
        total = time.monotonic() - start
        current = wait_for(lambda: stale_days() == 0, timeout=300) or 0
    return {
        "backlog": backlog,
        "seconds": total - started,
        "per_second": backlog / (total - started),
        "figures_after": total + current,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--seconds", type=int, default=60, help="how long events are posted (60)"
    )
    options = parser.parse_args()
    require_tools()
    prepare_database()
    with gunicorn(workers=WORKERS):
        article = first_article_url()
    best = throughput(article)
    drained = drain_rate(article, options.seconds)
    caught_up = catch_up(article, options.seconds)

    ceiling = best["bare_view"]
    page_ratio = best["tracked"] / best["untracked"]
    event_ratio = best["event"] / ceiling
    lost = max(0, drained["accepted"] - drained["distinct"])
    duplicated = drained["stored"] - drained["distinct"]
    record(
        {
            "analytics.bare_view.rps": (ceiling, "req/s"),
            "analytics.article_tracked.rps": (best["tracked"], "req/s"),
            "analytics.article_untracked.rps": (best["untracked"], "req/s"),
            "analytics.article_tracked.ratio": (page_ratio, "ratio to untracked"),
            "analytics.event.rps": (best["event"], "req/s"),
            "analytics.event.ratio": (event_ratio, "ratio to bare view"),
            "analytics.drain.empty_after": (drained["empty_after"], "s"),
            "analytics.drain.hits_per_second": (
                drained["drained_per_second"],
                "hits/s",
            ),
            "analytics.drain.catch_up_hits_per_second": (
                caught_up["per_second"],
                "hits/s",
            ),
            "analytics.drain.lost": (lost, "hits"),
            "analytics.drain.duplicated": (duplicated, "hits"),
        }
    )
    print(f"\n{'figure':<40}{'value':>12}")
    print(f"{'bare view (req/s)':<40}{ceiling:>12.0f}")
    print(f"{'article untracked (req/s)':<40}{best['untracked']:>12.0f}")
    print(
        f"{'article tracked (req/s)':<40}{best['tracked']:>12.0f}"
        f"   ratio {page_ratio:.2f} to untracked (goal 0.9)"
    )
    print(
        f"{'event (req/s)':<40}{best['event']:>12.0f}"
        f"   ratio {event_ratio:.2f} to bare view (goal 0.7)"
    )
    print(
        f"\nevents posted for {drained['load_seconds']:.0f} s at "
        f"{drained['rate']:.0f} req/s with the worker beside gunicorn: "
        f"backlog at most {drained['backlog_peak']}, {drained['backlog_at_end']} "
        "when the load stopped"
    )
    print(
        f"buffer empty {drained['empty_after']:.1f} s after the load stopped "
        f"(goal 15 s); figures current after {drained['figures_after']:.1f} s"
    )
    print(
        f"drained {drained['drained_per_second']:.0f} hits/s over the run, "
        f"{drained['tail_per_second']:.0f} hits/s once the load stopped "
        f"(a Celery task per hit: about {PER_HIT_TASK_RATE} hits/s)"
    )
    print(
        f"a backlog of {caught_up['backlog']} hits (no worker for "
        f"{options.seconds} s) stored in {caught_up['seconds']:.1f} s: "
        f"{caught_up['per_second']:.0f} hits/s, figures current "
        f"{caught_up['figures_after']:.1f} s after the worker started"
    )
    print(
        f"answered 2xx {drained['accepted']}, stored {drained['stored']}: "
        f"lost={lost} duplicated={duplicated}"
    )
    if lost or duplicated:
        sys.exit(1)


if __name__ == "__main__":
    main()
