"""Cases: opened and assigned by rules, due by SLA targets, moved through their
statuses by managers in the inbox, replies e-mailed once, the overdue digest."""

import datetime
import re
from unittest import mock

from django.core import mail
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import timezone

import pytest

from crm import cases
from crm.models import (
    AssignmentRule,
    Case,
    CaseNote,
    Customer,
    SlaTarget,
    TimelineEvent,
)
from surveys.models import ServiceRequest, ServiceRequestEvent
from tests.crm import factories

pytestmark = pytest.mark.django_db(transaction=False)

INBOX = "/admin/crm/cases/"


def edit_url(case):
    return reverse("crm_cases:edit", args=[case.pk])


@pytest.fixture
def manager(member):
    user = member("Customer managers")
    user.email = "manager@example.com"
    user.first_name, user.last_name = "Maria", "Ivanova"
    user.save()
    return user


@pytest.fixture
def manager_client(client, manager):
    client.force_login(manager)
    return client


def make_case(customer=None, **fields):
    fields.setdefault("kind", Case.Kind.COMPLAINT)
    fields.setdefault("subject", "The crane arrived broken")
    fields.setdefault("channel", "web")
    return Case.objects.create(customer=customer, **fields)


def make_customer(email="anna@example.com", **fields):
    return Customer.objects.create(name="Anna Petrova", email=email, **fields)


def hours_ago(hours):
    return timezone.now() - datetime.timedelta(hours=hours)


# Opening and assignment


def test_complaint_opens_a_case_assigned_by_rule_and_due_by_sla(manager, member):
    phone_desk = member("Editors")
    AssignmentRule.objects.create(channel="phone", assignee=phone_desk, sort_order=0)
    AssignmentRule.objects.create(kind="complaint", assignee=manager, sort_order=1)
    SlaTarget.objects.create(kind="complaint", hours=24)

    web = factories.feedback("complaint", "Broken", email="a@example.com")
    phone = factories.feedback(
        "complaint", "Late", email="b@example.com", channel="phone"
    )
    factories.feedback("wish", "More colours", email="c@example.com")

    web_case = Case.objects.get(source=f"surveys.feedback:{web.id}")
    assert web_case.assignee == manager
    assert web_case.due_at == web_case.opened_at + datetime.timedelta(hours=24)
    # The first matching rule by order wins, whatever its kind.
    assert Case.objects.get(source=f"surveys.feedback:{phone.id}").assignee == (
        phone_desk
    )
    wish = Case.objects.get(kind="wish")
    assert wish.assignee is None and wish.due_at is None  # no rule, no target


def test_open_cases_twice_keeps_one_case():
    spec = {
        "kind": "question",
        "subject": "How much?",
        "customer_id": None,
        "source": "test:1",
        "opened_at": timezone.now(),
    }
    cases.open_cases([spec])
    cases.open_cases([spec])
    assert Case.objects.count() == 1


def test_unhappy_nps_answer_opens_an_assigned_case(survey, manager):
    from crm import aggregation
    from tests.surveys.results_factories import answer

    AssignmentRule.objects.create(kind="unhappy", assignee=manager)
    response = answer(survey, rating="4", nps="3")
    aggregation.aggregate([f"surveys.questionnaireresponse:{response.id}"])
    case = Case.objects.get()
    assert case.kind == Case.Kind.UNHAPPY and case.assignee == manager


# Status workflow


