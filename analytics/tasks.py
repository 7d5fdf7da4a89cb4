import datetime

from django.conf import settings
from django.utils import timezone

from celery import shared_task

from analytics import digest, drain, partitions, visitors
from analytics.models import Hit


@shared_task(name="analytics.drain_hits", ignore_result=True)
def drain_hits():
    """Store the buffered hits and refresh the day's figures. Safe to run twice
    or at once: each hit is stored once and figures are recomputed, not added."""
    return drain.drain()


@shared_task(name="analytics.purge_old_hits", ignore_result=True)
def purge_old_hits():
    """Raw hits older than ANALYTICS_RAW_DAYS go; the daily figures stay. On
    PostgreSQL whole months go at once, as partitions; the rest row by row."""
    cutoff = timezone.now() - datetime.timedelta(days=settings.ANALYTICS_RAW_DAYS)
    visitors.purge_old_salts()
    dropped = partitions.drop_partitions_before(cutoff)
    return dropped + drain.raw_delete(Hit.objects.filter(time__lt=cutoff))


@shared_task(name="analytics.add_hit_partitions", ignore_result=True)
def add_hit_partitions():
    """Make this month's partition of the raw hits and the next two months' on
    PostgreSQL, if missing (they are made months ahead: running late is harmless)."""
    return partitions.ensure_partitions()


@shared_task(
    name="analytics.send_digest",
    ignore_result=True,
    # The mail server failing rolls the week's record back: a retry sends it.
    autoretry_for=(ConnectionError, TimeoutError, OSError),
    retry_backoff=True,
    max_retries=5,
)
def send_digest():
    """E-mail the weekly audience digest to Marketers, once per week however often
    it runs (beat: ANALYTICS_DIGEST_WEEKDAY at ANALYTICS_DIGEST_HOUR)."""
    return digest.send_weekly()
