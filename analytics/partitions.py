"""The monthly partitions of the raw hits table on PostgreSQL.

Migration 0003 makes `analytics_hit` a table partitioned by month on `time`, with a
DEFAULT partition that takes any hit no month's partition covers, so an insert
never fails. A daily beat task keeps the partitions of this month and the next two
ready, and the purge drops whole months at once instead of deleting row by row.

Months begin at midnight in TIME_ZONE, as the rollups' days do, so a day's hits
are always in one partition. On other databases the table is a plain table and
every function here does nothing.
"""

import datetime

from django.db import connections, transaction
from django.utils import timezone

TABLE = "analytics_hit"
DEFAULT = f"{TABLE}_default"
MONTHS_AHEAD = 2
# Adding or dropping a partition locks the whole table for a moment; rather than
# queue the drain and the reports behind a long query, give up and retry the
# next day (partitions are made months ahead).
LOCK_TIMEOUT = "10s"


def is_partitioned(using="default"):
    connection = connections[using]
    if connection.vendor != "postgresql":
        return False
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relkind = 'p' FROM pg_class WHERE oid = to_regclass(%s)", [TABLE]
        )
        row = cursor.fetchone()
    return bool(row and row[0])


def monthly_partitions(using="default"):
    """(name, start, end) of every partition but the default, oldest first."""
    if not is_partitioned(using):
        return []
    with connections[using].cursor() as cursor:
        # PostgreSQL prints each bound as a literal: let it read them back.
        cursor.execute(
            r"""
            SELECT c.relname, bound[1]::timestamptz, bound[2]::timestamptz
            FROM pg_inherits i
            JOIN pg_class c ON c.oid = i.inhrelid,
            LATERAL regexp_match(
                pg_get_expr(c.relpartbound, c.oid),
                'FROM \(''([^'']+)''\) TO \(''([^'']+)''\)'
            ) AS bound
            WHERE i.inhparent = %s::regclass AND bound IS NOT NULL
            ORDER BY 2
            """,
            [TABLE],
        )
        return cursor.fetchall()


def month_start(moment):
    """Midnight of the first day of moment's month, in TIME_ZONE."""
    local = timezone.localtime(moment, timezone.get_default_timezone())
    return local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def next_month(start):
    return (start.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def partition_name(start):
    return f"{TABLE}_{start:%Y_%m}"


def ensure_partitions(now=None, since=None, using="default"):
    """Make the partitions of the months from `since` (default: now) to two months
    after now that are missing; returns the names of those made."""
    if not is_partitioned(using):
        return []
    now = now or timezone.now()
    existing = {name for name, _start, _end in monthly_partitions(using)}
    start = month_start(min(since or now, now))
    last = month_start(now)
    for _ in range(MONTHS_AHEAD):
        last = next_month(last)
    made = []
    while start <= last:
        if partition_name(start) not in existing:
            create_partition(start, next_month(start), using)
            made.append(partition_name(start))
        start = next_month(start)
    return made


def create_partition(start, end, using="default"):
    """Add the partition [start, end), moving into it the hits of that period that
    the default partition caught meanwhile (PostgreSQL refuses to add a partition
    while the default one holds rows that belong to it)."""
    name = partition_name(start)
    low, high = start.isoformat(), end.isoformat()
    with transaction.atomic(using), connections[using].cursor() as cursor:
        cursor.execute(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")
        # No hit may reach the default partition between the move and the new
        # partition, or adding it would fail.
        cursor.execute(f"LOCK TABLE {TABLE} IN ACCESS EXCLUSIVE MODE")
        cursor.execute(f"CREATE TEMPORARY TABLE moving_hits (LIKE {TABLE})")
        cursor.execute(
            f"""
            WITH moved AS (
                DELETE FROM {DEFAULT} WHERE time >= %s AND time < %s RETURNING *
            )
            INSERT INTO moving_hits SELECT * FROM moved
            """,
            [start, end],
        )
        cursor.execute(
            f"CREATE TABLE {name} PARTITION OF {TABLE} "
            f"FOR VALUES FROM ('{low}') TO ('{high}')"
        )
        cursor.execute(f"INSERT INTO {TABLE} SELECT * FROM moving_hits")
        cursor.execute("DROP TABLE moving_hits")


def drop_partitions_before(cutoff, using="default"):
    """Detach and drop every monthly partition whose hits are all older than
    cutoff; returns how many hits they held. The rest of the older hits (in the
    month the cutoff falls in, or in the default partition) are left to a delete."""
    dropped = 0
    for name, _start, end in monthly_partitions(using):
        if end > cutoff:
            continue
        with transaction.atomic(using), connections[using].cursor() as cursor:
            cursor.execute(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")
            cursor.execute(f"SELECT count(*) FROM {name}")
            dropped += cursor.fetchone()[0]
            cursor.execute(f"ALTER TABLE {TABLE} DETACH PARTITION {name}")
            cursor.execute(f"DROP TABLE {name}")
    return dropped
