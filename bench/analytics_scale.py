"""Audience reports at scale: a year of generated hits (10 million by default) on
PostgreSQL, the rollups built by the drain's own code, then the report's headline
figures read from the rollups against the same figures computed from the raw
hits (they must be equal). Goals, for 30 and for 365 days: the headline figures at
least 100 times faster from the rollups, and the whole report page (every table,
and the period before) under 0.5 s; a raw hit under 150 bytes, indexes included.

    python -m bench.analytics_scale [--hits 10000000] [--days 365] [--keep]

It creates (and leaves, with --keep, for a rerun with --reuse) its own database,
portal_bench_scale. Generating 10 million hits takes a few minutes, building a
year of rollups several more.
"""

import argparse
import datetime
import math
import os
import statistics
import sys
import time
import zoneinfo

import psycopg

from bench.harness import POSTGRES_URL, create_database, environment, manage, record

DATABASE = "portal_bench_scale"
URL = f"{POSTGRES_URL}/{DATABASE}"
GOAL_RATIO = 100
GOAL_SECONDS = 0.5
GOAL_BYTES = 150

PATHS = 1500  # pages that get views, a few of them most (log-uniform)
REFERRERS = 200
CAMPAIGNS = 12
BROWSERS = [("Chrome", 0.55), ("Yandex Browser", 0.15), ("Safari", 0.15)]
BROWSERS += [("Firefox", 0.08), ("Edge", 0.07)]
SYSTEMS = [("Windows", 0.45), ("Android", 0.30), ("iOS", 0.12)]
SYSTEMS += [("macOS", 0.08), ("Linux", 0.05)]
LANGUAGES = [("ru", 0.70), ("en", 0.22), ("de", 0.04), ("kk", 0.04)]
BOT_SHARE = 0.03
ENGAGEMENT_SHARE = 0.3  # page views followed by a time-on-page event
ACTION_SHARE = 0.03  # page views followed by an action (a vote in a poll)
MEAN_EXTRA_PAGES = 1.6  # visits read 1 + Exp(1.6) pages: 46 % see one


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hits", type=int, default=10_000_000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument(
        "--reuse", action="store_true", help="keep the hits and rollups of a run"
    )
    parser.add_argument("--keep", action="store_true", help="keep the database")
    return parser.parse_args()


def prepare(fresh):
    create_database(DATABASE, fresh)
    if fresh:
        print("Migrating...", flush=True)
        manage("migrate", "--noinput", "-v0", DATABASE_URL=URL)


def drop():
    from django.db import connections

    connections.close_all()
    with psycopg.connect(f"{POSTGRES_URL}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")


def labels(cursor, texts):
    """Label ids of texts, in order (the bench's database starts without labels)."""
    cursor.execute(
        "INSERT INTO analytics_label (text) SELECT unnest(%s::text[]) "
        "ON CONFLICT (text) DO NOTHING",
        [texts],
    )
    cursor.execute("SELECT text, id FROM analytics_label WHERE text = ANY(%s)", [texts])
    found = dict(cursor.fetchall())
    return [found[text] for text in texts]


def consecutive(ids):
    """The generator picks among labels by adding to the first one's id."""
    assert ids == list(range(ids[0], ids[0] + len(ids))), "labels out of order"
    return ids


def pick(weighted, ids, draw):
    """SQL choosing one of ids with the weights of `weighted`, by the random
    number in column `draw`."""
    cases, total = [], 0.0
    for (_text, weight), label in zip(weighted, ids, strict=True):
        total += weight
        cases.append(f"WHEN {draw} < {total:.4f} THEN {label}")
    return f"CASE {' '.join(cases[:-1])} ELSE {ids[-1]} END"