def test_status_change_stamps_times_records_timeline_and_recomputes(manager):
    factories.feedback("complaint", "Broken", email="anna@example.com")
    case = Case.objects.get()
    customer = case.customer
    assert customer.complaints_open == 1

    with factories.committed():
        note = cases.change_status(case, Case.Status.IN_PROGRESS, author=manager)
    event = TimelineEvent.objects.get(kind="status", source=f"crm.casenote:{note.id}")
    assert event.customer == customer and event.author == manager
    assert "In progress" in event.summary and case.subject in event.summary
    assert event.url == edit_url(case)

    with factories.committed():
        cases.change_status(case, Case.Status.RESOLVED, author=manager)
    case.refresh_from_db()
    customer.refresh_from_db()
    assert case.resolved_at is not None and case.closed_at is None
    assert (customer.complaints_open, customer.complaints_resolved) == (0, 1)

    with factories.committed():
        cases.change_status(case, Case.Status.CLOSED, author=manager)
    case.refresh_from_db()
    assert case.closed_at is not None and case.resolved_at is not None

    with factories.committed():
        cases.change_status(case, Case.Status.IN_PROGRESS, author=manager)
    case.refresh_from_db()
    customer.refresh_from_db()
    assert case.resolved_at is None and case.closed_at is None  # reopened
    assert customer.complaints_open == 1
    assert TimelineEvent.objects.filter(kind="status").count() == 4


def test_unchanged_status_changes_and_sends_nothing(manager):
    case = make_case(make_customer(), status=Case.Status.IN_PROGRESS)
    received = mock.Mock()
    cases.case_status_changed.connect(received, dispatch_uid="test-unchanged")
    try:
        with factories.committed() as callbacks:
            assert cases.change_status(case, Case.Status.IN_PROGRESS) is None
        assert callbacks == []
    finally:
        cases.case_status_changed.disconnect(dispatch_uid="test-unchanged")
    received.assert_not_called()
    assert not CaseNote.objects.exists() and not TimelineEvent.objects.exists()


def test_status_signal_is_sent_after_commit(manager):
    case = make_case(make_customer())
    received = mock.Mock()
    cases.case_status_changed.connect(received, dispatch_uid="test-signal")
    try:
        with factories.committed():
            cases.change_status(case, Case.Status.WAITING, author=manager)
            received.assert_not_called()
    finally:
        cases.case_status_changed.disconnect(dispatch_uid="test-signal")
    received.assert_called_once()
    kwargs = received.call_args.kwargs
    assert kwargs["sender"] is Case and kwargs["case"].pk == case.pk
    assert (kwargs["old"], kwargs["new"]) == ("new", "waiting")


def test_a_failing_receiver_does_not_break_the_change(manager):
    case = make_case(make_customer())

    def broken(**kwargs):
        raise RuntimeError("webhook down")

    cases.case_status_changed.connect(broken, dispatch_uid="test-broken")
    try:
        with factories.committed():
            cases.change_status(case, Case.Status.RESOLVED, author=manager)
    finally:
        cases.case_status_changed.disconnect(dispatch_uid="test-broken")
    case.refresh_from_db()
    assert case.status == Case.Status.RESOLVED


def test_request_case_moves_the_service_request_and_its_status_page(
    client, site_tree, manager
):
    request = factories.service_request(email="olga@plant.example", name="Olga")
    case = Case.objects.get(kind=Case.Kind.REQUEST)
    assert case.source == f"surveys.servicerequest:{request.id}"

    with factories.committed():
        cases.change_status(case, Case.Status.IN_PROGRESS, author=manager)
    request.refresh_from_db()
    assert request.status == ServiceRequest.Status.IN_PROGRESS
    event = ServiceRequestEvent.objects.get(request=request)
    assert event.status == "in_progress" and event.author == manager
    html = client.get(request.get_status_url()).content.decode()
    assert "In progress" in html
    # Surveys tells the requester about the change, as for any status change.
    assert any(request.reference in message.subject for message in mail.outbox)

    # The same status again: the request is left alone.
    with factories.committed():
        cases.change_status(case, Case.Status.IN_PROGRESS, author=manager)
    assert ServiceRequestEvent.objects.filter(request=request).count() == 1


# Replies


