"""Report figures for a date range, read from the daily rollups.

Unique visitors are counted once per day: a range adds up its days' visitors, as
Plausible and GoatCounter do (the visitor key changes at midnight, so nobody can be
followed from one day to the next). The drain recomputes today's rollups within
seconds.

A report with filters (a page or section, a source, a campaign, a locale, a device)
keeps the visits that match and is computed from the raw hits of those visits, so
it covers the days whose raw hits are still kept (ANALYTICS_RAW_DAYS).
"""

import datetime
from collections import defaultdict

from django.apps import apps
from django.conf import settings
from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncHour
from django.utils import timezone

from wagtail import hooks
from wagtail.models import Page

from analytics import drain
from analytics.models import DailyRollup, Device, Hit, Source

MEASURES = ("visitors", "visits", "pageviews", "bounces", "duration", "events")
INTERVALS = ("hour", "day", "week", "month")
REALTIME_MINUTES = 30
GOALS = drain.GOALS


class Rollups:
    """The stored daily rollups, summed by the database."""

    def rows(self, start, end, dimension):
        return DailyRollup.objects.filter(
            dimension=dimension, day__gte=start, day__lte=end
        )

    def totals(self, start, end, dimension="all", key=""):
        found = (
            self.rows(start, end, dimension)
            .filter(key=key)
            .aggregate(**{name: Sum(name) for name in MEASURES})
        )
        return {name: found[name] or 0 for name in MEASURES}

    def top(self, start, end, dimension, limit=50, order="pageviews", prefix=""):
        rows = self.rows(start, end, dimension)
        if prefix:
            rows = rows.filter(key__startswith=prefix)
        rows = (
            rows.values("key")
            .annotate(**{name: Sum(name) for name in MEASURES})
            .order_by(f"-{order}", "key")
        )
        return list(rows[:limit] if limit else rows)

    def by_day(self, start, end):
        rows = self.rows(start, end, "all").filter(key="")
        return {row["day"]: row for row in rows.values("day", "visitors", "pageviews")}


class FilteredRollups(Rollups):
    """Rollups recomputed from the raw hits of the visits a filter keeps, held in
    memory: the same sums as the stored ones, over fewer visits."""

    def __init__(self, start, end, filters):
        self.table = defaultdict(dict)  # dimension -> {(day, key): measures}
        self.filters = filters
        self.sessions = set()
        for day in days_between(start, end):
            for row in drain.figures_for_day(day, keep=self.keeps):
                measures = {name: getattr(row, name) for name in MEASURES}
                self.table[row.dimension][(row.day, row.key)] = measures

    def keeps(self, visit, hits):
        """Whether a visit matches every filter; remembered for hourly figures."""
        entry = visit["entry"]
        wanted = self.filters
        page = wanted.get("page")
        kept = (
            (not page or any(h["path"].startswith(page) for h in hits))
            and wanted.get("source")
            in (None, drain.source_key(entry["source"], entry["source_name"]))
            and wanted.get("campaign") in (None, entry["utm_campaign"])
            and wanted.get("locale") in (None, entry["locale"])
            and wanted.get("device") in (None, entry["device"])
        )
        if kept:
            self.sessions.add(entry["session"])
        return kept

    def totals(self, start, end, dimension="all", key=""):
        sums = dict.fromkeys(MEASURES, 0)
        for (day, row_key), measures in self.table[dimension].items():
            if row_key == key and start <= day <= end:
                for name in MEASURES:
                    sums[name] += measures[name]
        return sums

    def top(self, start, end, dimension, limit=50, order="pageviews", prefix=""):
        sums = defaultdict(lambda: dict.fromkeys(MEASURES, 0))
        for (day, key), measures in self.table[dimension].items():
            if start <= day <= end and key.startswith(prefix):
                for name in MEASURES:
                    sums[key][name] += measures[name]
        rows = [{"key": key, **measures} for key, measures in sums.items()]
        rows.sort(key=lambda row: (-row[order], row["key"]))
        return rows[:limit] if limit else rows

    def by_day(self, start, end):
        return {
            day: {"day": day, **measures}
            for (day, _key), measures in self.table["all"].items()
        }


def days_between(start, end):
    return [start + datetime.timedelta(days=n) for n in range((end - start).days + 1)]


def active_filters(filters):
    """The filters given a value ("" or None: any)."""
    return {
        name: value
        for name, value in (filters or {}).items()
        if value not in ("", None)
    }


