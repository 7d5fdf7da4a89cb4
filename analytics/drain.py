"""From the buffer to the tables: store batches of hits, put them into visits,
and recompute the rollups of the days they fall on once per drain.

Rollups are recomputed from the day's stored hits rather than incremented, so a
batch stored twice (after a crash between storing and trimming the buffer)
changes nothing, and unique visitors per day are exact.

Recomputing a day reads all of its hits, so it is done once per drain() run,
not once per batch. Storing a batch marks its days stale in the same
transaction (a DailyRollup row of the dimension "stale", which no report
reads); a rebuild clears the mark in the transaction that writes the figures.
A crash in between leaves the mark, and the next drain (every few seconds)
rebuilds the day.
"""

import bisect
import datetime
import time
import zlib
from collections import defaultdict

from django.db import connection, transaction
from django.db.models import BigIntegerField, Func
from django.utils import timezone

from analytics import buffer
from analytics.models import DailyRollup, Device, Hit, Label, Source

VISIT_GAP = datetime.timedelta(minutes=30)
LAST_SESSION = 2**63  # above every session number, which is a hit id
BATCH_SIZE = 5000
# Under a backlog a run stops taking batches after this long to refresh the
# figures, so reports lag by at most about this much plus one rebuild.
DRAIN_SECONDS = 30
STALE = "stale"  # the dimension of a day's "figures out of date" mark
# Keys PostgreSQL advisory locks on a day's rollups: (this, day ordinal).
LOCK_SPACE = zlib.crc32(b"analytics.rollups") >> 1
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
# Each worker keeps the ids of at most this many label texts. The texts include
# what visitors send (an event's target), so a copy of every one ever seen
# could be grown without end by anyone posting events.
MAX_KEPT_LABELS = 20_000


def drain(batch_size=BATCH_SIZE, seconds=DRAIN_SECONDS):
    """Store what is buffered, then refresh the figures of every day marked
    stale (also when nothing was buffered: a previous run may have stopped
    between the two). Returns how many hits were drained."""
    total = 0
    deadline = time.monotonic() + seconds
    while count := buffer.drain_batch(store_batch, batch_size):
        total += count
        if time.monotonic() > deadline:
            break
    rebuild_stale_days()
    return total


def store(payloads):
    """Store a batch and refresh its days' figures at once; returns how many
    hits were new. The drain stores batches with store_batch() instead."""
    stored = store_batch(payloads)
    rebuild_stale_days()
    return stored


def label_ids(texts):
    """The Label id of each text, making the missing ones."""
    missing = {text for text in texts if text and text not in _label_ids}
    if not missing:
        return _label_ids
    Label.objects.bulk_create(
        [Label(text=text) for text in missing], ignore_conflicts=True
    )
    found = dict(Label.objects.filter(text__in=missing).values_list("text", "id"))
    # Kept once committed: a batch rolled back takes the labels it made with it.
    transaction.on_commit(lambda: keep_label_ids(found))
    return {**_label_ids, **found}


def keep_label_ids(found):
    if len(_label_ids) + len(found) > MAX_KEPT_LABELS:
        _label_ids.clear()  # the texts still in use are looked up again
    _label_ids.update(found)


def label_text(payload, key):
    return str(payload.get(key) or "")[:300]


def to_hit(payload, labels):
    when = datetime.datetime.fromtimestamp(payload["t"], tz=datetime.UTC)
    seconds = payload.get("es")
    fields = {
        field + "_id": labels.get(label_text(payload, key))
        for key, field in LABELLED.items()
    }
    return Hit(
        id=payload["id"],
        time=when,
        visitor=payload.get("v", 0),
        page_id=payload.get("p"),
        source=payload.get("src", 0),
        device=payload.get("dev", Device.DESKTOP),
        # The beacon takes up to a day; the column holds up to 9 hours.
        engaged_seconds=None if seconds is None else min(seconds, 32767),
        scroll_depth=payload.get("sd"),
        **fields,
    )


@transaction.atomic
def store_batch(payloads):
    """Store the hits not stored yet and mark their days stale, all or nothing;
    returns how many were new."""
    payloads = list({p["id"]: p for p in payloads}.values())
    stored = set(
        Hit.objects.filter(id__in=[p["id"] for p in payloads]).values_list(
            "id", flat=True
        )
    )
    labels = label_ids({label_text(p, key) for p in payloads for key in LABELLED})
    hits = [to_hit(p, labels) for p in payloads if p["id"] not in stored]
    assign_visits(hits)
    Hit.objects.bulk_create(hits, ignore_conflicts=True)
    mark_stale({timezone.localdate(hit.time) for hit in hits})
    return len(hits)


