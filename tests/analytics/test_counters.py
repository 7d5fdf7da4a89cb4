"""Public counters: a page's views since counting began, shown on news articles,
and the most viewed pages of the last days."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from wagtail.models import Site

import pytest

from analytics import counters
from analytics.models import DailyRollup
from cms.cache import clear_page_cache
from cms.models import SiteSettings
from tests.analytics.test_collection import visitor

pytestmark = pytest.mark.django_db


def views(page, pageviews, days_ago=0):
    day = timezone.localdate() - datetime.timedelta(days=days_ago)
    DailyRollup.objects.create(
        day=day, dimension="page_id", key=str(page.id), pageviews=pageviews
    )


def meta_line(html):
    return html.split('class="article__meta"')[1].split("</p>")[0]


def test_a_page_counts_its_views_of_every_day(site_tree):
    article = site_tree.articles[0]
    views(article, 1000, days_ago=400)  # older than the raw hits: rollups stay
    views(article, 234, days_ago=1)
    views(site_tree.articles[1], 50)
    DailyRollup.objects.create(
        day=timezone.localdate(), dimension="page", key=article.url, pageviews=9
    )
    assert counters.page_views(article.id) == 1234
    assert counters.page_views(site_tree.about.id) == 0


def test_the_count_is_cached_for_ten_minutes(site_tree, django_assert_num_queries):
    article = site_tree.articles[0]
    views(article, 10)
    assert counters.page_views(article.id) == 10
    views(article, 5, days_ago=1)
    with django_assert_num_queries(0):
        assert counters.page_views(article.id) == 10
    assert counters.CACHE_SECONDS == 600


def test_labels_have_plural_forms_and_the_language_s_grouping():
    assert counters.views_label(1) == "1 view"
    assert counters.views_label(1234) == "1,234 views"
    with translation.override("ru"):
        assert "1\xa0234" in counters.views_label(1234)


def test_most_viewed_covers_the_last_seven_days_most_viewed_first(site_tree):
    first, second, third = site_tree.articles
    views(first, 10)
    views(second, 8, days_ago=6)
    views(second, 8, days_ago=2)
    views(third, 100, days_ago=7)  # outside the week
    DailyRollup.objects.create(
        day=timezone.localdate(), dimension="page", key="/en/", pageviews=500
    )
    assert counters.most_viewed(7) == [(second.id, 16), (first.id, 10)]


def test_an_article_shows_its_view_count(client, site_tree):
    article = site_tree.articles[0]
    views(article, 1233, days_ago=30)
    views(article, 1)
    html = client.get(article.url).content.decode()
    assert '<span class="view-count">1,234 views</span>' in meta_line(html)


def test_an_article_without_views_shows_no_count(client, site_tree):
    html = client.get(site_tree.articles[0].url).content.decode()
    assert "view-count" not in html


def test_editors_can_switch_the_count_off(client, site_tree):
    article = site_tree.articles[0]
    views(article, 50)
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.show_view_counts = False
    settings.save()
    assert "view-count" not in client.get(article.url).content.decode()


def test_the_russian_article_groups_digits_the_russian_way(client, site_tree):
    views(site_tree.article_ru, 2500)
    html = client.get(site_tree.article_ru.url).content.decode()
    assert "2\xa0500" in meta_line(html)


def test_a_counted_visit_shows_up_once_the_cache_expires(client, site_tree):
    from django.core.cache import cache

    from analytics.drain import drain

    article = site_tree.articles[0]
    visitor("10.9.0.1").get(article.url)
    drain()
    cache.clear()  # ten minutes on: the page and its count are read afresh
    assert "1 view<" in meta_line(client.get(article.url).content.decode())


def test_a_render_reads_the_count_from_the_cache_without_queries(client, site_tree):
    article = site_tree.articles[0]
    views(article, 42)
    client.get(article.url)
    clear_page_cache()
    with CaptureQueriesContext(connection) as captured:
        html = client.get(article.url).content.decode()
    assert "42 views" in html
    reads = [q for q in captured if "analytics_dailyrollup" in q["sql"]]
    assert reads == []