def rollups_for(start, end, filters=None):
    filters = active_filters(filters)
    return FilteredRollups(start, end, filters) if filters else Rollups()


def totals(start, end, dimension="all", key=""):
    return Rollups().totals(start, end, dimension, key)


def top(start, end, dimension, limit=50, order="pageviews"):
    return Rollups().top(start, end, dimension, limit, order)


def overview(start, end, figures, filters=None):
    """Each headline figure of report(start, end) beside the same figure for the
    period of the same length just before."""
    length = (end - start).days + 1
    previous_end = start - datetime.timedelta(days=1)
    previous_start = previous_end - datetime.timedelta(days=length - 1)
    if filters and previous_start < raw_kept_since():
        # Its visits are no longer kept in detail: no figure beats a wrong one.
        before = dict.fromkeys(summary(dict.fromkeys(MEASURES, 0)))
    else:
        table = rollups_for(previous_start, previous_end, filters)
        before = summary(table.totals(previous_start, previous_end))
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


def series(start, end, interval="day", table=None):
    """Visitors and page views per day, week (from Monday) or month; visitors of a
    week or month add up its days' visitors, like every range."""
    by_day = (table or Rollups()).by_day(start, end)
    points = {}
    for day in days_between(start, end):
        if interval == "week":
            label = day - datetime.timedelta(days=day.weekday())
        elif interval == "month":
            label = day.replace(day=1)
        else:
            label = day
        point = points.setdefault(
            label, {"period": label.isoformat(), "visitors": 0, "pageviews": 0}
        )
        row = by_day.get(day, {})
        point["visitors"] += row.get("visitors", 0)
        point["pageviews"] += row.get("pageviews", 0)
    return list(points.values())


def hourly_series(start, end, sessions=None):
    """Visitors and page views per hour from the raw hits (a week at most, so
    within their retention); `sessions` limits them to the visits a filter kept."""
    first = drain.day_bounds(start)[0]
    last = drain.day_bounds(end)[1]
    hits = Hit.objects.filter(
        time__gte=first, time__lt=last, event__isnull=True
    ).exclude(device=Device.BOT)
    if sessions is not None:
        hits = hits.filter(session__in=sessions)
    found = {
        timezone.localtime(row["hour"]): row
        for row in hits.annotate(hour=TruncHour("time"))
        .values("hour")
        .annotate(visitors=Count("visitor", distinct=True), pageviews=Count("id"))
    }
    points = []
    hour = first
    while hour < last:
        row = found.get(timezone.localtime(hour), {})
        points.append(
            {
                "period": timezone.localtime(hour).strftime("%Y-%m-%d %H:00"),
                "visitors": row.get("visitors", 0),
                "pageviews": row.get("pageviews", 0),
            }
        )
        hour += datetime.timedelta(hours=1)
    return points


def source_name(key):
    """Sources without a readable name are stored by their kind's number."""
    return str(Source(int(key)).label) if key.isdigit() else key


def device_name(key):
    return str(Device(int(key)).label) if key.isdigit() else key


def campaign_fields(key):
    return dict(
        zip(
            ("utm_source", "utm_medium", "utm_campaign"),
            key.split("|", 2),
            strict=True,
        )
    )


def article_model():
    """The page type whose pages are news articles (ANALYTICS_ARTICLE_MODEL):
    analytics counts any page without importing the site's page types."""
    return apps.get_model(settings.ANALYTICS_ARTICLE_MODEL)


def pages_by_id(table, start, end):
    """Page views and visitors per Wagtail page id."""
    return {
        int(row["key"]): row
        for row in table.top(start, end, "page_id", limit=None)
        if row["key"].isdigit()
    }


def articles_and_topics(viewed, limit=50):
    """The most read news articles with their topic, and page views per topic,
    from pages_by_id()."""
    model = article_model()
    articles = model.objects.filter(id__in=viewed).select_related("topic")
    rows, topics = [], defaultdict(lambda: {"pageviews": 0, "articles": 0})
    for article in articles:
        figures = viewed[article.id]
        topic = str(article.topic) if getattr(article, "topic", None) else ""
        rows.append(
            {
                "title": article.title,
                "article": article,
                "topic": topic,
                "pageviews": figures["pageviews"],
                "visitors": figures["visitors"],
            }
        )
        topics[topic]["pageviews"] += figures["pageviews"]
        topics[topic]["articles"] += 1
    rows.sort(key=lambda row: (-row["pageviews"], row["title"]))
    rows = rows[:limit]
    for row in rows:  # the address visitors see, only for the rows shown
        row["path"] = row.pop("article").get_url() or ""
    topic_rows = [{"topic": topic, **sums} for topic, sums in topics.items()]
    topic_rows.sort(key=lambda row: (-row["pageviews"], row["topic"]))
    return rows, topic_rows


