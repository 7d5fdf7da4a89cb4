import datetime

from django.core import mail
from django.utils import timezone

import pytest

from surveys import tasks, visitors
from surveys.models import (
    DailySalt,
    Feedback,
    RefusedSubmission,
    RequestType,
    ServiceRequest,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def service_request(db):
    request_type = RequestType.objects.create(
        name="Order a callback", notify_emails="desk@uralkran.example"
    )
    stored = ServiceRequest.objects.create(
        request_type=request_type,
        email="client@plant.example",
        data={"When": "Morning"},
        locale="ru",
    )
    stored.events.create(status="new")
    return stored


def test_manager_notification_is_sent_once(service_request):
    tasks.notify_managers_of_request(service_request.id)
    tasks.notify_managers_of_request(service_request.id)
    assert len(mail.outbox) == 1
    assert "Order a callback" in mail.outbox[0].body


def test_status_email_is_sent_once_in_the_requesters_language(service_request):
    event = service_request.events.create(status="resolved", note="Done.")
    tasks.email_request_status(event.id)
    tasks.email_request_status(event.id)
    assert len(mail.outbox) == 1
    assert (
        "Ваша заявка" in mail.outbox[0].subject
        or service_request.reference in mail.outbox[0].subject
    )


def test_sweep_sends_what_was_never_sent(service_request):
    ServiceRequest.objects.filter(id=service_request.id).update(
        created_at=timezone.now() - datetime.timedelta(hours=1)
    )
    event = service_request.events.create(
        status="in_progress", created_at=timezone.now() - datetime.timedelta(hours=1)
    )
    tasks.sweep_notifications()
    tasks.sweep_notifications()
    recipients = sorted(tuple(message.to) for message in mail.outbox)
    assert recipients == [("client@plant.example",), ("desk@uralkran.example",)]
    event.refresh_from_db()
    assert event.emailed_at is not None


def test_old_salts_are_forgotten(rf):
    request = rf.get("/")
    today_key = visitors.visitor_key(request)
    DailySalt.objects.create(
        day=timezone.localdate() - datetime.timedelta(days=5), salt="old"
    )
    tasks.purge_old_salts()
    tasks.purge_old_salts()
    assert list(DailySalt.objects.values_list("day", flat=True)) == [
        timezone.localdate()
    ]
    assert visitors.visitor_key(request) == today_key


def test_managers_change_status_in_the_admin(
    client, service_request, member, django_capture_on_commit_callbacks
):
    client.force_login(member("Customer managers"))
    url = f"/admin/surveys/servicerequest/edit/{service_request.id}/"
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url, {"status": "waiting", "note": "Which voltage do you have?"}
        )
    assert response.status_code == 302
    service_request.refresh_from_db()
    assert service_request.status == "waiting"
    last = service_request.events.last()
    assert (
        last.note == "Which voltage do you have?"
        and last.author.username == "customer-managers"
    )
    assert mail.outbox[0].to == ["client@plant.example"]


def test_staff_log_feedback_from_a_phone_call(client, member):
    user = member("Customer managers")
    client.force_login(user)
    response = client.post(
        "/admin/surveys/feedback/new/",
        {
            "kind": "complaint",
            "channel": "phone",
            "message": "Crane stops in the cold.",
            "name": "Plant 5",
        },
    )
    assert response.status_code == 302
    stored = Feedback.objects.get()
    assert stored.channel == "phone" and stored.logged_by == user


def test_refused_submissions_are_visible_to_staff(client, admin_user):
    RefusedSubmission.objects.create(
        form="feedback", reason="honeypot", path="/en/surveys/feedback/"
    )
    client.force_login(admin_user)
    html = client.get("/admin/surveys/refusedsubmission/").content.decode()
    assert "hidden field filled in" in html


@pytest.mark.parametrize(
    "group, url, allowed",
    [
        ("Editors", "/admin/snippets/surveys/poll/add/", True),
        ("Marketers", "/admin/snippets/surveys/poll/", True),
        ("Marketers", "/admin/snippets/surveys/poll/add/", False),
        ("Marketers", "/admin/surveys/feedback/", True),
        ("Editors", "/admin/surveys/feedback/", False),
        ("Customer managers", "/admin/surveys/servicerequest/", True),
        ("Editors", "/admin/surveys/servicerequest/", False),
    ],
)
def test_group_permissions(client, member, group, url, allowed):
    client.force_login(member(group))
    response = client.get(url)
    assert (response.status_code == 200) is allowed, response.status_code


def test_anonymous_visitors_see_nothing_of_the_admin(client):
    for url in ("/admin/snippets/surveys/poll/", "/admin/surveys/feedback/"):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
