"""What a customer reads and where they came from, taken from the analytics visit
in which they sent something; for customers who consented to processing only.

Surveys records an analytics event when a submission is stored ("feedback_sent",
"request_sent", "questionnaire_completed"). For each of a customer's submissions
the event hit of the same kind within 30 seconds is looked for (on the same page
and about the same thing when known, else the nearest); the page views of that
visit before it give the topics of the news they read, and the visit's first hit
its source. Analytics keeps raw hits for ANALYTICS_RAW_DAYS only: older
submissions tell nothing, and a customer's interests are those last seen.
"""

import datetime
from collections import Counter, defaultdict

from django.apps import apps
from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from celery import shared_task

from crm import bulk
from crm.models import Customer, TimelineEvent

Kind = TimelineEvent.Kind
EVENTS = {
    Kind.FEEDBACK: "feedback_sent",
    Kind.REQUEST: "request_sent",
    Kind.RESPONSE: "questionnaire_completed",
}
WINDOW = datetime.timedelta(seconds=30)
# How far back a visit's page views are looked for: a bound for the time index,
# longer than any visit (30 minutes between hits) that ends in a submission.
LONGEST_VISIT = datetime.timedelta(hours=12)
MAX_INTERESTS = 10
RANGES_PER_QUERY = 100


def analytics_models():
    if not apps.is_installed("analytics"):
        return None
    return apps.get_model("analytics", "Hit"), apps.get_model("analytics", "Label")


def interests_for(customer_ids):
    """{customer id: {"interests": [topic names, most read first, at most 10],
    "source": first referrer or campaign, or ""}} of the customers among these
    who consented to processing and whose submissions were found in analytics.
    Others are left out; {} when analytics has no hits."""
    models = analytics_models()
    if models is None:
        return {}
    Hit, Label = models
    if not Hit.objects.exists():
        return {}
    kept_since = timezone.now() - datetime.timedelta(
        days=getattr(settings, "ANALYTICS_RAW_DAYS", 90) + 1
    )
    submissions = list(
        TimelineEvent.objects.filter(
            customer_id__in=list(customer_ids),
            customer__consent_processing=True,
            customer__erased_at__isnull=True,
            kind__in=list(EVENTS),
            at__gte=kept_since,
        )
        .order_by("at", "id")
        .values_list("customer_id", "kind", "at", "data", "source")
    )
    if not submissions:
        return {}
    labels = label_ids(Label, submissions)
    pages = submission_pages(submissions)
    matches = match_hits(Hit, labels, submissions, pages)
    if not matches:
        return {}
    return describe(Hit, Label, matches)


def expected_target(kind, data):
    """What surveys records as the event's target for this submission."""
    value = {
        Kind.FEEDBACK: data.get("feedback"),
        Kind.REQUEST: data.get("request_type"),
        Kind.RESPONSE: data.get("page"),
    }[kind]
    return "" if value is None else str(value)


def label_ids(Label, submissions):
    """{text: Label id} of the event names and targets to look for."""
    texts = set(EVENTS.values())
    texts |= {expected_target(kind, data) for _c, kind, _at, data, _s in submissions}
    texts.discard("")
    return dict(Label.objects.filter(text__in=texts).values_list("text", "id"))


def submission_pages(submissions):
    """{source key: page id} of the pages the submissions were sent from, where
    the event recorded one: feedback's page, a questionnaire's own page."""
    pages, feedback_ids = {}, {}
    for _customer, kind, _at, data, source in submissions:
        if kind == Kind.RESPONSE and data.get("page"):
            pages[source] = data["page"]
        elif kind == Kind.FEEDBACK and source.startswith("surveys.feedback:"):
            pk = source.partition(":")[2]
            if pk.isdigit():
                feedback_ids[int(pk)] = source
    if feedback_ids:
        Feedback = apps.get_model("surveys", "Feedback")
        for pk, page_id in Feedback.objects.filter(
            id__in=feedback_ids, page_id__isnull=False
        ).values_list("id", "page_id"):
            pages[feedback_ids[pk]] = page_id
    return pages


def time_ranges(moments, before, after, gap=datetime.timedelta(hours=1)):
    """The periods from `before` each moment to `after` it, as few (start, end)
    ranges as possible: those less than `gap` apart share one."""
    ranges = []
    for moment in sorted(moments):
        start, end = moment - before, moment + after
        if ranges and start - ranges[-1][1] <= gap:
            ranges[-1][1] = max(ranges[-1][1], end)
        else:
            ranges.append([start, end])
    return ranges


def in_ranges(ranges):
    """Querysets' filters for these time ranges, a few ranges at a time."""
    for start in range(0, len(ranges), RANGES_PER_QUERY):
        query = Q()
        for low, high in ranges[start : start + RANGES_PER_QUERY]:
            query |= Q(time__range=(low, high))
        yield query


