"""The read-only JSON API other systems (the ERP, partners) read customer records
through: a bearer token per system, limited to its scopes. The reports scope
gives aggregated figures only, never a name, an address or a number.
docs/api.md describes it for the developers who call it."""

import datetime
import functools
from urllib.parse import urlencode

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.http import JsonResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from crm.matching import normalise_email
from crm.models import ApiToken, Case, Customer, TimelineEvent, hash_token
from surveys import results
from surveys.models import ServiceRequest

PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
# A token read many times a second writes its last use once a minute at most.
LAST_USED_EVERY = datetime.timedelta(minutes=1)
REPORT_MONTHS = 12
MAX_REPORT_MONTHS = 60
Scope = ApiToken.Scope


class ApiError(Exception):
    def __init__(self, status, message, **extra):
        super().__init__(message)
        self.status, self.message, self.extra = status, message, extra


def error_response(status, message, **extra):
    response = JsonResponse({"error": str(message), **extra}, status=status)
    if status == 401:
        response["WWW-Authenticate"] = 'Bearer realm="crm"'
    return response


def authenticate(request):
    """The live token the request's Authorization header carries."""
    scheme, _sep, key = request.headers.get("Authorization", "").partition(" ")
    key = key.strip()
    if scheme.lower() not in ("bearer", "token") or not key:
        raise ApiError(
            401, _("Authentication required: send “Authorization: Bearer <key>”.")
        )
    token = ApiToken.objects.filter(
        key_hash=hash_token(key), revoked_at__isnull=True
    ).first()
    if token is None:
        raise ApiError(401, _("The token is not valid or has been revoked."))
    now = timezone.now()
    if token.last_used_at is None or token.last_used_at <= now - LAST_USED_EVERY:
        # Conditional, so that concurrent requests write it once.
        ApiToken.objects.filter(pk=token.pk).filter(
            Q(last_used_at__isnull=True) | Q(last_used_at__lte=now - LAST_USED_EVERY)
        ).update(last_used_at=now)
    return token


def endpoint(scope):
    """A GET-only view for tokens with this scope; the view returns what is sent
    as JSON or raises ApiError."""

    def decorate(view):
        @csrf_exempt  # never changes anything; other methods get a 405 below
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            try:
                response = JsonResponse(call(view, scope, request, *args, **kwargs))
            except ApiError as problem:
                response = error_response(
                    problem.status, problem.message, **problem.extra
                )
                if problem.status == 405:
                    response["Allow"] = "GET, HEAD"
            return finish(request, response)

        return wrapper

    return decorate


def finish(request, response):
    # Personal data for this token only: never in the shared page cache (which
    # keys on the URL alone) nor in any proxy's.
    response["Cache-Control"] = "private, no-store"
    patch_vary_headers(response, ["Authorization"])
    if response.status_code == 404:
        # LocaleMiddleware turns a 404 outside i18n_patterns into a redirect to
        # the /en/ page of that path when Wagtail's catch-all would serve it; a
        # URLconf without language prefixes tells it not to.
        request.urlconf = "crm.api_urls"
    return response


@csrf_exempt
def not_found(request, path=""):
    """Any other address under the API: a JSON 404, not the site's page."""
    return finish(request, error_response(404, _("There is no such API address.")))


def call(view, scope, request, *args, **kwargs):
    if request.method not in ("GET", "HEAD"):
        raise ApiError(405, _("Only GET is allowed: the API is read-only."))
    token = authenticate(request)
    if scope not in token.scopes:
        raise ApiError(
            403,
            _("This token does not have the “%(scope)s” scope.") % {"scope": scope},
        )
    return view(request, *args, **kwargs)


# Query parameters: each bad value is a 400 with a message, never a 500.


def positive_int(request, name, default, highest=None):
    value = request.GET.get(name, "")
    if value == "":
        return default
    if not (value.isascii() and value.isdigit()) or int(value) < 1:
        raise ApiError(
            400, _("“%(name)s” must be a positive whole number.") % {"name": name}
        )
    number = int(value)
    if highest is not None and number > highest:
        raise ApiError(
            400,
            _("“%(name)s” must be at most %(highest)s.")
            % {"name": name, "highest": highest},
        )
    return number


def moment(request, name):
    """An ISO 8601 date or date-time parameter, as an aware date-time, or None."""
    value = request.GET.get(name, "").strip()
    if not value:
        return None
    try:
        # A "+" in an offset arrives as a space when the caller did not encode it.
        when = parse_datetime(value.replace(" ", "+")) if "T" in value else None
        if when is None:
            day = parse_date(value)
            if day is not None:
                when = datetime.datetime.combine(day, datetime.time.min)
    except ValueError:
        when = None
    if when is None:
        raise ApiError(
            400,
            _("“%(name)s” must be an ISO 8601 date or date-time, such as %(example)s.")
            % {"name": name, "example": "2025-01-31T09:00:00+03:00"},
        )
    if timezone.is_naive(when):
        when = timezone.make_aware(when)
    return when


