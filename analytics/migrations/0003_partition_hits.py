"""Raw hits in less space, and on PostgreSQL partitioned by month.

On PostgreSQL `analytics_hit` is rebuilt as a table partitioned by range of `time`:
one partition per month (analytics/partitions.py keeps them ahead) and a DEFAULT
partition for anything else. A partitioned table's primary key must contain the
partition key, so the database's key is (id, time); Django keeps `id` as the
model's pk, and since a hit's time never changes, `id` stays unique.

A hit also gets smaller: labels are referred to by 4-byte numbers, columns are laid
out widest first so that none needs padding, and the two B-tree indexes (time;
visitor, time) give way to one BRIN index on time, added by the last operation
(a plain index elsewhere). The drain's look-up of a visitor's recent hits is
bounded in time and reads the last few pages through it.

On SQLite the table stays a plain table: integer and bigint are the same type
there, so only the indexes change.

Reports over a long period sum hundreds of thousands of rollup rows per table
(pages, entry and exit pages: a year of 10 million hits has 1.8 million rollup
rows). Each day's rows of every dimension are stored together, so reading one
dimension read the whole table; on PostgreSQL an index of (dimension, day) that
includes the figures lets it read only that dimension's rows from the index
(docs/performance.md, "Audience reports at scale"). It is not in the model's Meta:
SQLite cannot include columns in an index, and Django warns about such an index
on every check there.
"""

import datetime

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from django.utils import timezone

import analytics.models
from analytics import partitions

LABELS = [
    "path",
    "event",
    "target",
    "locale",
    "language",
    "source_name",
    "referrer",
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_term",
    "utm_content",
    "browser",
    "os",
]
# Widest first: 8-byte, then 4-byte, then 2-byte columns need no padding between.
COLUMNS = [
    ("id", "bigint NOT NULL"),
    ("time", "timestamp with time zone NOT NULL"),
    ("visitor", "bigint NOT NULL"),
    ("session", "bigint NULL"),
    ("page_id", "integer NULL"),
    *[(f"{label}_id", "integer NULL") for label in LABELS],
    ("source", "smallint NOT NULL"),
    ("device", "smallint NOT NULL"),
    ("engaged_seconds", "smallint NULL"),
    ("scroll_depth", "smallint NULL"),
]
NAMES = ", ".join(f'"{name}"' for name, _type in COLUMNS)
OLD = "analytics_hit_unpartitioned"


def partition(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        drop_old_indexes(schema_editor)
        return
    run = schema_editor.execute
    run(f"ALTER TABLE analytics_hit RENAME TO {OLD}")
    run(f"ALTER INDEX analytics_hit_pkey RENAME TO {OLD}_pkey")
    run(
        "CREATE TABLE analytics_hit ("
        + ", ".join(f'"{name}" {kind}' for name, kind in COLUMNS)
        + ', CONSTRAINT analytics_hit_pkey PRIMARY KEY ("id", "time")'
        + ') PARTITION BY RANGE ("time")'
    )
    run(f"CREATE TABLE {partitions.DEFAULT} PARTITION OF analytics_hit DEFAULT")
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f"SELECT min(time) FROM {OLD}")
        oldest = cursor.fetchone()[0]
    # Hits older than the raw days go to the default partition: the next purge
    # deletes them.
    kept_since = timezone.now() - datetime.timedelta(
        days=settings.ANALYTICS_RAW_DAYS + 1
    )
    partitions.ensure_partitions(
        since=max(oldest or kept_since, kept_since),
        using=schema_editor.connection.alias,
    )
    run(f"INSERT INTO analytics_hit ({NAMES}) SELECT {NAMES} FROM {OLD}")
    run(f"DROP TABLE {OLD}")


def drop_old_indexes(schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        found = connection.introspection.get_constraints(cursor, "analytics_hit")
    for name, info in found.items():
        if info["index"] and not info["primary_key"]:
            if info["columns"] in (["time"], ["visitor", "time"]):
                schema_editor.execute(f'DROP INDEX "{name}"')


def unpartition(apps, schema_editor):
    """Back to the plain table of 0002, with its column types and indexes."""
    Hit = apps.get_model("analytics", "Hit")  # as before this migration
    if schema_editor.connection.vendor != "postgresql":
        for statement in schema_editor._model_indexes_sql(Hit):
            schema_editor.execute(statement)
        return
    run = schema_editor.execute
    run(f"ALTER TABLE analytics_hit RENAME TO {OLD}")
    run(f"ALTER INDEX analytics_hit_pkey RENAME TO {OLD}_pkey")
    schema_editor.create_model(Hit)
    run(f"INSERT INTO analytics_hit ({NAMES}) SELECT {NAMES} FROM {OLD}")
    run(f"DROP TABLE {OLD}")  # and its partitions


ROLLUP_INDEX = "analytics_dailyrollup_report"


def add_rollup_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX {ROLLUP_INDEX} ON analytics_dailyrollup (dimension, day) "
            "INCLUDE (key, visitors, visits, pageviews, bounces, duration, events)"
        )


def drop_rollup_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX {ROLLUP_INDEX}")


def label_key(verbose_name):
    return analytics.models.LabelKey(
        db_constraint=False,
        db_index=False,
        null=True,
        on_delete=django.db.models.deletion.DO_NOTHING,
        related_name="+",
        to="analytics.label",
        verbose_name=verbose_name,
    )


VERBOSE_NAMES = {
    "path": "path",
    "event": "event",
    "target": "target",
    "locale": "locale",
    "language": "language",
    "source_name": "source name",
    "referrer": "referrer",
    "utm_source": "utm_source",
    "utm_medium": "utm_medium",
    "utm_campaign": "utm_campaign",
    "utm_term": "utm_term",
    "utm_content": "utm_content",
    "browser": "browser",
    "os": "operating system",
}


class Migration(migrations.Migration):
    dependencies = [
        ("analytics", "0002_marketers_view_reports"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveIndex(
                    model_name="hit", name="analytics_h_visitor_ae9a56_idx"
                ),
                migrations.AlterField(
                    model_name="hit",
                    name="time",
                    field=models.DateTimeField(verbose_name="time"),
                ),
                *[
                    migrations.AlterField(
                        model_name="hit",
                        name=label,
                        field=label_key(VERBOSE_NAMES[label]),
                    )
                    for label in LABELS
                ],
            ],
            database_operations=[migrations.RunPython(partition, unpartition)],
        ),
        migrations.AddIndex(
            model_name="hit",
            index=analytics.models.TimeIndex(
                autosummarize=True,
                fields=["time"],
                name="analytics_hit_time",
                pages_per_range=32,
            ),
        ),
        migrations.RunPython(add_rollup_index, drop_rollup_index),
    ]
