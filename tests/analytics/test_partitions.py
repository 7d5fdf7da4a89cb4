"""Raw hits kept for ANALYTICS_RAW_DAYS, then purged while the rollups stay; on
PostgreSQL in monthly partitions that the purge drops whole."""

import datetime

from django.db import connection
from django.utils import timezone

import pytest

from analytics import partitions
from analytics.drain import rebuild_rollups, store
from analytics.models import DailyRollup, DailySalt, Hit
from analytics.tasks import add_hit_partitions, purge_old_hits
from tests.analytics.test_drain import payload

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def stored_at(*moments):
    payloads = [payload(when, visitor=n) for n, when in enumerate(moments)]
    store(payloads)
    return [p["id"] for p in payloads]


def partition_of(hit_id):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tableoid::regclass::text FROM analytics_hit WHERE id = %s",
            [hit_id],
        )
        return cursor.fetchone()[0]


def test_purge_deletes_old_hits_and_keeps_the_daily_figures(settings):
    settings.ANALYTICS_RAW_DAYS = 90
    now = timezone.now()
    old, recent = stored_at(now - 120 * DAY, now - 2 * DAY)
    rollups = DailyRollup.objects.count()
    DailySalt.objects.create(day=timezone.localdate() - 5 * DAY, salt="s")

    assert purge_old_hits() == 1
    assert purge_old_hits() == 0  # again: nothing left to purge

    assert list(Hit.objects.values_list("id", flat=True)) == [recent]
    assert DailyRollup.objects.count() == rollups > 0
    assert not DailySalt.objects.exists()


@pytest.fixture
def postgres():
    if connection.vendor != "postgresql":
        pytest.skip("the raw hits are partitioned on PostgreSQL only")


@pytest.mark.postgres
def test_months_are_partitioned_from_now_to_two_months_ahead(postgres):
    start = partitions.month_start(timezone.now())
    months = [start]
    for _ in range(2):
        months.append(partitions.next_month(months[-1]))
    found = {name: (low, high) for name, low, high in partitions.monthly_partitions()}
    for month in months:
        assert found[partitions.partition_name(month)] == (
            month,
            partitions.next_month(month),
        )
    assert partitions.is_partitioned()
    assert partition_of(stored_at(timezone.now())[0]) == partitions.partition_name(
        start
    )


@pytest.mark.postgres
def test_the_maintenance_task_is_idempotent(postgres):
    assert add_hit_partitions() == []
    assert add_hit_partitions() == []


@pytest.mark.postgres
def test_a_hit_months_old_lands_in_its_months_partition(postgres):
    when = timezone.now() - 200 * DAY
    made = partitions.ensure_partitions(since=when)
    assert partitions.partition_name(partitions.month_start(when)) in made
    [hit] = stored_at(when)
    assert partition_of(hit) == partitions.partition_name(partitions.month_start(when))


@pytest.mark.postgres
def test_the_default_partition_catches_far_future_hits_until_their_month_comes(
    postgres,
):
    when = timezone.now() + 3 * 365 * DAY
    [hit] = stored_at(when)
    assert partition_of(hit) == partitions.DEFAULT

    made = partitions.ensure_partitions(now=when)

    month = partitions.partition_name(partitions.month_start(when))
    assert month in made
    assert partition_of(hit) == month
    assert Hit.objects.filter(id=hit).exists()


@pytest.mark.postgres
def test_purge_drops_whole_old_months_and_keeps_the_daily_figures(postgres, settings):
    settings.ANALYTICS_RAW_DAYS = 90
    now = timezone.now()
    partitions.ensure_partitions(since=now - 200 * DAY)
    moments = [now - days * DAY for days in (190, 150, 92, 89, 1)]
    ids = stored_at(*moments)
    for moment in moments:
        rebuild_rollups(timezone.localdate(moment))
    figures = sorted(DailyRollup.objects.values_list("day", "dimension", "pageviews"))
    cutoff = now - 90 * DAY
    old_months = {
        name for name, _low, high in partitions.monthly_partitions() if high <= cutoff
    }
    assert old_months

    assert purge_old_hits() == 3
    assert purge_old_hits() == 0

    assert set(Hit.objects.values_list("id", flat=True)) == set(ids[3:])
    left = {name for name, _low, _high in partitions.monthly_partitions()}
    assert not old_months & left
    assert partitions.partition_name(partitions.month_start(cutoff)) in left
    assert (
        sorted(DailyRollup.objects.values_list("day", "dimension", "pageviews"))
        == figures
    )


@pytest.mark.postgres
def test_the_drain_stores_each_hit_once_in_the_partitioned_table(postgres):
    now = timezone.now()
    payloads = [payload(now - n * datetime.timedelta(minutes=5)) for n in range(3)]
    assert store(payloads) == 3
    assert store(payloads) == 0
    assert Hit.objects.count() == 3
    # What Django does with the pk, though the table's key is (id, time).
    again = Hit.objects.get(id=payloads[0]["id"])
    Hit.objects.bulk_create([again], ignore_conflicts=True)
    assert Hit.objects.count() == 3
    assert Hit.objects.filter(id__in=[p["id"] for p in payloads]).count() == 3
    again.session = 7
    again.save()
    assert Hit.objects.get(pk=again.pk).session == 7
    again.delete()
    assert Hit.objects.count() == 2
    assert DailyRollup.objects.get(dimension="all", key="").pageviews == 3
