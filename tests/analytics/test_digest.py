"""The weekly digest e-mailed to Marketers: who gets it, what it says, once a week."""

import datetime
import io

from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.users.models import UserProfile

import pytest

from analytics import digest
from analytics.drain import rebuild_rollups
from analytics.models import DailyRollup, DigestSent
from analytics.tasks import send_digest

pytestmark = pytest.mark.django_db

# A Monday, the default day: the digest covers Monday 16 to Sunday 22 November.
MONDAY = datetime.date(2026, 11, 23)
LAST_WEEK = [MONDAY - datetime.timedelta(days=n) for n in range(1, 8)]
WEEK_BEFORE = [MONDAY - datetime.timedelta(days=n) for n in range(8, 15)]


def rollup(day, dimension="all", key="", **figures):
    return DailyRollup.objects.create(day=day, dimension=dimension, key=key, **figures)


@pytest.fixture
def figures():
    for day in LAST_WEEK:
        rollup(day, visitors=150, visits=200, pageviews=500, bounces=50)
    for day in WEEK_BEFORE:
        rollup(day, visitors=100, visits=160, pageviews=400, bounces=80)
    rollup(MONDAY, visitors=9999, visits=9999, pageviews=9999)  # today: not counted
    sunday = LAST_WEEK[0]
    for n in range(12):
        rollup(sunday, "page", f"/en/page-{n:02d}/", pageviews=100 - n, visitors=5)
    rollup(sunday, "source", "Yandex", visitors=700, pageviews=900)
    rollup(sunday, "source", "0", visitors=300, pageviews=400)
    rollup(sunday, "campaign", "newsletter|email|spring", visitors=42, pageviews=60)


@pytest.fixture
def people(member, django_user_model):
    """Two Marketers (one reading the admin in Russian), an Editor, a Marketer who
    left and one without an address."""
    from django.contrib.auth.models import Group

    anna = member("Marketers")
    anna.email = "anna@example.com"
    anna.save()
    boris = django_user_model.objects.create_user("boris", "boris@example.com", "pw")
    boris.groups.add(Group.objects.get(name="Marketers"))
    profile = UserProfile.get_for_user(boris)
    profile.preferred_language = "ru"
    profile.save()
    editor = member("Editors")
    editor.email = "editor@example.com"
    editor.save()
    gone = django_user_model.objects.create_user(
        "gone", "gone@example.com", "pw", is_active=False
    )
    gone.groups.add(Group.objects.get(name="Marketers"))
    silent = django_user_model.objects.create_user("silent", "", "pw")
    silent.groups.add(Group.objects.get(name="Marketers"))
    return anna, boris


def sent_to(address):
    (found,) = [m for m in mail.outbox if m.to == [address]]
    return found


def html_of(message):
    ((html, mimetype),) = message.alternatives
    assert mimetype == "text/html"
    return html


def test_only_active_marketers_with_an_address_receive_it(people, figures):
    assert digest.send_weekly(MONDAY) == 2
    assert sorted(m.to[0] for m in mail.outbox) == [
        "anna@example.com",
        "boris@example.com",
    ]
    assert all(len(m.to) == 1 for m in mail.outbox)


def test_the_figures_of_last_week_beside_the_week_before(people, figures):
    digest.send_weekly(MONDAY)
    message = sent_to("anna@example.com")
    assert message.subject == ("Weekly audience digest, Nov. 16, 2026 – Nov. 22, 2026")
    text = message.body
    assert "Visitors: 1,050 (before: 700, change: +50.0%)" in text
    assert "Visits: 1,400 (before: 1,120, change: +25.0%)" in text
    assert "Page views: 3,500 (before: 2,800, change: +25.0%)" in text
    assert "Bounce rate: 25.0% (before: 50.0%, change: -50.0%)" in text
    assert "9,999" not in text
    # The top ten pages, most viewed first.
    assert "100  /en/page-00/" in text and "91  /en/page-09/" in text
    assert "/en/page-10/" not in text
    assert text.index("/en/page-00/") < text.index("/en/page-09/")
    assert "700  Yandex" in text and "300  direct" in text
    assert "42  newsletter / email / spring" in text
    link = (
        "http://127.0.0.1:8000/admin/reports/audience/?start=2026-11-16&end=2026-11-22"
    )
    assert link in text
    html = html_of(message)
    assert f'href="{link.replace("&", "&amp;")}"' in html
    assert "<strong>1,050</strong>" in html and "/en/page-09/" in html


