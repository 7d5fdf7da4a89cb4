"""Questionnaires sent to named recipients: the CSV upload, the e-mails and
reminders, answering through the personal link, and the admin screens."""

import re
from pathlib import Path
from urllib.parse import urlsplit

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

import pytest

from surveys import invitations
from surveys.invitations import InvalidFile, invite, parse_recipients, statistics
from surveys.models import (
    Invitation,
    Question,
    QuestionnairePage,
    QuestionnaireResponse,
)
from surveys.tasks import send_invitations, send_reminders
from tests.surveys.conftest import SAME_ORIGIN

pytestmark = pytest.mark.django_db

UPLOAD_URL = "/admin/surveys/invitations/upload/"
INDEX_URL = "/admin/surveys/invitations/"
TEMPLATES = Path(__file__).resolve().parents[2] / "templates/surveys/invitations"


def csv_file(text, name="recipients.csv", encoding="utf-8"):
    return SimpleUploadedFile(name, text.encode(encoding), content_type="text/csv")


def days_ago(days):
    return timezone.now() - timezone.timedelta(days=days)


@pytest.fixture(autouse=True)
def no_fill_time(settings):
    settings.SURVEYS_MIN_FILL_SECONDS = 0


@pytest.fixture
def questionnaire(site_tree):
    page = QuestionnairePage(title="Service quality", slug="service-quality")
    page.questions = [
        Question(label="How do you rate us", field_type="rating", required=True),
        Question(
            label="What could we do better",
            field_type="multiline",
            required=False,
            step=2,
        ),
    ]
    return site_tree.add(site_tree.home, page)


def link_in(message):
    return re.search(r"https?://\S+\?invitation=\S+", message.body).group(0)


def local(url):
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


# Reading the CSV file


def test_parses_a_good_file():
    parsed = parse_recipients(
        csv_file("email,name\nanna@example.com,Anna Smirnova\nboris@example.com,\n")
    )
    assert parsed.recipients == [
        ("anna@example.com", "Anna Smirnova"),
        ("boris@example.com", ""),
    ]
    assert parsed.errors == []
    assert parsed.rows == 2


def test_reads_semicolons_a_bom_and_any_column_order():
    text = "\ufeffName;E-mail\nАнна;anna@example.com\n;boris@EXAMPLE.com\n"
    parsed = parse_recipients(csv_file(text))
    assert parsed.recipients == [
        ("anna@example.com", "Анна"),
        ("boris@example.com", ""),
    ]


def test_reports_bad_emails_and_duplicates_with_their_rows():
    text = (
        "email;name\n"
        "anna@example.com;Anna\n"
        "not-an-email;Bad\n"
        ";No address\n"
        "\n"
        "ANNA@example.com;Anna again\n"
        "boris@example.com;Boris\n"
    )
    parsed = parse_recipients(csv_file(text))
    assert parsed.recipients == [
        ("anna@example.com", "Anna"),
        ("boris@example.com", "Boris"),
    ]
    errors = {error.row: str(error.message) for error in parsed.errors}
    assert set(errors) == {3, 4, 6}
    assert "not-an-email" in errors[3]
    assert "missing" in errors[4]
    assert "row 2" in errors[6]


def test_refuses_a_file_without_an_email_column():
    with pytest.raises(InvalidFile, match="email"):
        parse_recipients(csv_file("name,phone\nAnna,123\n"))


def test_refuses_a_file_that_is_not_utf8():
    with pytest.raises(InvalidFile, match="UTF-8"):
        parse_recipients(
            csv_file("email,name\na@example.com,Анна\n", encoding="cp1251")
        )


def test_refuses_a_file_too_big(monkeypatch):
    monkeypatch.setattr(invitations, "MAX_FILE_BYTES", 100)
    with pytest.raises(InvalidFile, match="too big"):
        parse_recipients(csv_file("email\n" + "someone@example.com\n" * 10))


def test_refuses_too_many_rows(monkeypatch):
    monkeypatch.setattr(invitations, "MAX_ROWS", 3)
    rows = "".join(f"person{n}@example.com\n" for n in range(4))
    with pytest.raises(InvalidFile, match="too many rows"):
        parse_recipients(csv_file("email\n" + rows))


# Inviting and sending


