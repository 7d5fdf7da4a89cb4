"""Building customer records from what visitors submit.

Every submission has a source key ("surveys.feedback:12"). aggregate(keys) takes
any number of them at once: it finds or makes each customer, appends the
timeline events, records consents, opens cases, and recomputes the customers'
derived figures, in one transaction, with a handful of queries per batch rather
than per submission. The task after each submission passes one key; the sweep
and the rebuild pass thousands. Processing a key twice changes nothing: events,
consents, cases and the Aggregated mark are unique per source.
"""

import functools
import heapq
import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from django.apps import apps
from django.db import transaction
from django.db.models import CharField, Count, Exists, Max, Min, OuterRef, Q, Value
from django.db.models.functions import Cast, Concat
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from crm import bulk, cases, interests
from crm.matching import Contact, company_key, email_domain
from crm.models import Aggregated, Case, Company, Consent, Customer, TimelineEvent

# Submissions per transaction in sweeps and rebuilds: larger batches spend less
# of their time on each query's fixed cost.
BATCH_SIZE = 5000
Kind = TimelineEvent.Kind
SUBMISSION_KINDS = (Kind.VOTE, Kind.RESPONSE, Kind.FEEDBACK, Kind.REQUEST)


def source_key(obj):
    return f"{obj._meta.label_lower}:{obj.pk}"


@dataclass
class Event:
    kind: str
    at: datetime
    summary: str
    source: str
    detail: str = ""
    url: str = ""
    data: dict = field(default_factory=dict)


@dataclass
class Submission:
    """What aggregation needs of one stored submission."""

    source: str
    contact: Contact
    at: datetime
    events: list
    consent: str = ""  # the wording the visitor agreed to, if any
    case: dict | None = None  # cases.open_cases() fields, if it needs handling


# Texts translated for the batch being loaded: looking up the active language
# for every row costs more than the rest of the row's work.
_texts = {}


def _(message):
    """gettext for aggregation (and makemessages), once per batch."""
    if message not in _texts:
        _texts[message] = gettext(message)
    return _texts[message]


def display(obj, field):
    """obj.get_<field>_display(), translated once per batch."""
    key = (type(obj), field, getattr(obj, field))
    if key not in _texts:
        _texts[key] = str(getattr(obj, f"get_{field}_display")())
    return _texts[key]


# Adapters: one per kind of stored submission, each turning a batch of ids into
# Submissions. They are registered under the model's label.
ADAPTERS = {}


def adapter(label, time_field, related=()):
    def register(function):
        ADAPTERS[label] = (function, related, time_field)
        return function

    return register


PLACEHOLDER_ID = 987654321


@functools.cache
def url_pattern(name):
    """The admin address of an object by id, reversed once (reverse() per row
    costs more than the rest of the row's aggregation)."""
    return reverse(name, args=[PLACEHOLDER_ID]).replace(str(PLACEHOLDER_ID), "{}")


def admin_url(name, obj_id):
    return url_pattern(name).format(obj_id)


@adapter("surveys.feedback", "created_at")
def from_feedback(feedback):
    key = source_key(feedback)
    summary = f"{display(feedback, 'kind')}: {feedback.message[:200]}"
    case = None
    if feedback.kind != "praise":
        case = {
            "kind": feedback.kind,
            "subject": feedback.message[:120],
            "message": feedback.message,
            "channel": feedback.channel,
        }
    return Submission(
        source=key,
        contact=Contact(
            feedback.name,
            feedback.email,
            feedback.phone,
            feedback.company,
            feedback.locale,
        ),
        at=feedback.created_at,
        consent=feedback.consent_text,
        events=[
            Event(
                Kind.FEEDBACK,
                feedback.created_at,
                summary[:300],
                key,
                detail=feedback.message,
                url=admin_url("feedback:inspect", feedback.id),
                data={"feedback": feedback.kind},
            )
        ],
        case=case,
    )