def target_names(event, targets):
    """Readable names of what events are about (a poll's question, a page's
    title). Apps that send events name their targets through the
    `analytics_target_names` hook: fn(event, ids) -> {id: name}."""
    names = {}
    for describe in hooks.get_hooks("analytics_target_names"):
        names.update(describe(event, targets) or {})
    pages = [target for target in targets if target.isdigit() and target not in names]
    if pages and event.startswith("questionnaire"):
        names.update(
            (str(pk), title)
            for pk, title in Page.objects.filter(id__in=pages).values_list(
                "id", "title"
            )
        )
    return names


def events_by_target(table, start, end, event):
    """{target: figures} of one event name."""
    prefix = f"{event}:"
    return {
        row["key"][len(prefix) :]: row
        for row in table.top(start, end, "event", limit=None, prefix=prefix)
    }


def poll_funnels(table, start, end, page_views):
    """Per poll: views of the pages it was shown on (page_views from
    pages_by_id()), poll views, votes."""
    shown = events_by_target(table, start, end, "poll_viewed")
    votes = events_by_target(table, start, end, "poll_voted")
    pages = defaultdict(set)
    for row in table.top(start, end, "event_page", limit=None, prefix="poll_viewed:"):
        _event, poll, page = row["key"].split(":", 2)
        pages[poll].add(int(page))
    polls = sorted(set(shown) | set(votes), key=lambda p: (len(p), p))
    names = target_names("poll", polls)
    rows = []
    for poll in polls:
        views = sum(
            page_views.get(page, {}).get("pageviews", 0) for page in pages[poll]
        )
        seen = shown.get(poll, {}).get("events", 0)
        voted = votes.get(poll, {}).get("events", 0)
        rows.append(
            {
                "poll": names.get(poll, poll),
                "page_views": views,
                "poll_views": seen,
                "votes": voted,
                "vote_rate": rate(voted, seen),
            }
        )
    rows.sort(key=lambda row: (-row["votes"], -row["poll_views"]))
    return rows


def questionnaire_funnels(table, start, end):
    """Per questionnaire: views, starts, completions."""
    steps = {
        name: events_by_target(table, start, end, f"questionnaire_{name}")
        for name in ("viewed", "started", "completed")
    }
    targets = sorted(set().union(*steps.values()), key=lambda t: (len(t), t))
    names = target_names("questionnaire", targets)
    rows = []
    for target in targets:
        views, starts, completions = (
            steps[name].get(target, {}).get("events", 0)
            for name in ("viewed", "started", "completed")
        )
        rows.append(
            {
                "questionnaire": names.get(target, target),
                "views": views,
                "starts": starts,
                "completions": completions,
                "completion_rate": rate(completions, starts),
            }
        )
    rows.sort(key=lambda row: (-row["completions"], -row["starts"]))
    return rows


def conversions(table, start, end, dimension):
    """Goals reached (feedback, requests, questionnaires, votes) per source or
    campaign of the visit: one row per source or campaign, one column per goal."""
    rows = {}
    for row in table.top(start, end, dimension, limit=None, order="events"):
        goal, key = row["key"].split("|", 1)
        if key not in rows:
            if dimension == "goal_source":
                rows[key] = {"source": source_name(key)}
            else:
                rows[key] = campaign_fields(key)
            rows[key].update(dict.fromkeys(GOALS, 0))
        rows[key][goal] = row["events"]
    return sorted(rows.values(), key=lambda row: -sum(row[g] for g in GOALS))


def rate(part, whole):
    return round(100 * part / whole, 1) if whole else 0