def mark_stale(days):
    """Mark days stale within the caller's transaction.

    An upsert rather than "insert or ignore": it locks an existing mark until
    the batch commits, so a rebuild clearing the mark meanwhile waits for the
    batch and then reads its hits; and a batch meeting a mark being cleared
    waits for that rebuild, then marks the day again.
    """
    if not days:
        return
    DailyRollup.objects.bulk_create(
        # In day order, so that two batches lock the same marks in one order.
        [DailyRollup(day=day, dimension=STALE, key="") for day in sorted(days)],
        update_conflicts=True,
        unique_fields=["dimension", "day", "key"],
        update_fields=["visitors"],
    )


def rebuild_stale_days():
    """Recompute every day marked stale; returns the days rebuilt."""
    days = DailyRollup.objects.filter(dimension=STALE).values_list("day", flat=True)
    return [day for day in sorted(days) if rebuild_rollups(day, only_if_stale=True)]


def assign_visits(hits):
    """A visit is a visitor's hits with less than 30 minutes between them."""
    people = [hit for hit in hits if hit.device != Device.BOT]
    if not people:
        return
    earliest = min(hit.time for hit in people) - VISIT_GAP
    known = defaultdict(list)  # visitor: [(time, session)] in order
    for visitor, when, session in Hit.objects.filter(
        visitor__in={hit.visitor for hit in people},
        time__gte=earliest,
        session__isnull=False,  # bots'
    ).values_list("visitor", "time", "session"):
        known[visitor].append((when, session))
    for entries in known.values():
        entries.sort()
    for hit in sorted(people, key=lambda hit: hit.time):
        entries = known[hit.visitor]
        # The visitor's latest hit at or before this one, if any.
        before = bisect.bisect_right(entries, (hit.time, LAST_SESSION))
        last = entries[before - 1] if before else None
        if last and hit.time - last[0] <= VISIT_GAP:
            hit.session = last[1]
        else:
            hit.session = hit.id
        bisect.insort(entries, (hit.time, hit.session))


def day_bounds(day):
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
    return start, start + datetime.timedelta(days=1)


def lock_day(day):
    """Serialise rebuilds of one day until the transaction ends, so that two of
    them never insert the same rows. SQLite has a single writer already."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_xact_lock(%s, %s)", [LOCK_SPACE, day.toordinal()]
            )


@transaction.atomic
def rebuild_rollups(day, only_if_stale=False):
    """Replace the day's figures with ones computed from its hits; with
    only_if_stale, only if the day is still marked (another drain may have
    rebuilt it meanwhile). Returns whether it did."""
    lock_day(day)
    # Cleared before the hits are read: a batch committing from now on marks
    # the day again (see mark_stale), so no hit is left out for good.
    cleared = raw_delete(DailyRollup.objects.filter(day=day, dimension=STALE))
    if only_if_stale and not cleared:
        return False
    rows = figures_for_day(day)
    raw_delete(DailyRollup.objects.filter(day=day).exclude(dimension=STALE))
    DailyRollup.objects.bulk_create(rows, batch_size=2000)
    return True


def raw_delete(queryset):
    """One DELETE statement; returns how many rows went. QuerySet.delete() would
    select the rows first, because other apps listen to every model's deletes."""
    return queryset._raw_delete(queryset.db)


class EpochMicroseconds(Func):
    """A time as whole microseconds since 1970: far cheaper to load than
    datetimes, and exact. Only the two databases the portal runs on."""

    output_field = BigIntegerField()

    def as_postgresql(self, compiler, connection, **extra):
        template = "(EXTRACT(EPOCH FROM %(expressions)s) * 1000000)::bigint"
        return self.as_sql(compiler, connection, template=template, **extra)

    def as_sqlite(self, compiler, connection, **extra):
        # Stored as UTC text, "YYYY-MM-DD HH:MM:SS" with ".ffffff" unless zero;
        # the fraction is added apart, as SQLite rounds times to milliseconds.
        # "%%%%s" ends up as strftime's "%s", not as a query parameter.
        template = (
            "(CAST(strftime('%%%%s', substr(%(expressions)s, 1, 19)) AS INTEGER)"
            " * 1000000 + CAST(substr(%(expressions)s, 21, 6) AS INTEGER))"
        )
        return self.as_sql(compiler, connection, template=template, **extra)


