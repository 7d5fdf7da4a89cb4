"""The Most read block: the news articles of the page's language most read in the
last seven days, from the daily rollups, cached."""

import datetime

from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from wagtail.models import PageViewRestriction, Site

import pytest

from analytics.models import DailyRollup
from cms.blocks import BodyBlock, MostReadBlock, most_read_articles
from cms.cache import clear_page_cache
from cms.models import SiteSettings
from tests.conftest import publish

pytestmark = pytest.mark.django_db

EMPTY = "No articles have been read in the last seven days yet."


def views(page, pageviews, days_ago=0):
    day = timezone.localdate() - datetime.timedelta(days=days_ago)
    DailyRollup.objects.create(
        day=day, dimension="page_id", key=str(page.id), pageviews=pageviews
    )


def with_most_read(page, count=5, title=""):
    page.body = [{"type": "most_read", "value": {"title": title, "count": count}}]
    return publish(page)


def block_html(html):
    return html.split('class="most-read section"')[1].split("</section>")[0]


@pytest.fixture
def read(site_tree):
    """A week of reading: the steel prices lead, the home page is read most of all."""
    monitoring, prices, inverters = site_tree.articles
    views(prices, 30, days_ago=1)
    views(monitoring, 12)
    views(monitoring, 8, days_ago=6)
    views(inverters, 1200, days_ago=3)
    views(inverters, 5000, days_ago=7)  # a week ago: not counted
    views(site_tree.article_ru, 7)
    views(site_tree.home, 900)
    views(site_tree.about, 400)
    return site_tree


def test_the_block_is_offered_in_every_body():
    assert isinstance(BodyBlock().child_blocks["most_read"], MostReadBlock)


def test_editors_choose_three_to_ten_articles():
    block = MostReadBlock()
    assert block.child_blocks["count"].get_default() == 5
    for count in (2, 11):
        with pytest.raises(ValidationError):
            block.clean(block.to_python({"title": "", "count": count}))
    assert block.clean(block.to_python({"title": "", "count": 10}))["count"] == 10


def test_the_home_page_lists_the_most_read_articles_first(client, read):
    with_most_read(read.home)
    html = block_html(client.get("/en/").content.decode())
    titles = ["Inverter drives explained", "Steel prices in spring"]
    titles += ["Remote crane monitoring"]
    positions = [html.index(title) for title in titles]
    assert positions == sorted(positions)
    assert "Most read" in html
    assert 'href="/en/news/inverters/"' in html
    assert "1,200 views" in html and "30 views" in html and "20 views" in html
    assert "Market reviews" in html and "Technologies" in html
    # Pages that are not articles, and other languages, are left out.
    assert "About us" not in html and "Удалённый" not in html


def test_a_russian_page_lists_russian_articles(client, read):
    with_most_read(read.home_ru, title="Самое читаемое")
    html = block_html(client.get("/ru/").content.decode())
    assert "Самое читаемое" in html
    assert "Удалённый мониторинг кранов" in html
    assert 'href="/ru/news/monitoring/"' in html
    assert "Технологии" in html
    assert "Steel prices" not in html


def test_the_editor_sets_how_many(read):
    with translation.override("en"):
        articles = most_read_articles(2)
    assert [article["title"] for article in articles] == [
        "Inverter drives explained",
        "Steel prices in spring",
    ]
    assert articles[0] == {
        "title": "Inverter drives explained",
        "url": "/en/news/inverters/",
        "topic": "Technologies",
        "views": 1200,
    }


def test_without_data_the_block_says_so(client, site_tree):
    with_most_read(site_tree.articles[0])
    html = block_html(client.get(site_tree.articles[0].url).content.decode())
    assert EMPTY in html
    assert "<ol" not in html


def test_unpublished_and_private_articles_leave_the_list_at_once(client, read):
    with_most_read(read.home)
    client.get("/en/")
    read.articles[2].unpublish()
    PageViewRestriction.objects.create(
        page=read.articles[1], restriction_type=PageViewRestriction.LOGIN
    )
    clear_page_cache()
    html = block_html(client.get("/en/").content.decode())
    assert "Inverter drives" not in html and "Steel prices" not in html
    assert "Remote crane monitoring" in html


def test_the_list_is_cached(read, django_assert_num_queries):
    with translation.override("en"):
        first = most_read_articles(5)
        views(read.articles[0], 5000, days_ago=2)
        with django_assert_num_queries(0):
            assert most_read_articles(5) == first
        # Another number of articles, or another language, is cached apart.
        assert len(most_read_articles(3)) == 3
    with translation.override("ru"):
        assert [a["title"] for a in most_read_articles(5)] == [
            "Удалённый мониторинг кранов"
        ]


def test_switching_view_counts_off_keeps_the_list(client, read):
    with_most_read(read.home)
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.show_view_counts = False
    settings.save()
    html = block_html(client.get("/en/").content.decode())
    assert "Inverter drives explained" in html
    assert "view-count" not in html and "1,200" not in html


def test_a_cached_block_costs_no_query(client, read):
    with_most_read(read.home)
    client.get("/en/")
    # A fresh render of the page within the same cache generation.
    with CaptureQueriesContext(connection) as captured:
        client.get("/en/?again=1")
    assert [q for q in captured if "analytics_dailyrollup" in q["sql"]] == []
