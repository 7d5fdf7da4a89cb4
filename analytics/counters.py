"""Public counters read from the daily rollups: a page's views since counting began
and the most viewed pages of the last days.

They read the "page_id" rollups, so they know page ids only: what a page is, and
whether it may be listed, is for the caller to decide.
"""

from django.core.cache import cache
from django.db.models import Sum
from django.utils.formats import number_format
from django.utils.translation import ngettext

from analytics import reports
from analytics.models import DailyRollup

# How long a page's total is served from the cache: one cache read per render.
CACHE_SECONDS = 600


def page_views(page_id):
    """Page views of a page since counting began, cached for ten minutes."""
    key = f"analytics:page-views:{page_id}"
    views = cache.get(key)
    if views is None:
        views = (
            DailyRollup.objects.filter(dimension="page_id", key=str(page_id)).aggregate(
                total=Sum("pageviews")
            )["total"]
            or 0
        )
        cache.set(key, views, CACHE_SECONDS)
    return views


def most_viewed(days=7, today=None):
    """(page id, page views) of every page viewed in the last `days` days, today
    included, the most viewed first. Uncached: the caller caches what it shows."""
    start, end = reports.last_days(days, today)
    return [
        (int(row["key"]), row["pageviews"])
        for row in reports.top(start, end, "page_id", limit=None)
        if row["key"].isdigit()
    ]


def views_label(count):
    """The count as "1,234 views" in the active language, with its plural form."""
    return ngettext("%(count)s view", "%(count)s views", count) % {
        "count": number_format(count, force_grouping=True)
    }