def day_sql(cursor):
    """The INSERT that generates one day's hits in time order, as they arrive:
    visits of 1 + Exp pages, their time-on-page and action events, a few bots.
    A visit's session is its first hit's id, as the drain makes it."""
    paths = consecutive(
        labels(cursor, [f"/{'ru' if n % 3 else 'en'}/page-{n}/" for n in range(PATHS)])
    )
    en, ru = labels(cursor, ["en", "ru"])
    browsers = labels(cursor, [text for text, _w in BROWSERS])
    systems = labels(cursor, [text for text, _w in SYSTEMS])
    languages = labels(cursor, [text for text, _w in LANGUAGES])
    google, yandex, vk, telegram = labels(
        cursor, ["Google", "Yandex", "VK", "Telegram"]
    )
    hosts = labels(
        cursor,
        ["www.google.com", "yandex.ru", "vk.com", "t.me"]
        + [f"site-{n}.example" for n in range(REFERRERS)],
    )
    utm = labels(cursor, ["newsletter", "email"])
    campaigns = consecutive(labels(cursor, [f"campaign-{n}" for n in range(CAMPAIGNS)]))
    engagement, poll_voted, poll = labels(cursor, ["engagement", "poll_voted", "7"])
    bot_browsers = consecutive(labels(cursor, ["Googlebot", "YandexBot", "bingbot"]))
    consecutive(hosts[4:])
    first_path, first_host, first_campaign = paths[0], hosts[4], campaigns[0]
    mobile = systems[1], systems[2]
    return f"""
    INSERT INTO analytics_hit (
        id, time, visitor, session, page_id, path_id, event_id, target_id,
        locale_id, language_id, source_name_id, referrer_id, utm_source_id,
        utm_medium_id, utm_campaign_id, browser_id, os_id, source, device,
        engaged_seconds, scroll_depth)
    WITH visits AS MATERIALIZED (
        SELECT
            (random() * 9.2e18)::bigint AS first_id,
            ('x' || substr(md5(%(day)s::text || (random() * %(visitors)s)::int), 1, 16))
                ::bit(64)::bigint >> 1 AS visitor,
            -- more visits by day than by night, none across midnight
            %(start)s::timestamptz + make_interval(
                secs => 3600 * (6 + 14 * (random() + random() + random()) / 3)
                    + 3600 * random()) AS start,
            1 + least(40, floor(-ln(1 - random()) * {MEAN_EXTRA_PAGES}))::int AS pages,
            random() AS r_source, random() AS r_browser, random() AS r_os,
            random() AS r_language, random() AS r_pick
        FROM generate_series(1, %(visits)s)
    ),
    views AS MATERIALIZED (
        SELECT
            CASE WHEN k = 0 THEN first_id ELSE (random() * 9.2e18)::bigint END AS id,
            start + make_interval(secs => k * 90 + CASE WHEN k = 0 THEN 0
                ELSE random() * 80 END) AS time,
            visitor, first_id AS session, k,
            {first_path} + floor(exp(random() * ln({PATHS})))::int - 1 AS path,
            CASE
                WHEN k > 0 THEN 4
                WHEN r_source < 0.40 THEN 1
                WHEN r_source < 0.70 THEN 0
                WHEN r_source < 0.80 THEN 2
                WHEN r_source < 0.92 THEN 3
                ELSE 0
            END AS source,
            CASE WHEN k = 0 THEN CASE
                WHEN r_source < 0.40 THEN CASE WHEN r_pick < 0.6 THEN {yandex} ELSE {google} END
                WHEN r_source >= 0.70 AND r_source < 0.80
                    THEN CASE WHEN r_pick < 0.5 THEN {vk} ELSE {telegram} END
            END END AS source_name,
            CASE WHEN k = 0 THEN CASE
                WHEN r_source < 0.40 THEN CASE WHEN r_pick < 0.6 THEN {hosts[1]} ELSE {hosts[0]} END
                WHEN r_source >= 0.70 AND r_source < 0.80
                    THEN CASE WHEN r_pick < 0.5 THEN {hosts[2]} ELSE {hosts[3]} END
                WHEN r_source >= 0.80 AND r_source < 0.92
                    THEN {first_host} + floor(r_pick * {REFERRERS})::int
            END END AS referrer,
            k = 0 AND r_source >= 0.92 AS campaign,
            {first_campaign} + floor(r_pick * {CAMPAIGNS})::int AS utm_campaign,
            {pick(BROWSERS, browsers, "r_browser")} AS browser,
            {pick(SYSTEMS, systems, "r_os")} AS os,
            {pick(LANGUAGES, languages, "r_language")} AS language,
            random() AS r_event
        FROM visits, generate_series(0, pages - 1) AS k
    ),
    hits AS (
        SELECT id, time, visitor, session, path, NULL::int AS event, NULL::int AS target,
            source, source_name, referrer, campaign, utm_campaign, browser, os,
            language, NULL::int AS engaged, NULL::int AS depth
        FROM views
        UNION ALL
        SELECT (random() * 9.2e18)::bigint, time + interval '40 seconds', visitor,
            session, path,
            CASE WHEN r_event < {ACTION_SHARE} THEN {poll_voted} ELSE {engagement} END,
            CASE WHEN r_event < {ACTION_SHARE} THEN {poll} END,
            4, NULL, NULL, false, NULL, browser, os, language,
            CASE WHEN r_event >= {ACTION_SHARE} THEN floor(random() * 600)::int END,
            CASE WHEN r_event >= {ACTION_SHARE} THEN floor(random() * 101)::int END
        FROM views WHERE r_event < {ENGAGEMENT_SHARE + ACTION_SHARE}
    ),
    bots AS (
        SELECT (random() * 9.2e18)::bigint AS id,
            %(start)s::timestamptz + make_interval(secs => random() * 86399) AS time,
            {first_path} + floor(random() * {PATHS})::int AS path,
            {bot_browsers[0]} + floor(random() * 3)::int AS browser
        FROM generate_series(1, %(bots)s)
    )
    SELECT * FROM (
        SELECT id, time, visitor, session, path - {first_path} + 100, path, event, target,
            CASE WHEN (path - {first_path}) %% 3 = 0 THEN {en} ELSE {ru} END, language,
            source_name, referrer,
            CASE WHEN campaign THEN {utm[0]} END, CASE WHEN campaign THEN {utm[1]} END,
            CASE WHEN campaign THEN utm_campaign END, browser, os, source,
            CASE WHEN os IN {mobile} THEN 1 ELSE 0 END, engaged, depth
        FROM hits
        UNION ALL
        SELECT id, time, 0, NULL, path - {first_path} + 100, path, NULL, NULL,
            CASE WHEN (path - {first_path}) %% 3 = 0 THEN {en} ELSE {ru} END, NULL,
            NULL, NULL, NULL, NULL, NULL, browser, NULL, 0, 3, NULL, NULL
        FROM bots
    ) AS generated
    ORDER BY time
    """


