import datetime

from django.conf import settings
from django.utils import timezone

from celery import shared_task

from analytics import drain, visitors
from analytics.models import Hit


@shared_task(name="analytics.drain_hits", ignore_result=True)
def drain_hits():
    """Store the buffered hits and refresh the day's figures. Safe to run twice
    or at once: each hit is stored once and figures are recomputed, not added."""
    return drain.drain()


@shared_task(name="analytics.purge_old_hits", ignore_result=True)
def purge_old_hits():
    """Raw hits older than ANALYTICS_RAW_DAYS go; the daily figures stay."""
    cutoff = timezone.now() - datetime.timedelta(days=settings.ANALYTICS_RAW_DAYS)
    visitors.purge_old_salts()
    return Hit.objects.filter(time__lt=cutoff).delete()[0]