def test_reply_is_emailed_once_and_put_on_the_timeline(
    manager_client, manager, django_capture_on_commit_callbacks
):
    customer = make_customer(locale="en")
    case = make_case(customer)
    with django_capture_on_commit_callbacks(execute=True):
        response = manager_client.post(
            edit_url(case),
            {
                "status": "waiting",
                "assignee": manager.id,
                "due_at": "",
                "text": "We will replace the hook block on Monday.",
                "note_kind": "reply",
            },
        )
    assert response.status_code == 302
    note = CaseNote.objects.get(is_reply=True)
    assert note.emailed_at is not None
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["anna@example.com"]
    assert message.reply_to == ["manager@example.com"]
    assert message.subject == f"Re: {case.subject}"
    assert "We will replace the hook block on Monday." in message.body
    assert "Anna Petrova" in message.body
    event = TimelineEvent.objects.get(kind="email")
    assert event.source == f"crm.casenote:{note.id}" and event.customer == customer

    # Run again (a redelivery): nothing more is sent or recorded.
    assert cases.email_case_reply(note.id) is False
    assert len(mail.outbox) == 1
    assert TimelineEvent.objects.filter(kind="email").count() == 1

    case.refresh_from_db()
    assert case.status == "waiting" and case.assignee == manager
    page = manager_client.get(edit_url(case)).content.decode()
    assert "We will replace the hook block on Monday." in page
    assert "Reply to the customer" in page


def test_reply_in_the_customers_language(manager):
    customer = make_customer(locale="ru")
    case = make_case(customer)
    with mock.patch("crm.cases.translation.override") as override:
        override.return_value.__enter__ = lambda *a: None
        override.return_value.__exit__ = lambda *a: None
        note = cases.add_note(case, "Ответ", author=manager, is_reply=True)
        cases.email_case_reply(note.id)
    override.assert_called_with("ru")


def test_reply_smtp_failure_is_retried_and_sent_once(manager):
    case = make_case(make_customer())
    note = CaseNote.objects.create(case=case, author=manager, text="Hi", is_reply=True)
    assert ConnectionError in cases.email_case_reply.autoretry_for
    with mock.patch(
        "django.core.mail.EmailMessage.send", side_effect=ConnectionRefusedError
    ):
        with pytest.raises(ConnectionRefusedError):
            cases.email_case_reply.run(note.id)
    note.refresh_from_db()
    assert note.emailed_at is None  # released for the retry
    assert not TimelineEvent.objects.filter(kind="email").exists()
    assert cases.email_case_reply.run(note.id) is True
    assert cases.email_case_reply.run(note.id) is False
    assert len(mail.outbox) == 1


def test_reply_to_an_anonymous_case_is_a_form_error(manager_client):
    case = make_case()
    response = manager_client.post(
        edit_url(case),
        {"status": "new", "text": "Hello?", "note_kind": "reply"},
    )
    assert response.status_code == 200
    assert "no e-mail address" in response.content.decode()
    assert not CaseNote.objects.exists()


def test_empty_reply_and_bad_status_are_form_errors(manager_client):
    case = make_case(make_customer())
    response = manager_client.post(
        edit_url(case), {"status": "new", "text": " ", "note_kind": "reply"}
    )
    assert response.status_code == 200 and "Write the reply" in response.text
    response = manager_client.post(
        edit_url(case), {"status": "bogus", "text": "", "note_kind": "note"}
    )
    assert response.status_code == 200
    case.refresh_from_db()
    assert case.status == "new" and not CaseNote.objects.exists()


def test_internal_note_and_status_from_the_case_page(
    manager_client, manager, django_capture_on_commit_callbacks
):
    case = make_case(make_customer())
    with django_capture_on_commit_callbacks(execute=True):
        response = manager_client.post(
            edit_url(case),
            {
                "status": "in_progress",
                "assignee": manager.id,
                "text": "Called the site foreman.",
                "note_kind": "note",
            },
        )
    assert response.status_code == 302
    notes = list(case.notes.all())
    assert [(n.text, n.is_reply, n.status) for n in notes] == [
        ("Called the site foreman.", False, ""),
        ("", False, "in_progress"),
    ]
    assert mail.outbox == []  # an internal note is not e-mailed
    assert TimelineEvent.objects.filter(kind="status").count() == 1
    page = manager_client.get(edit_url(case)).content.decode()
    assert "Called the site foreman." in page and "Internal note" in page


