"""A customer's data exported and erased (commands and admin), each in the audit
log, and the retention of submissions given without consent to keep them."""

import datetime
import io
import json

from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest

from crm import aggregation, privacy
from crm.models import Case, CaseNote, Customer, TimelineEvent
from surveys.models import Feedback, Invitation, QuestionnaireResponse, ServiceRequest
from tests.crm import factories
from tests.surveys.results_factories import answer

pytestmark = pytest.mark.django_db

EMAIL = "anna.petrova@example.com"
CONSENT = "I agree to the processing of my data."


@pytest.fixture
def anna(survey):
    """A customer with a complaint, a service request, an invited questionnaire
    answer, a reply on her case and an earlier view in the audit log."""
    factories.feedback(
        "complaint",
        "The crane of Anna Petrova arrived broken",
        name="Anna Petrova",
        email=EMAIL,
        phone="+7 912 345-67-89",
        company="Romashka",
        consent_text=CONSENT,
    )
    factories.service_request(name="Anna Petrova", email=EMAIL, consent_text=CONSENT)
    invitation = Invitation.objects.create(
        page=survey, email="Anna.Petrova@example.com", name="Anna", token="t1"
    )
    Invitation.objects.filter(pk=invitation.pk).update(sent_at=timezone.now())
    response = answer(survey, rating="2", nps="4", improve="Call Anna on +7912")
    response.invitation = invitation
    response.respondent_email = EMAIL
    response.save()
    aggregation.aggregate(
        [
            f"surveys.invitation:{invitation.id}",
            f"surveys.questionnaireresponse:{response.id}",
        ]
    )
    customer = Customer.objects.get()
    case = customer.cases.get(kind="complaint")
    CaseNote.objects.create(case=case, text="Dear Anna, sorry.", is_reply=True)
    CaseNote.objects.create(case=case, text="Crane model 5t", is_reply=False)
    privacy.log(customer, "crm.view")
    return customer


def test_export_holds_the_record_consents_timeline_and_cases(anna):
    data = privacy.export_customer(anna)
    assert data["customer"]["email"] == EMAIL
    assert data["customer"]["name"] == "Anna Petrova"
    assert data["customer"]["nps_score"] == 4
    assert [c["wording"] for c in data["consents"]] == [CONSENT, CONSENT]
    assert {event["kind"] for event in data["timeline"]} == {
        "feedback",
        "request",
        "response",
        "invitation_answered",
        "invitation_sent",
    }
    complaint = next(case for case in data["cases"] if case["kind"] == "complaint")
    assert complaint["replies"][0]["text"] == "Dear Anna, sorry."
    json.dumps(data)  # JSON-ready as it is


def test_export_command_prints_json_for_any_spelling_of_the_address(anna):
    out = io.StringIO()
    call_command("crm_export_customer", " ANNA.Petrova@Example.com ", stdout=out)
    data = json.loads(out.getvalue())
    assert data["customer"]["id"] == anna.id
    assert ModelLogEntry.objects.filter(action="crm.export").count() == 1


@pytest.mark.parametrize(
    "command", [["crm_export_customer"], ["crm_erase_customer", "--yes"]]
)
def test_commands_fail_clearly_for_an_unknown_address(anna, command):
    with pytest.raises(CommandError, match="nobody@example.com"):
        call_command(*command, "nobody@example.com")
    with pytest.raises(CommandError, match="No customer"):
        call_command(*command, "not an address")
    assert Customer.objects.get().email == EMAIL