@adapter("surveys.servicerequest", "created_at", related=["request_type"])
def from_service_request(request):
    key = source_key(request)
    summary = f"{request.reference} {request.request_type.name}"
    detail = "\n".join(f"{name}: {value}" for name, value in request.data.items())
    return Submission(
        source=key,
        contact=Contact(
            request.name, request.email, request.phone, request.company, request.locale
        ),
        at=request.created_at,
        consent=request.consent_text,
        events=[
            Event(
                Kind.REQUEST,
                request.created_at,
                summary[:300],
                key,
                detail=detail,
                url=admin_url("servicerequest:edit", request.id),
                data={"request_type": request.request_type_id},
            )
        ],
        case={
            "kind": "request",
            "subject": summary[:300],
            "message": detail,
            "channel": "web",
        },
    )


@adapter("surveys.servicerequestevent", "created_at", related=["request"])
def from_request_status(event):
    request = event.request
    key = source_key(event)
    summary = _("%(reference)s: %(status)s") % {
        "reference": request.reference,
        "status": display(event, "status"),
    }
    return Submission(
        source=key,
        contact=Contact(
            request.name, request.email, request.phone, request.company, request.locale
        ),
        at=event.created_at,
        events=[
            Event(Kind.STATUS, event.created_at, summary[:300], key, detail=event.note)
        ],
    )


# Question types whose answers become derived figures.
SCORES = {"nps": "nps", "rating": "csat"}
_questions = {}


def page_title(page_id):
    """A questionnaire's title, read once per batch (not a page object per row)."""
    key = ("title", page_id)
    if key not in _texts:
        _texts[key] = (
            apps.get_model("wagtailcore", "Page")
            .objects.filter(id=page_id)
            .values_list("title", flat=True)
            .first()
            or ""
        )
    return _texts[key]


def questions_of(page_id):
    """{clean name: (label, type)} of a questionnaire's questions."""
    if page_id not in _questions:
        Question = apps.get_model("surveys", "Question")
        _questions[page_id] = {
            question.clean_name: (question.label, question.field_type)
            for question in Question.objects.filter(page_id=page_id)
        }
    return _questions[page_id]


def score(value, highest):
    try:
        value = int(value)
    except (TypeError, ValueError):
        return None
    return value if 0 <= value <= highest else None


@adapter("surveys.questionnaireresponse", "submit_time", related=["invitation"])
def from_response(response):
    key = source_key(response)
    data, lines = {"page": response.page_id}, []
    answers = response.form_data or {}
    for name, (label, kind) in questions_of(response.page_id).items():
        answer = answers.get(name)
        if answer in (None, "", []):
            continue
        lines.append(
            f"{label}: {', '.join(map(str, answer)) if isinstance(answer, list) else answer}"
        )
        if kind == "nps" and (value := score(answer, 10)) is not None:
            data["nps"] = value
        elif kind == "rating" and (value := score(answer, 5)) is not None:
            data.setdefault("csat", []).append(value)
    invitation = response.invitation
    contact = Contact(
        response.respondent_name or (invitation.name if invitation else ""),
        response.respondent_email or (invitation.email if invitation else ""),
        response.respondent_phone,
        response.respondent_company,
        response.locale,
    )
    title = page_title(response.page_id)
    events = [
        Event(
            Kind.RESPONSE,
            response.submit_time,
            _("Answered “%(title)s”") % {"title": title},
            key,
            detail="\n".join(lines),
            url=admin_url("wagtailforms:list_submissions", response.page_id),
            data=data,
        )
    ]
    if invitation:
        events.append(
            Event(
                Kind.INVITATION_ANSWERED,
                response.submit_time,
                _("Answered the invitation to “%(title)s”") % {"title": title},
                source_key(invitation),
            )
        )
    unhappy = data.get("nps", 10) <= 6 or any(v <= 2 for v in data.get("csat", []))
    case = None
    if unhappy:
        case = {
            "kind": "unhappy",
            "subject": _("Unhappy answer to “%(title)s”") % {"title": title},
            "message": "\n".join(lines),
            "channel": "web",
        }
    return Submission(
        key, contact, response.submit_time, events, response.consent_text, case
    )


