import datetime

from django.core.management import call_command
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

import pytest

from cms.models import HomePage, NavigationSettings, NewsPage, SiteSettings, Topic

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "last_revision": Revision.objects.order_by("-id")
        .values_list("id", flat=True)
        .first(),
        "images": get_image_model().objects.count(),
        "topics": Topic.objects.count(),
        "menu": NavigationSettings.objects.get().main_menu_items.count(),
    }


@pytest.fixture
def demo(db):
    call_command("load_demo_content")


def test_demo_builds_a_two_language_company_site(client, demo):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert SiteSettings.for_site(site).company_name == "Uralkran Engineering"
    today = timezone.localdate()
    for language in ("en", "ru"):
        news = NewsPage.objects.live().filter(locale__language_code=language)
        assert news.count() >= 40
        assert news.values("topic__slug").distinct().count() == 5
        dates = news.values_list("date", flat=True)
        assert min(dates) >= today - datetime.timedelta(days=366)
        assert max(dates) <= today
        assert all(page.hero_image_id for page in news)
    for path in (
        "/en/",
        "/ru/",
        "/en/about/",
        "/ru/products/",
        "/en/contacts/",
        "/ru/news/",
    ):
        assert client.get(path).status_code == 200, path
    html = client.get("/ru/").content.decode()
    assert "О компании" in html and "Последние новости" in html


def test_loading_the_demo_twice_changes_nothing(demo):
    before = snapshot()
    call_command("load_demo_content")
    assert snapshot() == before


def test_generate_news_adds_published_articles(client, demo):
    before = NewsPage.objects.count()
    call_command("generate_news", 5)
    added = NewsPage.objects.order_by("-id")[:5]
    assert NewsPage.objects.count() == before + 5
    assert all(page.live for page in added)
    assert client.get(added[0].url).status_code == 200


def test_demo_has_surveys_in_both_languages(client, demo):
    for home in ("/en/", "/ru/"):
        assert 'data-poll="' in client.get(home).content.decode()
    for path in ("/en/customer-survey/", "/ru/customer-survey/", "/en/write-to-us/"):
        assert client.get(path).status_code == 200, path
    html = client.get("/ru/request-a-quote/").content.decode()
    assert "Грузоподъёмность, т" in html and "Тип крана" in html


def test_the_demo_has_an_audience_to_report_on(demo):
    from django.utils import translation

    from analytics import reports
    from analytics.models import DailyRollup

    with translation.override("en"):
        data = reports.report(*reports.last_days(30))
    assert data["visitors"] > 1000
    assert data["articles"][0]["path"].startswith(("/en/news/", "/ru/news/"))
    assert data["articles"][0]["topic"]
    assert {row["source"] for row in data["sources"]} >= {"Yandex", "direct"}
    assert data["polls"] and data["questionnaires"]
    rows = DailyRollup.objects.count()
    call_command("load_demo_content")
    assert DailyRollup.objects.count() == rows
