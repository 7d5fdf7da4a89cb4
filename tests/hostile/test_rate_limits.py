"""A flood from one address is refused with a message and stores nothing more,
even with a new browser string and no cookie each time; others are unaffected."""

import time
import types

from django.test import Client

import pytest

from surveys import spam
from surveys.models import (
    Feedback,
    PollVote,
    QuestionnaireAttempt,
    QuestionnairePage,
    QuestionnaireResponse,
    RefusedSubmission,
    RequestType,
    ServiceRequest,
)
from surveys.models.questionnaires import Question
from surveys.views import SUBMISSIONS_PER_MINUTE
from tests.surveys.conftest import JSON, SAME_ORIGIN

pytestmark = pytest.mark.django_db

TOO_MANY = "Too many submissions from you just now. Please try again in a minute."
FLOOD = SUBMISSIONS_PER_MINUTE + 5


@pytest.fixture(autouse=True)
def one_minute(monkeypatch):
    """The limits count per clock minute: the whole flood falls in one, however
    slow the machine."""
    now = time.time()
    monkeypatch.setattr(spam, "time", types.SimpleNamespace(time=lambda: now))


def flooder(n, ip="203.0.113.9"):
    """The n-th request of a bot at one address: a new browser string each time
    and no cookies kept."""
    return Client(REMOTE_ADDR=ip, HTTP_USER_AGENT=f"Mozilla/5.0 bot/{n}")


def someone_else():
    return Client(REMOTE_ADDR="198.51.100.20", HTTP_USER_AGENT="Mozilla/5.0 Firefox")


def assert_refused_after_the_limit(responses, ok_status, limit=SUBMISSIONS_PER_MINUTE):
    statuses = [response.status_code for response in responses]
    assert statuses[:limit] == [ok_status] * limit
    refused = responses[limit:]
    assert [response.status_code for response in refused] == [429] * len(refused)
    for response in refused:
        if response["Content-Type"].startswith("application/json"):
            assert response.json() == {"ok": False, "message": TOO_MANY}
        else:
            assert TOO_MANY in response.content.decode()
    recorded = RefusedSubmission.objects.filter(reason="rate_limited").count()
    assert recorded == len(refused)


def test_votes(poll):
    url = f"/en/surveys/polls/{poll.id}/vote/"
    choice = poll.choices.first().id
    responses = [
        flooder(n).post(url, {"choice": choice}, **SAME_ORIGIN, **JSON)
        for n in range(FLOOD)
    ]
    assert_refused_after_the_limit(responses, 200)
    assert PollVote.objects.count() == SUBMISSIONS_PER_MINUTE
    assert poll.tallies()["voters"] == SUBMISSIONS_PER_MINUTE

    response = someone_else().post(url, {"choice": choice}, **SAME_ORIGIN, **JSON)
    assert response.status_code == 200
    assert PollVote.objects.count() == SUBMISSIONS_PER_MINUTE + 1


def test_feedback(db):
    data = {"kind": "question", "message": "Price of a 5 t hoist?"}
    responses = [
        flooder(n).post("/en/surveys/feedback/", data, **SAME_ORIGIN)
        for n in range(FLOOD)
    ]
    assert_refused_after_the_limit(responses, 302)
    assert Feedback.objects.count() == SUBMISSIONS_PER_MINUTE

    response = someone_else().post("/en/surveys/feedback/", data, **SAME_ORIGIN)
    assert response.status_code == 302
    assert Feedback.objects.count() == SUBMISSIONS_PER_MINUTE + 1


def test_service_requests(db):
    request_type = RequestType.objects.create(name="Order a callback")
    url = f"/en/surveys/requests/{request_type.id}/"
    data = {"phone": "+7 912 345-67-89", "consent": "on"}
    responses = [flooder(n).post(url, data, **SAME_ORIGIN) for n in range(FLOOD)]
    assert_refused_after_the_limit(responses, 302)
    assert ServiceRequest.objects.count() == SUBMISSIONS_PER_MINUTE

    assert someone_else().post(url, data, **SAME_ORIGIN).status_code == 302
    assert ServiceRequest.objects.count() == SUBMISSIONS_PER_MINUTE + 1


@pytest.fixture
def short_questionnaire(site_tree):
    page = QuestionnairePage(title="One question", slug="one-question")
    page.questions = [Question(label="Anything to add?", field_type="singleline")]
    site_tree.home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_questionnaire_answers(short_questionnaire):
    url = f"/en/surveys/questionnaires/{short_questionnaire.id}/"
    data = {"anything_to_add": "No"}
    responses = [
        flooder(n).post(url, data, **SAME_ORIGIN, **JSON) for n in range(FLOOD)
    ]
    assert_refused_after_the_limit(responses, 200)
    assert QuestionnaireResponse.objects.count() == SUBMISSIONS_PER_MINUTE

    response = someone_else().post(url, data, **SAME_ORIGIN, **JSON)
    assert response.status_code == 200
    assert QuestionnaireResponse.objects.count() == SUBMISSIONS_PER_MINUTE + 1


def test_questionnaire_progress(short_questionnaire):
    import uuid

    url = f"/en/surveys/questionnaires/{short_questionnaire.id}/progress/"
    limit = 120
    responses = [
        flooder(n).post(url, {"attempt": uuid.uuid4(), "step": "1"}, **SAME_ORIGIN)
        for n in range(limit + 3)
    ]
    assert_refused_after_the_limit(responses, 202, limit=limit)
    assert QuestionnaireAttempt.objects.count() == limit

    response = someone_else().post(
        url, {"attempt": uuid.uuid4(), "step": "1"}, **SAME_ORIGIN
    )
    assert response.status_code == 202