@adapter("surveys.invitation", "sent_at")
def from_invitation(invitation):
    key = source_key(invitation)
    return Submission(
        source=key,
        contact=Contact(invitation.name, invitation.email),
        at=invitation.sent_at,
        events=[
            Event(
                Kind.INVITATION_SENT,
                invitation.sent_at,
                _("Invited to answer “%(title)s”")
                % {"title": page_title(invitation.page_id)},
                key,
            )
        ],
    )


@adapter("surveys.pollvote", "created_at", related=["poll", "user"])
def from_vote(vote):
    key = source_key(vote)
    user = vote.user
    return Submission(
        source=key,
        contact=Contact(user.get_full_name(), user.email, locale=vote.locale),
        at=vote.created_at,
        events=[
            Event(
                Kind.VOTE,
                vote.created_at,
                _("Voted in “%(question)s”") % {"question": vote.poll.question},
                key,
                data={"poll": vote.poll_id},
            )
        ],
    )


def pending(label):
    """The stored submissions of this kind not aggregated yet (a queryset)."""
    marked = Aggregated.objects.filter(
        source=Concat(Value(f"{label}:"), Cast(OuterRef("pk"), CharField()))
    )
    return all_stored(label).filter(~Exists(marked))


def all_stored(label):
    """The stored submissions of this kind that tell about a customer: invitations
    once sent, votes of signed-in users."""
    rows = apps.get_model(label).objects.all()
    if label == "surveys.invitation":
        rows = rows.filter(sent_at__isnull=False)
    elif label == "surveys.pollvote":
        rows = rows.filter(user__isnull=False)
    return rows


def stored_in_time_order(label):
    """(time, key) of every stored submission of this kind, oldest first."""
    time_field = ADAPTERS[label][2]
    rows = all_stored(label).order_by(time_field, "pk").values_list(time_field, "pk")
    for at, pk in rows.iterator(chunk_size=5000):
        yield at, f"{label}:{pk}"


def load(keys):
    """Submissions for the keys, oldest first; keys of deleted rows are skipped."""
    _texts.clear()
    ids = defaultdict(list)
    for key in keys:
        label, _sep, pk = key.partition(":")
        if label in ADAPTERS and pk.isdigit():
            ids[label].append(int(pk))
    submissions = []
    for label, pks in ids.items():
        function, related, _time = ADAPTERS[label]
        rows = all_stored(label).filter(pk__any_of=pks).select_related(*related)
        submissions += [function(row) for row in rows]
    submissions.sort(key=lambda submission: submission.at)
    return submissions


def aggregate(keys, derive=True):
    """Take these submissions into the customer records; returns how many were new.
    derive=False leaves the derived figures to the caller (the rebuild does them
    once for everyone at the end)."""
    keys = list(dict.fromkeys(keys))
    with transaction.atomic():
        done = set(
            Aggregated.objects.filter(source__any_of=keys).values_list(
                "source", flat=True
            )
        )
        submissions = load([key for key in keys if key not in done])
        if not submissions:
            return 0
        customers = match_all(submissions)
        touched = {customer["id"] for customer in customers.values() if customer}
        record(submissions, customers)
        if derive:
            recompute(touched)
            interests.refresh(touched)
    return len(submissions)


# What matching reads and may fill in of a customer record.
CONTACT_FIELDS = ("name", "email", "phone", "company_name", "locale", "company_id")


