"""Script and formula payloads a visitor types into every free-text field are
shown inert wherever they travel: the requester's status page, every admin screen
that lists or opens a submission, the customer records built from them, the CSV
and XLSX exports, and the e-mails sent about them."""

import csv
import datetime
import io
import re

from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

import pytest
from openpyxl import load_workbook

from analytics import digest
from analytics.drain import drain
from crm.models import Case, Customer
from portal.spreadsheets import FORMATS, FORMULA_STARTS
from surveys.models import (
    Feedback,
    PollVote,
    QuestionnairePage,
    QuestionnaireResponse,
    ServiceRequest,
)

pytestmark = pytest.mark.django_db

SITE = "http://testserver"
SCRIPT = "<script>alert('xss-1')</script>"
IMG = '"><img src=x onerror=alert(2)>'
JS_URL = "javascript:alert(3)"
# Valid: a quoted local part may hold these (but no space).
EMAIL = '"<img/src=x/onerror=alert(4)>"@plant.example'
PAYLOADS = (SCRIPT, IMG)


@pytest.fixture(autouse=True)
def no_minimum_fill_time(settings):
    settings.SURVEYS_MIN_FILL_SECONDS = 0


def send(path, data, address):
    client = Client(REMOTE_ADDR=address)
    response = client.post(path, data, HTTP_ORIGIN=SITE)
    assert response.status_code == 302, response.content.decode()[:500]
    return response


def submit_everything(questionnaire, request_type, poll, texts):
    """Feedback, a service request, identified answers and a poll's "other"
    answer, sent through the site as a visitor sends them, with the customer
    records built from them (the tasks run once the transaction commits)."""
    QuestionnairePage.objects.filter(id=questionnaire.id).update(identified=True)
    names = {q.label: q.clean_name for q in questionnaire.questions.all()}
    send(
        "/en/surveys/feedback/",
        {
            "kind": "complaint",
            "message": texts["message"],
            "name": texts["name"],
            "email": texts["email"],
            "company": texts["company"],
            "consent": "on",
        },
        "10.9.0.1",
    )
    send(
        f"/en/surveys/requests/{request_type.id}/",
        {
            "field_0": texts["short"],
            "field_1": "20",
            "field_2": "Gantry",
            "field_4": texts["long"],
            "name": texts["name"],
            "email": texts["email"],
            "company": texts["company"],
            "consent": "on",
        },
        "10.9.0.2",
    )
    send(
        f"/en/surveys/questionnaires/{questionnaire.id}/",
        {
            names["How likely are you to recommend us?"]: "3",  # unhappy: a case
            names["How satisfied are you with service?"]: "2",
            names["Preferred contact"]: "E-mail",
            names["Short comment"]: texts["short"],
            names["What should we improve?"]: texts["long"],
            names["I agree to be contacted"]: "on",
            "name": texts["name"],
            "email": texts["email"],
            "company": texts["company"],
            "consent": "on",
        },
        "10.9.0.3",
    )
    send(
        f"/en/surveys/polls/{poll.id}/vote/",
        {"other": texts["other"], "next": "/en/"},
        "10.9.0.4",
    )


@pytest.fixture
def scripted(
    questionnaire,
    every_field_request_type,
    make_poll,
    django_capture_on_commit_callbacks,
):
    """Everything a visitor can type, typed as markup and script."""
    poll = make_poll(allow_other=True)
    with django_capture_on_commit_callbacks(execute=True):
        submit_everything(
            questionnaire,
            every_field_request_type,
            poll,
            {
                "message": f"{SCRIPT}\n{IMG}\n{JS_URL}",
                "name": IMG,
                "email": EMAIL,
                "company": SCRIPT,
                "short": SCRIPT,
                "long": f"{IMG} {JS_URL}",
                "other": SCRIPT,
            },
        )
    return poll


INERT_CHECKS = [
    (re.compile(r"<script>\s*alert", re.I), "a script tag from a visitor"),
    (re.compile(r"<img[^>]*\bonerror\s*=", re.I), "an onerror attribute"),
    (
        re.compile(r"""\b(?:href|src|action)\s*=\s*["']?\s*javascript:""", re.I),
        "a javascript: address",
    ),
]


