"""Submissions become customer records: matching, timeline, consents, cases,
derived figures; idempotence, the sweep and the rebuild."""

import datetime

from django.utils import timezone

import pytest

from crm import aggregation
from crm.models import Aggregated, Case, Company, Customer, TimelineEvent
from tests.crm import factories
from tests.surveys.results_factories import answer

pytestmark = pytest.mark.django_db(transaction=False)


def test_feedback_with_contact_makes_a_customer_with_event_consent_and_case(db):
    item = factories.feedback(
        "complaint",
        "The crane arrived broken",
        name="Anna Petrova",
        email=" Anna.Petrova@Example.COM ",
        phone="8 (912) 345-67-89",
        company='OOO "Romashka"',
        consent_text="I agree to the processing of my data.",
    )
    customer = Customer.objects.get()
    assert customer.email == "anna.petrova@example.com"
    assert customer.phone == "+79123456789"
    assert customer.company.name == 'OOO "Romashka"'
    assert customer.company.domain == "example.com"
    assert customer.consent_processing and not customer.consent_marketing
    event = customer.timeline.get()
    assert event.kind == "feedback" and "crane arrived broken" in event.summary
    case = Case.objects.get()
    assert case.customer == customer and case.kind == "complaint"
    assert customer.complaints_open == 1
    assert customer.lifecycle == Customer.Lifecycle.AT_RISK
    assert Aggregated.objects.filter(source=f"surveys.feedback:{item.id}").exists()


def test_the_same_person_spelled_differently_is_one_customer(db):
    factories.feedback("question", email="ivan@example.com", phone="+7 912 000-11-22")
    factories.feedback("wish", email="IVAN@example.com ")
    factories.feedback("wish", phone="8-912-000-11-22", name="Ivan")
    factories.service_request(phone="79120001122")
    customer = Customer.objects.get()
    assert customer.name == "Ivan"  # a blank field filled by a later submission
    assert customer.timeline.count() == 4


def test_public_mail_domains_do_not_make_companies_match(db):
    factories.feedback("question", email="one@gmail.com")
    factories.feedback("question", email="two@gmail.com")
    assert Company.objects.count() == 0
    factories.feedback("question", email="a@crane-works.ru", company="Crane Works LLC")
    factories.feedback("question", email="b@crane-works.ru")
    company = Company.objects.get()
    assert company.contacts.count() == 2


def test_anonymous_feedback_opens_a_case_without_a_customer(db):
    factories.feedback("complaint", "Too slow")
    assert Customer.objects.count() == 0
    assert Case.objects.get().customer is None


def test_processing_twice_leaves_one_event_and_one_case(db):
    item = factories.feedback("complaint", email="x@example.com")
    key = f"surveys.feedback:{item.id}"
    Aggregated.objects.all().delete()
    assert aggregation.aggregate([key]) == 1
    assert aggregation.aggregate([key]) == 0
    assert TimelineEvent.objects.count() == 1
    assert Case.objects.count() == 1


def test_nps_and_csat_from_a_questionnaire(survey):
    response = answer(survey, rating="2", nps="4")
    response.respondent_email = "olga@example.com"
    response.save()
    Aggregated.objects.all().delete()
    aggregation.aggregate([f"surveys.questionnaireresponse:{response.id}"])
    customer = Customer.objects.get()
    assert customer.nps_score == 4
    assert customer.nps_category == "detractor"
    assert customer.csat_average == 2
    assert Case.objects.get().kind == "unhappy"  # NPS 0-6 opens a case


def test_sweep_takes_what_no_task_took(db, django_capture_on_commit_callbacks):
    # Stored, but the task after the commit never ran (a broker outage).
    first = factories.feedback("question", email="a@example.com")
    second = factories.service_request(email="b@example.com")
    Aggregated.objects.all().delete()
    Customer.objects.all().delete()
    Case.objects.all().delete()
    assert aggregation.sweep() == 2
    assert aggregation.sweep() == 0
    assert {c.email for c in Customer.objects.all()} == {
        "a@example.com",
        "b@example.com",
    }
    assert (
        Aggregated.objects.filter(
            source__in=[
                f"surveys.feedback:{first.id}",
                f"surveys.servicerequest:{second.id}",
            ]
        ).count()
        == 2
    )