def match_all(submissions):
    """{source: customer or None}, each customer a row {"id": …, contact fields}:
    existing records found by e-mail, then phone; new ones made (once per person,
    however often they appear in the batch)."""
    contacts = [s.contact for s in submissions if s.contact]
    emails = list({c.email for c in contacts if c.email})
    phones = list({c.phone for c in contacts if c.phone})
    fields = ("id", "merged_into_id", *CONTACT_FIELDS)
    known = Customer.objects.filter(erased_at__isnull=True).values(*fields)
    with_email = list(known.filter(email__any_of=emails)) if emails else []
    # Ordered newest first, so the oldest record with a phone wins.
    with_phone = (
        list(known.filter(phone__any_of=phones).order_by("-id")) if phones else []
    )
    # Records merged away still find the person by their old details.
    pointers = {c["merged_into_id"] for c in with_email + with_phone} - {None}
    rows = {c["id"]: c for c in with_email + with_phone}
    if pointers:
        merged = Customer.objects.filter(id__any_of=list(pointers)).values(*fields)
        rows |= {c["id"]: c for c in merged}

    def kept(customer):  # one row per record, whichever way it was found
        return rows[customer["merged_into_id"] or customer["id"]]

    by_email = {c["email"]: kept(c) for c in with_email}
    by_phone = {c["phone"]: kept(c) for c in with_phone}
    companies = companies_for(contacts)
    new, changed, result = [], {}, {}
    for submission in submissions:
        contact = submission.contact
        if not contact:
            result[submission.source] = None
            continue
        customer = by_email.get(contact.email) if contact.email else None
        if customer is None and contact.phone:
            candidate = by_phone.get(contact.phone)
            if candidate and not (contact.email and candidate["email"]):
                customer = candidate
        company = companies.get(company_key(contact.company)) or companies.get(
            email_domain(contact.email)
        )
        given = {
            "name": contact.name,
            "email": contact.email,
            "phone": contact.phone,
            "company_name": contact.company,
            "locale": contact.locale,
            "company_id": company.id if company else None,
        }
        if customer is None:
            customer = {
                **given,
                "first_contact_at": submission.at,
                "last_contact_at": submission.at,
                "created_at": submission.at,
            }
            new.append(customer)
        else:
            for name, value in given.items():
                if value and not customer[name]:
                    customer[name] = value
                    if "id" in customer:
                        changed[customer["id"]] = customer
        if customer["email"]:
            by_email[customer["email"]] = customer
        if customer["phone"]:
            by_phone.setdefault(customer["phone"], customer)
        result[submission.source] = customer
    bulk.insert_new(Customer, new)
    now = timezone.now()
    bulk.update(
        Customer,
        [
            {"id": c["id"], "updated_at": now, **{f: c[f] for f in CONTACT_FIELDS}}
            for c in changed.values()
        ],
    )
    return result


def companies_for(contacts):
    """{company key or e-mail domain: Company}, making the named ones that are new."""
    keys = {}
    for contact in contacts:
        key = company_key(contact.company)
        if key and key not in keys:
            keys[key] = (contact.company, email_domain(contact.email))
    domains = {email_domain(c.email) for c in contacts} - {""}
    found = {c.key: c for c in Company.objects.filter(key__in=keys)} if keys else {}
    missing = [
        Company(name=name, key=key, domain=domain)
        for key, (name, domain) in keys.items()
        if key not in found
    ]
    if missing:
        Company.objects.bulk_create(missing, ignore_conflicts=True)
        found = {c.key: c for c in Company.objects.filter(key__in=keys)}
    if domains:
        for company in Company.objects.filter(domain__in=domains).order_by("-id"):
            found.setdefault(company.domain, company)
    return found


