"""The production path of a hit: a Redis list drained in batches, and the
database when Redis cannot be reached. No hit is lost either way."""

import pytest
import redis

from analytics import buffer
from analytics.drain import drain
from analytics.models import DailyRollup, Hit, PendingHit
from tests.analytics.test_collection import visitor
from tests.conftest import require
from tests.services import REDIS_URL, redis_error

pytestmark = pytest.mark.django_db


@pytest.fixture
def with_redis(settings):
    require("Redis", redis_error())
    settings.REDIS_URL = REDIS_URL
    buffer._client = None
    redis.Redis.from_url(REDIS_URL).delete(buffer.QUEUE_KEY)
    yield redis.Redis.from_url(REDIS_URL)
    buffer._client = None


def test_hits_wait_in_redis_and_are_drained_in_batches(site_tree, with_redis):
    for n in range(7):
        visitor(f"10.3.0.{n}").get(site_tree.articles[0].url)
    assert with_redis.llen(buffer.QUEUE_KEY) == 7
    assert PendingHit.objects.count() == 0  # nothing written in the request
    assert drain(batch_size=3) == 7
    assert with_redis.llen(buffer.QUEUE_KEY) == 0
    assert DailyRollup.objects.get(dimension="all", key="").pageviews == 7


def test_unreachable_redis_falls_back_to_the_database(site_tree, settings, caplog):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens there
    buffer._client = None
    try:
        response = visitor("10.3.1.1").get(site_tree.articles[0].url)
        assert response.status_code == 200
        assert "Redis unreachable" in caplog.text
        assert PendingHit.objects.count() == 1
        settings.REDIS_URL = ""
        assert drain() == 1
    finally:
        buffer._client = None
    assert Hit.objects.count() == 1


def test_votes_are_recorded_as_events(site_tree, poll, with_redis, settings):
    settings.SURVEYS_MIN_FILL_SECONDS = 0
    client = visitor("10.3.2.1")
    response = client.post(
        f"/en/surveys/polls/{poll.id}/vote/",
        {"choice": poll.choices.first().id, "page": site_tree.articles[0].id},
        HTTP_ORIGIN="http://testserver",
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 200
    drain()
    voted = DailyRollup.objects.get(dimension="event", key=f"poll_voted:{poll.id}")
    assert (voted.events, voted.visitors) == (1, 1)


def test_hits_are_pushed_again_after_the_connection_drops(site_tree, with_redis):
    visitor("10.3.3.1").get(site_tree.articles[0].url)
    # As when Redis restarts: the process's own connection is gone.
    buffer.push_connection()._sock.close()
    visitor("10.3.3.2").get(site_tree.articles[0].url)
    visitor("10.3.3.3").get(site_tree.articles[0].url)
    assert with_redis.llen(buffer.QUEUE_KEY) + PendingHit.objects.count() == 3
    assert with_redis.llen(buffer.QUEUE_KEY) >= 2  # reconnected
    assert drain() == 3


@pytest.fixture
def redis_page_cache(with_redis, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "portal.cache.SharedClientRedisCache",
            "LOCATION": REDIS_URL,
        }
    }
    from django.core.cache import cache

    cache.clear()
    yield with_redis
    cache.clear()


def test_a_cached_page_is_counted_in_the_page_caches_round_trip(
    site_tree, redis_page_cache, monkeypatch
):
    article = site_tree.articles[0]
    reader = visitor("10.3.3.1")
    assert reader.get(article.url)["X-Page-Cache"] == "miss"
    with monkeypatch.context() as patched:
        # The hit of a cached view goes with the page cache's look-up, not after.
        patched.setattr(buffer, "append", None)
        assert reader.get(article.url)["X-Page-Cache"] == "hit"
    assert reader.head(article.url).status_code == 200  # not a view
    assert visitor("10.3.3.2", HTTP_DNT="1").get(article.url).status_code == 200
    assert redis_page_cache.llen(buffer.QUEUE_KEY) == 2
    # Publishing starts a new generation: the stale copy is rendered again, and
    # the view counted once.
    article.save_revision().publish()
    assert reader.get(article.url)["X-Page-Cache"] == "miss"
    assert reader.get(article.url)["X-Page-Cache"] == "hit"
    assert redis_page_cache.llen(buffer.QUEUE_KEY) == 4
    assert drain() == 4
    assert DailyRollup.objects.get(dimension="all", key="").pageviews == 4
    assert (
        DailyRollup.objects.get(dimension="page_id", key=str(article.id)).pageviews == 4
    )
    assert DailyRollup.objects.get(dimension="page", key=article.url).pageviews == 4


def test_a_drain_that_died_holds_the_others_up_only_until_its_lock_expires(
    site_tree, with_redis, monkeypatch
):
    for n in range(3):
        visitor(f"10.3.4.{n}").get(site_tree.articles[0].url)
    monkeypatch.setattr(buffer, "LOCK_WAIT_SECONDS", 0.1)
    # What a drain killed mid-batch leaves behind: its lock, for LOCK_SECONDS.
    with_redis.set(buffer.LOCK_KEY, "dead", ex=buffer.LOCK_SECONDS)
    assert 0 < with_redis.ttl(buffer.LOCK_KEY) <= 30
    assert drain() == 0
    with_redis.delete(buffer.LOCK_KEY)  # expired
    assert drain() == 3
    assert with_redis.llen(buffer.QUEUE_KEY) == 0


def test_a_drain_that_outlived_its_lock_leaves_the_buffer_to_the_next(
    site_tree, with_redis
):
    for n in range(3):
        visitor(f"10.3.5.{n}").get(site_tree.articles[0].url)
    stored = []

    def slow_store(payloads):
        stored.extend(payloads)
        # Meanwhile the lock expired and another drain took it.
        with_redis.set(buffer.LOCK_KEY, "another drain")

    assert buffer.drain_batch(slow_store, 10) == 3
    assert with_redis.llen(buffer.QUEUE_KEY) == 3  # not trimmed by this drain
    assert with_redis.get(buffer.LOCK_KEY) == b"another drain"
    with_redis.delete(buffer.LOCK_KEY)
    assert drain() == 3  # the same hits, stored once
    assert Hit.objects.count() == 3
    assert with_redis.llen(buffer.QUEUE_KEY) == 0


def test_a_view_whose_count_was_appended_but_not_answered_is_stored_once(
    site_tree, redis_page_cache, monkeypatch
):
    from cms import cache as page_cache

    article = site_tree.articles[0]
    reader = visitor("10.3.6.1")
    assert reader.get(article.url)["X-Page-Cache"] == "miss"
    looked_up = page_cache.run_lookup

    def answer_lost(keys, args):  # Redis ran the script, then went away
        looked_up(keys, args)
        raise redis.ConnectionError("Connection closed by server.")

    monkeypatch.setattr(page_cache, "run_lookup", answer_lost)
    assert reader.get(article.url).status_code == 200
    # Appended by the script and again after the response: the same hit twice.
    assert redis_page_cache.llen(buffer.QUEUE_KEY) == 3
    drain()
    assert Hit.objects.count() == 2
    assert DailyRollup.objects.get(dimension="all", key="").pageviews == 2