def expected_hits_per_visit():
    pages = 1 + 1 / (math.exp(1 / MEAN_EXTRA_PAGES) - 1)
    return pages * (1 + ENGAGEMENT_SHARE + ACTION_SHARE)


def generate(hits, days, today):
    """Insert about `hits` hits over the `days` days up to yesterday, day by day
    (weekends quieter), in the order they happen."""
    from django.db import connection

    from analytics import partitions

    zone = zoneinfo.ZoneInfo(os.environ.get("TIME_ZONE", "Europe/Moscow"))
    first = today - datetime.timedelta(days=days)
    start = datetime.datetime.combine(first, datetime.time.min, zone)
    partitions.ensure_partitions(since=start)
    weights = [
        0.6 if (first + datetime.timedelta(n)).weekday() >= 5 else 1.0
        for n in range(days)
    ]
    per_weight = hits / sum(weights)
    began = time.monotonic()
    with connection.cursor() as cursor:
        statement = day_sql(cursor)
        for n, weight in enumerate(weights):
            day = first + datetime.timedelta(days=n)
            count = per_weight * weight
            cursor.execute(
                statement,
                {
                    "day": day.isoformat(),
                    "start": datetime.datetime.combine(day, datetime.time.min, zone),
                    "visits": round(
                        count * (1 - BOT_SHARE) / expected_hits_per_visit()
                    ),
                    "visitors": round(count / expected_hits_per_visit() / 1.3),
                    "bots": round(count * BOT_SHARE),
                },
            )
            if n % 30 == 29 or n == days - 1:
                print(
                    f"  generated {n + 1} of {days} days "
                    f"({time.monotonic() - began:.0f} s)",
                    flush=True,
                )
        cursor.execute("VACUUM (ANALYZE) analytics_hit")
    return first, today - datetime.timedelta(days=1)