def choice(request, name, choices):
    value = request.GET.get(name, "")
    if value and value not in choices.values:
        raise ApiError(
            400,
            _("“%(name)s” must be one of: %(values)s.")
            % {"name": name, "values": ", ".join(choices.values)},
        )
    return value


def paginate(request, queryset, serialize):
    """A page of results with the total count and links to the pages around it."""
    number = positive_int(request, "page", 1)
    size = positive_int(request, "page_size", PAGE_SIZE, MAX_PAGE_SIZE)
    count = queryset.count()
    start = (number - 1) * size
    if start and start >= count:
        raise ApiError(404, _("There is no page %(page)s.") % {"page": number})
    rows = list(queryset[start : start + size])

    def link(page):
        query = request.GET.copy()
        query["page"] = page
        return request.build_absolute_uri(f"{request.path}?{urlencode(query)}")

    return {
        "count": count,
        "next": link(number + 1) if start + size < count else None,
        "previous": link(number - 1) if number > 1 else None,
        "results": [serialize(row) for row in rows],
    }


def iso(value):
    return value.isoformat() if value else None


# Customers


def live_customers():
    """Records still in use: not merged into another, not erased."""
    return Customer.objects.filter(merged_into__isnull=True, erased_at__isnull=True)


def customer_json(customer):
    company = customer.company
    return {
        "id": customer.id,
        "url": reverse("crm_api:customer", args=[customer.id]),
        "name": customer.name,
        "email": customer.email,
        "phone": customer.phone,
        "company": {"id": company.id, "name": company.name} if company else None,
        "company_name": customer.company_name,
        "locale": customer.locale,
        "source": customer.source,
        "lifecycle": customer.lifecycle,
        "nps_score": customer.nps_score,
        "nps_category": customer.nps_category or None,
        "nps_at": iso(customer.nps_at),
        "csat_average": (
            float(customer.csat_average) if customer.csat_average is not None else None
        ),
        "complaints_open": customer.complaints_open,
        "complaints_resolved": customer.complaints_resolved,
        "interests": customer.interests,
        "consent_processing": customer.consent_processing,
        "consent_marketing": customer.consent_marketing,
        "first_contact_at": iso(customer.first_contact_at),
        "last_contact_at": iso(customer.last_contact_at),
        "created_at": iso(customer.created_at),
        "updated_at": iso(customer.updated_at),
    }


@endpoint(Scope.CUSTOMERS)
def customers(request):
    rows = live_customers().select_related("company").order_by("id")
    if since := moment(request, "updated_since"):
        # The aggregation recomputes derived figures in bulk, which leaves
        # updated_at alone; the timeline event behind each recompute says when.
        touched = TimelineEvent.objects.filter(at__gte=since).values("customer_id")
        rows = rows.filter(Q(updated_at__gte=since) | Q(id__in=touched))
    if "email" in request.GET:
        email = normalise_email(request.GET["email"])
        if not email:
            raise ApiError(400, _("“email” must be an e-mail address."))
        rows = rows.filter(email=email)
    if lifecycle := choice(request, "lifecycle", Customer.Lifecycle):
        rows = rows.filter(lifecycle=lifecycle)
    return paginate(request, rows, customer_json)


def get_customer(customer_id):
    customer = (
        Customer.objects.select_related("company")
        .filter(id=customer_id, erased_at__isnull=True)
        .first()
    )
    if customer is None:
        raise ApiError(404, _("There is no customer %(id)s.") % {"id": customer_id})
    if customer.merged_into_id:
        # The caller's stored id leads on to the record that absorbed it.
        raise ApiError(
            404,
            _("Customer %(id)s was merged into customer %(into)s.")
            % {"id": customer_id, "into": customer.merged_into_id},
            merged_into=customer.merged_into_id,
        )
    return customer


@endpoint(Scope.CUSTOMERS)
def customer(request, customer_id):
    return customer_json(get_customer(customer_id))


def event_json(event):
    return {
        "id": event.id,
        "kind": event.kind,
        "at": iso(event.at),
        "summary": event.summary,
        "detail": event.detail,
        "data": event.data,
    }


@endpoint(Scope.TIMELINE)
def timeline(request, customer_id):
    events = get_customer(customer_id).timeline.order_by("-at", "-id")
    if kind := choice(request, "kind", TimelineEvent.Kind):
        events = events.filter(kind=kind)
    if since := moment(request, "since"):
        events = events.filter(at__gte=since)
    return paginate(request, events, event_json)


