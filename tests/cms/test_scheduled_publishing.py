import datetime
import time
from pathlib import Path

from django.db import connection
from django.utils import timezone

from wagtail.models import PageLogEntry, Revision

import pytest
from celery import Celery

from cms.models import NewsPage
from cms.tasks import publish_scheduled
from tests.conftest import require
from tests.services import REDIS_URL, Worker, redis_error

ROOT = Path(__file__).resolve().parents[2]


def schedule_article(site_tree):
    """A news draft approved to go live in a second, as an editor would schedule it."""
    article = NewsPage(
        title="Scheduled news", slug="scheduled", lead="Soon.", live=False
    )
    site_tree.news_index.add_child(instance=article)
    article.go_live_at = timezone.now() + datetime.timedelta(seconds=1)
    article.save_revision().publish()
    article.refresh_from_db()
    assert not article.live
    assert Revision.page_revisions.filter(
        object_id=str(article.id), approved_go_live_at__isnull=False
    ).exists()
    time.sleep(1.1)
    return article


@pytest.mark.django_db
def test_scheduled_news_goes_live_when_its_time_comes(client, site_tree):
    article = schedule_article(site_tree)
    assert client.get(article.url).status_code == 404
    publish_scheduled.delay()
    publish_scheduled.delay()  # a second run publishes nothing twice
    article.refresh_from_db()
    assert article.live
    assert client.get(article.url).status_code == 200
    published = PageLogEntry.objects.filter(
        page=article, action="wagtail.publish.scheduled"
    )
    assert published.count() == 1


def test_beat_schedules_publishing_every_minute():
    from django.conf import settings

    entry = settings.CELERY_BEAT_SCHEDULE["publish-scheduled-pages"]
    assert entry["task"] == publish_scheduled.name
    assert entry["schedule"].minute == set(range(60))


def test_embedded_default_runs_tasks_in_process():
    from django.conf import settings

    assert settings.CELERY_TASK_ALWAYS_EAGER is True


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_publishes_scheduled_news(site_tree):
    require("Redis", redis_error())
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()
    article = schedule_article(site_tree)
    with Worker(connection.settings_dict) as worker:
        # A client of its own: this process's app runs tasks eagerly.
        Celery(broker=REDIS_URL, set_as_current=False).send_task(publish_scheduled.name)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            article.refresh_from_db()
            if article.live:
                break
            time.sleep(0.5)
    assert article.live, "the worker did not publish the article within 60 s"
    assert "cms.publish_scheduled" in worker.output