# The inbox


def test_overdue_cases_are_highlighted_in_the_inbox(manager_client):
    make_case(subject="Late one", due_at=hours_ago(2))
    make_case(subject="On time", due_at=timezone.now() + datetime.timedelta(hours=5))
    make_case(subject="Done late", due_at=hours_ago(2), status="resolved")
    html = manager_client.get(INBOX).content.decode()
    rows = {
        subject: row
        for row in re.findall(r"<tr[^>]*>.*?</tr>", html, re.S)
        for subject in ("Late one", "On time", "Done late")
        if subject in row
    }
    assert 'class="case-overdue"' in rows["Late one"]
    assert "data-overdue" in rows["Late one"]
    assert "case-overdue" not in rows["On time"]
    assert "case-overdue" not in rows["Done late"]
    assert "1 open case is past its due time." in html


@pytest.mark.parametrize(
    "query, expected",
    [
        ("kind=question", {"Question by phone"}),
        ("status=open", {"New complaint", "Question by phone", "Mine and late"}),
        ("status=resolved", {"Resolved wish"}),
        ("channel=phone", {"Question by phone"}),
        ("due=overdue", {"Mine and late"}),
        ("due=none", {"New complaint", "Question by phone", "Resolved wish"}),
        ("assignee=null", {"New complaint", "Question by phone", "Resolved wish"}),
        ("q=late", {"Mine and late"}),
    ],
)
def test_inbox_filters(manager_client, manager, query, expected):
    make_case(subject="New complaint")
    make_case(subject="Question by phone", kind="question", channel="phone")
    make_case(subject="Resolved wish", kind="wish", status="resolved")
    make_case(subject="Mine and late", assignee=manager, due_at=hours_ago(1))
    html = manager_client.get(f"{INBOX}?{query}").content.decode()
    shown = {
        s
        for s in (
            "New complaint",
            "Question by phone",
            "Resolved wish",
            "Mine and late",
        )
        if s in html
    }
    assert shown == expected


def test_inbox_filter_by_assignee(manager_client, manager):
    make_case(subject="Mine", assignee=manager)
    make_case(subject="Nobody's")
    html = manager_client.get(f"{INBOX}?assignee={manager.id}").content.decode()
    assert "Mine" in html and "Nobody&#x27;s" not in html and "Nobody's" not in html


def test_bad_filter_values_are_not_errors(manager_client):
    make_case()
    for query in ("due=yesterday", "assignee=abc", "status=%00", "ordering=nope"):
        assert manager_client.get(f"{INBOX}?{query}").status_code == 200


def test_cases_are_not_added_by_hand(manager_client):
    html = manager_client.get(INBOX).content.decode()
    assert "/admin/crm/cases/new/" not in html
    response = manager_client.get("/admin/crm/cases/new/", follow=True)
    assert response.status_code == 404


# Permissions


@pytest.mark.parametrize(
    "path",
    [INBOX, "/admin/crm/sla-targets/", "/admin/crm/assignment-rules/"],
)
@pytest.mark.parametrize("group", ["Marketers", "Editors"])
def test_only_customer_managers_see_cases(client, member, path, group):
    case = make_case()
    client.force_login(member(group))
    assert client.get(path).status_code in (302, 403)
    assert client.get(edit_url(case)).status_code in (302, 403)
    response = client.post(edit_url(case), {"status": "closed", "note_kind": "note"})
    assert response.status_code in (302, 403)
    case.refresh_from_db()
    assert case.status == "new"


@pytest.mark.parametrize(
    "path",
    [INBOX, "/admin/crm/sla-targets/", "/admin/crm/assignment-rules/"],
)
def test_customer_managers_see_cases(manager_client, path):
    case = make_case()
    assert manager_client.get(path).status_code == 200
    assert manager_client.get(edit_url(case)).status_code == 200


