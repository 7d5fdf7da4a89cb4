"""A customer manager works a complaint in a real Chromium: opens the inbox, sees
the overdue case marked, opens it, writes a reply and finds it in the notes. The
screenshots illustrate docs/cases.md."""

import datetime
from pathlib import Path

from django.contrib.auth.models import Permission
from django.core import mail
from django.utils import timezone

import pytest

from crm.models import Case, CaseNote, Customer, TimelineEvent
from tests.browser.test_survey_reports import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
DOCS_IMAGES = Path(__file__).resolve().parents[2] / "docs" / "images"


def shoot(page, name):
    DOCS_IMAGES.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=DOCS_IMAGES / f"{name}.png", full_page=False)


def test_manager_replies_to_a_complaint(page, live_server, django_user_model):
    manager = django_user_model.objects.create_user(
        "manager",
        email="maria@uralkran.example",
        password="pw-manager-1",
        first_name="Maria",
        last_name="Ivanova",
    )
    # The Customer managers group's grants, given directly: an earlier browser
    # test may have flushed the groups the migrations made.
    manager.user_permissions.add(
        *Permission.objects.filter(codename="access_admin"),
        *Permission.objects.filter(
            content_type__app_label="crm",
            codename__in=[
                f"{action}_{model}"
                for model in ("case", "casenote", "slatarget", "assignmentrule")
                for action in ("add", "change", "delete", "view")
            ],
        ),
    )
    customer = Customer.objects.create(
        name="Anna Petrova", email="anna@romashka.example", locale="en"
    )
    now = timezone.now()
    complaint = Case.objects.create(
        customer=customer,
        kind=Case.Kind.COMPLAINT,
        channel="web",
        subject="The crane arrived with a broken hook block",
        message="We unpacked the crane today: the hook block is cracked.",
        assignee=manager,
        opened_at=now - datetime.timedelta(hours=30),
        due_at=now - datetime.timedelta(hours=6),
    )
    Case.objects.create(
        customer=customer,
        kind=Case.Kind.QUESTION,
        channel="phone",
        subject="Is a 10-tonne hoist enough for our workshop?",
        opened_at=now - datetime.timedelta(hours=2),
        due_at=now + datetime.timedelta(hours=22),
    )
    Case.objects.create(
        kind=Case.Kind.WISH,
        channel="web",
        subject="A remote control with bigger buttons",
        status=Case.Status.IN_PROGRESS,
        opened_at=now - datetime.timedelta(days=2),
    )

    log_in(page, live_server, "manager", "pw-manager-1")
    page.get_by_role("button", name="Cases").click()
    page.get_by_role("link", name="Inbox").click()
    page.wait_for_url("**/admin/crm/cases/")
    overdue_row = page.locator("tr.case-overdue")
    assert overdue_row.count() == 1
    assert complaint.subject in overdue_row.inner_text()
    assert "Overdue" in overdue_row.inner_text()
    shoot(page, "admin-cases-inbox")

    page.get_by_role("link", name=complaint.subject).click()
    page.wait_for_url(f"**/admin/crm/cases/edit/{complaint.pk}/")
    page.fill("#id_text", "We are sorry. A new hook block leaves our warehouse today.")
    page.get_by_label("a reply e-mailed to the customer").check()
    page.select_option("#id_status", "waiting")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(f"**/admin/crm/cases/edit/{complaint.pk}/")

    notes = page.locator("[data-case-notes]")
    notes.wait_for()
    assert "A new hook block leaves our warehouse today." in notes.inner_text()
    assert "Reply to the customer" in notes.inner_text()
    assert "Waiting for customer" in page.locator("[data-case-status]").inner_text()

    note = CaseNote.objects.get(is_reply=True)
    assert note.emailed_at is not None  # Celery runs eagerly here
    assert [message.to for message in mail.outbox] == [["anna@romashka.example"]]
    assert TimelineEvent.objects.filter(customer=customer, kind="email").exists()

    page.get_by_role("heading", name="Notes and replies").evaluate(
        "el => el.scrollIntoView()"
    )
    shoot(page, "admin-case")