# What figures_for_day reads of each hit, in this order.
FIGURE_COLUMNS = (
    "visitor",
    "session",
    "page_id",
    "source",
    "device",
    EpochMicroseconds("time"),
    "path_id",
    "event_id",
    "target_id",
    "locale_id",
    "language_id",
    "source_name_id",
    "referrer_id",
    "utm_source_id",
    "utm_medium_id",
    "utm_campaign_id",
    "browser_id",
    "os_id",
)
# Events that say how a visit went or what it was shown, not something the
# visitor did: they do not save a visit from being a bounce.
NOT_ACTIONS = ("engagement", "outbound", "poll_viewed", "questionnaire_viewed")
# Goals: what a visit may end in, counted per source and campaign of the visit.
GOALS = ("feedback_sent", "request_sent", "questionnaire_completed", "poll_voted")


def figures_for_day(day, keep=None):
    """Every rollup row of one day, from its stored hits; with keep(visit, hits),
    from the visits it keeps only (see kept_hits).

    A day may hold hundreds of thousands of hits, so they are read as tuples in
    time order (times in microseconds) and summed under their label ids; ids
    become text only for the few thousand distinct keys at the end.
    """
    start, end = day_bounds(day)
    hits = (
        Hit.objects.filter(time__gte=start, time__lt=end)
        .order_by("time")
        .values_list(*FIGURE_COLUMNS)
        .iterator(chunk_size=10000)
    )
    if keep is not None:
        hits = kept_hits(hits, keep)
    events = dict(
        Label.objects.filter(text__in=NOT_ACTIONS + GOALS).values_list("id", "text")
    )
    table = Rollups(day)
    visits = {}
    for hit in hits:
        visitor, session, page_id, _, device, when, path, event, target = hit[:9]
        if device == Device.BOT:
            table.add("bots", hit[-2], pageviews=1)  # by browser
            continue
        visit = visits.get(session)
        if visit is None:
            # visitor, entry hit, start, end, page views, actions, entry, exit,
            # goals reached
            visit = [visitor, hit, when, when, 0, 0, None, None, []]
            visits[session] = visit
        visit[3] = when
        if event:
            name = events.get(event)
            if name in GOALS:
                visit[8].append(name)
            if name not in NOT_ACTIONS:
                visit[5] += 1
            table.add("event", event, events=1, visitor=visitor)
            if target:
                table.add("event", (event, ":", target), events=1, visitor=visitor)
                if page_id:
                    # Where it happened: the pages a poll was shown on.
                    key = (event, ":", target, ":", str(page_id))
                    table.add("event_page", key, events=1)
        else:
            visit[4] += 1
            if visit[6] is None:
                visit[6] = path
            visit[7] = path
            table.add("page", path, pageviews=1, visitor=visitor)
            table.add("locale", hit[9], pageviews=1, visitor=visitor)
            if page_id:
                table.add("page_id", str(page_id), pageviews=1, visitor=visitor)
    for visit in visits.values():
        visitor, entry, first, last, pageviews, actions, entry_path, exit_path = visit[
            :8
        ]
        source, device, _, _, _, _, _, language, source_name = entry[3:12]
        referrer, utm_source, utm_medium, utm_campaign, browser, os = entry[12:]
        key = source_key(source, source_name)
        campaign = None
        if utm_source or utm_medium or utm_campaign:
            campaign = (utm_source, "|", utm_medium, "|", utm_campaign)
        for goal in visit[8]:
            table.add("goal_source", (goal, "|", key), events=1)
            if campaign:
                table.add("goal_campaign", (goal, "|", *campaign), events=1)
        if not pageviews:
            # Only events, such as the time on a page sent when a tab left open
            # for an hour is closed: no visit, though the events count.
            continue
        measures = (
            1,
            pageviews,
            int(pageviews <= 1 and not actions),
            (last - first) // 1000000,  # whole seconds
        )
        table.add_visit("all", None, visitor, measures)
        table.add_visit("source", key, visitor, measures)
        if referrer and source != Source.INTERNAL:
            table.add_visit("referrer", referrer, visitor, measures)
        if campaign:
            table.add_visit("campaign", campaign, visitor, measures)
        table.add("entry", entry_path, visits=1)
        table.add("exit", exit_path, visits=1)
        table.add_visit("device", str(device), visitor, measures)
        table.add_visit("browser", browser, visitor, measures)
        table.add_visit("os", os, visitor, measures)
        table.add_visit("language", language, visitor, measures)
    return table.rows()


