"""Report figures for a date range, read from the daily rollups only.

Unique visitors are counted once per day: a range adds up its days' visitors, as
Plausible and GoatCounter do. The drain recomputes today's rollups within seconds.
"""

import datetime

from django.db.models import Sum
from django.utils import timezone

from analytics.models import DailyRollup, Device, Source

MEASURES = ("visitors", "visits", "pageviews", "bounces", "duration", "events")


def totals(start, end, dimension="all", key=""):
    rows = DailyRollup.objects.filter(
        dimension=dimension, key=key, day__gte=start, day__lte=end
    )
    found = rows.aggregate(**{name: Sum(name) for name in MEASURES})
    return {name: found[name] or 0 for name in MEASURES}


def overview(start, end, figures):
    """Each headline figure of report(start, end) beside the same figure for the
    period of the same length just before."""
    length = (end - start).days + 1
    previous_end = start - datetime.timedelta(days=1)
    before = summary(
        totals(previous_end - datetime.timedelta(days=length - 1), previous_end)
    )
    return {
        name: {
            "value": figures[name],
            "previous": previous,
            "change": change(figures[name], previous),
        }
        for name, previous in before.items()
    }


def summary(sums):
    visits = sums["visits"]
    return {
        "visitors": sums["visitors"],
        "visits": visits,
        "pageviews": sums["pageviews"],
        "views_per_visit": round(sums["pageviews"] / visits, 2) if visits else 0,
        "bounce_rate": round(100 * sums["bounces"] / visits, 1) if visits else 0,
        "visit_duration": round(sums["duration"] / visits) if visits else 0,
    }


def change(value, previous):
    if not previous:
        return None
    return round(100 * (value - previous) / previous, 1)


def series(start, end):
    """Visitors, visits and page views per day."""
    rows = DailyRollup.objects.filter(
        dimension="all", key="", day__gte=start, day__lte=end
    ).values("day", "visitors", "visits", "pageviews")
    by_day = {row["day"]: row for row in rows}
    days = [start + datetime.timedelta(days=n) for n in range((end - start).days + 1)]
    return [
        {
            "day": day.isoformat(),
            **{
                name: by_day.get(day, {}).get(name, 0)
                for name in ("visitors", "visits", "pageviews")
            },
        }
        for day in days
    ]


def top(start, end, dimension, limit=50, order="pageviews"):
    """Keys of a dimension with their figures, the largest first."""
    rows = (
        DailyRollup.objects.filter(dimension=dimension, day__gte=start, day__lte=end)
        .values("key")
        .annotate(**{name: Sum(name) for name in MEASURES})
        .order_by(f"-{order}", "key")[:limit]
    )
    return list(rows)


def source_name(key):
    """Sources without a readable name are stored by their kind's number."""
    return str(Source(int(key)).label) if key.isdigit() else key


def report(start, end):
    """Everything `analytics_report --json` prints and the admin charts read."""
    sums = totals(start, end)
    headline = summary(sums)
    return {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "visitors": headline["visitors"],
        "visits": headline["visits"],
        "pageviews": headline["pageviews"],
        "bounce_rate": headline["bounce_rate"],
        "views_per_visit": headline["views_per_visit"],
        "visit_duration": headline["visit_duration"],
        "pages": [
            {"path": r["key"], "pageviews": r["pageviews"], "visitors": r["visitors"]}
            for r in top(start, end, "page")
        ],
        "sources": [
            {
                "source": source_name(r["key"]),
                "visitors": r["visitors"],
                "pageviews": r["pageviews"],
            }
            for r in top(start, end, "source", order="visitors")
        ],
        "campaigns": [
            dict(
                zip(
                    ("utm_source", "utm_medium", "utm_campaign"),
                    r["key"].split("|", 2),
                    strict=True,
                ),
                visitors=r["visitors"],
                pageviews=r["pageviews"],
            )
            for r in top(start, end, "campaign", order="visitors")
        ],
        "devices": [
            {"device": str(Device(int(r["key"])).label), "visitors": r["visitors"]}
            for r in top(start, end, "device", order="visitors")
        ],
        "locales": [
            {"locale": r["key"], "pageviews": r["pageviews"]}
            for r in top(start, end, "locale")
        ],
        "series": series(start, end),
    }


def last_days(days, today=None):
    end = today or timezone.localdate()
    return end - datetime.timedelta(days=days - 1), end