def assert_inert(html, where, shown=PAYLOADS):
    """No payload works as markup; those the screen shows are shown as text."""
    for pattern, what in INERT_CHECKS:
        assert not pattern.search(html), f"{what} on {where}"
    for payload in (SCRIPT, IMG, EMAIL):
        assert payload not in html, f"unescaped {payload!r} on {where}"
    for payload in shown:
        assert escape(payload) in html, f"{payload!r} not shown on {where}"


def test_the_site_and_the_admin_show_every_submission_as_text(scripted, admin_client):
    feedback = Feedback.objects.get()
    service_request = ServiceRequest.objects.get()
    customer = Customer.objects.get()
    response = QuestionnaireResponse.objects.get()
    status = Client().get(service_request.get_status_url())
    assert status.status_code == 200
    assert_inert(status.content.decode(), "the requester's status page")
    screens = [
        (reverse("feedback:index"), [SCRIPT]),
        (reverse("feedback:index") + "?q=alert", [SCRIPT]),
        (reverse("feedback:inspect", args=[feedback.pk]), PAYLOADS),
        (reverse("feedback:edit", args=[feedback.pk]), PAYLOADS),
        (reverse("servicerequest:index"), [IMG]),
        (reverse("servicerequest:inspect", args=[service_request.pk]), PAYLOADS),
        (reverse("servicerequest:edit", args=[service_request.pk]), []),
        (reverse("crm_customer:index"), [IMG]),
        (reverse("crm_customer:inspect", args=[customer.pk]), PAYLOADS),
        (reverse("crm_customer:edit", args=[customer.pk]), PAYLOADS),
        (reverse("crm_cases:index"), [SCRIPT]),
        *[
            (reverse("crm_cases:edit", args=[case.pk]), [SCRIPT])
            for case in Case.objects.all()
        ],
        (reverse("surveys_reports:poll", args=[scripted.pk]), [SCRIPT]),
        (
            reverse("surveys_reports:questionnaire", args=[response.page_id]),
            [SCRIPT],
        ),
        (
            reverse("wagtailforms:list_submissions", args=[response.page_id]),
            PAYLOADS,
        ),
    ]
    assert Case.objects.count() == 3  # complaint, request, unhappy answer
    for url, shown in screens:
        page = admin_client.get(url)
        assert page.status_code == 200, url
        assert_inert(page.content.decode(), url, shown)


def test_what_a_visitor_sends_back_to_themselves_is_text(site_tree):
    """Reflected: the search box, and a form shown again with its errors."""
    client = Client()
    html = client.get("/en/search/", {"q": SCRIPT}).content.decode()
    assert_inert(html, "search", shown=[SCRIPT])
    response = client.post(
        "/en/surveys/feedback/",
        {"kind": "threat", "message": IMG, "name": SCRIPT, "consent": "on"},
        HTTP_ORIGIN=SITE,
    )
    assert response.status_code == 400
    assert_inert(response.content.decode(), "the feedback form")


# E-mails are plain text: shown as typed, never as HTML.


def assert_plain_text(message, *payloads):
    assert message.content_subtype == "plain"
    assert not getattr(message, "alternatives", None)
    assert "\n" not in message.subject and "\r" not in message.subject
    for payload in payloads:
        assert payload in message.body


def test_emails_about_submissions_are_plain_text(
    scripted, admin_client, django_capture_on_commit_callbacks
):
    (new_request,) = mail.outbox
    assert_plain_text(new_request, SCRIPT, IMG)
    mail.outbox.clear()

    case = Case.objects.get(kind="complaint")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("crm_cases:edit", args=[case.pk]),
            {
                "status": "in_progress",
                "note_kind": "reply",
                "text": "We are on it.",
                "due_at": "",
                "assignee": "",
            },
        )
    assert response.status_code == 302
    (reply,) = mail.outbox
    assert reply.to == [Customer.objects.get().email]
    assert reply.subject.startswith("Re: ")
    assert_plain_text(reply, IMG)  # "Hello, <name>!"


