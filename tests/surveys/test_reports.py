"""Survey results in the admin: who may see them, filters, charts and exports."""

import csv
import io

from django.contrib.auth.models import Permission
from django.urls import reverse

import pytest
from openpyxl import load_workbook

from tests.surveys.results_factories import (
    answer,
    attempt,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def answered(site_tree, survey, survey_ru):
    answer(
        survey,
        crane="Gantry",
        matters=["Speed", "Price"],
        rating=5,
        nps=10,
        improve="=SUM(A1:A9)",
        cranes="3",
    )
    answer(survey_ru, crane="Мостовой", rating=2, nps=3, improve="Быстрее")
    attempt(survey, 3, completed=True)
    attempt(survey, 1)
    return survey


@pytest.fixture
def marketer(client, member):
    client.force_login(member("Marketers"))
    return client


def refused(response):
    """Wagtail's admin sends staff without the permission back to the dashboard."""
    return response.status_code == 302 and response["Location"] == "/admin/"


def index_url():
    return reverse("surveys_reports:index")


def questionnaire_url(page):
    return reverse("surveys_reports:questionnaire", args=[page.id])


def responses_url(page, file_format):
    return reverse(
        "surveys_reports:questionnaire_responses", args=[page.id, file_format]
    )


def test_urls_live_under_the_admin_reports():
    assert index_url() == "/admin/reports/surveys/"


@pytest.mark.parametrize("group", ["Marketers", "Editors", "Moderators"])
def test_groups_with_view_permissions_open_every_report(
    client, member, group, poll, answered
):
    client.force_login(member(group))
    assert client.get(index_url()).status_code == 200
    assert (
        client.get(reverse("surveys_reports:poll", args=[poll.id])).status_code == 200
    )
    assert client.get(questionnaire_url(answered)).status_code == 200


def test_superusers_open_the_reports(client, admin_user, poll, answered):
    client.force_login(admin_user)
    html = client.get(index_url()).content.decode()
    assert poll.question in html and "Customer survey" in html


def test_customer_managers_see_questionnaires_but_not_polls(
    client, member, poll, answered
):
    client.force_login(member("Customer managers"))
    html = client.get(index_url()).content.decode()
    assert "Customer survey" in html and poll.question not in html
    assert client.get(questionnaire_url(answered)).status_code == 200
    assert refused(client.get(reverse("surveys_reports:poll", args=[poll.id])))


def test_staff_without_survey_permissions_are_refused(
    client, django_user_model, answered
):
    user = django_user_model.objects.create_user(username="plain", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert refused(client.get(index_url()))
    assert refused(client.get(questionnaire_url(answered)))
    assert refused(client.get(responses_url(answered, "csv")))
    assert index_url() not in client.get("/admin/").content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client, poll, answered):
    for url in (
        index_url(),
        reverse("surveys_reports:poll", args=[poll.id]),
        questionnaire_url(answered),
        responses_url(answered, "xlsx"),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]


def test_menu_has_survey_results_for_marketers(marketer):
    html = marketer.get("/admin/").content.decode()
    assert index_url() in html


def test_questionnaire_report_counts_both_languages(marketer, answered, survey_ru):
    html = marketer.get(questionnaire_url(answered)).content.decode()
    assert "Which crane do you use?" in html
    assert "NPS 0.0" in html  # one promoter, one detractor
    assert "CSAT 50.0%" in html
    assert "n = 2" in html and "survey-report__low" in html
    assert "<progress" in html and "<svg" in html
    assert "style=" not in html.split('id="main"')[-1]
    html = marketer.get(questionnaire_url(survey_ru)).content.decode()
    assert "Какой кран вы используете?" in html and "Козловой" in html


def test_filters_narrow_the_report(marketer, answered):
    response = marketer.get(questionnaire_url(answered), {"locale": "ru"})
    assert response.context["results"]["responses"] == 1
    response = marketer.get(
        questionnaire_url(answered),
        {"date_from": "2000-01-01", "date_to": "2000-01-31"},
    )
    assert response.context["results"]["responses"] == 0


@pytest.mark.parametrize(
    "query",
    [
        {"date_from": "not-a-date"},
        {"date_to": "2026-13-45"},
        {"date_from": "2026-05-02", "date_to": "2026-05-01"},
        {"page": "abc"},
        {"page": "999999"},
        {"locale": "xx"},
    ],
)
def test_malformed_filters_give_a_form_error(marketer, poll, answered, query):
    for url in (
        questionnaire_url(answered),
        reverse("surveys_reports:poll", args=[poll.id]),
    ):
        response = marketer.get(url, query)
        assert response.status_code == 200
        assert response.context["form"].errors
        assert "error-message" in response.content.decode()
        assert response.context["results"] is None
    response = marketer.get(responses_url(answered, "csv"), query)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")


def read_csv(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def read_xlsx(response):
    sheet = load_workbook(io.BytesIO(response.content)).active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_responses_export_has_one_column_per_question_in_every_language(
    marketer, answered
):
    csv_rows = read_csv(marketer.get(responses_url(answered, "csv")))
    xlsx_rows = read_xlsx(marketer.get(responses_url(answered, "xlsx")))
    questions = [q.label for q in answered.questions.all()]
    for rows in (csv_rows, xlsx_rows):
        headings = rows[0]
        assert headings[-len(questions) :] == questions
        assert "Language" in headings and "Submission date" in headings
        assert len(rows) == 3  # headings, the English and the Russian answer
        column = {name: index for index, name in enumerate(headings)}
        languages = [row[column["Language"]] for row in rows[1:]]
        assert languages == ["en", "ru"]
        crane = [row[column["Which crane do you use?"]] for row in rows[1:]]
        assert crane == ["Gantry", "Overhead"]  # the Russian answer by position
        improve = [row[column["What should we improve?"]] for row in rows[1:]]
        assert improve[0] == "'=SUM(A1:A9)"  # never run as a formula


def test_results_summary_export(marketer, answered):
    url = questionnaire_url(answered)
    csv_rows = read_csv(marketer.get(url, {"export": "csv"}))
    xlsx_rows = read_xlsx(marketer.get(url, {"export": "xlsx"}))
    for rows in (csv_rows, xlsx_rows):
        headings = rows[0]
        column = {name: index for index, name in enumerate(headings)}
        assert {"Question", "Answer", "Count", "Percent", "n", "NPS", "CSAT %"} <= set(
            headings
        )
        gantry = next(r for r in rows if r[column["Answer"]] == "Gantry")
        assert str(gantry[column["Count"]]) == "1"
        assert str(gantry[column["n"]]) == "2"
        nps = next(
            r for r in rows if r[column["Question"]] == "Would you recommend us?"
        )
        assert float(nps[column["NPS"]]) == 0.0
        rating = next(
            r for r in rows if r[column["Question"]] == "How satisfied are you?"
        )
        assert float(rating[column["CSAT %"]]) == 50.0


def test_poll_report_and_export(marketer, make_poll, site_tree):
    from surveys.voting import cast_vote

    poll = make_poll(allow_other=True)
    overhead = poll.choices.first()
    cast_vote(
        poll,
        [overhead],
        "",
        visitor="a",
        fingerprint="a",
        page_id=site_tree.articles[0].id,
    )
    cast_vote(poll, [], "+7 call me", visitor="b", fingerprint="b", locale="ru")
    url = reverse("surveys_reports:poll", args=[poll.id])
    html = marketer.get(url).content.decode()
    assert "2 voters" in html and "+7 call me" in html and "<progress" in html
    response = marketer.get(url, {"page": site_tree.articles[0].id})
    assert response.context["results"]["voters"] == 1
    rows = read_csv(marketer.get(url, {"export": "csv"}))
    assert rows[0][:4] == ["Question", "Answer", "Count", "Percent"]
    assert [row[1:3] for row in rows[1:]] == [
        ["Overhead", "1"],
        ["Gantry", "0"],
        ["Jib", "0"],
        ["Other", "1"],
    ]


def test_links_to_results_from_the_poll_listing_and_the_page_editor(
    client, admin_user, poll, answered
):
    client.force_login(admin_user)
    listing = client.get(reverse("wagtailsnippets_surveys_poll:list")).content.decode()
    assert reverse("surveys_reports:poll", args=[poll.id]) in listing
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[answered.id]))
    assert questionnaire_url(answered) in editor.content.decode()