def build_rollups(first, last):
    from analytics.drain import rebuild_rollups

    began = time.monotonic()
    days = (last - first).days + 1
    for n in range(days):
        rebuild_rollups(first + datetime.timedelta(days=n))
        if n % 30 == 29 or n == days - 1:
            print(
                f"  rollups of {n + 1} of {days} days "
                f"({time.monotonic() - began:.0f} s)",
                flush=True,
            )
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE) analytics_dailyrollup")


RAW_HEADLINE = """
WITH visits AS (
    SELECT (time AT TIME ZONE %(zone)s)::date AS day, session, min(visitor) AS visitor,
        count(*) FILTER (WHERE event_id IS NULL) AS pageviews,
        count(*) FILTER (WHERE event_id IS NOT NULL
            AND event_id <> ALL(%(not_actions)s)) AS actions,
        floor(extract(epoch FROM max(time) - min(time)))::bigint AS duration
    FROM analytics_hit
    WHERE time >= %(start)s AND time < %(end)s AND device <> 3
    GROUP BY 1, 2
)
SELECT
    (SELECT coalesce(sum(n), 0)::bigint FROM (
        SELECT count(DISTINCT visitor) AS n FROM visits GROUP BY day) AS daily),
    count(*),
    coalesce(sum(pageviews), 0)::bigint,
    count(*) FILTER (WHERE pageviews <= 1 AND actions = 0),
    coalesce(sum(duration), 0)::bigint,
    0
FROM visits
"""


def raw_headline(start, end):
    """The headline figures of [start, end] from the raw hits, as the drain
    defines them (reports.summary of the same sums)."""
    from django.conf import settings
    from django.db import connection

    from analytics import drain, reports
    from analytics.models import Label

    not_actions = list(
        Label.objects.filter(text__in=drain.NOT_ACTIONS).values_list("id", flat=True)
    )
    with connection.cursor() as cursor:
        cursor.execute(
            RAW_HEADLINE,
            {
                "zone": settings.TIME_ZONE,
                "not_actions": not_actions,
                "start": drain.day_bounds(start)[0],
                "end": drain.day_bounds(end)[1],
            },
        )
        sums = dict(zip(reports.MEASURES, cursor.fetchone(), strict=True))
    return reports.summary(sums)


def rollup_headline(start, end):
    from analytics import reports

    return reports.summary(reports.totals(start, end))


def overview_page(start, end):
    """What the report's page computes: every table, and the headline beside the
    period before."""
    from analytics import reports

    figures = reports.report(start, end)
    reports.overview(start, end, figures)
    return figures


def best_of(runs, function, *args):
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        result = function(*args)
        times.append(time.perf_counter() - began)
    return min(times), statistics.median(times), result


def bytes_per_hit():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT sum(pg_total_relation_size(relid))::bigint, "
            "sum(pg_relation_size(relid))::bigint "
            "FROM pg_partition_tree('analytics_hit') WHERE isleaf"
        )
        total, heap = cursor.fetchone()
        cursor.execute("SELECT count(*) FROM analytics_hit")
        count = cursor.fetchone()[0]
        cursor.execute(
            "SELECT i.indexrelid::regclass::text, sum(pg_relation_size(p.relid))::bigint "
            "FROM pg_index i, pg_partition_tree(i.indexrelid) p "
            "WHERE i.indrelid = 'analytics_hit'::regclass AND p.isleaf "
            "GROUP BY 1 ORDER BY 1"
        )
        indexes = cursor.fetchall()
    return count, total / count, heap / count, {n: s / count for n, s in indexes}


