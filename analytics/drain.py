"""From the buffer to the tables: store a batch of hits once, put them into visits,
and recompute the rollups of the days they fall on.

Rollups are recomputed from the day's stored hits rather than incremented, so a
batch stored twice (after a crash between storing and trimming the buffer)
changes nothing, and unique visitors per day are exact.
"""

import datetime
from collections import defaultdict

from django.db import transaction
from django.utils import timezone

from analytics import buffer
from analytics.models import DailyRollup, Device, Hit, Label

VISIT_GAP = datetime.timedelta(minutes=30)
BATCH_SIZE = 5000
LABELLED = {
    "path": "path",
    "ev": "event",
    "tg": "target",
    "loc": "locale",
    "lang": "language",
    "sn": "source_name",
    "ref": "referrer",
    "utm_source": "utm_source",
    "utm_medium": "utm_medium",
    "utm_campaign": "utm_campaign",
    "utm_term": "utm_term",
    "utm_content": "utm_content",
    "br": "browser",
    "os": "os",
}
_label_ids = {}


def drain(batch_size=BATCH_SIZE):
    """Store everything buffered right now; returns how many hits were drained."""
    total = 0
    while count := buffer.drain_batch(store, batch_size):
        total += count
    return total


def label_ids(texts):
    """The Label id of each text, making the missing ones."""
    missing = {text for text in texts if text and text not in _label_ids}
    if missing:
        Label.objects.bulk_create(
            [Label(text=text) for text in missing], ignore_conflicts=True
        )
        _label_ids.update(
            Label.objects.filter(text__in=missing).values_list("text", "id")
        )
    return _label_ids


def to_hit(payload, labels):
    when = datetime.datetime.fromtimestamp(payload["t"], tz=datetime.UTC)
    fields = {
        field + "_id": labels.get(payload.get(key) or "")
        for key, field in LABELLED.items()
    }
    return Hit(
        id=payload["id"],
        time=when,
        visitor=payload.get("v", 0),
        page_id=payload.get("p"),
        source=payload.get("src", 0),
        device=payload.get("dev", Device.DESKTOP),
        engaged_seconds=payload.get("es"),
        scroll_depth=payload.get("sd"),
        **fields,
    )


@transaction.atomic
def store(payloads):
    payloads = list({p["id"]: p for p in payloads}.values())
    stored = set(
        Hit.objects.filter(id__in=[p["id"] for p in payloads]).values_list(
            "id", flat=True
        )
    )
    labels = label_ids(
        {str(p.get(key) or "")[:300] for p in payloads for key in LABELLED}
    )
    hits = [to_hit(p, labels) for p in payloads if p["id"] not in stored]
    assign_visits(hits)
    Hit.objects.bulk_create(hits, ignore_conflicts=True)
    days = {timezone.localdate(hit.time) for hit in hits}
    for day in sorted(days):
        rebuild_rollups(day)
    return len(hits)


def assign_visits(hits):
    """A visit is a visitor's hits with less than 30 minutes between them."""
    people = [hit for hit in hits if hit.device != Device.BOT]
    if not people:
        return
    earliest = min(hit.time for hit in people) - VISIT_GAP
    known = defaultdict(list)
    for visitor, when, session in Hit.objects.filter(
        visitor__in={hit.visitor for hit in people}, time__gte=earliest
    ).values_list("visitor", "time", "session"):
        known[visitor].append((when, session))
    for hit in sorted(people, key=lambda hit: hit.time):
        before = [entry for entry in known[hit.visitor] if entry[0] <= hit.time]
        last = max(before, default=None)
        if last and hit.time - last[0] <= VISIT_GAP:
            hit.session = last[1]
        else:
            hit.session = hit.id
        known[hit.visitor].append((hit.time, hit.session))


def day_bounds(day):
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
    return start, start + datetime.timedelta(days=1)


def rebuild_rollups(day):
    rows = figures_for_day(day)
    DailyRollup.objects.filter(day=day).delete()
    DailyRollup.objects.bulk_create(rows)


