"""The customer records in the admin: who may see them, the record's page with its
timeline, notes, the audit log, and merging duplicates."""

from wagtail.models import ModelLogEntry

import pytest

from crm import aggregation
from crm.models import Customer, TimelineEvent
from tests.crm import factories


@pytest.fixture
def anna(db):
    factories.feedback(
        "question", "Do you sell jib cranes?", name="Anna", email="anna@example.com"
    )
    factories.feedback("complaint", "The crane is late", email="anna@example.com")
    return Customer.objects.get(email="anna@example.com")


@pytest.mark.parametrize(
    "group, allowed",
    [("Customer managers", True), ("Marketers", False), ("Editors", False)],
)
def test_only_customer_managers_see_customers(client, member, anna, group, allowed):
    client.force_login(member(group))
    for url in ("/admin/crm/customers/", f"/admin/crm/customers/inspect/{anna.pk}/"):
        response = client.get(url)
        if allowed:
            assert response.status_code == 200
            assert b"anna@example.com" in response.content
        else:
            assert response.status_code in (302, 403)
            assert b"anna@example.com" not in response.content


def test_anonymous_visitors_are_sent_to_the_login(client, anna):
    response = client.get(f"/admin/crm/customers/inspect/{anna.pk}/")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_the_record_shows_the_timeline_newest_first_and_is_audited(
    client, member, anna
):
    manager = member("Customer managers")
    client.force_login(manager)
    html = client.get(f"/admin/crm/customers/inspect/{anna.pk}/").content.decode()
    assert html.index("The crane is late") < html.index("Do you sell jib cranes?")
    assert "At risk" in html  # an open complaint
    assert ModelLogEntry.objects.filter(
        action="crm.view", object_id=str(anna.pk), user=manager
    ).exists()


def test_a_manager_adds_a_note_to_the_timeline(client, member, anna):
    client.force_login(member("Customer managers"))
    response = client.post(
        f"/admin/crm/customers/{anna.pk}/note/", {"text": "Called back, all fine."}
    )
    assert response.status_code == 302
    note = anna.timeline.get(kind=TimelineEvent.Kind.NOTE)
    assert note.detail == "Called back, all fine." and note.author is not None
    empty = client.post(f"/admin/crm/customers/{anna.pk}/note/", {"text": ""})
    assert empty.status_code == 302  # a message says what is wrong, nothing stored
    assert anna.timeline.filter(kind=TimelineEvent.Kind.NOTE).count() == 1


def test_a_marketer_cannot_add_notes(client, member, anna):
    client.force_login(member("Marketers"))
    response = client.post(f"/admin/crm/customers/{anna.pk}/note/", {"text": "x"})
    assert response.status_code in (302, 403)
    assert not anna.timeline.filter(kind=TimelineEvent.Kind.NOTE).exists()


def test_merging_keeps_every_event_and_later_submissions_find_the_kept_record(
    client, member, db
):
    factories.feedback(
        "wish",
        "More jib cranes",
        name="Boris Ivanov",
        company="Crane Works",
        email="boris@crane-works.ru",
    )
    factories.feedback(
        "question",
        "Prices?",
        name="Boris Ivanov",
        company="Crane Works",
        email="b.ivanov@crane-works.ru",
        consent_text="Yes",
    )
    keep = Customer.objects.get(email="boris@crane-works.ru")
    other = Customer.objects.get(email="b.ivanov@crane-works.ru")
    client.force_login(member("Customer managers"))
    page = client.get("/admin/crm/duplicates/").content.decode()
    assert "boris@crane-works.ru" in page and "b.ivanov@crane-works.ru" in page
    response = client.post(
        "/admin/crm/duplicates/", {"keep": keep.pk, "other": other.pk}
    )
    assert response.status_code == 302
    other.refresh_from_db()
    assert other.merged_into == keep
    assert keep.timeline.exclude(kind="merge").count() == 2
    assert keep.consents.count() == 1
    keep.refresh_from_db()
    assert keep.consent_processing
    factories.feedback("praise", "Thanks", email="B.Ivanov@crane-works.ru")
    assert keep.timeline.exclude(kind="merge").count() == 3
    assert Customer.objects.filter(merged_into__isnull=True).count() == 1
    assert (
        client.get("/admin/crm/customers/").content.decode().count("crane-works.ru")
        >= 1
    )


