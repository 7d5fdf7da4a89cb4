"""The drain: batches stored once, each day's figures rebuilt once per run, and a
crash anywhere in between repaired by the next run."""

import datetime
import json
import secrets
import threading

from django.db import connection, connections
from django.utils import timezone

import pytest

from analytics import buffer, drain, reports
from analytics.models import DailyRollup, Device, Hit, PendingHit, Source
from tests.analytics.test_collection import visitor

pytestmark = pytest.mark.django_db


def at(day, hour, minute=0, second=0):
    return timezone.make_aware(
        datetime.datetime.combine(day, datetime.time(hour, minute, second))
    )


def payload(when, visitor=1, path="/en/news/", **fields):
    return {
        "id": secrets.randbits(63),
        "t": when.timestamp(),
        "v": visitor,
        "p": 3,
        "path": path,
        "loc": path.split("/")[1],
        "br": "Firefox",
        "os": "Linux",
        "src": Source.DIRECT,
        "dev": Device.DESKTOP,
        **fields,
    }


def buffered(*payloads):
    for each in payloads:
        buffer.push(each)
    return list(payloads)


def figures(day):
    return {
        (row.dimension, row.key): (
            row.visitors,
            row.visits,
            row.pageviews,
            row.bounces,
            row.duration,
            row.events,
        )
        for row in DailyRollup.objects.filter(day=day)
    }


def stale_days():
    return list(
        DailyRollup.objects.filter(dimension=drain.STALE).values_list("day", flat=True)
    )


@pytest.fixture
def day():
    return timezone.localdate() - datetime.timedelta(days=1)


@pytest.fixture
def traffic(day):
    """Two visitors and a bot: a search visit of two pages with an outbound
    click, a campaign visit that bounced, and a later visit from the site."""
    return buffered(
        payload(
            at(day, 9), 1, "/en/news/", src=Source.SEARCH, sn="Google", ref="google.com"
        ),
        payload(at(day, 9, 5), 1, "/en/about/", src=Source.INTERNAL, sn="localhost"),
        payload(at(day, 9, 6), 1, "/en/about/", ev="outbound", tg="example.org"),
        payload(
            at(day, 10),
            2,
            "/ru/",
            utm_source="newsletter",
            utm_medium="email",
            utm_campaign="May",
        ),
        payload(at(day, 11), 1, "/en/", src=Source.INTERNAL, sn="localhost"),
        payload(at(day, 11, 30), 0, "/en/", br="Googlebot", dev=Device.BOT),
    )


def test_figures_of_a_day(traffic, day):
    assert drain.drain() == 6
    found = figures(day)
    # visitors, visits, page views, bounces, seconds, events
    assert found[("all", "")] == (2, 3, 4, 2, 360, 0)
    assert found[("source", "Google")] == (1, 1, 2, 0, 360, 0)
    assert found[("source", "0")] == (1, 1, 1, 1, 0, 0)  # direct
    assert found[("source", str(Source.INTERNAL))] == (1, 1, 1, 1, 0, 0)
    assert found[("referrer", "google.com")] == (1, 1, 2, 0, 360, 0)
    assert found[("campaign", "newsletter|email|May")] == (1, 1, 1, 1, 0, 0)
    assert found[("page", "/en/about/")] == (1, 0, 1, 0, 0, 0)
    assert found[("locale", "en")] == (1, 0, 3, 0, 0, 0)
    assert found[("entry", "/en/news/")][1] == 1
    assert found[("exit", "/en/about/")][1] == 1
    assert found[("event", "outbound")] == (1, 0, 0, 0, 0, 1)
    assert found[("event", "outbound:example.org")] == (1, 0, 0, 0, 0, 1)
    assert found[("bots", "Googlebot")][2] == 1
    assert found[("device", str(Device.DESKTOP))][0] == 2
    assert not stale_days()
    report = json.dumps(reports.report(day, day), default=str)
    assert "stale" not in report


def test_a_day_is_rebuilt_once_per_drain_not_per_batch(day, monkeypatch):
    buffered(*(payload(at(day, 8, n), n) for n in range(5)))
    buffered(*(payload(at(day + datetime.timedelta(days=1), 8, n)) for n in range(2)))
    rebuilt = []
    original = drain.figures_for_day

    def counted(day, **options):
        rebuilt.append(day)
        return original(day, **options)

    monkeypatch.setattr(drain, "figures_for_day", counted)
    assert drain.drain(batch_size=2) == 7
    assert rebuilt == [day, day + datetime.timedelta(days=1)]
    assert figures(day)[("all", "")][2] == 5


@pytest.mark.parametrize("where", ["rebuild_stale_days", "figures_for_day"])
def test_a_crash_after_storing_is_repaired_by_the_next_drain(
    traffic, day, monkeypatch, where
):
    def crash(*args, **kwargs):
        raise RuntimeError("the worker died")

    with monkeypatch.context() as patched:
        patched.setattr(drain, where, crash)
        with pytest.raises(RuntimeError):
            drain.drain()
    # The hits are stored and gone from the buffer, the figures not made...
    assert Hit.objects.count() == 6
    assert not PendingHit.objects.exists()
    assert ("all", "") not in figures(day)
    # ...but the day is marked, and the next run (with nothing buffered) fixes it.
    assert stale_days() == [day]
    assert drain.drain() == 0
    assert figures(day)[("all", "")] == (2, 3, 4, 2, 360, 0)
    assert not stale_days()