def match_hits(Hit, labels, submissions, pages):
    """[(customer id, event hit time, session)] of the submissions found."""
    event_ids = {labels[name] for name in EVENTS.values() if name in labels}
    if not event_ids:
        return []
    candidates = defaultdict(
        list
    )  # event label id: [(time, id, page, target, session)]
    for query in in_ranges(time_ranges([s[2] for s in submissions], WINDOW, WINDOW)):
        rows = Hit.objects.filter(query, event_id__in=event_ids).values_list(
            "event_id", "time", "id", "page_id", "target_id", "session"
        )
        for event_id, *hit in rows:
            candidates[event_id].append(tuple(hit))
    used, matches = set(), []
    for customer_id, kind, at, data, source in submissions:
        event_id = labels.get(EVENTS[kind])
        near = [
            hit
            for hit in candidates.get(event_id, ())
            if abs(hit[0] - at) <= WINDOW and hit[1] not in used and hit[4]
        ]
        page = pages.get(source)
        if page is not None and any(hit[2] == page for hit in near):
            near = [hit for hit in near if hit[2] == page]
        target = labels.get(expected_target(kind, data))
        if not near:
            continue
        best = min(near, key=lambda hit: (hit[3] != target, abs(hit[0] - at)))
        used.add(best[1])
        matches.append((customer_id, best[0], best[4]))
    return matches


def describe(Hit, Label, matches):
    """Topics read before each submission in its visit, and the source of the
    customer's earliest visit."""
    sessions = {session for _c, _t, session in matches}
    ranges = time_ranges(
        [t for _c, t, _s in matches], LONGEST_VISIT, datetime.timedelta(0)
    )
    views = defaultdict(list)  # session: [(time, id, page id)]
    first = {}  # session: (time, source, source name id, referrer id, campaign id)
    for query in in_ranges(ranges):
        rows = Hit.objects.filter(query, session__in=sessions).values_list(
            "session",
            "time",
            "id",
            "page_id",
            "event_id",
            "source",
            "source_name_id",
            "referrer_id",
            "utm_campaign_id",
        )
        for session, time, pk, page_id, event_id, *origin in rows:
            if event_id is None and page_id is not None:
                views[session].append((time, pk, page_id))
            if session not in first or time < first[session][0]:
                first[session] = (time, *origin)

    read = defaultdict(dict)  # customer: {page view id: page id}
    earliest = {}  # customer: (time, session)
    for customer_id, time, session in matches:
        for view_time, pk, page_id in views.get(session, ()):
            if view_time <= time:
                read[customer_id][pk] = page_id
        if customer_id not in earliest or time < earliest[customer_id][0]:
            earliest[customer_id] = (time, session)

    topics = topics_of({p for pages in read.values() for p in pages.values()})
    names = label_texts(Label, [origin[2:] for origin in first.values()])
    result = {}
    for customer_id, (_time, session) in earliest.items():
        counts = Counter(
            topics[page_id]
            for page_id in read[customer_id].values()
            if page_id in topics
        )
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        result[customer_id] = {
            "interests": [name for name, _count in ranked[:MAX_INTERESTS]],
            "source": source_text(first.get(session), names),
        }
    return result


def topics_of(page_ids):
    """{page id: topic name} of the news articles among these pages, by the page
    type analytics counts as articles (ANALYTICS_ARTICLE_MODEL)."""
    if not page_ids:
        return {}
    model = apps.get_model(settings.ANALYTICS_ARTICLE_MODEL)
    if not any(field.name == "topic" for field in model._meta.get_fields()):
        return {}
    return {
        article.id: str(article.topic)
        for article in model.objects.filter(
            id__in=page_ids, topic__isnull=False
        ).select_related("topic")
    }


def label_texts(Label, id_groups):
    ids = {pk for group in id_groups for pk in group if pk}
    return dict(Label.objects.filter(id__in=ids).values_list("id", "text"))


def source_text(origin, names):
    """A campaign when the visit came from one, else the site it came from
    (a search engine, a social network, another site); "" when direct."""
    if origin is None:
        return ""
    _time, _source, name_id, referrer_id, campaign_id = origin
    return names.get(campaign_id) or names.get(name_id) or names.get(referrer_id) or ""


def refresh(customer_ids):
    """Store the interests of these customers, and their source when they have
    none yet; those without consent to processing keep no interests."""
    customer_ids = list(customer_ids)
    found = interests_for(customer_ids)
    # Only those with something found, or with interests to clear.
    customers = list(
        Customer.objects.filter(id__any_of=customer_ids)
        .filter(
            Q(id__any_of=list(found)) | (Q(consent_processing=False) & ~Q(interests=[]))
        )
        .only("id", "interests", "source", "consent_processing")
    )
    changed = []
    for customer in customers:
        figures = found.get(customer.id)
        interests, source = customer.interests, customer.source
        if not customer.consent_processing:
            interests = []
        elif figures:
            interests = figures["interests"] or interests
            source = source or figures["source"][:200]
        if (interests, source) != (customer.interests, customer.source):
            customer.interests, customer.source = interests, source
            changed.append(customer)
    bulk.update(
        Customer,
        [{"id": c.id, "interests": c.interests, "source": c.source} for c in changed],
    )
    return len(changed)


@shared_task(name="crm.refresh_interests")
def refresh_interests(customer_ids):
    """Recompute the interests (and first source) of these customers."""
    return refresh(customer_ids)
