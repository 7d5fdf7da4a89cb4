"""The secrets in personal links cannot be guessed, enumerated or bent into
another person's data: request status links and questionnaire invitations."""

import re
import secrets
from urllib.parse import quote

from django.test import Client
from django.urls import reverse

import pytest

from crm.models import ApiToken, Webhook
from surveys import invitations
from surveys.models import (
    Invitation,
    QuestionnaireResponse,
    RequestType,
    ServiceRequest,
)
from surveys.models import requests as request_models
from tests.surveys.conftest import SAME_ORIGIN

pytestmark = pytest.mark.django_db

MIN_BITS = 128
URL_SAFE = re.compile(r"^[A-Za-z0-9_-]+$")


@pytest.fixture
def spy_randomness(monkeypatch):
    """Records how many random bytes each secrets.token_urlsafe call asks for."""
    asked = []
    real = secrets.token_urlsafe

    def token_urlsafe(nbytes=None):
        asked.append(nbytes)
        return real(nbytes)

    monkeypatch.setattr(secrets, "token_urlsafe", token_urlsafe)
    return asked


@pytest.mark.parametrize(
    "generator",
    [request_models.new_token, invitations.new_token],
    ids=["status link", "invitation"],
)
def test_link_tokens_carry_at_least_128_random_bits(generator, spy_randomness):
    tokens = {generator() for _ in range(2000)}
    assert len(tokens) == 2000
    assert spy_randomness and all(n * 8 >= MIN_BITS for n in spy_randomness)
    for token in tokens:
        # Base64: six bits a character.
        assert URL_SAFE.match(token) and len(token) * 6 >= MIN_BITS


def test_stored_tokens_come_from_those_generators(questionnaire, spy_randomness):
    assert ServiceRequest._meta.get_field("token").default is request_models.new_token
    request_type = RequestType.objects.create(name="Order a callback")
    stored = [
        ServiceRequest.objects.create(request_type=request_type).token
        for _ in range(20)
    ]
    invitations.invite(
        questionnaire, [(f"person{n}@example.com", "") for n in range(20)], send=False
    )
    stored += list(Invitation.objects.values_list("token", flat=True))
    assert len(set(stored)) == 40
    assert len(spy_randomness) == 40


def test_api_keys_and_webhook_secrets_are_long_too():
    token = ApiToken(name="ERP", scopes=[])
    key = token.issue_key()
    assert len(key) * 6 >= 256 and key != token.issue_key()
    webhook = Webhook(name="ERP", url="https://erp.example.com/hook")
    assert len(webhook.secret) * 4 >= 256


# Request status links


@pytest.fixture
def two_requests(db):
    request_type = RequestType.objects.create(name="Order a callback")
    return [
        ServiceRequest.objects.create(
            request_type=request_type, name=name, email=f"{name.lower()}@example.com"
        )
        for name in ("Olga", "Boris")
    ]


def status(token):
    return Client().get(f"/en/surveys/requests/status/{quote(token, safe='')}/")


def altered(token):
    flipped = token[:-1] + ("A" if token[-1] != "A" else "B")
    return [
        flipped,
        token.swapcase(),
        token[:-1],
        token + "x",
        token[:16],
        token.upper(),
    ]


def test_the_right_token_shows_the_request(two_requests):
    olga, _boris = two_requests
    response = status(olga.token)
    assert response.status_code == 200
    assert olga.reference in response.content.decode()


def test_an_altered_token_is_not_found(two_requests):
    olga, boris = two_requests
    for token in altered(olga.token):
        response = status(token)
        assert response.status_code == 404, token
        text = response.content.decode()
        for request in two_requests:
            assert request.reference not in text and request.name not in text


MALFORMED = [
    "x",
    "a" * 2000,
    "' OR '1'='1",
    "%00",
    "..%2F..%2Fetc%2Fpasswd",
    "<script>alert(1)</script>",
    "токен",
    "0" * 32,
]


def test_unknown_and_malformed_tokens_look_the_same(two_requests):
    """A guesser learns nothing from the answer: every miss is the same 404."""
    unknown = status(secrets.token_urlsafe(24))
    assert unknown.status_code == 404
    expected = without_path(unknown)
    for token in MALFORMED:
        response = status(token)
        assert response.status_code == 404, token
        assert without_path(response) == expected, token


def without_path(response):
    """The page with the language links, which echo its address, taken out."""
    path = response.wsgi_request.path
    text = response.content.decode().replace(path, "PATH")
    return re.sub(r'href="[^"]*"( hreflang=)', r'href="PATH"\1', text)


# Questionnaire invitations


@pytest.fixture
def invited(questionnaire):
    invitations.invite(
        questionnaire, [("olga@example.com", "Olga Ivanova")], send=False
    )
    return Invitation.objects.get()


def landing(page, token):
    return Client().get(page.url, {"invitation": token})


def test_an_altered_invitation_is_not_anyones(questionnaire, invited):
    Invitation.objects.filter(pk=invited.pk).update(completed_at="2026-01-01T00:00Z")
    answered = landing(questionnaire, invited.token).content.decode()
    assert "already been answered" in answered
    Invitation.objects.filter(pk=invited.pk).update(opened_at=None)
    for token in [*altered(invited.token), secrets.token_urlsafe(24), *MALFORMED]:
        response = landing(questionnaire, token)
        assert response.status_code == 200, token
        text = response.content.decode()
        assert "already been answered" not in text
        assert "olga@example.com" not in text and "Olga Ivanova" not in text
    invited.refresh_from_db()
    assert invited.opened_at is None  # none of them counted as this one


def test_answers_with_an_altered_invitation_are_refused(questionnaire, invited):
    url = reverse("surveys:questionnaire", args=[questionnaire.id])
    for token in [invited.token[:-1] + "A", secrets.token_urlsafe(24), "x" * 500]:
        response = Client().post(
            url,
            {"invitation": token},
            HTTP_ACCEPT="application/json",
            **SAME_ORIGIN,
        )
        assert response.status_code == 400, token
        errors = response.json()["errors"]
        assert errors["__all__"] == ["This invitation link is not valid."]
    assert QuestionnaireResponse.objects.count() == 0
    invited.refresh_from_db()
    assert invited.completed_at is None and invited.started_at is None


def test_an_invitation_opens_only_its_own_questionnaire(questionnaire, invited):
    from surveys.models import QuestionnairePage

    other = QuestionnairePage(title="Other survey", slug="other-survey")
    questionnaire.get_parent().add_child(instance=other)
    other.save_revision().publish()
    response = Client().post(
        reverse("surveys:questionnaire", args=[other.id]),
        {"invitation": invited.token},
        HTTP_ACCEPT="application/json",
        **SAME_ORIGIN,
    )
    assert response.status_code == 400
    assert response.json()["errors"]["__all__"] == [
        "This invitation link is not valid."
    ]