def test_each_recipient_reads_it_in_their_admin_language(people, figures):
    digest.send_weekly(MONDAY)
    russian = sent_to("boris@example.com")
    assert "ноября" in russian.subject  # the dates in Russian
    assert "1\xa0050" in russian.body
    assert 'lang="ru"' in html_of(russian)
    assert 'lang="en"' in html_of(sent_to("anna@example.com"))


def test_a_second_run_in_the_same_week_sends_nothing(people, figures):
    assert digest.send_weekly(MONDAY) == 2
    assert digest.send_weekly(MONDAY + datetime.timedelta(days=3)) == 0
    assert len(mail.outbox) == 2
    # Next week it goes out again.
    assert digest.send_weekly(MONDAY + datetime.timedelta(days=7)) == 2
    assert len(mail.outbox) == 4


def test_the_task_twice_in_a_row_sends_one_digest(people, figures):
    send_digest.delay()
    send_digest.delay()
    assert len(mail.outbox) == 2


def test_the_sent_week_is_kept_beside_the_figures(people, figures):
    digest.send_weekly(MONDAY)
    assert DigestSent.objects.filter(week="2026-W48").exists()
    rebuild_rollups(MONDAY)  # the drain replaces every row of a day it rebuilds
    assert digest.send_weekly(MONDAY) == 0


def test_a_mail_server_failure_lets_the_next_run_send_it(people, figures, settings):
    settings.EMAIL_BACKEND = "tests.analytics.test_digest.FailingBackend"
    with pytest.raises(ConnectionRefusedError):
        digest.send_weekly(MONDAY)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert digest.send_weekly(MONDAY) == 2


class FailingBackend:
    def __init__(self, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("the mail server is down")


def test_an_empty_site_still_gets_a_sensible_digest(people):
    assert digest.send_weekly(MONDAY) == 2
    text = sent_to("anna@example.com").body
    assert "Visitors: 0 (before: 0, change: —)" in text
    assert "Bounce rate: 0% (before: 0%, change: —)" in text
    assert "No page views in these days." in text
    assert "No visits in these days." in text
    assert "No campaign visits in these days." in text
    assert "No page views in these days." in html_of(sent_to("anna@example.com"))


def test_without_marketers_nothing_is_sent_or_recorded(figures):
    assert digest.send_weekly(MONDAY) == 0
    assert mail.outbox == []
    assert not DailyRollup.objects.filter(dimension="digest").exists()


def test_it_goes_out_on_monday_mornings_by_default():
    entry = settings.CELERY_BEAT_SCHEDULE["send-analytics-digest"]
    assert entry["task"] == send_digest.name == "analytics.send_digest"
    assert entry["schedule"].day_of_week == {1}
    assert entry["schedule"].hour == {8} and entry["schedule"].minute == {0}


def test_the_command_previews_without_sending(people, figures):
    out = io.StringIO()
    call_command("analytics_digest", dry_run=True, stdout=out)
    printed = out.getvalue()
    assert "anna@example.com (en)" in printed
    assert "boris@example.com (ru)" in printed
    assert "editor@example.com" not in printed
    assert "Weekly audience digest" in printed and "Visitors:" in printed
    assert mail.outbox == []
    assert not DailyRollup.objects.filter(dimension="digest").exists()


def test_the_command_sends_a_copy_to_one_address(people, figures):
    call_command("analytics_digest", to="boss@example.com", stdout=io.StringIO())
    assert [m.to for m in mail.outbox] == [["boss@example.com"]]
    # A copy does not count as the week's digest.
    call_command("analytics_digest", stdout=io.StringIO())
    assert len(mail.outbox) == 3
    out = io.StringIO()
    call_command("analytics_digest", stdout=out)
    assert "sent already" in out.getvalue()
    assert len(mail.outbox) == 3


def test_the_command_refuses_a_bad_address():
    with pytest.raises(CommandError):
        call_command("analytics_digest", to="not-an-address")