def test_invite_creates_personal_tokens_and_skips_those_already_invited(
    questionnaire, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        first = invite(questionnaire, [("anna@example.com", "Anna")], send=False)
        second = invite(
            questionnaire,
            [("Anna@Example.com", "Anna"), ("boris@example.com", ""), ("bad", "")],
            send=False,
        )
    assert callbacks == []
    assert (first.created, second.created) == (1, 1)
    assert second.already_invited == 1
    assert second.invalid == ["bad"]
    tokens = list(questionnaire.invitations.values_list("token", flat=True))
    assert len(set(tokens)) == 2
    assert all(len(token) >= 32 for token in tokens)  # 24 bytes: 192 bits


def test_invitations_are_sent_once(questionnaire, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        invite(questionnaire, [("anna@example.com", "Anna"), ("boris@example.com", "")])
    assert len(callbacks) == 1
    assert sorted(message.to[0] for message in mail.outbox) == [
        "anna@example.com",
        "boris@example.com",
    ]
    assert not Invitation.objects.filter(sent_at__isnull=True).exists()

    send_invitations.delay(questionnaire.id)
    send_invitations.delay(questionnaire.id)
    assert len(mail.outbox) == 2

    anna = next(m for m in mail.outbox if m.to == ["anna@example.com"])
    assert "Service quality" in anna.subject
    assert "Anna" in anna.body
    token = Invitation.objects.get(email="anna@example.com").token
    assert link_in(anna).endswith(f"/en/service-quality/?invitation={token}")


def test_unpublished_questionnaire_sends_nothing(questionnaire):
    invite(questionnaire, [("anna@example.com", "")], send=False)
    questionnaire.unpublish()
    send_invitations.delay(questionnaire.id)
    assert mail.outbox == []
    assert Invitation.objects.get().sent_at is None


def test_invitation_to_a_translation_links_to_its_language(site_tree, questionnaire):
    russian = site_tree.translate(questionnaire, title="Качество сервиса")
    invite(russian, [("anna@example.com", "Анна")], send=False)
    send_invitations.delay(russian.id)
    (message,) = mail.outbox
    assert "Качество сервиса" in message.subject
    assert urlsplit(link_in(message)).path.startswith("/ru/")


# Answering through the link


def answer(client, page, token, **extra):
    return client.post(
        f"/en/surveys/questionnaires/{page.id}/",
        {"how_do_you_rate_us": "4", "invitation": token, **extra},
        **SAME_ORIGIN,
    )


def test_link_opens_the_questionnaire_and_answering_completes_it(
    client, questionnaire, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invite(questionnaire, [("anna@example.com", "Anna")])
    invitation = Invitation.objects.get()
    response = client.get(local(link_in(mail.outbox[0])))
    assert response.status_code == 200
    assert invitation.token in response.content.decode()
    invitation.refresh_from_db()
    assert invitation.opened_at is not None
    assert invitation.completed_at is None

    response = answer(client, questionnaire, invitation.token)
    assert response.status_code == 302
    invitation.refresh_from_db()
    assert invitation.completed_at is not None
    assert QuestionnaireResponse.objects.get().invitation == invitation

    again = answer(client, questionnaire, invitation.token)
    assert again.status_code == 409
    assert QuestionnaireResponse.objects.count() == 1


# Reminders


@pytest.fixture
def sent(questionnaire):
    def make(email, days, **fields):
        return Invitation.objects.create(
            page=questionnaire,
            email=email,
            token=invitations.new_token(),
            sent_at=days_ago(days),
            **fields,
        )

    return make


def test_reminds_once_whoever_has_not_answered(sent, settings):
    settings.SURVEYS_REMINDER_DAYS = 7
    settings.SURVEYS_MAX_REMINDERS = 1
    due = sent("due@example.com", 8)
    sent("recent@example.com", 3)
    sent("answered@example.com", 8, completed_at=days_ago(1))

    send_reminders.delay()
    send_reminders.delay()

    assert [message.to for message in mail.outbox] == [["due@example.com"]]
    assert "Reminder" in mail.outbox[0].subject
    assert due.token in mail.outbox[0].body
    due.refresh_from_db()
    assert due.reminders_sent == 1
    assert due.last_reminded_at is not None

    # Long after, the limit of one reminder still holds.
    Invitation.objects.filter(pk=due.pk).update(last_reminded_at=days_ago(30))
    send_reminders.delay()
    assert len(mail.outbox) == 1


def test_a_second_reminder_waits_as_long_as_the_first(sent, settings):
    settings.SURVEYS_REMINDER_DAYS = 7
    settings.SURVEYS_MAX_REMINDERS = 2
    invitation = sent("due@example.com", 20, reminders_sent=1)
    Invitation.objects.filter(pk=invitation.pk).update(last_reminded_at=days_ago(2))
    send_reminders.delay()
    assert mail.outbox == []

    Invitation.objects.filter(pk=invitation.pk).update(last_reminded_at=days_ago(7))
    send_reminders.delay()
    send_reminders.delay()
    assert len(mail.outbox) == 1
    invitation.refresh_from_db()
    assert invitation.reminders_sent == 2


def test_unsent_invitations_get_no_reminder(questionnaire):
    invite(questionnaire, [("anna@example.com", "")], send=False)
    send_reminders.delay()
    assert mail.outbox == []


# Statistics


def test_statistics(sent, questionnaire):
    sent("a@example.com", 1)
    sent("b@example.com", 1, opened_at=days_ago(1))
    sent("c@example.com", 1, opened_at=days_ago(1), started_at=days_ago(1))
    sent("d@example.com", 1, completed_at=days_ago(1))  # opened without the script
    invite(questionnaire, [("e@example.com", "")], send=False)
    stats = statistics(questionnaire)
    assert stats["invited"] == 5
    assert stats["sent"] == 4
    assert stats["opened"] == 3
    assert stats["started"] == 2
    assert stats["completed"] == 1
    assert stats["rate"] == 0.25


def test_statistics_without_invitations(questionnaire):
    assert statistics(questionnaire)["rate"] is None


# Admin


def test_marketer_uploads_checks_and_confirms(
    client, member, questionnaire, django_capture_on_commit_callbacks
):
    invite(questionnaire, [("old@example.com", "")], send=False)
    Invitation.objects.update(sent_at=days_ago(1))
    client.force_login(member("Marketers"))
    assert client.get(INDEX_URL).status_code == 200
    assert client.get(f"{UPLOAD_URL}?page={questionnaire.id}").status_code == 200

    text = "email;name\nanna@example.com;Anna\nold@example.com;\nbad;Bad\n"
    response = client.post(
        UPLOAD_URL, {"page": questionnaire.id, "recipients": csv_file(text)}
    )
    assert response.status_code == 200
    assert response.context["to_invite"] == 1
    assert response.context["already_invited"] == 1
    assert [error.row for error in response.context["parsed"].errors] == [4]
    assert Invitation.objects.count() == 1  # nothing stored before confirming

    payload = response.context["confirm_form"].initial["payload"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(UPLOAD_URL, {"payload": payload})
    status_url = f"{INDEX_URL}{questionnaire.id}/"
    assert response.status_code == 302
    assert response.url == status_url
    assert Invitation.objects.count() == 2
    assert [message.to for message in mail.outbox] == [["anna@example.com"]]

    response = client.get(status_url)
    assert response.status_code == 200
    assert response.context["stats"]["sent"] == 2
    assert "anna@example.com" in response.content.decode()


def test_admin_templates_need_no_inline_script_or_style():
    for template in TEMPLATES.glob("*.html"):
        source = template.read_text()
        assert "<script" not in source and "style=" not in source, template.name


def test_upload_reports_a_bad_file(client, member, questionnaire):
    client.force_login(member("Marketers"))
    response = client.post(
        UPLOAD_URL,
        {"page": questionnaire.id, "recipients": csv_file("name\nAnna\n")},
    )
    assert response.status_code == 200
    assert "recipients" in response.context["form"].errors
    assert "confirm_form" not in response.context


def test_tampered_payload_is_refused(client, member, questionnaire):
    client.force_login(member("Marketers"))
    response = client.post(UPLOAD_URL, {"payload": "forged"})
    assert response.status_code == 302
    assert response.url == UPLOAD_URL
    assert not Invitation.objects.exists()


@pytest.mark.parametrize("view", ["index", "upload", "status"])
def test_editors_are_refused(client, member, questionnaire, view):
    url = {
        "index": INDEX_URL,
        "upload": UPLOAD_URL,
        "status": f"{INDEX_URL}{questionnaire.id}/",
    }[view]
    client.force_login(member("Editors"))
    response = client.get(url)
    assert response.status_code == 302
    assert response.url == "/admin/"
    response = client.post(
        UPLOAD_URL,
        {"page": questionnaire.id, "recipients": csv_file("email\na@example.com\n")},
    )
    assert response.status_code == 302
    assert "confirm_form" not in (response.context or {})


def test_anonymous_is_sent_to_log_in(client, questionnaire):
    for url in (INDEX_URL, UPLOAD_URL, f"{INDEX_URL}{questionnaire.id}/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith("/admin/login/")


def test_menu_item_only_for_those_allowed(client, member):
    client.force_login(member("Marketers"))
    assert INDEX_URL in client.get("/admin/").content.decode()
    client.force_login(member("Editors"))
    assert INDEX_URL not in client.get("/admin/").content.decode()
