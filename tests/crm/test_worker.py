"""Every kind of submission reaches the customer's timeline through a real Celery
worker on Redis; a task lost with the broker is made up for by the sweep."""

import time
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models.signals import post_save
from django.utils import timezone

import pytest
from celery import Celery

from crm.aggregation import source_key
from crm.models import Aggregated, Customer
from crm.signals import queue_aggregation
from surveys.models import Invitation, PollVote
from tests.conftest import require
from tests.crm import factories
from tests.services import REDIS_URL, Worker, redis_error
from tests.surveys.results_factories import answer

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def stored_while_the_broker_was_down(survey, poll):
    """One submission of every kind, stored with no aggregation queued."""
    post_save.disconnect(queue_aggregation)
    try:
        feedback = factories.feedback(
            "complaint", "Broken hook", email="vera@example.com"
        )
        request = factories.service_request(
            email="vera@example.com", phone="+7 912 111-22-33"
        )
        status = request.change_status("in_progress", note="On it")
        response = answer(survey, nps="9", rating="5")
        response.respondent_email = "VERA@example.com"
        response.save()
        invitation = Invitation.objects.create(
            page=survey,
            email="vera@example.com",
            token="t" * 32,
            sent_at=timezone.now(),
        )
        user = get_user_model().objects.create_user("vera", email="vera@example.com")
        vote = PollVote.objects.create(
            poll=poll, visitor="v" * 32, fingerprint="f" * 32, user=user
        )
    finally:
        post_save.connect(queue_aggregation)
    return [feedback, request, status, response, invitation, vote]


def test_a_real_worker_builds_the_timeline_and_the_sweep_catches_up(survey, poll):
    require("Redis", redis_error())
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()
    submissions = stored_while_the_broker_was_down(survey, poll)
    with Worker(connection.settings_dict) as worker:
        client = Celery(broker=REDIS_URL, set_as_current=False)
        # The first two as their tasks would have been queued (twice: once is
        # kept); the rest were lost with the broker and are left to the sweep.
        for item in submissions[:2] * 2:
            client.send_task("crm.aggregate_submission", args=[source_key(item)])
        client.send_task("crm.sweep_submissions")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and Aggregated.objects.count() < len(
            submissions
        ):
            time.sleep(0.5)
    assert Aggregated.objects.count() == len(submissions), worker.output[-3000:]
    customer = Customer.objects.get()
    kinds = sorted(customer.timeline.values_list("kind", flat=True))
    assert kinds == sorted(
        ["feedback", "request", "status", "response", "invitation_sent", "vote"]
    )
    assert customer.nps_score == 9 and customer.complaints_open == 1
    assert customer.cases.count() == 2  # the complaint and the request
    assert (
        "crm.aggregate_submission" in worker.output
        and "crm.sweep_submissions" in worker.output
    )
