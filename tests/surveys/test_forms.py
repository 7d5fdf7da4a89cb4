"""Questionnaires, feedback and service requests as a visitor sends them, and
every kind of bad input: a form error or a 4xx, never a 500, never a stored row."""

from django.core import mail

import pytest

from surveys.models import (
    Feedback,
    QuestionnaireAttempt,
    QuestionnaireResponse,
    RefusedSubmission,
    RequestType,
    ServiceRequest,
    ServiceRequestPage,
)
from tests.surveys.conftest import JSON, SAME_ORIGIN

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_minimum_fill_time(settings):
    settings.SURVEYS_MIN_FILL_SECONDS = 0


def names(page):
    return {q.label: q.clean_name for q in page.questions.all()}


def good_answers(page, **changes):
    n = names(page)
    data = {
        n["How likely are you to recommend us?"]: "9",
        n["How satisfied are you with service?"]: "4",
        n["Which products do you use?"]: ["Overhead cranes", "Hoists"],
        n["Preferred contact"]: "E-mail",
        n["Region"]: "Urals",
        n["Cranes in operation"]: "12",
        n["Last inspection"]: "2026-10-01",
        n["E-mail for the report"]: "chief@plant.example",
        n["Short comment"]: "Fine",
        n["What should we improve?"]: "Faster spare parts.",
        n["I agree to be contacted"]: "on",
    }
    for label, value in changes.items():
        if value is None:
            data.pop(n[label])
        else:
            data[n[label]] = value
    return data


def submit(client, page, data, **extra):
    return client.post(
        f"/en/surveys/questionnaires/{page.id}/", data, **SAME_ORIGIN, **extra
    )


def test_questionnaire_page_shows_steps(client, questionnaire):
    html = client.get(questionnaire.url).content.decode()
    assert html.count('class="questionnaire__step"') == 2
    assert "Step 1 of 2" in html and "Step 2 of 2" in html
    assert 'data-show-if="Preferred contact" data-show-value="Phone"' in html


def test_a_complete_answer_is_stored_with_its_page_and_language(
    client, questionnaire, site_tree
):
    data = good_answers(questionnaire) | {"page": site_tree.articles[0].id}
    response = submit(client, questionnaire, data)
    assert response.status_code == 302
    assert response["Location"] == questionnaire.url + "thanks/"
    assert (
        "Thank you for your answers!"
        in client.get(response["Location"]).content.decode()
    )
    stored = QuestionnaireResponse.objects.get()
    n = names(questionnaire)
    assert stored.form_data[n["How likely are you to recommend us?"]] == 9
    assert stored.form_data[n["Which products do you use?"]] == [
        "Overhead cranes",
        "Hoists",
    ]
    assert stored.locale == "en" and stored.embedded_on_id == site_tree.articles[0].id
    assert QuestionnaireAttempt.objects.get().completed_at is not None


def test_skip_logic_requires_a_question_only_when_shown(client, questionnaire):
    n = names(questionnaire)
    response = submit(
        client,
        questionnaire,
        good_answers(questionnaire, **{"Preferred contact": "Phone"}),
        **JSON,
    )
    assert response.status_code == 400
    assert n["Your phone"] in response.json()["errors"]
    data = good_answers(questionnaire, **{"Preferred contact": "E-mail"}) | {
        n["Your phone"]: "+7 900 000-00-00"
    }
    assert submit(client, questionnaire, data, **JSON).status_code == 200
    # Hidden by the skip logic: not stored.
    assert n["Your phone"] not in QuestionnaireResponse.objects.get().form_data


@pytest.mark.parametrize(
    "label, value",
    [
        ("How likely are you to recommend us?", "11"),
        ("How likely are you to recommend us?", "-1"),
        ("How satisfied are you with service?", "0"),
        ("How satisfied are you with service?", "five"),
        ("Which products do you use?", ["Forged choice"]),
        ("Preferred contact", "999"),
        ("Region", "Atlantis"),
        ("Cranes in operation", "many"),
        ("Last inspection", "2026-13-45"),
        ("E-mail for the report", "not-an-email"),
        ("Short comment", "x" * 501),
        ("What should we improve?", "x" * 5001),
        ("How likely are you to recommend us?", None),
        ("I agree to be contacted", None),
    ],
)
def test_every_question_type_is_validated(client, questionnaire, label, value):
    response = submit(
        client, questionnaire, good_answers(questionnaire, **{label: value}), **JSON
    )
    assert response.status_code == 400
    assert names(questionnaire)[label] in response.json()["errors"]
    assert QuestionnaireResponse.objects.count() == 0