def main():
    args = parse_args()
    os.environ.update(environment(DATABASE_URL=URL))
    prepare(fresh=not args.reuse)
    import django

    django.setup()
    from django.utils import timezone

    from analytics.models import DailyRollup, Hit

    today = timezone.localdate()
    if args.reuse and Hit.objects.exists():
        first = timezone.localdate(Hit.objects.order_by("time").first().time)
        last = today - datetime.timedelta(days=1)
    else:
        print(f"Generating {args.hits:,} hits over {args.days} days...", flush=True)
        began = time.monotonic()
        first, last = generate(args.hits, args.days, today)
        print(f"  done in {time.monotonic() - began:.0f} s", flush=True)
    if not (args.reuse and DailyRollup.objects.exists()):
        print(
            "Building the rollups with analytics.drain.rebuild_rollups...", flush=True
        )
        began = time.monotonic()
        build_rollups(first, last)
        print(f"  done in {time.monotonic() - began:.0f} s", flush=True)

    count, per_hit, heap, indexes = bytes_per_hit()
    print(
        f"\n{count:,} raw hits: {per_hit:.1f} bytes per hit with indexes "
        f"(table {heap:.1f}; "
        + ", ".join(f"{n} {b:.1f}" for n, b in indexes.items())
        + f"), goal under {GOAL_BYTES}"
    )
    figures = {
        "analytics_scale_hits": (count, "hits"),
        "analytics_scale_bytes_per_hit": (per_hit, "bytes"),
    }
    failed = per_hit >= GOAL_BYTES
    for days in (30, 365):
        start = last - datetime.timedelta(days=days - 1)
        raw_seconds, _median, raw = best_of(2, raw_headline, start, last)
        headline_seconds, _median, rolled = best_of(5, rollup_headline, start, last)
        page_seconds, page_median, page = best_of(5, overview_page, start, last)
        same = rolled == raw and {k: page[k] for k in raw} == raw
        ratio = raw_seconds / headline_seconds
        page_ratio = raw_seconds / page_seconds
        print(f"\n{days} days ({start} to {last}):")
        print(f"  raw hits, headline figures:      {raw_seconds:8.3f} s  {raw}")
        print(
            f"  rollups, headline figures:       {headline_seconds:8.4f} s  {ratio:,.0f}x faster"
        )
        print(
            f"  rollups, the whole report page:  {page_seconds:8.4f} s  (median {page_median:.4f}) "
            f"{page_ratio:,.0f}x faster"
        )
        print(f"  the rollups give the same figures as the raw hits: {same}")
        failed |= not same or ratio < GOAL_RATIO or page_seconds >= GOAL_SECONDS
        figures |= {
            f"analytics_scale_{days}d_raw_seconds": (raw_seconds, "s"),
            f"analytics_scale_{days}d_headline_seconds": (headline_seconds, "s"),
            f"analytics_scale_{days}d_headline_ratio": (ratio, "x"),
            f"analytics_scale_{days}d_report_seconds": (page_seconds, "s"),
            f"analytics_scale_{days}d_report_ratio": (page_ratio, "x"),
        }
    if not args.keep:
        # Last, as it leaves 90 days: the monthly partitions go whole.
        from analytics.tasks import purge_old_hits

        began = time.perf_counter()
        purged = purge_old_hits()
        seconds = time.perf_counter() - began
        print(f"\nPurge of the hits older than 90 days: {purged:,} in {seconds:.2f} s")
        figures["analytics_scale_purge_seconds"] = (seconds, "s")
    record(figures)
    print(
        f"\nGoals (the headline figures {GOAL_RATIO}x faster than from the raw hits, "
        f"the report page under {GOAL_SECONDS} s, under {GOAL_BYTES} bytes per hit): "
        + ("NOT MET" if failed else "met")
    )
    if not args.keep:
        drop()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
