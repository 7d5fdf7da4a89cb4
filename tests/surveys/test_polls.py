import datetime

from django.db import connection
from django.test import Client
from django.utils import timezone

import pytest

from surveys.models import Poll, PollTally, PollVote, RefusedSubmission
from surveys.voting import recount
from tests.surveys.conftest import JSON, SAME_ORIGIN

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_minimum_fill_time(settings):
    settings.SURVEYS_MIN_FILL_SECONDS = 0


def vote(client, poll, *choices, **extra):
    data = {
        "choice": [c.id if hasattr(c, "id") else c for c in choices],
        **extra.pop("data", {}),
    }
    return client.post(
        f"/en/surveys/polls/{poll.id}/vote/", data, **{**SAME_ORIGIN, **extra}
    )


def visitor(ip):
    return Client(REMOTE_ADDR=ip, HTTP_USER_AGENT=f"Browser {ip}")


def counts(poll):
    return {row["text"]: row["votes"] for row in poll.tallies()["choices"]}


def test_poll_embedded_in_an_article_keeps_the_page_cacheable(
    client, article_with_poll, poll
):
    first = client.get(article_with_poll.url)
    assert f'data-poll="{poll.id}"' in first.content.decode()
    assert first["X-Page-Cache"] == "miss"
    second = visitor("10.0.0.9").get(article_with_poll.url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_vote_without_javascript_redirects_back_with_message_and_results(
    client, article_with_poll, poll
):
    gantry = poll.choices.get(text="Gantry")
    response = vote(
        client,
        poll,
        gantry,
        data={"next": article_with_poll.url, "page": article_with_poll.id},
    )
    assert response.status_code == 302
    assert response["Location"] == f"{article_with_poll.url}#poll-{poll.id}"
    page = client.get(response["Location"])
    html = page.content.decode()
    assert "Thank you, your vote is counted." in html
    assert "X-Page-Cache" not in page  # personal: never stored in the shared cache
    assert '<form class="poll__form"' not in html
    assert "100% (1)" in html
    stored = PollVote.objects.get()
    assert stored.page_id == article_with_poll.id and stored.locale == "en"
    assert counts(poll) == {"Overhead": 0, "Gantry": 1, "Jib": 0}
    # The message is shown once; then the page comes from the cache again.
    assert "Thank you" not in client.get(article_with_poll.url).content.decode()


def test_vote_with_javascript_returns_results(client, poll):
    response = vote(client, poll, poll.choices.first(), **JSON)
    assert response.status_code == 200
    body = response.json()
    assert body["ok"] and body["voted"]
    assert body["results"]["voters"] == 1
    assert body["results"]["total"] == "1 vote"
    assert body["results"]["choices"][0] == {
        "id": poll.choices.first().id,
        "text": "Overhead",
        "votes": 1,
        "percent": 100.0,
    }
    assert response.cookies["portal_visitor"]["httponly"]


def test_second_vote_is_refused_and_not_counted(client, poll):
    vote(client, poll, poll.choices.first(), **JSON)
    again = vote(client, poll, poll.choices.last(), **JSON)
    assert again.status_code == 409
    assert again.json()["message"] == "You have already voted in this poll."
    assert PollVote.objects.count() == 1
    assert counts(poll) == {"Overhead": 1, "Gantry": 0, "Jib": 0}


def test_same_browser_and_address_without_the_cookie_cannot_vote_twice(poll):
    vote(visitor("10.0.0.1"), poll, poll.choices.first(), **JSON)
    response = vote(visitor("10.0.0.1"), poll, poll.choices.first(), **JSON)
    assert response.status_code == 409
    assert (
        vote(visitor("10.0.0.2"), poll, poll.choices.first(), **JSON).status_code == 200
    )
    assert PollVote.objects.count() == 2


def test_an_account_votes_once_whatever_the_browser(poll, django_user_model):
    user = django_user_model.objects.create_user("reader", password="pw")
    first, second = visitor("10.0.0.3"), visitor("10.0.0.4")
    first.force_login(user)
    second.force_login(user)
    assert vote(first, poll, poll.choices.first(), **JSON).status_code == 200
    assert vote(second, poll, poll.choices.first(), **JSON).status_code == 409


def test_no_raw_ip_is_stored(poll):
    vote(visitor("203.0.113.77"), poll, poll.choices.first(), **JSON)
    stored = PollVote.objects.values().get()
    assert not any("203.0.113.77" in str(value) for value in stored.values())
    assert len(stored["fingerprint"]) == 32


@pytest.mark.parametrize(
    "fields, message",
    [
        (
            {"closes_at": timezone.now() - datetime.timedelta(hours=1)},
            "This poll is closed.",
        ),
        (
            {"opens_at": timezone.now() + datetime.timedelta(hours=1)},
            "This poll is not open yet.",
        ),
    ],
)
def test_closed_polls_refuse_votes(client, make_poll, fields, message):
    poll = make_poll(**fields)
    response = vote(client, poll, poll.choices.first(), **JSON)
    assert response.status_code == 409
    assert response.json()["message"] == message
    assert PollVote.objects.count() == 0


def test_unpublished_polls_refuse_votes(client, poll):
    poll.unpublish()
    response = vote(client, poll, poll.choices.first(), **JSON)
    assert response.status_code == 409
    assert response.json()["message"] == "This poll is not published."


@pytest.mark.parametrize(
    "change, message",
    [
        ({"live": False}, "This poll is not published."),
        ({"closes_at": timezone.now()}, "This poll is closed."),
    ],
)
def test_a_poll_closed_by_another_process_refuses_votes_at_once(poll, change, message):
    """This process keeps the poll it served open in memory; the database still
    decides, so a change made elsewhere (no signal here) takes effect at once."""
    choice = poll.choices.first()
    assert vote(visitor("10.1.0.1"), poll, choice, **JSON).status_code == 200
    Poll.objects.filter(id=poll.id).update(**change)
    response = vote(visitor("10.1.0.2"), poll, choice, **JSON)
    assert response.status_code == 409
    assert response.json()["message"] == message
    assert PollVote.objects.filter(poll=poll).count() == 1
    assert counts(poll)[choice.text] == 1


@pytest.mark.django_db(transaction=True)  # PostgreSQL checks foreign keys at commit
def test_a_choice_removed_elsewhere_gets_a_clear_refusal(poll):
    first, second = poll.choices.all()[:2]
    assert vote(visitor("10.1.0.1"), poll, first, **JSON).status_code == 200
    with connection.cursor() as cursor:  # as another process would: no signals here
        cursor.execute(
            "DELETE FROM surveys_polltally WHERE choice_id = %s", [second.id]
        )
        cursor.execute("DELETE FROM surveys_pollchoice WHERE id = %s", [second.id])
    response = vote(visitor("10.1.0.2"), poll, second, **JSON)
    assert response.status_code == 409
    assert "no longer offered" in response.json()["message"]
    assert PollVote.objects.filter(poll=poll).count() == 1


@pytest.mark.parametrize(
    "data",
    [
        {"choice": ["999999"]},
        {"choice": ["abc"]},
        {"choice": []},
        {},
        {"other": "x" * 500},
    ],
)
def test_bad_votes_get_a_clear_400_and_store_nothing(client, poll, data):
    response = client.post(
        f"/en/surveys/polls/{poll.id}/vote/", data, **SAME_ORIGIN, **JSON
    )
    assert response.status_code == 400
    assert response.json()["message"]
    assert PollVote.objects.count() == 0


def test_single_choice_poll_takes_one_answer(client, poll):
    first, second = poll.choices.all()[:2]
    response = vote(client, poll, first, second, **JSON)
    assert response.status_code == 400
    assert response.json()["message"] == "Choose only one answer."


def test_multiple_choice_and_other_answers(client, make_poll):
    poll = make_poll(multiple=True, allow_other=True)
    first, second = poll.choices.all()[:2]
    response = vote(
        client, poll, first, second, data={"other": "Monorail hoist"}, **JSON
    )
    assert response.status_code == 200
    results = {
        row["text"]: row["votes"] for row in response.json()["results"]["choices"]
    }
    assert results == {"Overhead": 1, "Gantry": 1, "Jib": 0, "Other": 1}
    assert PollVote.objects.get().other == "Monorail hoist"


def test_votes_from_other_sites_are_refused_and_recorded(client, poll):
    response = client.post(
        f"/en/surveys/polls/{poll.id}/vote/",
        {"choice": poll.choices.first().id},
        HTTP_ORIGIN="https://evil.example",
        **JSON,
    )
    assert response.status_code == 403
    assert PollVote.objects.count() == 0
    assert RefusedSubmission.objects.get().reason == "cross_site"


def test_honeypot_and_speed_refusals_are_recorded(client, poll, settings):
    response = vote(
        client, poll, poll.choices.first(), data={"website": "http://spam"}, **JSON
    )
    assert response.status_code == 400
    settings.SURVEYS_MIN_FILL_SECONDS = 60
    from surveys.spam import form_timestamp

    response = vote(
        client, poll, poll.choices.first(), data={"rendered": form_timestamp()}, **JSON
    )
    assert response.status_code == 400
    assert sorted(RefusedSubmission.objects.values_list("reason", flat=True)) == [
        "honeypot",
        "too_fast",
    ]
    assert PollVote.objects.count() == 0


def test_rate_limit_per_visitor(poll, make_poll):
    client = visitor("10.0.0.5")
    polls = [make_poll(question=f"Poll {n}") for n in range(22)]
    statuses = [vote(client, p, p.choices.first(), **JSON).status_code for p in polls]
    assert statuses.count(200) == 20
    assert statuses[-1] == 429
    assert RefusedSubmission.objects.filter(reason="rate_limited").count() == 2


@pytest.mark.parametrize(
    "shown, voted, visible",
    [
        ("always", False, True),
        ("after_voting", False, False),
        ("after_voting", True, True),
        ("never", True, False),
    ],
)
def test_results_visibility(client, make_poll, shown, voted, visible):
    poll = make_poll(results_shown=shown)
    if voted:
        vote(client, poll, poll.choices.first(), **JSON)
    state = client.get(f"/en/surveys/polls/{poll.id}/").json()
    assert state["voted"] is voted
    assert ("results" in state) is visible


def test_counters_match_the_rows(poll):
    for number in range(7):
        vote(visitor(f"10.1.0.{number}"), poll, poll.choices.all()[number % 3], **JSON)
    before = counts(poll)
    recount(poll)
    assert counts(poll) == before == {"Overhead": 3, "Gantry": 2, "Jib": 2}
    assert PollTally.objects.get(poll=poll, choice=None).votes == 7


def test_editors_cannot_remove_a_choice_that_has_votes(client, poll, admin_user):
    vote(visitor("10.2.0.1"), poll, poll.choices.first(), **JSON)
    client.force_login(admin_user)
    choices = list(poll.choices.all())
    data = {
        "question": poll.question,
        "results_shown": poll.results_shown,
        "choices-TOTAL_FORMS": "3",
        "choices-INITIAL_FORMS": "3",
        "choices-MIN_NUM_FORMS": "2",
        "choices-MAX_NUM_FORMS": "12",
    }
    for index, choice in enumerate(choices):
        data |= {
            f"choices-{index}-id": choice.id,
            f"choices-{index}-text": choice.text,
            f"choices-{index}-ORDER": index,
            f"choices-{index}-DELETE": "on" if index == 0 else "",
        }
    response = client.post(f"/admin/snippets/surveys/poll/edit/{poll.id}/", data)
    assert response.status_code == 200
    assert "has votes and cannot be removed" in response.content.decode()
    assert poll.choices.count() == 3


def test_featured_poll_on_the_home_page(client, site_tree, poll):
    site_tree.home.featured_poll = poll
    site_tree.home.save_revision().publish()
    html = client.get("/en/").content.decode()
    assert f'data-poll="{poll.id}"' in html and poll.question in html