def figures_for_day(day):
    """Every rollup row of one day, from its stored hits."""
    start, end = day_bounds(day)
    columns = ["id", "time", "visitor", "session", "page_id", "source", "device"]
    columns += [field + "_id" for field in LABELLED.values()]
    hits = list(Hit.objects.filter(time__gte=start, time__lt=end).values(*columns))
    names = dict(
        Label.objects.filter(
            id__in={hit[f] for hit in hits for f in columns[7:] if hit[f]}
        ).values_list("id", "text")
    )
    for hit in hits:
        for field in LABELLED.values():
            hit[field] = names.get(hit.pop(field + "_id"), "")
    people = [hit for hit in hits if hit["device"] != Device.BOT]
    visits = summarise_visits(people)
    table = Rollups(day)
    for hit in hits:
        if hit["device"] == Device.BOT:
            table.add("bots", hit["browser"] or "?", pageviews=1)
    for visit in visits.values():
        entry = visit["entry"]
        measures = {
            "visitor": visit["visitor"],
            "visits": 1,
            "pageviews": visit["pageviews"],
            "bounces": int(visit["bounced"]),
            "duration": visit["duration"],
        }
        table.add("all", "", **measures)
        table.add("source", source_key(entry), **measures)
        if entry["referrer"]:
            table.add("referrer", entry["referrer"], **measures)
        campaign = "|".join(
            entry[f] for f in ("utm_source", "utm_medium", "utm_campaign")
        )
        if campaign.strip("|"):
            table.add("campaign", campaign, **measures)
        if visit["entry_path"]:
            table.add("entry", visit["entry_path"], visits=1)
            table.add("exit", visit["exit_path"], visits=1)
        for dimension in ("device", "browser", "os", "locale", "language"):
            table.add(dimension, str(entry[dimension]), **measures)
    for hit in people:
        if hit["event"]:
            table.add("event", hit["event"], events=1, visitor=hit["visitor"])
            if hit["target"]:
                table.add(
                    "event",
                    f"{hit['event']}:{hit['target']}",
                    events=1,
                    visitor=hit["visitor"],
                )
        else:
            table.add("page", hit["path"], pageviews=1, visitor=hit["visitor"])
            if hit["page_id"]:
                table.add("page_id", str(hit["page_id"]), pageviews=1)
    return table.rows()


def source_key(hit):
    return hit["source_name"] or str(hit["source"])


def summarise_visits(hits):
    visits = {}
    for hit in sorted(hits, key=lambda hit: hit["time"]):
        visit = visits.setdefault(
            hit["session"],
            {
                "visitor": hit["visitor"],
                "entry": hit,
                "start": hit["time"],
                "end": hit["time"],
                "pageviews": 0,
                "actions": 0,
                "entry_path": "",
                "exit_path": "",
            },
        )
        visit["end"] = max(visit["end"], hit["time"])
        if hit["event"]:
            if hit["event"] not in ("engagement", "outbound"):
                visit["actions"] += 1
        else:
            visit["pageviews"] += 1
            visit["entry_path"] = visit["entry_path"] or hit["path"]
            visit["exit_path"] = hit["path"]
    for visit in visits.values():
        visit["bounced"] = visit["pageviews"] <= 1 and not visit["actions"]
        visit["duration"] = int((visit["end"] - visit["start"]).total_seconds())
    return visits


class Rollups:
    """Sums per (dimension, key), with exact unique visitors."""

    def __init__(self, day):
        self.day = day
        self.sums = defaultdict(lambda: defaultdict(int))
        self.visitors = defaultdict(set)

    def add(self, dimension, key, visitor=None, **measures):
        sums = self.sums[(dimension, key[:300])]
        for name, value in measures.items():
            sums[name] += value
        if visitor is not None:
            self.visitors[(dimension, key[:300])].add(visitor)

    def rows(self):
        keys = set(self.sums) | set(self.visitors)
        return [
            DailyRollup(
                day=self.day,
                dimension=dimension,
                key=key,
                visitors=len(self.visitors.get((dimension, key), ())),
                **self.sums.get((dimension, key), {}),
            )
            for dimension, key in keys
        ]