def report(start, end, filters=None, interval="day"):
    """Everything `analytics_report --json` prints and the admin reads."""
    table = rollups_for(start, end, filters)
    headline = summary(table.totals(start, end))
    viewed = pages_by_id(table, start, end)  # read once: a year of it is large
    articles, topics = articles_and_topics(viewed)

    def rows(dimension, order="pageviews"):
        return table.top(start, end, dimension, order=order)

    if interval == "hour":
        sessions = table.sessions if isinstance(table, FilteredRollups) else None
        points = hourly_series(start, end, sessions)
    else:
        points = series(start, end, interval, table)
    return {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "filters": active_filters(filters),
        "visitors": headline["visitors"],
        "visits": headline["visits"],
        "pageviews": headline["pageviews"],
        "bounce_rate": headline["bounce_rate"],
        "views_per_visit": headline["views_per_visit"],
        "visit_duration": headline["visit_duration"],
        "pages": [
            {"path": r["key"], "pageviews": r["pageviews"], "visitors": r["visitors"]}
            for r in rows("page")
        ],
        "articles": articles,
        "topics": topics,
        "entry_pages": [
            {"path": r["key"], "visits": r["visits"]} for r in rows("entry", "visits")
        ],
        "exit_pages": [
            {"path": r["key"], "visits": r["visits"]} for r in rows("exit", "visits")
        ],
        "sources": [
            {
                "source": source_name(r["key"]),
                "visitors": r["visitors"],
                "pageviews": r["pageviews"],
            }
            for r in rows("source", "visitors")
        ],
        "referrers": [
            {"referrer": r["key"], "visitors": r["visitors"], "visits": r["visits"]}
            for r in rows("referrer", "visitors")
        ],
        "campaigns": [
            {
                **campaign_fields(r["key"]),
                "visitors": r["visitors"],
                "pageviews": r["pageviews"],
            }
            for r in rows("campaign", "visitors")
        ],
        "devices": [
            {"device": device_name(r["key"]), "visitors": r["visitors"]}
            for r in rows("device", "visitors")
        ],
        "browsers": [
            {"browser": r["key"] or "?", "visitors": r["visitors"]}
            for r in rows("browser", "visitors")
        ],
        "os": [
            {"os": r["key"] or "?", "visitors": r["visitors"]}
            for r in rows("os", "visitors")
        ],
        "locales": [
            {"locale": r["key"], "pageviews": r["pageviews"]} for r in rows("locale")
        ],
        "languages": [
            {"language": r["key"] or "?", "visitors": r["visitors"]}
            for r in rows("language", "visitors")
        ],
        "polls": poll_funnels(table, start, end, viewed),
        "questionnaires": questionnaire_funnels(table, start, end),
        "conversions_by_source": conversions(table, start, end, "goal_source"),
        "conversions_by_campaign": conversions(table, start, end, "goal_campaign"),
        "interval": interval,
        "series": points,
    }


def realtime(now=None):
    """Visitors and page views of the last 30 minutes, from the raw hits (the
    drain stores them within seconds), with the pages being read."""
    since = (now or timezone.now()) - datetime.timedelta(minutes=REALTIME_MINUTES)
    hits = Hit.objects.filter(time__gte=since).exclude(device=Device.BOT)
    views = hits.filter(event__isnull=True)
    figures = hits.aggregate(
        visitors=Count("visitor", distinct=True),
        pageviews=Count("id", filter=Q(event__isnull=True)),
    )
    pages = (
        views.values("path__text")
        .annotate(visitors=Count("visitor", distinct=True), pageviews=Count("id"))
        .order_by("-visitors", "-pageviews", "path__text")[:10]
    )
    return {
        "minutes": REALTIME_MINUTES,
        **figures,
        "pages": [
            {
                "path": row["path__text"] or "",
                "visitors": row["visitors"],
                "pageviews": row["pageviews"],
            }
            for row in pages
        ],
    }


def keys_of(dimension):
    """Every key a dimension has had, for the report's filter choices."""
    return sorted(
        DailyRollup.objects.filter(dimension=dimension)
        .values_list("key", flat=True)
        .distinct()
    )


def campaign_names():
    return sorted(
        {key.split("|", 2)[2] for key in keys_of("campaign") if key.count("|") == 2}
        - {""}
    )


def raw_kept_since(today=None):
    """The first day whose raw hits are all still kept."""
    today = today or timezone.localdate()
    return today - datetime.timedelta(days=settings.ANALYTICS_RAW_DAYS - 1)


def last_days(days, today=None):
    end = today or timezone.localdate()
    return end - datetime.timedelta(days=days - 1), end
