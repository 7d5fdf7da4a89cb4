"""A marketer reads poll and questionnaire results, and invites customers;
the screenshots illustrate docs/marketers.md."""

import datetime

from django.contrib.auth.models import Permission
from django.utils import timezone

import pytest

from surveys.models import Invitation, PollTally, PollVote, QuestionnaireResponse
from tests.browser.test_site import shoot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, live_server, username, password):
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")


def test_marketer_reads_results(
    page, live_server, poll, questionnaire, django_user_model
):
    django_user_model.objects.create_superuser(
        "chief", "chief@example.com", "pw-chief-1"
    )
    choices = list(poll.choices.all())
    for number in range(40):
        vote = PollVote.objects.create(
            poll=poll,
            visitor=f"v{number}",
            fingerprint=f"f{number}",
            locale="en",
            created_at=timezone.now() - datetime.timedelta(days=number % 10),
        )
        vote.picked.create(choice=choices[number % 3 if number % 4 else 0])
    from surveys.voting import recount

    recount(poll)
    assert PollTally.objects.get(poll=poll, choice=None).votes == 40
    names = {q.label: q.clean_name for q in questionnaire.questions.all()}
    for number in range(35):
        QuestionnaireResponse.objects.create(
            page=questionnaire,
            locale="en",
            form_data={
                names["How likely are you to recommend us?"]: [10, 9, 8, 6, 9, 3, 10][
                    number % 7
                ],
                names["How satisfied are you with service?"]: [5, 4, 4, 3, 5][
                    number % 5
                ],
                names["Preferred contact"]: ["E-mail", "Phone"][number % 2],
                names["What should we improve?"]: "Faster spare parts"
                if number % 5 == 0
                else "",
            },
        )
    log_in(page, live_server, "chief", "pw-chief-1")
    page.goto(f"{live_server.url}/admin/reports/surveys/")
    assert poll.question in page.content()
    shoot(page, "admin-survey-results")
    page.goto(f"{live_server.url}/admin/reports/surveys/polls/{poll.id}/")
    assert page.locator("progress").count() >= 3
    shoot(page, "admin-poll-results")
    page.goto(
        f"{live_server.url}/admin/reports/surveys/questionnaires/{questionnaire.id}/"
    )
    assert "NPS" in page.content()
    page.locator("svg.survey-report__chart").first.wait_for()
    shoot(page, "admin-questionnaire-results")


def test_marketer_invites_customers(
    page, live_server, questionnaire, django_user_model, tmp_path
):
    user = django_user_model.objects.create_user("marketer", password="pw-marketer-1")
    # The Marketers group's grants, given directly: an earlier browser test may
    # have flushed the groups the migrations made.
    user.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["access_admin", "add_invitation", "view_invitation"]
        )
    )
    csv_file = tmp_path / "customers.csv"
    csv_file.write_text(
        "email;name\nbuyer@plant.example;Anna\nnot-an-email;Boris\nchief@mill.example;Ivan\n"
    )
    log_in(page, live_server, "marketer", "pw-marketer-1")
    page.goto(
        f"{live_server.url}/admin/surveys/invitations/upload/?page={questionnaire.id}"
    )
    page.set_input_files("input[type=file]", str(csv_file))
    page.get_by_role("button", name="Check the file").click()
    page.wait_for_load_state()
    assert "not-an-email" in page.content()
    shoot(page, "admin-invitations-check")
    page.get_by_role("button", name="Invite 2 recipients").click()
    page.wait_for_url(f"**/admin/surveys/invitations/{questionnaire.id}/")
    shoot(page, "admin-invitations-status")
    assert sorted(Invitation.objects.values_list("email", flat=True)) == [
        "buyer@plant.example",
        "chief@mill.example",
    ]