def snapshot():
    customers = Customer.objects.order_by("email", "phone")
    return [
        (
            c.email,
            c.phone,
            c.name,
            c.company.key if c.company else "",
            c.nps_score,
            c.csat_average,
            c.complaints_open,
            c.lifecycle,
            c.first_contact_at,
            c.last_contact_at,
            sorted(c.timeline.values_list("kind", "source")),
            sorted(c.cases.values_list("kind", "source")),
        )
        for c in customers
    ]


def test_rebuild_gives_what_the_incremental_path_gave(survey):
    start = timezone.now() - datetime.timedelta(days=30)
    for day in range(20):
        when = start + datetime.timedelta(days=day)
        factories.feedback(
            ["complaint", "wish", "question", "praise"][day % 4],
            when=when,
            email=f"person{day % 7}@example.com" if day % 3 else "",
            phone=f"+7 912 000 00 0{day % 5}" if day % 2 else "",
            name=f"Person {day % 7}",
            company="Crane Works" if day % 5 == 0 else "",
        )
        if day % 4 == 0:
            factories.service_request(when=when, email=f"person{day % 7}@example.com")
        if day % 6 == 0:
            response = answer(
                survey, when=when, rating=str(day % 5 + 1), nps=str(day % 11)
            )
            response.respondent_email = f"person{day % 7}@example.com"
            response.save()
    # Answers were stored with update() (no signal), as in an outage: sweep them.
    aggregation.sweep()
    incremental = snapshot()
    assert len(incremental) >= 7

    TimelineEvent.objects.all().delete()
    Case.objects.all().delete()
    Customer.objects.all().delete()
    Company.objects.all().delete()
    aggregation.rebuild(batch_size=7)
    assert snapshot() == incremental


def test_the_commands_sweep_and_rebuild(db):
    from django.core.management import call_command

    factories.feedback("question", email="c@example.com")
    Aggregated.objects.all().delete()
    Customer.objects.all().delete()
    call_command("crm_sweep")
    assert Customer.objects.filter(email="c@example.com").exists()
    call_command("crm_rebuild", batch_size=10)
    assert Aggregated.objects.count() == 1 and Customer.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_signed_in_users_vote_joins_their_record(poll, django_user_model):
    from tests.surveys.test_polls import JSON, visitor, vote

    user = django_user_model.objects.create_user(
        "reader", email="Reader@Example.com", password="pw", first_name="Rita"
    )
    browser = visitor("10.0.0.9")
    browser.force_login(user)
    assert vote(browser, poll, poll.choices.first(), **JSON).status_code == 200
    customer = Customer.objects.get(email="reader@example.com")
    assert customer.name == "Rita"
    assert list(customer.timeline.values_list("kind", flat=True)) == ["vote"]
    # An anonymous vote tells nothing about a customer.
    assert (
        vote(visitor("10.0.0.10"), poll, poll.choices.first(), **JSON).status_code
        == 200
    )
    assert Customer.objects.count() == 1


def test_a_request_cases_status_change_is_one_event_on_the_timeline(db, admin_user):
    from crm import cases

    with factories.committed():
        request = factories.service_request(email="p@example.com")
        case = Case.objects.get()
        cases.change_status(case, "in_progress", author=admin_user)
    request.refresh_from_db()
    assert request.status == "in_progress"  # the requester's status link shows it
    customer = Customer.objects.get()
    assert customer.timeline.filter(kind="status").count() == 1


def test_a_request_moved_under_surveys_moves_its_case(db, admin_user):
    with factories.committed():
        request = factories.service_request(email="q@example.com")
    with factories.committed():
        request.change_status("resolved", note="Done", author=admin_user)
    case = Case.objects.get()
    assert case.status == "resolved" and case.resolved_at is not None
    with factories.committed():
        request.change_status("resolved")  # the same again: nothing moves
    assert case.notes.count() == 1