def test_merging_a_record_with_itself_is_refused(client, member, anna):
    client.force_login(member("Customer managers"))
    response = client.post(
        "/admin/crm/duplicates/", {"keep": anna.pk, "other": anna.pk}, follow=True
    )
    assert "cannot be merged" in response.content.decode()
    anna.refresh_from_db()
    assert anna.merged_into is None


def test_a_manager_edits_contact_details_normalised(client, member, anna):
    client.force_login(member("Customer managers"))
    response = client.post(
        f"/admin/crm/customers/edit/{anna.pk}/",
        {
            "name": "Anna P.",
            "email": " ANNA@example.com",
            "phone": "8 912 345 67 89",
            "company_name": "",
            "locale": "en",
            "source": "",
        },
    )
    assert response.status_code == 302
    anna.refresh_from_db()
    assert anna.phone == "+79123456789" and anna.email == "anna@example.com"
    bad = client.post(
        f"/admin/crm/customers/edit/{anna.pk}/",
        {"name": "Anna", "email": "not an address", "phone": "12", "locale": "en"},
    )
    assert bad.status_code == 200  # the form again, with its errors
    assert "valid e-mail" in bad.content.decode()


def test_recompute_is_stable(anna):
    before = Customer.objects.get(pk=anna.pk)
    aggregation.recompute([anna.pk])
    after = Customer.objects.get(pk=anna.pk)
    assert (before.lifecycle, before.complaints_open, before.last_contact_at) == (
        after.lifecycle,
        after.complaints_open,
        after.last_contact_at,
    )


def test_a_manager_records_marketing_consent_and_its_withdrawal(client, member, anna):
    client.force_login(member("Customer managers"))
    url = f"/admin/crm/customers/{anna.pk}/consent/"
    given = {
        "purpose": "marketing",
        "given": "on",
        "how": "By phone",
        "wording": "News by e-mail",
    }
    assert client.post(url, given).status_code == 302
    anna.refresh_from_db()
    assert anna.consent_marketing
    assert anna.timeline.filter(kind="consent").count() == 1
    client.post(url, {"purpose": "marketing", "how": "By e-mail"})  # withdrawn
    anna.refresh_from_db()
    assert not anna.consent_marketing
    assert anna.consents.filter(purpose="marketing").count() == 2  # both kept
    assert (
        ModelLogEntry.objects.filter(
            action="crm.consent", object_id=str(anna.pk)
        ).count()
        == 2
    )
    page = client.get(f"/admin/crm/customers/inspect/{anna.pk}/").content.decode()
    assert "By phone" in page and "By e-mail" in page


def test_a_consent_without_saying_how_is_refused(client, member, anna):
    client.force_login(member("Customer managers"))
    response = client.post(
        f"/admin/crm/customers/{anna.pk}/consent/",
        {"purpose": "marketing", "given": "on", "how": " "},
        follow=True,
    )
    assert "Say how the customer said so." in response.content.decode()
    assert not anna.consents.filter(purpose="marketing").exists()


def test_a_marketer_cannot_record_consent(client, member, anna):
    client.force_login(member("Marketers"))
    client.post(
        f"/admin/crm/customers/{anna.pk}/consent/",
        {"purpose": "marketing", "given": "on", "how": "x"},
    )
    assert not anna.consents.filter(purpose="marketing").exists()


def test_exports_never_hand_a_formula_to_the_spreadsheet(client, member, db):
    factories.feedback(
        "complaint", '=HYPERLINK("http://x")', name="=1+2", email="f@example.com"
    )
    client.force_login(member("Customer managers"))

    def csv(url):
        response = client.get(url)
        assert response.status_code == 200
        return b"".join(response.streaming_content).decode()

    customers = csv("/admin/crm/customers/?export=csv")
    assert "'=1+2" in customers and ",=1+2" not in customers
    assert "'=HYPERLINK" in csv("/admin/surveys/feedback/?export=csv")
    assert "'=HYPERLINK" in csv("/admin/crm/cases/?export=csv")
