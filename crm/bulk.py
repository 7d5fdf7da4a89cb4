"""Writing thousands of rows at once, as the aggregation does for every batch.

On PostgreSQL each column goes as one array (INSERT ... SELECT FROM unnest, and
UPDATE ... FROM unnest): a statement has a placeholder per column instead of one
per value, which spares the driver from parsing tens of thousands of them and
the server from a CASE per row and field (Django's bulk_update). Elsewhere
(SQLite) Django's own bulk_create and a VALUES list do the same job.
"""

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Field, Lookup
from django.db.models.fields.related import ForeignObject

import psycopg

# SQLite allows 32,766 parameters in a statement.
SQLITE_ROWS = 2000


def insert_new(model, rows):
    """Insert rows given as {attname: value}, giving each row its primary key."""
    if not rows:
        return
    pk = model._meta.pk
    if connection.vendor != "postgresql":
        objects = [model(**row) for row in rows]
        model.objects.bulk_create(objects)
        for row, obj in zip(rows, objects, strict=True):
            row[pk.attname] = obj.pk
        return
    # Keys drawn from the table's sequence first, so each row knows its own.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) "
            "FROM generate_series(1, %s)",
            [model._meta.db_table, pk.column, len(rows)],
        )
        for row, (key,) in zip(rows, cursor.fetchall(), strict=True):
            row[pk.attname] = key
    insert_rows(model, rows, ignore_conflicts=False)


def insert_rows(model, rows, ignore_conflicts=True):
    """Insert rows given as {attname: value} (all with the same keys) without
    making a model object of each; other fields take their defaults."""
    if not rows:
        return
    if connection.vendor != "postgresql":
        objects = [model(**row) for row in rows]
        model.objects.bulk_create(objects, ignore_conflicts=ignore_conflicts)
        return
    meta = model._meta
    given = rows[0].keys()
    fields = [f for f in meta.concrete_fields if f.attname in given]
    defaults = [
        f for f in meta.concrete_fields if f.attname not in given and f != meta.pk
    ]
    columns = [[row[f.attname] for row in rows] for f in fields]
    for field in defaults:
        stamped = getattr(field, "auto_now", False) or getattr(
            field, "auto_now_add", False
        )
        value = field.pre_save(model(), add=True) if stamped else field.get_default()
        columns.append([value] * len(rows))
    fields += defaults
    columns = [prepared(f, values) for f, values in zip(fields, columns, strict=True)]
    insert_columns(meta, fields, columns, ignore_conflicts)


def insert_columns(meta, fields, columns, ignore_conflicts):
    names = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    arrays = ", ".join(f"%b::{f.cast_db_type(connection)}[]" for f in fields)
    conflict = " ON CONFLICT DO NOTHING" if ignore_conflicts else ""
    execute_bound(
        f"INSERT INTO {connection.ops.quote_name(meta.db_table)} ({names}) "
        f"SELECT * FROM unnest({arrays}){conflict}",
        columns,
    )


def update(model, rows):
    """Save rows given as {attname: value}, each with the primary key and the
    same other fields, in one statement."""
    if not rows:
        return
    meta = model._meta
    ops = connection.ops
    fields = [meta.pk] + [
        f for f in meta.concrete_fields if f.attname in rows[0] and f != meta.pk
    ]
    table = ops.quote_name(meta.db_table)
    names = [ops.quote_name(f.column) for f in fields]
    assignments = ", ".join(
        f"{name} = CAST(v.{name} AS {field.cast_db_type(connection)})"
        for name, field in zip(names[1:], fields[1:], strict=True)
    )
    join = f"WHERE {table}.{names[0]} = v.{names[0]}"
    if connection.vendor == "postgresql":
        arrays = ", ".join(f"%b::{f.cast_db_type(connection)}[]" for f in fields)
        execute_bound(
            f"UPDATE {table} SET {assignments} "
            f"FROM unnest({arrays}) AS v ({', '.join(names)}) {join}",
            [prepared(f, [row[f.attname] for row in rows]) for f in fields],
        )
        return
    with connection.cursor() as cursor:
        row_sql = "(" + ", ".join(["%s"] * len(fields)) + ")"
        for start in range(0, len(rows), SQLITE_ROWS):
            chunk = rows[start : start + SQLITE_ROWS]
            cursor.execute(
                f"WITH v ({', '.join(names)}) AS "
                f"(VALUES {', '.join([row_sql] * len(chunk))}) "
                f"UPDATE {table} SET {assignments} FROM v {join}",
                [
                    field.get_db_prep_save(row[field.attname], connection)
                    for row in chunk
                    for field in fields
                ],
            )


def prepared(field, values):
    """Only JSON needs Django's preparation here; the driver takes the rest as
    they are."""
    if field.get_internal_type() == "JSONField":
        return [field.get_db_prep_save(value, connection) for value in values]
    return values


def execute_bound(sql, params):
    """Run on a cursor that sends the parameters apart from the statement (binary
    arrays, no quoting on the client); Django's cursors bind on the client."""
    with connection.wrap_database_errors:
        connection.ensure_connection()
        with psycopg.Cursor(connection.connection) as cursor:
            cursor.execute(sql, params)


@Field.register_lookup
class AnyOf(Lookup):
    """field__any_of=[...]: on PostgreSQL one array parameter (= ANY(%s)) instead
    of a placeholder per value, which for the thousand keys of a batch costs
    Django and the driver more than the query itself; an IN list elsewhere."""

    lookup_name = "any_of"
    prepare_rhs = False

    def get_prep_lookup(self):
        return list(self.rhs)

    def as_sql(self, compiler, connection):
        if not self.rhs:
            raise EmptyResultSet
        lhs, params = self.process_lhs(compiler, connection)
        placeholders = ", ".join(["%s"] * len(self.rhs))
        return f"{lhs} IN ({placeholders})", [*params, *self.rhs]

    def as_postgresql(self, compiler, connection):
        if not self.rhs:
            raise EmptyResultSet
        lhs, params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s)", [*params, self.rhs]


ForeignObject.register_lookup(AnyOf)  # foreign keys keep lookups of their own


def refresh_statistics(columns):
    """Let PostgreSQL's planner know how big these tables have grown, from
    {model: [field names the batches look rows up by]}. Batches of thousands
    grow them faster than autovacuum analyses them, and a planner that still
    thinks them empty scans them whole for every batch's look-ups. Only those
    columns are analysed: the statistics of long texts cost the most and no
    look-up uses them."""
    if connection.vendor != "postgresql":
        return
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for model, names in columns.items():
            meta = model._meta
            fields = ", ".join(quote(meta.get_field(n).column) for n in names)
            cursor.execute(f"ANALYZE {quote(meta.db_table)} ({fields})")