def test_the_audience_digest_shows_campaign_names_as_text(site_tree, member):
    marketer = member("Marketers")
    marketer.email = "marketer@uralkran.example"
    marketer.save()
    visit = Client(HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0")
    response = visit.get(
        site_tree.about.url, {"utm_source": "mail", "utm_campaign": SCRIPT}
    )
    assert response.status_code == 200
    drain()

    digest.send_weekly(timezone.localdate() + datetime.timedelta(days=1))

    (message,) = mail.outbox
    ((html, mimetype),) = message.alternatives
    assert mimetype == "text/html"
    assert_inert(html, "the digest", shown=[SCRIPT])
    assert SCRIPT in message.body  # the plain-text part, as typed


# Exports: a cell a spreadsheet would run as a formula is quoted.

FORMULAS = {
    "message": "=cmd|' /C calc'!A0",
    "name": "+1+cmd|' /C calc'!A0",
    "email": "=1+1@plant.example",
    "company": "@SUM(1+1)*cmd|' /C calc'!A0",
    "short": "-2+3+cmd|' /C calc'!A0",
    "long": '=HYPERLINK("http://evil.example","click")',
    "other": "=1+2",
}


@pytest.fixture
def formulas(
    questionnaire,
    every_field_request_type,
    make_poll,
    django_capture_on_commit_callbacks,
):
    """Everything a visitor can type, typed as spreadsheet formulas."""
    poll = make_poll(allow_other=True)
    with django_capture_on_commit_callbacks(execute=True):
        submit_everything(questionnaire, every_field_request_type, poll, FORMULAS)
    assert PollVote.objects.get().other == FORMULAS["other"]
    return poll


# A figure the report computed (an NPS of -100): CSV has no other way to write it.
NUMBER = re.compile(r"-?\d+(\.\d+)?")


def export_cells(response, file_format):
    content = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    if file_format == "csv":
        text = content.decode("utf-8-sig")
        return [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    sheet = load_workbook(io.BytesIO(content)).active
    cells = []
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f", f"a formula cell: {cell.value!r}"
            cells.append(cell.value)
    return cells


def test_exports_quote_every_formula(formulas, admin_client, questionnaire):
    listings = [
        reverse("feedback:index"),
        reverse("servicerequest:index"),
        reverse("crm_customer:index"),
        reverse("crm_cases:index"),
        reverse("surveys_reports:questionnaire", args=[questionnaire.pk]),
        reverse("surveys_reports:poll", args=[formulas.pk]),
        reverse("wagtailforms:list_submissions", args=[questionnaire.pk]),
    ]
    downloads = [
        *[
            (f"{listing}?export={kind}", kind)
            for listing in listings
            for kind in FORMATS
        ],
        *[
            (
                reverse(
                    "surveys_reports:questionnaire_responses",
                    args=[questionnaire.pk, kind],
                ),
                kind,
            )
            for kind in FORMATS
        ],
    ]
    seen = set()
    for url, file_format in downloads:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        for cell in export_cells(response, file_format):
            if isinstance(cell, str) and not NUMBER.fullmatch(cell):
                assert not cell.startswith(FORMULA_STARTS), (url, cell)
                seen.update(
                    name
                    for name, formula in FORMULAS.items()
                    if formula in cell and cell.startswith("'")
                )
    # Every formula reached some export, quoted; the poll's export holds only
    # the counts, not its "other" answers.
    assert seen == set(FORMULAS) - {"other"}


def test_campaign_names_are_quoted_in_the_audience_exports(site_tree, admin_client):
    visit = Client(HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0")
    visit.get(site_tree.about.url, {"utm_source": "=cmd", "utm_campaign": "=2+5"})
    drain()
    for file_format in FORMATS:
        response = admin_client.get(
            reverse("analytics_reports:export", args=["campaigns", file_format])
        )
        assert response.status_code == 200
        cells = export_cells(response, file_format)
        assert "'=cmd" in cells and "'=2+5" in cells  # source and campaign
        for cell in cells:
            if isinstance(cell, str) and not NUMBER.fullmatch(cell):
                assert not cell.startswith(FORMULA_STARTS), cell