def kept_hits(hits, keep):
    """The hits of the visits that keep(visit, hits) keeps, bots' left out. It is
    given the visit as {"visitor", "entry"} and the visit's hits, each a dict of
    FIGURE_COLUMNS with labels as text ("path", "source_name"...), the first
    being the entry; times are "time" in microseconds."""
    hits = list(hits)
    names = label_names(hits)
    visits = defaultdict(list)
    for hit in hits:
        if hit[4] != Device.BOT:
            visits[hit[1]].append(hit)
    kept = set()
    for session, tuples in visits.items():
        views = [
            dict(zip(HIT_KEYS, hit[:FIRST_LABEL], strict=False))
            | {
                name: names.get(id, "")
                for name, id in zip(LABEL_KEYS, hit[FIRST_LABEL:], strict=True)
            }
            for hit in tuples
        ]
        if keep({"visitor": views[0]["visitor"], "entry": views[0]}, views):
            kept.add(session)
    return [hit for hit in hits if hit[1] in kept]


HIT_KEYS = ("visitor", "session", "page_id", "source", "device", "time")
FIRST_LABEL = len(HIT_KEYS)
LABEL_KEYS = tuple(name.removesuffix("_id") for name in FIGURE_COLUMNS[FIRST_LABEL:])


def label_names(hits):
    """The text of every Label the hits refer to."""
    ids = set()
    for hit in hits:
        ids.update(hit[FIRST_LABEL:])
    return texts_of(ids)


def texts_of(ids):
    """{id: text} of these Label ids (others are ignored)."""
    ids = sorted(id for id in ids if type(id) is int)
    names = {}
    for start in range(0, len(ids), 5000):  # SQLite limits a query's parameters
        chunk = ids[start : start + 5000]
        names.update(Label.objects.filter(id__in=chunk).values_list("id", "text"))
    return names


def source_key(source, name):
    """A visit's source as the reports name it: its name (a label's text, or its
    id until rows() spells it out), else (and always for visits from the site's
    own pages) its kind's number."""
    if source == Source.INTERNAL:
        return str(source)
    return name or str(source)


MEASURES = ("visits", "pageviews", "bounces", "duration", "events")


class Rollups:
    """Sums per (dimension, key), with exact unique visitors.

    A key is a str, a Label id (None for none) or a tuple of both to be joined;
    ids are spelt out only in rows(), once for every distinct one."""

    def __init__(self, day):
        self.day = day
        # (dimension, key): [visits, pageviews, bounces, duration, events]
        self.sums = defaultdict(lambda: [0, 0, 0, 0, 0])
        self.visitors = defaultdict(set)

    def add(self, dimension, key, visitor=None, visits=0, pageviews=0, events=0):
        sums = self.sums[(dimension, key)]
        sums[0] += visits
        sums[1] += pageviews
        sums[4] += events
        if visitor is not None:
            self.visitors[(dimension, key)].add(visitor)

    def add_visit(self, dimension, key, visitor, measures):
        sums = self.sums[(dimension, key)]
        sums[0] += measures[0]
        sums[1] += measures[1]
        sums[2] += measures[2]
        sums[3] += measures[3]
        self.visitors[(dimension, key)].add(visitor)

    def rows(self):
        names = self.label_names()

        def text(key):
            if type(key) is tuple:
                return "".join(text(part) for part in key)
            return key if type(key) is str else names.get(key, "")

        # Keys are cut to the column's length, which may merge two of them.
        sums = defaultdict(lambda: [0, 0, 0, 0, 0])
        visitors = defaultdict(set)
        for (dimension, key), figures in self.sums.items():
            name = text(key)
            if dimension == "bots":
                name = name or "?"  # bots by browser
            merged = sums[(dimension, name[:300])]
            for index, value in enumerate(figures):
                merged[index] += value
            visitors[(dimension, name[:300])] |= self.visitors[(dimension, key)]
        return [
            DailyRollup(
                day=self.day,
                dimension=dimension,
                key=key,
                visitors=len(visitors[(dimension, key)]),
                **dict(zip(MEASURES, figures, strict=True)),
            )
            for (dimension, key), figures in sums.items()
        ]

    def label_names(self):
        ids = set()
        for _, key in self.sums:
            ids.update(key if type(key) is tuple else (key,))
        return texts_of(ids)
