"""A visitor reads, votes, writes and sends a request; afterwards their address,
e-mail and phone are in no log line and nowhere in analytics, and the address
and browser string are stored nowhere at all. E-mails and phones legitimately
live in the survey submissions and the customer records."""

import ipaddress
import logging
from urllib.parse import quote

from django.apps import apps
from django.db import connection
from django.test import Client

import pytest
import redis

from analytics import buffer
from analytics.drain import drain
from analytics.models import DailyRollup, Hit, PendingHit
from crm.models import Customer
from crm.tasks import sweep_submissions
from surveys.models import Feedback, PollVote, RequestType, ServiceRequest
from tests.conftest import require
from tests.services import REDIS_URL, redis_error

pytestmark = pytest.mark.django_db

IP = "203.0.113.77"
AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0 "
    "PrivacyProbe/7"
)
EMAIL = "Anna.Petrova@Example.com"
PHONE = "+7 (912) 345-67-89"

ADDRESS_FORMS = [IP, str(int(ipaddress.ip_address(IP)))]
AGENT_FORMS = [AGENT, "PrivacyProbe"]
EMAIL_FORMS = [EMAIL, EMAIL.lower()]
PHONE_FORMS = [PHONE, "79123456789", "345-67-89"]
PERSONAL = ADDRESS_FORMS + AGENT_FORMS + EMAIL_FORMS + PHONE_FORMS

# Attributes every log record has; anything else was passed in `extra`.
RECORD_ATTRIBUTES = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


@pytest.fixture
def every_log_record(caplog):
    """DEBUG records of every logger, including those that do not propagate."""
    quiet = [
        logger
        for logger in logging.root.manager.loggerDict.values()
        if isinstance(logger, logging.Logger) and not logger.propagate
    ]
    for logger in quiet:
        logger.addHandler(caplog.handler)
    caplog.set_level(logging.DEBUG)
    yield caplog
    for logger in quiet:
        logger.removeHandler(caplog.handler)


def record_text(record):
    text = logging.Formatter().format(record)
    extra = [
        repr(value)
        for name, value in vars(record).items()
        if name not in RECORD_ATTRIBUTES
    ]
    return " ".join([text, *extra])


@pytest.fixture(params=["database buffer", "redis buffer"])
def hit_buffer(request, settings):
    """Where collected hits wait: the table (embedded default) or Redis."""
    if request.param == "database buffer":
        yield None
        return
    require("Redis", redis_error())
    settings.REDIS_URL = REDIS_URL
    buffer._client = None
    client = redis.Redis.from_url(REDIS_URL)
    client.delete(buffer.QUEUE_KEY)
    yield client
    client.delete(buffer.QUEUE_KEY)
    buffer._client = None


def redis_contents(client):
    """Every key and value in the test Redis database, as text."""
    read = {
        b"string": client.get,
        b"list": lambda key: client.lrange(key, 0, -1),
        b"hash": client.hgetall,
        b"set": client.smembers,
        b"zset": lambda key: client.zrange(key, 0, -1),
    }
    return "\n".join(
        f"{key!r} {read.get(client.type(key), lambda key: b'')(key)!r}"
        for key in client.scan_iter()
    )


def rows_of(models):
    """Every stored row of these models' tables, as the database holds it."""
    tables = {
        model._meta.db_table
        for model in models
        if model._meta.managed and not model._meta.proxy
    }
    with connection.cursor() as cursor:
        for table in sorted(tables):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            for row in cursor.fetchall():
                yield table, repr(row)


def found(text, forms):
    return [form for form in forms if form in text]


