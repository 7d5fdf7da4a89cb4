"""Redis or the broker out of reach fails no visitor's request: the cache acts as
an empty one, what was stored stays stored, and the sweeps do the tasks' work later."""

import logging

from django.core import mail

import pytest
from kombu.exceptions import OperationalError

from crm.aggregation import sweep
from crm.models import Aggregated, TimelineEvent
from crm.tasks import aggregate_submission
from surveys.models import Feedback, ServiceRequest
from surveys.tasks import notify_managers_of_request, sweep_notifications
from tests.surveys.conftest import JSON, SAME_ORIGIN
from tests.surveys.test_forms import quote, send_request  # noqa: F401 (a fixture)


def unreachable(*args, **kwargs):
    raise OperationalError(
        "Error 111 connecting to 127.0.0.1:6379. Connection refused."
    )


def test_feedback_is_stored_and_swept_when_the_broker_is_away(
    client, site_tree, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(aggregate_submission, "delay", unreachable)
    with caplog.at_level(logging.WARNING, logger="portal.celery"):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                "/en/surveys/feedback/",
                {
                    "kind": "complaint",
                    "message": "The hoist was delivered late.",
                    "email": "Anna@Example.com",
                    "consent": "on",
                },
                **SAME_ORIGIN,
                **JSON,
            )
    assert response.status_code == 200
    feedback = Feedback.objects.get()
    assert "left to its sweep" in caplog.text
    assert not Aggregated.objects.exists()

    assert sweep() == 1
    event = TimelineEvent.objects.get(source=f"surveys.feedback:{feedback.id}")
    assert event.customer.email == "anna@example.com"


def test_a_service_request_is_answered_and_its_e_mail_sent_by_the_sweep(
    client,
    quote,  # noqa: F811 (the fixture imported above)
    monkeypatch,
    django_capture_on_commit_callbacks,
):
    monkeypatch.setattr(notify_managers_of_request, "delay", unreachable)
    with django_capture_on_commit_callbacks(execute=True):
        response = send_request(client, quote)
    request = ServiceRequest.objects.get()
    assert response.status_code == 302
    assert response["Location"] == request.get_status_url()
    assert not mail.outbox

    monkeypatch.undo()
    sweep_notifications(older_than_minutes=0)
    assert [m.to for m in mail.outbox] == [
        ["sales@uralkran.example", "chief@uralkran.example"]
    ]


def test_the_cache_acts_as_an_empty_one_while_redis_is_away(caplog):
    from portal.cache import SharedClientRedisCache

    cache = SharedClientRedisCache("redis://127.0.0.1:1/0", {})  # nothing listens
    with caplog.at_level(logging.WARNING, logger="portal.cache"):
        assert cache.get("page", "missed") == "missed"
        assert cache.get_many(["a", "b"]) == {}
        assert cache.add("rate", 1) is False
        cache.set("page", "html")
        cache.set_many({"a": 1})
        cache.delete("page")
        cache.delete_many(["a", "b"])
    assert "Redis unreachable" in caplog.text
    with pytest.raises(ValueError):
        cache.incr("rate")