# Cases


def case_json(case):
    return {
        "id": case.id,
        "url": reverse("crm_api:case", args=[case.id]),
        "customer": case.customer_id,
        "kind": case.kind,
        "status": case.status,
        "channel": case.channel,
        "subject": case.subject,
        "message": case.message,
        "opened_at": iso(case.opened_at),
        "due_at": iso(case.due_at),
        "resolved_at": iso(case.resolved_at),
        "closed_at": iso(case.closed_at),
        "is_overdue": case.is_overdue,
    }


@endpoint(Scope.CASES)
def cases(request):
    rows = Case.objects.order_by("id")
    if status := choice(request, "status", Case.Status):
        rows = rows.filter(status=status)
    if kind := choice(request, "kind", Case.Kind):
        rows = rows.filter(kind=kind)
    if since := moment(request, "updated_since"):
        # A case has no modification time of its own: it changed when it was
        # opened, resolved, closed or noted on (status changes leave a note).
        changed = Case.objects.filter(
            Q(opened_at__gte=since)
            | Q(resolved_at__gte=since)
            | Q(closed_at__gte=since)
            | Q(notes__created_at__gte=since)
        )
        rows = rows.filter(id__in=changed.values("id"))
    return paginate(request, rows, case_json)


@endpoint(Scope.CASES)
def case(request, case_id):
    found = Case.objects.filter(id=case_id).first()
    if found is None:
        raise ApiError(404, _("There is no case %(id)s.") % {"id": case_id})
    return case_json(found)


# Aggregated reports: counts and shares only, so that a token with nothing but
# this scope can be given to whoever needs the figures.


def month_starts(months, today):
    first = today.replace(day=1)
    starts = []
    for _step in range(months):
        starts.append(first)
        first = (first - datetime.timedelta(days=1)).replace(day=1)
    return starts[::-1]


def by_month(queryset, field, since):
    rows = (
        queryset.filter(**{f"{field}__gte": since})
        .annotate(month=TruncMonth(field))
        .values("month")
        .annotate(n=Count("id"))
    )
    return {row["month"].strftime("%Y-%m"): row["n"] for row in rows}


def csat_share():
    """The share of 1–5 ratings that are 4 or 5, over every rating recorded."""
    ratings = []
    rows = TimelineEvent.objects.filter(data__has_key="csat").values_list(
        "data", flat=True
    )
    for data in rows.iterator(chunk_size=5000):
        ratings += [v for v in data.get("csat", []) if isinstance(v, int)]
    satisfied = sum(1 for value in ratings if value >= 4)
    return {
        **results.sample(len(ratings)),
        "satisfied": satisfied,
        "share_satisfied": results.percent(satisfied, len(ratings))
        if ratings
        else None,
    }


@endpoint(Scope.REPORTS)
def reports(request):
    months = positive_int(request, "months", REPORT_MONTHS, MAX_REPORT_MONTHS)
    today = timezone.localdate()
    starts = month_starts(months, today)
    since = timezone.make_aware(datetime.datetime.combine(starts[0], datetime.time.min))
    live = live_customers()
    lifecycle = dict(live.values_list("lifecycle").annotate(n=Count("id")).order_by())
    complaints = Case.objects.filter(kind=Case.Kind.COMPLAINT)
    opened = by_month(complaints, "opened_at", since)
    resolved = by_month(complaints, "resolved_at", since)
    requests = (
        ServiceRequest.objects.filter(created_at__gte=since)
        .values("request_type__name")
        .annotate(n=Count("id"))
        .order_by("-n", "request_type__name")
    )
    nps = results.nps(
        list(live.filter(nps_score__isnull=False).values_list("nps_score", flat=True))
    )
    return {
        "generated_at": iso(timezone.now()),
        "period": {"from": starts[0].isoformat(), "to": today.isoformat()},
        "customers": {
            "total": sum(lifecycle.values()),
            "by_lifecycle": {
                stage: lifecycle.get(stage, 0) for stage in Customer.Lifecycle.values
            },
        },
        # The latest answer of each customer who has given one.
        "nps": {
            key: nps[key]
            for key in (
                "n",
                "low_sample",
                "score",
                "margin",
                "promoters",
                "passives",
                "detractors",
            )
        },
        "csat": csat_share(),
        "complaints_by_month": [
            {
                "month": f"{start:%Y-%m}",
                "opened": opened.get(f"{start:%Y-%m}", 0),
                "resolved": resolved.get(f"{start:%Y-%m}", 0),
            }
            for start in starts
        ],
        "requests_by_type": [
            {"type": row["request_type__name"], "count": row["n"]} for row in requests
        ],
    }
