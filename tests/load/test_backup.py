"""The backup and restore of docs/operations.md, done: a custom-format dump of
the database and an archive of the media folder, restored into a new database
and folder, hold the same rows and files, and the restored database is a
complete portal database (no migration missing)."""

import hashlib
import subprocess
import tarfile

import psycopg
import pytest

from bench.stack import DATABASE, POSTGRES_BIN

pytestmark = [pytest.mark.postgres, pytest.mark.load]
RESTORED = "portal_restored"
# Compared row by row; every other table by its number of rows.
COMPARED = (
    "surveys_pollvote",
    "surveys_polltally",
    "surveys_feedback",
    "surveys_servicerequest",
    "crm_customer",
    "crm_timelineevent",
    "analytics_dailyrollup",
    "wagtailimages_image",
)


def contents(connection):
    """{table: row count} of every table, and a digest of the COMPARED ones."""
    tables = connection.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
    ).fetchall()
    found = {}
    for (table,) in tables:
        found[table] = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    for table in COMPARED:
        rows = connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        found[table + " rows"] = hashlib.sha256(repr(rows).encode()).hexdigest()
    return found


def files(folder):
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_a_dump_and_the_media_archive_restore_the_site(stack, tmp_path):
    server = ["-h", "127.0.0.1", "-p", str(stack.pg_port), "-U", "postgres"]
    # The backup, as docs/operations.md gives it.
    dump = tmp_path / "portal.dump"
    subprocess.run(
        [POSTGRES_BIN / "pg_dump", *server, "--format=custom", "-f", dump, DATABASE],
        check=True,
    )
    media = stack.dir / "media"
    with tarfile.open(tmp_path / "media.tar.gz", "w:gz") as archive:
        archive.add(media, arcname="media")
    with stack.connect() as connection:
        before = contents(connection)

    # The restore, into a database and a folder of their own.
    subprocess.run([POSTGRES_BIN / "createdb", *server, RESTORED], check=True)
    subprocess.run(
        [POSTGRES_BIN / "pg_restore", *server, "--no-owner", "-d", RESTORED, dump],
        check=True,
    )
    restored_url = stack.database_url.rsplit("/", 1)[0] + "/" + RESTORED
    with tarfile.open(tmp_path / "media.tar.gz") as archive:
        archive.extractall(tmp_path / "restored", filter="data")

    with psycopg.connect(restored_url) as connection:
        assert contents(connection) == before
    assert before["analytics_hit"] and before["wagtailcore_page"]
    assert files(tmp_path / "restored" / "media") == files(media)
    assert files(media)  # the demo's images and their renditions
    # Every migration is in the restored database: this code runs on it.
    stack.manage("migrate", "--check", DATABASE_URL=restored_url)