def run_visit(site_tree, article_with_poll, poll, settings, capture):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    settings.SURVEYS_MIN_FILL_SECONDS = 0
    request_type = RequestType.objects.create(name="Order a callback")
    visitor = Client(
        REMOTE_ADDR="10.0.0.2",  # the front proxy
        HTTP_X_FORWARDED_FOR=IP,
        HTTP_USER_AGENT=AGENT,
        HTTP_ACCEPT_LANGUAGE="ru,en;q=0.8",
    )
    form = {"HTTP_ORIGIN": "http://testserver"}
    article = article_with_poll
    with capture(execute=True):
        # From a link in a webmail message, whose address carries the e-mail.
        webmail = f"https://mail.example.net/inbox?from={EMAIL}&phone={PHONE}"
        assert visitor.get("/en/", HTTP_REFERER=webmail).status_code == 200
        # From a mailing whose links carry the recipient's address.
        mailing = f"?utm_source=newsletter&utm_medium=email&utm_content={quote(EMAIL)}"
        assert visitor.get(article.url + mailing).status_code == 200
        page = f"http://testserver{article.url}"
        event = {"n": "engagement", "u": page, "p": article.id, "es": 40, "sd": 90}
        response = visitor.post("/analytics/event/", event, "application/json")
        assert response.status_code == 202
        response = visitor.post(
            f"/en/surveys/polls/{poll.id}/vote/",
            {"choice": poll.choices.first().id, "page": article.id},
            HTTP_REFERER=page,
            **form,
        )
        assert response.status_code == 302
        contact = {"name": "Anna Petrova", "email": EMAIL, "phone": PHONE}
        response = visitor.post(
            "/en/surveys/feedback/",
            {"kind": "complaint", "message": "Late.", "consent": "on", **contact},
            HTTP_REFERER=page,
            **form,
        )
        assert response.status_code == 302
        response = visitor.post(
            f"/en/surveys/requests/{request_type.id}/",
            {"consent": "on", **contact},
            **form,
        )
        assert response.status_code == 302
        assert visitor.get(response["Location"]).status_code == 200
    # What the worker would do next: store the hits, build the customer records.
    with capture(execute=True):
        sweep_submissions.delay()
    assert PollVote.objects.count() == 1
    assert Feedback.objects.get().email == EMAIL
    assert ServiceRequest.objects.get().phone == PHONE
    assert Customer.objects.filter(email=EMAIL.lower()).exists()


def test_no_personal_data_in_logs_or_analytics(
    site_tree,
    article_with_poll,
    poll,
    settings,
    hit_buffer,
    every_log_record,
    django_capture_on_commit_callbacks,
):
    run_visit(
        site_tree, article_with_poll, poll, settings, django_capture_on_commit_callbacks
    )

    analytics = list(apps.get_app_config("analytics").get_models())
    # What waits to be drained: in Redis, or in the database's pending hits.
    if hit_buffer is not None:
        assert hit_buffer.llen(buffer.QUEUE_KEY) >= 5
        assert found(redis_contents(hit_buffer), PERSONAL) == []
    else:
        assert PendingHit.objects.count() >= 5
    assert leaks_in(rows_of(analytics), PERSONAL) == []

    with django_capture_on_commit_callbacks(execute=True):
        assert drain() >= 5
    assert Hit.objects.filter(event__isnull=True).count() == 2
    assert Hit.objects.filter(utm_source__text="newsletter").exists()
    assert DailyRollup.objects.exists()
    stored = list(rows_of(analytics))
    assert {"analytics_hit", "analytics_label", "analytics_dailyrollup"} <= {
        table for table, _row in stored
    }
    assert leaks_in(stored, PERSONAL) == []
    if hit_buffer is not None:
        assert found(redis_contents(hit_buffer), PERSONAL) == []

    records = every_log_record.records
    assert records, "nothing was logged: the capture is not working"
    logged = [(record.name, record_text(record)) for record in records]
    assert leaks_in(logged, PERSONAL) == []

    # Nor is the address or the browser string kept anywhere else.
    everything = apps.get_models(include_auto_created=True)
    assert leaks_in(rows_of(everything), [*ADDRESS_FORMS[:1], *AGENT_FORMS]) == []


def leaks_in(rows, forms):
    """[(where, what was found)] for the rows that contain any of the forms."""
    return [(where, found(text, forms)) for where, text in rows if found(text, forms)]
