"""Cross-site request forgery: every form that changes something refuses a post
another site makes a visitor's or a manager's browser send.

Admin forms carry Django's CSRF token: refused without it, accepted with it.
The public forms are served inside pages the page cache shares between visitors,
so they cannot carry a per-visitor token; they are csrf_exempt and refuse any
post whose Origin (or, without one, Referer) is not this site, which browsers
send on every cross-site POST (surveys.spam.check_origin). The analytics beacon
is csrf_exempt too: it reads and sets no cookie and stores an anonymous count of
an event on this site's own pages, so a forged one changes nothing of anyone's.
"""

import json
import re

from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.test import Client
from django.urls import reverse

import pytest

from analytics.models import PendingHit
from crm.models import Case, CaseNote, Customer, TimelineEvent
from surveys.models import ServiceRequest
from tests.hostile.conftest import added_rows, stored_rows

pytestmark = pytest.mark.django_db

SITE = "http://testserver"
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def no_minimum_fill_time(settings):
    settings.SURVEYS_MIN_FILL_SECONDS = 0


def browser(**headers):
    """A browser with Django's CSRF check on, as in production."""
    return Client(enforce_csrf_checks=True, **headers)


def token_on(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return TOKEN.search(response.content.decode()).group(1)


# Public forms


@pytest.fixture
def public_forms(poll, questionnaire, every_field_request_type):
    """(address, a valid post) of every public form."""
    gantry = poll.choices.get(text="Gantry")
    answers = {
        question.clean_name: value
        for question, value in zip(
            questionnaire.questions.all(),
            ["9", "4", [], "E-mail", "", "", "", "", "", "", "", "on"],
            strict=True,
        )
    }
    return [
        (f"/en/surveys/polls/{poll.id}/vote/", {"choice": gantry.id}),
        ("/en/surveys/feedback/", {"kind": "wish", "message": "More colours."}),
        (
            f"/en/surveys/requests/{every_field_request_type.id}/",
            {
                "field_0": "KM-20",
                "field_1": "20",
                "field_2": "Gantry",
                "email": "olga@plant.example",
                "consent": "on",
            },
        ),
        (f"/en/surveys/questionnaires/{questionnaire.id}/", answers),
        (
            f"/en/surveys/questionnaires/{questionnaire.id}/progress/",
            {"step": "2", "attempt": "0f8b6c1e-6a7b-4f3e-9d2a-3c5e7f9a1b2c"},
        ),
    ]


FOREIGN = {
    "no origin, no referer": {},
    "another site": {"HTTP_ORIGIN": "https://evil.example"},
    "a sandboxed frame": {"HTTP_ORIGIN": "null"},
    "a lookalike": {"HTTP_ORIGIN": "http://testserver.evil.example"},
    "another site's page": {"HTTP_REFERER": "https://evil.example/en/contacts/"},
}
OWN = {
    "this site": {"HTTP_ORIGIN": SITE},
    "this site's page": {"HTTP_REFERER": f"{SITE}/en/contacts/"},
}


def test_public_forms_refuse_posts_from_other_sites(public_forms):
    for sender, headers in FOREIGN.items():
        for address, data in public_forms:
            before = stored_rows()
            response = browser(**headers).post(address, data)
            assert response.status_code == 403, (sender, address)
            # Nothing but the record of the refusal, which staff read.
            added = added_rows(before, stored_rows())
            assert added == {"surveys.RefusedSubmission": 1}, (sender, address)


def test_public_forms_take_posts_from_this_site_without_a_token(public_forms):
    for n, (sender, headers) in enumerate(OWN.items()):
        for address, data in public_forms:
            client = browser(REMOTE_ADDR=f"10.8.{n}.1", **headers)
            before = stored_rows()
            response = client.post(address, data)
            assert response.status_code in (202, 302), (sender, address)
            if response.status_code == 302:  # also how a refused vote answers
                added = added_rows(before, stored_rows())
                assert added and "surveys.RefusedSubmission" not in added, address


def test_a_token_does_not_open_public_forms_to_other_sites(site_tree):
    client = browser(HTTP_ORIGIN="https://evil.example")
    token = token_on(client, "/admin/login/")  # a genuine token and its cookie
    response = client.post(
        "/en/surveys/feedback/",
        {"kind": "wish", "message": "x", "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 403


def test_pages_with_public_forms_carry_no_personal_token(site_tree):
    """Why the forms cannot use Django's token: their pages are shared."""
    from surveys.models import FeedbackPage

    page = FeedbackPage(title="Write to us", slug="write-to-us")
    site_tree.home.add_child(instance=page)
    page.save_revision().publish()
    response = Client().get(page.url)
    assert 'name="website"' in response.content.decode()  # the form is there
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert "csrftoken" not in response.cookies


# The analytics beacon

PAGE_URL = f"{SITE}/en/news/"


def test_a_beacon_from_another_site_can_only_count_an_anonymous_event(admin_user):
    """Exempt by design: no cookie is read or set, the event's page must be on
    this site, and what only the server records (votes, answers) cannot be sent."""
    outsider = browser(
        HTTP_ORIGIN="https://evil.example",
        HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0",
    )

    def send(client, data):
        return client.post("/analytics/event/", json.dumps(data), "text/plain")

    taken = send(outsider, {"n": "outbound", "u": PAGE_URL, "t": "example.org"})
    assert taken.status_code == 202 and not taken.cookies
    assert PendingHit.objects.count() == 1
    for forged in [
        {"n": "poll_voted", "u": PAGE_URL, "t": "1"},
        {"n": "questionnaire_completed", "u": PAGE_URL},
        {"n": "outbound", "u": "https://evil.example/", "t": "x"},
    ]:
        assert send(outsider, forged).status_code == 400
    # A signed-in editor's browser, made to send one: not counted, nothing kept.
    editor = browser(HTTP_ORIGIN="https://evil.example")
    editor.force_login(admin_user)
    assert send(editor, {"n": "outbound", "u": PAGE_URL}).status_code == 202
    assert PendingHit.objects.count() == 1


# Admin forms


def test_admin_login_needs_the_token(admin_user):
    client = browser()
    response = client.post(
        "/admin/login/", {"username": "admin", "password": "password"}
    )
    assert response.status_code == 403
    assert SESSION_KEY not in client.session

    token = token_on(client, "/admin/login/")
    response = client.post(
        "/admin/login/",
        {"username": "admin", "password": "password", "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 302
    assert client.session[SESSION_KEY] == str(admin_user.pk)


@pytest.fixture
def manager(member):
    user = member("Customer managers")
    user.email = "maria@uralkran.example"
    user.save()
    client = browser()
    client.force_login(user)
    return client


@pytest.fixture
def anna(db):
    return Customer.objects.create(name="Anna Petrova", email="anna@plant.example")


def test_a_case_reply_needs_the_token(
    manager, anna, django_capture_on_commit_callbacks
):
    case = Case.objects.create(
        customer=anna, kind="complaint", subject="Late delivery", channel="web"
    )
    url = reverse("crm_cases:edit", args=[case.pk])
    reply = {
        "status": "in_progress",
        "assignee": "",
        "due_at": "",
        "note_kind": "reply",
        "text": "We are sorry: the crane leaves on Monday.",
    }
    with django_capture_on_commit_callbacks(execute=True):
        assert manager.post(url, reply).status_code == 403
    assert not CaseNote.objects.exists() and mail.outbox == []
    case.refresh_from_db()
    assert case.status == "new"

    token = token_on(manager, url)
    with django_capture_on_commit_callbacks(execute=True):
        response = manager.post(url, {**reply, "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert CaseNote.objects.filter(is_reply=True).get().text == reply["text"]
    assert [message.to for message in mail.outbox] == [["anna@plant.example"]]


def test_a_customer_note_needs_the_token(manager, anna):
    url = reverse("crm_customer:note", args=[anna.pk])
    note = {"text": "Prefers calls after noon."}
    assert manager.post(url, note).status_code == 403
    assert not TimelineEvent.objects.filter(kind="note").exists()

    token = token_on(manager, reverse("crm_customer:inspect", args=[anna.pk]))
    response = manager.post(url, {**note, "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert TimelineEvent.objects.get(kind="note").detail == note["text"]


def test_a_request_status_change_needs_the_token(
    manager, every_field_request_type, django_capture_on_commit_callbacks
):
    service_request = ServiceRequest.objects.create(
        request_type=every_field_request_type, data={}, email="olga@plant.example"
    )
    url = reverse("servicerequest:edit", args=[service_request.pk])
    change = {"status": "resolved", "note": "Fixed on site."}
    with django_capture_on_commit_callbacks(execute=True):
        assert manager.post(url, change).status_code == 403
    service_request.refresh_from_db()
    assert service_request.status == "new" and mail.outbox == []

    token = token_on(manager, url)
    with django_capture_on_commit_callbacks(execute=True):
        response = manager.post(url, {**change, "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    service_request.refresh_from_db()
    assert service_request.status == "resolved"
    assert [message.to for message in mail.outbox] == [["olga@plant.example"]]