def test_draining_twice_is_idempotent(traffic, day):
    drain.drain()
    before = figures(day)
    assert drain.drain() == 0
    # The same batch again, as after a crash before the buffer was trimmed.
    assert drain.store_batch(traffic) == 0
    assert drain.drain() == 0
    assert figures(day) == before
    assert Hit.objects.count() == 6
    assert not stale_days()


def test_times_are_read_to_the_microsecond(day):
    start = at(day, 12)
    buffered(
        payload(start, 1, "/en/"),
        payload(start + datetime.timedelta(seconds=59, microseconds=999999), 1),
        payload(at(day, 13), 2, "/en/"),
        payload(at(day, 13) + datetime.timedelta(seconds=60), 2),
    )
    drain.drain()
    assert figures(day)[("all", "")][4] == 59 + 60


@pytest.mark.django_db(transaction=True)  # the ids are kept once committed
def test_a_worker_keeps_the_ids_of_a_bounded_number_of_labels(day, monkeypatch):
    """Event targets come from visitors: a flood of new ones must not grow a
    worker's memory without end, and every hit keeps its own target."""
    monkeypatch.setattr(drain, "MAX_KEPT_LABELS", 8)
    monkeypatch.setattr(drain, "_label_ids", {})
    sent = []
    for batch in range(4):
        targets = [f"https://example.com/{batch}-{n}" for n in range(3)]
        buffered(*(payload(at(day, 12), ev="outbound", tg=t) for t in targets))
        drain.drain()
        sent += targets
        assert 0 < len(drain._label_ids) <= 8
    stored = Hit.objects.values_list("target__text", flat=True)
    assert sorted(stored) == sorted(sent)


def test_turned_off_nothing_is_collected(site_tree, settings):
    settings.ANALYTICS_ENABLED = False
    response = visitor("10.5.0.1").get(site_tree.articles[0].url)
    assert response.status_code == 200
    assert "analytics/track.js" in response.content.decode()
    assert "X-Page-Id" not in response.headers
    event = {"n": "engagement", "u": "http://testserver/en/", "es": 5}
    beacon = visitor("10.5.0.1").post(
        "/analytics/event/", json.dumps(event), content_type="text/plain"
    )
    assert beacon.status_code == 202
    assert not PendingHit.objects.exists()
    settings.ANALYTICS_ENABLED = True
    visitor("10.5.0.1").get(site_tree.articles[0].url)
    assert PendingHit.objects.count() == 1


def in_thread(target, *args):
    """Run target in a thread of its own, with its own database connection."""
    outcome = {}

    def run():
        try:
            outcome["result"] = target(*args)
        except BaseException as error:  # reported by the test, not lost
            outcome["error"] = error
        finally:
            connections.close_all()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def finished(thread, outcome):
    thread.join(timeout=30)
    assert not thread.is_alive()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


@pytest.fixture
def postgres():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: SQLite serialises every write")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_batch_stored_during_a_rebuild_marks_the_day_again(
    postgres, day, monkeypatch
):
    drain.store_batch([payload(at(day, 8), 1)])
    read, go = threading.Event(), threading.Event()
    original = drain.figures_for_day

    def slow(day, **options):
        rows = original(day, **options)
        read.set()
        go.wait(timeout=20)
        return rows

    monkeypatch.setattr(drain, "figures_for_day", slow)
    rebuild = in_thread(drain.rebuild_rollups, day, True)
    assert read.wait(timeout=20)
    store = in_thread(drain.store_batch, [payload(at(day, 9), 2)])
    store[0].join(timeout=1)
    assert store[0].is_alive()  # waits for the rebuild, which cleared the mark
    go.set()
    assert finished(*rebuild) is True
    assert finished(*store) == 1
    monkeypatch.setattr(drain, "figures_for_day", original)
    assert figures(day)[("all", "")][2] == 1  # read before the batch came
    assert stale_days() == [day]
    drain.drain()
    assert figures(day)[("all", "")][2] == 2
    assert not stale_days()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_rebuild_waits_for_a_batch_that_marked_the_day(postgres, day, monkeypatch):
    drain.store_batch([payload(at(day, 8), 1)])  # marked, not rebuilt yet
    marked, go = threading.Event(), threading.Event()
    original = drain.mark_stale

    def slow(days):
        original(days)
        marked.set()
        go.wait(timeout=20)

    monkeypatch.setattr(drain, "mark_stale", slow)
    store = in_thread(drain.store_batch, [payload(at(day, 9), 2)])
    assert marked.wait(timeout=20)
    rebuild = in_thread(drain.rebuild_rollups, day, True)
    rebuild[0].join(timeout=1)
    assert rebuild[0].is_alive()  # the batch holds the mark until it commits
    go.set()
    assert finished(*store) == 1
    assert finished(*rebuild) is True
    assert figures(day)[("all", "")][2] == 2
    assert not stale_days()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_rebuilds_of_one_day_at_once_do_not_collide(postgres, day, monkeypatch):
    drain.store_batch([payload(at(day, 8, n), n) for n in range(20)])
    started = threading.Event()
    original = drain.figures_for_day

    def slow(day, **options):
        started.set()
        threading.Event().wait(0.5)
        return original(day, **options)

    monkeypatch.setattr(drain, "figures_for_day", slow)
    first = in_thread(drain.rebuild_rollups, day)
    assert started.wait(timeout=20)
    others = [in_thread(drain.rebuild_rollups, day) for _ in range(3)]
    assert [finished(*each) for each in [first, *others]] == [True] * 4
    assert figures(day)[("all", "")][2] == 20
