"""The page script's events: taken with 202 when sound, refused with 400 and a
reason otherwise, never a 500 and never stored when refused."""

import json

from django.test import Client

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analytics.drain import drain
from analytics.models import DailyRollup, Hit, PendingHit

pytestmark = pytest.mark.django_db
URL = "/analytics/event/"
PAGE = "http://testserver/en/news/"


def post(body, client=None, content_type="text/plain"):
    client = client or Client(
        HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0"
    )
    data = body if isinstance(body, (str, bytes)) else json.dumps(body)
    return client.post(URL, data, content_type=content_type)


def test_engagement_is_stored_with_time_and_scroll_depth():
    response = post({"n": "engagement", "u": PAGE, "p": 5, "es": 42, "sd": 80})
    assert response.status_code == 202
    drain()
    hit = Hit.objects.get()
    assert (hit.event.text, hit.engaged_seconds, hit.scroll_depth) == (
        "engagement",
        42,
        80,
    )
    assert DailyRollup.objects.get(dimension="event", key="engagement").events == 1


@pytest.mark.parametrize(
    "body, reason",
    [
        ("not json", "JSON"),
        ([1, 2], "object"),
        ({"n": "hacked", "u": PAGE}, "unknown event"),
        ({"n": "poll_voted", "u": PAGE}, "unknown event"),  # the server records votes
        ({"n": "engagement", "u": "https://evil.example/"}, "on this site"),
        ({"n": "engagement", "u": "javascript:alert(1)"}, "on this site"),
        ({"n": "engagement", "u": PAGE, "es": -1}, "es must"),
        ({"n": "engagement", "u": PAGE, "sd": 101}, "sd must"),
        ({"n": "engagement", "u": PAGE, "sd": "50"}, "sd must"),
        ({"n": "engagement", "u": PAGE, "p": "x"}, "page id"),
        ({"n": "outbound", "u": PAGE, "t": "x" * 101}, "at most 100"),
        ("x" * 3000, "too large"),
    ],
)
def test_bad_events_get_a_400_with_the_reason(body, reason):
    response = post(body)
    assert response.status_code == 400
    assert reason in response.json()["error"]
    assert PendingHit.objects.count() == 0


def test_wrong_method_is_refused():
    assert Client().get(URL).status_code == 405


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    body=st.one_of(
        st.binary(max_size=3000),
        st.dictionaries(
            st.sampled_from(["n", "u", "p", "t", "es", "sd", "x"]),
            st.one_of(
                st.none(),
                st.integers(),
                st.text(max_size=200),
                st.floats(),
                st.booleans(),
            ),
        ).map(json.dumps),
    )
)
def test_random_bodies_never_cause_a_server_error(body):
    PendingHit.objects.all().delete()
    response = post(body)
    assert response.status_code in (202, 400)
    if response.status_code == 400:
        assert PendingHit.objects.count() == 0


def test_do_not_track_is_honoured():
    client = Client(HTTP_DNT="1", HTTP_USER_AGENT="Mozilla/5.0 Firefox/125.0")
    assert (
        post({"n": "outbound", "u": PAGE, "t": "example.org"}, client).status_code
        == 202
    )
    assert PendingHit.objects.count() == 0


def test_reasons_are_given_in_the_visitors_language():
    client = Client(HTTP_ACCEPT_LANGUAGE="ru", HTTP_USER_AGENT="Mozilla/5.0")
    response = post({"n": "hacked", "u": PAGE}, client)
    assert response.status_code == 400
    assert response.json()["error"] == "неизвестное событие"


def test_editors_events_are_not_counted(admin_client):
    # Signed in: the event goes through sessions and authentication to the view.
    response = post({"n": "outbound", "u": PAGE, "t": "example.org"}, admin_client)
    assert response.status_code == 202
    assert PendingHit.objects.count() == 0


def test_events_get_no_cookie_and_no_session_is_made():
    response = post({"n": "engagement", "u": PAGE, "es": 3})
    assert response.status_code == 202
    assert not response.cookies
    assert PendingHit.objects.count() == 1