def test_managers_set_sla_targets_and_rules(manager_client, manager):
    response = manager_client.post(
        "/admin/crm/sla-targets/new/", {"kind": "complaint", "hours": "8"}
    )
    assert response.status_code == 302
    assert SlaTarget.objects.get().hours == 8
    response = manager_client.post(
        "/admin/crm/sla-targets/new/", {"kind": "complaint", "hours": "-1"}
    )
    assert response.status_code == 200  # a duplicate kind, a negative number
    response = manager_client.post(
        "/admin/crm/assignment-rules/new/",
        {"kind": "", "channel": "phone", "assignee": manager.id, "sort_order": "1"},
    )
    assert response.status_code == 302
    rule = AssignmentRule.objects.get()
    assert (rule.kind, rule.channel, rule.assignee) == ("", "phone", manager)


def test_rules_assign_only_to_managers(manager_client, member):
    editor = member("Editors")
    response = manager_client.post(
        "/admin/crm/assignment-rules/new/",
        {"kind": "", "channel": "", "assignee": editor.id, "sort_order": "0"},
    )
    assert response.status_code == 200
    assert not AssignmentRule.objects.exists()


# The overdue digest


def test_overdue_digest_lists_overdue_cases_once_a_day(manager, member):
    other = member("Marketers")
    other.email = "marketer@example.com"
    other.save()
    make_case(subject="Broken hook", assignee=manager, due_at=hours_ago(3))
    make_case(subject="Slow answer", kind="question", due_at=hours_ago(30))
    make_case(subject="Closed late", status="closed", due_at=hours_ago(30))
    make_case(subject="Not due yet", due_at=timezone.now() + datetime.timedelta(1))

    assert cases.send_overdue_digest() == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["manager@example.com"]  # managers only
    assert message.subject == "2 overdue cases"
    body = message.body
    assert "Assigned to you:" in body and "Other cases:" in body
    assert body.index("Broken hook") < body.index("Other cases:")
    assert body.index("Slow answer") > body.index("Other cases:")
    assert "Closed late" not in body and "Not due yet" not in body
    assert "unassigned" in body
    assert "/admin/crm/cases/edit/" in body and "?due=overdue" in body

    assert cases.send_overdue_digest() == 0  # run twice: one digest a day
    assert len(mail.outbox) == 1


def test_no_digest_without_overdue_cases(manager):
    make_case(due_at=timezone.now() + datetime.timedelta(hours=1))
    assert cases.send_overdue_digest() == 0
    assert mail.outbox == []


def test_inbox_exports_csv(manager_client, manager):
    make_case(make_customer(), subject="Exported complaint", assignee=manager)
    response = manager_client.get(f"{INBOX}?export=csv")
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert "Exported complaint" in body and "Anna Petrova" in body


def test_a_digest_that_failed_halfway_is_sent_only_to_those_who_missed_it(
    manager, django_user_model, monkeypatch
):
    from django.contrib.auth.models import Permission

    second = django_user_model.objects.create_user(
        "second-manager", email="second@example.com", password="pw"
    )
    second.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="crm")
    )
    make_case(subject="Broken hook", due_at=hours_ago(3))
    real_send, calls = EmailMessage.send, []

    def flaky_send(message, *args, **kwargs):
        calls.append(message.to[0])
        if len(calls) == 2:
            raise ConnectionError("the mail server went away")
        return real_send(message, *args, **kwargs)

    monkeypatch.setattr(EmailMessage, "send", flaky_send)
    with pytest.raises(ConnectionError):
        cases.send_overdue_digest()
    assert len(mail.outbox) == 1
    cases.send_overdue_digest()  # the retry
    assert sorted(m.to[0] for m in mail.outbox) == [
        "manager@example.com",
        "second@example.com",
    ]