def test_erase_command_asks_for_confirmation(anna, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    with pytest.raises(CommandError, match="--yes"):
        call_command("crm_erase_customer", EMAIL)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    with pytest.raises(CommandError, match="Nothing was erased"):
        call_command("crm_erase_customer", EMAIL)
    assert Customer.objects.get().email == EMAIL
    monkeypatch.setattr("builtins.input", lambda prompt: "yes")
    call_command("crm_erase_customer", EMAIL, stdout=io.StringIO())
    assert Customer.objects.get().erased_at is not None


def test_erase_blanks_personal_data_everywhere_and_keeps_the_figures(anna):
    events, cases = anna.timeline.count(), anna.cases.count()
    call_command("crm_erase_customer", EMAIL, "--yes", stdout=io.StringIO())

    customer = Customer.objects.get()
    assert (customer.name, customer.email, customer.phone) == ("", "", "")
    assert customer.company_name == "" and customer.company is None
    assert customer.erased_at is not None
    # Figures and counts stay.
    assert customer.nps_score == 4 and customer.csat_average == 2
    assert customer.complaints_open == 1
    assert customer.timeline.count() == events
    assert customer.cases.count() == cases
    assert Case.objects.get(kind="complaint").status == "new"
    assert TimelineEvent.objects.get(kind="response").data["nps"] == 4

    # Nothing of Anna left in what we hold.
    texts = json.dumps(privacy.export_customer(customer)).lower()
    assert "anna" not in texts and "912" not in texts
    for feedback in Feedback.objects.all():
        assert (feedback.name, feedback.email, feedback.phone, feedback.company) == (
            "",
            "",
            "",
            "",
        )
        assert "Anna" not in feedback.message
    request = ServiceRequest.objects.get()
    assert (request.name, request.email, request.data) == ("", "", {})
    response = QuestionnaireResponse.objects.get()
    assert response.respondent_email == ""
    assert "Anna" not in json.dumps(response.form_data)
    assert "4" in response.form_data.values()  # the NPS answer stays
    invitation = Invitation.objects.get()
    assert invitation.email == f"erased-{invitation.id}@invalid"
    assert invitation.name == ""
    assert CaseNote.objects.get(is_reply=True).text == ""
    assert CaseNote.objects.get(is_reply=False).text == "Crane model 5t"

    # The audit log has the erasure, and no longer names her.
    entries = ModelLogEntry.objects.filter(object_id=str(customer.id))
    assert set(entries.values_list("action", flat=True)) == {"crm.view", "crm.erase"}
    assert not entries.filter(label__icontains="anna").exists()


def test_an_erased_person_writing_again_makes_a_new_record(anna):
    privacy.erase_customer(anna)
    factories.feedback("question", email=EMAIL)
    assert Customer.objects.count() == 2
    assert Customer.objects.get(email=EMAIL).timeline.count() == 1


@pytest.fixture
def manager(client, member):
    client.force_login(member("Customer managers"))
    return client


def test_managers_download_the_export_and_it_is_logged(anna, manager):
    response = manager.get(reverse("crm_privacy:export", args=[anna.id]))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert json.loads(response.content)["customer"]["email"] == EMAIL
    entry = ModelLogEntry.objects.get(action="crm.export")
    assert entry.user.username == "customer-managers"


def test_managers_erase_after_confirming(anna, manager):
    url = reverse("crm_privacy:erase", args=[anna.id])
    page = manager.get(url)
    assert page.status_code == 200
    assert "cannot be undone" in page.content.decode()
    refused = manager.post(url, {})
    assert refused.status_code == 400
    assert Customer.objects.get().email == EMAIL
    done = manager.post(url, {"confirm": "on"})
    assert done.status_code == 302
    assert Customer.objects.get().email == ""
    assert ModelLogEntry.objects.get(action="crm.erase").user is not None


@pytest.mark.parametrize("group", ["Marketers", "Editors"])
def test_others_can_neither_export_nor_erase(anna, client, member, group):
    client.force_login(member(group))
    for name in ("crm_privacy:export", "crm_privacy:erase"):
        response = client.post(reverse(name, args=[anna.id]), {"confirm": "on"})
        assert response.status_code in (302, 403)
        assert response.get("Location") in (None, "/admin/")
    assert Customer.objects.get().email == EMAIL
    assert not ModelLogEntry.objects.filter(action__in=["crm.export", "crm.erase"])


def test_an_unknown_customer_is_a_404(manager):
    # The admin's 404 passes through the language redirect first.
    response = manager.get(reverse("crm_privacy:erase", args=[999]), follow=True)
    assert response.status_code == 404


def test_log_customer_view(anna, rf, admin_user):
    request = rf.get("/")
    request.user = admin_user
    privacy.log_customer_view(request, anna)
    entry = ModelLogEntry.objects.filter(action="crm.view").latest("id")
    assert entry.user == admin_user


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def test_retention_anonymises_only_old_identified_submissions_without_consent(
    survey, settings
):
    settings.CRM_RETENTION_DAYS = 365
    old = factories.feedback("wish", when=days_ago(400), email="old@example.com")
    kept = factories.feedback(
        "wish", when=days_ago(400), email="kept@example.com", consent_text=CONSENT
    )
    recent = factories.feedback("wish", when=days_ago(100), email="new@example.com")
    anonymous = factories.feedback("wish", when=days_ago(400))
    old_request = factories.service_request(when=days_ago(400), phone="+79120001122")
    response = answer(survey, when=days_ago(400), nps="9")
    QuestionnaireResponse.objects.filter(pk=response.pk).update(
        respondent_name="Old respondent"
    )

    assert privacy.anonymise_expired_task() == 3
    assert privacy.anonymise_expired_task() == 0  # idempotent

    def email(item):
        return Feedback.objects.get(pk=item.pk).email

    assert email(old) == ""
    assert email(kept) == "kept@example.com"
    assert email(recent) == "new@example.com"
    assert email(anonymous) == ""
    assert Feedback.objects.get(pk=old.pk).message == old.message  # content stays
    assert ServiceRequest.objects.get(pk=old_request.pk).phone == ""
    response.refresh_from_db()
    assert response.respondent_name == "" and response.form_data
    assert Feedback.objects.count() == 4


def test_retention_period_comes_from_settings(settings):
    factories.feedback("wish", when=days_ago(400), email="old@example.com")
    assert privacy.retention_days() == 730
    assert privacy.anonymise_expired() == 0
    settings.CRM_RETENTION_DAYS = 30
    assert privacy.anonymise_expired(batch_size=1) == 1


def test_review_fixes_erasure_reaches_merged_records_webhooks_and_rebuilds(db):
    """Erasing by a merged record's address erases the live record; the webhook
    log forgets the contact; a rebuild does not bring the person back."""
    from crm import aggregation, matching
    from crm.models import Webhook, WebhookDelivery
    from crm.privacy import erase_customer, find_customer

    Webhook.objects.create(
        name="ERP", url="http://127.0.0.1:9/", events=["feedback.created"]
    )
    with factories.committed():
        factories.feedback(
            "complaint", "Late again", name="Olga", email="olga@example.com"
        )
        factories.feedback(
            "question", "Prices?", name="Olga", email="o.work@example.com"
        )
    keep = Customer.objects.get(email="olga@example.com")
    other = Customer.objects.get(email="o.work@example.com")
    matching.merge(keep, other)
    assert find_customer("O.Work@example.com") == keep
    erase_customer(find_customer("o.work@example.com"))
    keep.refresh_from_db()
    assert keep.erased_at and not keep.email
    payloads = str(list(WebhookDelivery.objects.values_list("payload", flat=True)))
    assert "olga@example.com" not in payloads and "Olga" not in payloads
    aggregation.rebuild()
    assert not Customer.objects.filter(
        email__in=["olga@example.com", "o.work@example.com"]
    ).exists()