def test_errors_without_javascript_show_the_form_again(client, questionnaire):
    response = submit(
        client, questionnaire, good_answers(questionnaire, **{"Region": "Atlantis"})
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Select a valid choice" in html and 'value="chief@plant.example"' in html


def test_the_same_attempt_cannot_be_sent_twice(client, questionnaire):
    data = good_answers(questionnaire) | {
        "attempt": "6f1c2e1a-58d1-4a59-9d55-0f3a7c9d2b11"
    }
    assert submit(client, questionnaire, data, **JSON).status_code == 200
    again = submit(client, questionnaire, data, **JSON)
    assert again.status_code == 409
    assert QuestionnaireResponse.objects.count() == 1


def test_progress_pings_count_starts_and_steps(client, questionnaire):
    url = f"/en/surveys/questionnaires/{questionnaire.id}/progress/"
    attempt = "0b0d1e1a-58d1-4a59-9d55-0f3a7c9d2b11"
    assert (
        client.post(url, {"attempt": attempt, "step": "1"}, **SAME_ORIGIN).status_code
        == 202
    )
    assert (
        client.post(url, {"attempt": attempt, "step": "2"}, **SAME_ORIGIN).status_code
        == 202
    )
    assert (
        client.post(url, {"attempt": attempt, "step": "1"}, **SAME_ORIGIN).status_code
        == 202
    )
    assert QuestionnaireAttempt.objects.get().last_step == 2
    for bad in (
        {"attempt": "nope", "step": "1"},
        {"attempt": attempt, "step": "7"},
        {},
    ):
        assert client.post(url, bad, **SAME_ORIGIN).status_code == 400


def test_identified_questionnaire_stores_contact_and_consent_wording(
    client, questionnaire
):
    questionnaire.identified = True
    questionnaire.consent_text = "I agree to the processing of my answers."
    questionnaire.save_revision().publish()
    contact = {
        "name": "Ivan Petrov",
        "email": "ivan@plant.example",
        "phone": "+7 912 000-11-22",
        "company": "Plant",
    }
    response = submit(
        client, questionnaire, good_answers(questionnaire) | contact, **JSON
    )
    assert response.status_code == 400 and "consent" in response.json()["errors"]
    response = submit(
        client,
        questionnaire,
        good_answers(questionnaire) | contact | {"consent": "on"},
        **JSON,
    )
    assert response.status_code == 200
    stored = QuestionnaireResponse.objects.get()
    assert stored.respondent_email == "ivan@plant.example"
    assert stored.consent_text == "I agree to the processing of my answers."


def test_questionnaire_embedded_in_a_page(client, questionnaire, site_tree):
    about = site_tree.about
    about.body = [
        {"type": "questionnaire", "value": {"questionnaire": questionnaire.id}}
    ]
    about.save_revision().publish()
    html = client.get(about.url).content.decode()
    assert f'action="/en/surveys/questionnaires/{questionnaire.id}/"' in html
    assert f'<input type="hidden" name="page" value="{about.id}">' in html


# Feedback


def feedback(client, **fields):
    data = {"kind": "complaint", "message": "The hoist was delivered late.", **fields}
    return client.post(
        "/en/surveys/feedback/", data, **SAME_ORIGIN, **fields.pop("extra", {})
    )


def test_feedback_is_stored_with_its_page(client, site_tree):
    response = feedback(client, page=site_tree.contacts.id, next=site_tree.contacts.url)
    assert response.status_code == 302
    assert response["Location"] == site_tree.contacts.url + "#feedback"
    stored = Feedback.objects.get()
    assert stored.kind == "complaint" and stored.channel == "web"
    assert stored.page_id == site_tree.contacts.id and stored.locale == "en"
    assert stored.consent_text == ""


def test_feedback_with_contact_details_needs_consent(client, site_tree):
    response = client.post(
        "/en/surveys/feedback/",
        {"kind": "question", "message": "Price?", "email": "a@b.example"},
        **SAME_ORIGIN,
        **JSON,
    )
    assert response.status_code == 400 and "consent" in response.json()["errors"]
    response = client.post(
        "/en/surveys/feedback/",
        {
            "kind": "question",
            "message": "Price?",
            "email": "a@b.example",
            "consent": "on",
        },
        **SAME_ORIGIN,
        **JSON,
    )
    assert response.status_code == 200
    assert "contact details are processed" in Feedback.objects.get().consent_text


@pytest.mark.parametrize(
    "data",
    [
        {"kind": "threat", "message": "x"},
        {"kind": "complaint", "message": ""},
        {"kind": "complaint", "message": "x" * 5001},
        {"kind": "complaint", "message": "x", "email": "nope", "consent": "on"},
        {"kind": "complaint", "message": "x", "phone": "call me", "consent": "on"},
        {"kind": "complaint", "message": "x", "name": "n" * 300, "consent": "on"},
    ],
)
def test_bad_feedback_gets_form_errors(client, data):
    response = client.post("/en/surveys/feedback/", data, **SAME_ORIGIN)
    assert response.status_code == 400
    assert "Please check your message" in response.content.decode()
    assert Feedback.objects.count() == 0


def test_feedback_page_and_block(client, site_tree):
    from surveys.models import FeedbackPage

    page = FeedbackPage(title="Write to us", slug="write-to-us")
    site_tree.home.add_child(instance=page)
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert 'action="/en/surveys/feedback/"' in html and 'name="website"' in html


# Service requests


@pytest.fixture
def quote(site_tree):
    request_type = RequestType.objects.create(
        name="Request a quote",
        notify_emails="sales@uralkran.example, chief@uralkran.example",
        fields=[
            {
                "type": "field",
                "value": {
                    "label": "Capacity, t",
                    "field_type": "number",
                    "required": True,
                },
            },
            {
                "type": "field",
                "value": {
                    "label": "Crane type",
                    "field_type": "choice",
                    "required": True,
                    "choices": "Overhead\nGantry",
                },
            },
            {
                "type": "field",
                "value": {
                    "label": "Details",
                    "field_type": "textarea",
                    "required": False,
                },
            },
        ],
    )
    page = ServiceRequestPage(
        title="Request a quote", slug="quote", request_type=request_type
    )
    site_tree.home.add_child(instance=page)
    page.save_revision().publish()
    return request_type


def send_request(client, request_type, **fields):
    data = {
        "field_0": "20",
        "field_1": "Gantry",
        "field_2": "For a scrap yard.",
        "name": "Olga",
        "email": "olga@plant.example",
        "consent": "on",
        **fields,
    }
    return client.post(f"/en/surveys/requests/{request_type.id}/", data, **SAME_ORIGIN)


def test_request_gets_a_reference_a_status_link_and_notifies_managers(
    client, quote, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = send_request(client, quote)
        assert len(mail.outbox) == 0  # the managers' e-mail waits for the commit
    stored = ServiceRequest.objects.get()
    assert stored.reference.startswith("R-") and len(stored.token) >= 32
    assert (
        response.status_code == 302 and response["Location"] == stored.get_status_url()
    )
    status = client.get(response["Location"])
    html = status.content.decode()
    assert stored.reference in html and "New" in html and "Gantry" in html
    assert "private" in status["Cache-Control"] or "no-cache" in status["Cache-Control"]
    assert stored.data == {
        "Capacity, t": "20",
        "Crane type": "Gantry",
        "Details": "For a scrap yard.",
    }
    assert len(mail.outbox) == 1
    assert sorted(mail.outbox[0].to) == [
        "chief@uralkran.example",
        "sales@uralkran.example",
    ]
    assert stored.reference in mail.outbox[0].subject


def test_status_change_is_shown_and_emailed(
    client, quote, django_capture_on_commit_callbacks
):
    send_request(client, quote)
    stored = ServiceRequest.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        stored.change_status(
            ServiceRequest.Status.IN_PROGRESS,
            note="An engineer will call you tomorrow.",
        )
    html = client.get(stored.get_status_url()).content.decode()
    assert "In progress" in html and "An engineer will call you tomorrow." in html
    assert mail.outbox[0].to == ["olga@plant.example"]
    assert "In progress" in mail.outbox[0].subject


def test_status_links_are_not_guessable(client, quote):
    send_request(client, quote)
    stored = ServiceRequest.objects.get()
    assert (
        client.get(f"/en/surveys/requests/status/{stored.reference}/").status_code
        == 404
    )
    wrong = stored.token[:-1] + ("x" if stored.token[-1] != "x" else "y")
    assert client.get(f"/en/surveys/requests/status/{wrong}/").status_code == 404


@pytest.mark.parametrize(
    "fields",
    [
        {"field_0": "heavy"},
        {"field_1": "Spaceship"},
        {"field_0": ""},
        {"email": "", "phone": ""},
        {"consent": ""},
        {"field_2": "x" * 6000},
    ],
)
def test_bad_requests_get_form_errors(client, quote, fields):
    response = send_request(client, quote, **fields)
    assert response.status_code == 400
    assert ServiceRequest.objects.count() == 0


def test_forms_from_other_sites_are_refused(client, quote):
    for url, data in [
        ("/en/surveys/feedback/", {"kind": "praise", "message": "x"}),
        (f"/en/surveys/requests/{quote.id}/", {"field_0": "1"}),
    ]:
        response = client.post(url, data, HTTP_ORIGIN="https://evil.example")
        assert response.status_code == 403
        assert "can only be sent from this site" in response.content.decode()
    response = client.post("/en/surveys/feedback/", {"kind": "praise", "message": "x"})
    assert response.status_code == 403  # no Origin and no Referer
    assert RefusedSubmission.objects.filter(reason="cross_site").count() == 3
    assert Feedback.objects.count() == ServiceRequest.objects.count() == 0