def record(submissions, customers):
    """Timeline events, consents, cases and the Aggregated marks, each unique per
    source so that a second run adds nothing."""
    events, consents, new_cases, marks = [], [], [], []
    for submission in submissions:
        customer = customers[submission.source]
        customer_id = customer["id"] if customer else None
        if customer is not None:
            events += [
                {
                    "customer_id": customer_id,
                    "kind": event.kind,
                    "at": event.at,
                    "summary": event.summary[:300],
                    "detail": event.detail,
                    "source": event.source,
                    "url": event.url,
                    "data": event.data,
                }
                for event in submission.events
            ]
            if submission.consent:
                consents.append(
                    {
                        "customer_id": customer_id,
                        "purpose": Consent.Purpose.PROCESSING,
                        "wording": submission.consent,
                        "how": submission.events[0].summary[:200],
                        "source": submission.source,
                        "at": submission.at,
                    }
                )
        if submission.case:
            new_cases.append(
                {
                    **submission.case,
                    "customer_id": customer_id,
                    "source": submission.source,
                    "opened_at": submission.at,
                }
            )
        marks.append({"source": submission.source, "customer_id": customer_id})
    bulk.insert_rows(TimelineEvent, events)
    bulk.insert_rows(Consent, consents)
    cases.open_cases(new_cases)
    bulk.insert_rows(Aggregated, marks)


def nps_category(value):
    if value >= 9:
        return Customer.NpsCategory.PROMOTER
    if value >= 7:
        return Customer.NpsCategory.PASSIVE
    return Customer.NpsCategory.DETRACTOR


def recompute(customer_ids):
    """Recompute the derived figures of these customers from their timelines,
    cases and consents."""
    customer_ids = sorted(customer_ids)
    for start in range(0, len(customer_ids), BATCH_SIZE):
        recompute_batch(customer_ids[start : start + BATCH_SIZE])


def recompute_batch(ids):
    served = (Kind.REQUEST, Kind.INVITATION_SENT)
    contacts = {
        row["customer_id"]: row
        for row in TimelineEvent.objects.filter(customer_id__any_of=ids)
        .values("customer_id")
        .annotate(
            first=Min("at", filter=Q(kind__in=SUBMISSION_KINDS)),
            last=Max("at", filter=Q(kind__in=SUBMISSION_KINDS)),
            served=Count("id", filter=Q(kind__in=served)),
        )
    }
    # Scores come with questionnaire responses only (from_response).
    nps, csat = {}, defaultdict(list)
    responses = (
        TimelineEvent.objects.filter(customer_id__any_of=ids, kind=Kind.RESPONSE)
        .order_by("at", "id")
        .values_list("customer_id", "at", "data")
    )
    for customer_id, at, data in responses:
        if "nps" in data:
            nps[customer_id] = (data["nps"], at)
        csat[customer_id] += data.get("csat", [])
    complaints = {
        row["customer_id"]: (row["open"], row["done"])
        for row in Case.objects.filter(customer_id__any_of=ids, kind="complaint")
        .values("customer_id")
        .annotate(
            open=Count("id", filter=Q(status__in=Case.OPEN_STATUSES)),
            done=Count("id", filter=~Q(status__in=Case.OPEN_STATUSES)),
        )
    }
    consent = {}
    latest = Consent.objects.filter(customer_id__any_of=ids).order_by("at", "id")
    for customer_id, purpose, given in latest.values_list(
        "customer_id", "purpose", "given"
    ):
        consent[(customer_id, purpose)] = given
    now = timezone.now()
    rows = []
    known = Customer.objects.filter(id__any_of=ids).values_list(
        "id", "first_contact_at", "last_contact_at"
    )
    for customer_id, first, last in known:
        contact = contacts.get(customer_id, {})
        score, score_at = nps.get(customer_id, (None, None))
        ratings = csat.get(customer_id)
        row = {
            "id": customer_id,
            "updated_at": now,
            "nps_score": score,
            "nps_at": score_at,
            "nps_category": nps_category(score) if score is not None else "",
            "csat_average": (Decimal(sum(ratings)) / len(ratings)).quantize(
                Decimal("0.01")
            )
            if ratings
            else None,
            "complaints_open": complaints.get(customer_id, (0, 0))[0],
            "complaints_resolved": complaints.get(customer_id, (0, 0))[1],
            # Records without a submission (typed in by a manager) keep theirs.
            "first_contact_at": contact.get("first") or first,
            "last_contact_at": contact.get("last") or last,
            "consent_processing": consent.get(
                (customer_id, Consent.Purpose.PROCESSING), False
            ),
            "consent_marketing": consent.get(
                (customer_id, Consent.Purpose.MARKETING), False
            ),
        }
        row["lifecycle"] = lifecycle(row, bool(contact.get("served")), now)
        rows.append(row)
    bulk.update(Customer, rows)


