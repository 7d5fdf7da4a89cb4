"""Votes that arrive at the same moment, on PostgreSQL: every accepted vote is
stored and counted once, and a visitor's duplicates lose the race cleanly."""

import threading
from concurrent.futures import ThreadPoolExecutor

from django.db import connection
from django.test import Client

import pytest

from surveys.models import PollTally, PollVote
from tests.surveys.conftest import JSON, SAME_ORIGIN

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_many_visitors_voting_at_once_lose_no_count(make_poll, settings):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: SQLite serialises every write")
    settings.SURVEYS_MIN_FILL_SECONDS = 0
    poll = make_poll()
    choices = list(poll.choices.all())
    # 30 different visitors, and one visitor trying 10 times at once.
    visitors = [(f"10.9.0.{n}", choices[n % 3].id) for n in range(30)] + [
        ("10.9.1.1", choices[0].id)
    ] * 10
    barrier = threading.Barrier(len(visitors))

    def cast(visitor):
        ip, choice_id = visitor
        client = Client(REMOTE_ADDR=ip, HTTP_USER_AGENT=f"Browser {ip}")
        barrier.wait()
        try:
            return client.post(
                f"/en/surveys/polls/{poll.id}/vote/",
                {"choice": choice_id},
                **SAME_ORIGIN,
                **JSON,
            ).status_code
        finally:
            from django.db import connections

            connections.close_all()

    with ThreadPoolExecutor(max_workers=len(visitors)) as pool:
        statuses = list(pool.map(cast, visitors))

    accepted = statuses.count(200)
    assert accepted == 31
    assert statuses.count(409) == 9
    assert PollVote.objects.filter(poll=poll).count() == accepted
    assert PollTally.objects.get(poll=poll, choice=None).votes == accepted
    per_choice = {
        t.choice_id: t.votes
        for t in PollTally.objects.filter(poll=poll, choice__isnull=False)
    }
    assert per_choice == {choices[0].id: 11, choices[1].id: 10, choices[2].id: 10}
