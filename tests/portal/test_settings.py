import os
import subprocess
import sys
from pathlib import Path

from django.core.management import call_command

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "k" * 30 + "-production-secret-for-the-test-only",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "ALLOWED_HOSTS": "portal.example",
    "DATABASE_URL": "sqlite:////tmp/portal-check.sqlite3",
}


def manage(*args, **env):
    skipped = {*PRODUCTION_ENV, "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in skipped}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_real_secret_key():
    for key in ("", "short", "django-insecure-" + "x" * 50):
        result = manage("check", **{**PRODUCTION_ENV, "SECRET_KEY": key})
        assert result.returncode != 0
        assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_redis():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "REDIS_URL"}
    result = manage("check", **env)
    assert result.returncode != 0
    assert "REDIS_URL must be set" in result.stderr


def test_deploy_check_is_clean_under_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_debug_is_off_unless_dev_settings():
    from portal.settings import base

    assert base.DEBUG is False


@pytest.mark.django_db
def test_no_migrations_are_missing():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.mark.parametrize("name", ["dev", "test", "production"])
def test_gravatar_is_off_everywhere(name):
    env = dict(PRODUCTION_ENV, DJANGO_SETTINGS_MODULE=f"portal.settings.{name}")
    code = "from django.conf import settings; print(settings.WAGTAIL_GRAVATAR_PROVIDER_URL)"
    result = manage("shell", "-c", code, **env)
    assert result.stdout.strip().endswith("None"), result.stderr


def test_the_audience_drain_has_a_queue_that_every_worker_consumes():
    from portal.celery import app

    assert app.amqp.router.route({}, "analytics.drain_hits")["queue"].name == (
        "analytics"
    )
    assert app.amqp.router.route({}, "crm.aggregate_submission")["queue"].name == (
        "celery"
    )
    # A worker started without -Q, as in docker/compose.yaml, takes both.
    assert set(app.amqp.queues) == {"celery", "analytics"}