AT_RISK_NPS_DAYS = 90


def lifecycle(figures, served, now):
    """At risk: an open complaint, a detractor's NPS in the last 90 days or a CSAT
    average under 3. Customer: has made a service request or was invited as one.
    Otherwise a prospect."""
    recent_detractor = (
        figures["nps_category"] == Customer.NpsCategory.DETRACTOR
        and (now - figures["nps_at"]).days <= AT_RISK_NPS_DAYS
    )
    if (
        figures["complaints_open"]
        or recent_detractor
        or (figures["csat_average"] is not None and figures["csat_average"] < 3)
    ):
        return Customer.Lifecycle.AT_RISK
    if served:
        return Customer.Lifecycle.CUSTOMER
    return Customer.Lifecycle.PROSPECT


# What a batch looks its rows up by, for the planner's statistics.
LOOKUPS = {
    Customer: ["email", "phone", "merged_into", "erased_at"],
    TimelineEvent: ["customer", "kind", "source"],
    Consent: ["customer", "source"],
    Case: ["customer", "kind", "source"],
    Aggregated: ["source", "customer"],
    Company: ["key", "domain"],
}


class Statistics:
    """Analyse the customer tables whenever a long sweep or rebuild has doubled
    what it took: often while they are small, when the planner's picture goes
    wrong fastest, and a handful of times in all."""

    def __init__(self):
        self.analysed_at = 0

    def taken(self, count):
        if count >= 2 * self.analysed_at and count:
            bulk.refresh_statistics(LOOKUPS)
            self.analysed_at = count


def sweep(batch_size=BATCH_SIZE, progress=None):
    """Aggregate every stored submission that never was (a task lost to a broker
    outage or a crashed worker); returns how many were taken."""
    taken, statistics = 0, Statistics()
    for label in ADAPTERS:
        last = 0
        while True:
            pks = list(
                pending(label)
                .filter(pk__gt=last)
                .order_by("pk")
                .values_list("pk", flat=True)[:batch_size]
            )
            if not pks:
                break
            last = pks[-1]
            taken += aggregate(f"{label}:{pk}" for pk in pks)
            statistics.taken(taken)
            if progress:
                progress(taken)
    return taken


def rebuild(batch_size=BATCH_SIZE, progress=None):
    """Recompute every customer record from the stored submissions, in batches
    (constant memory): the marks are cleared, then every submission is taken
    again in the order it was made. Timeline events, cases (with managers' work
    on them) and customers already made are kept and found again."""
    # Erased people stay erased: their submissions are not taken again.
    Aggregated.objects.exclude(customer__erased_at__isnull=False).delete()
    keys = (key for _at, key in heapq.merge(*map(stored_in_time_order, ADAPTERS)))
    taken, statistics = 0, Statistics()
    while batch := list(itertools.islice(keys, batch_size)):
        taken += aggregate(batch, derive=False)
        statistics.taken(taken)
        if progress:
            progress(taken)
    bulk.refresh_statistics(LOOKUPS)
    everyone = list(Customer.objects.values_list("id", flat=True).order_by("id"))
    for start in range(0, len(everyone), BATCH_SIZE):
        with transaction.atomic():
            recompute(everyone[start : start + BATCH_SIZE])
            interests.refresh(everyone[start : start + BATCH_SIZE])
    return taken
