import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

import pytest

from cms.cache import clear_page_cache
from cms.models import ContactsPage, HomePage, NewsIndexPage, NewsPage, SectionPage

pytestmark = pytest.mark.django_db


def test_every_page_type_renders_in_both_languages(client, site_tree):
    pages = [
        site_tree.home,
        site_tree.home_ru,
        site_tree.about,
        site_tree.about_ru,
        site_tree.contacts,
        site_tree.news_index,
        site_tree.news_index_ru,
        site_tree.articles[0],
        site_tree.article_ru,
    ]
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title.encode() in response.content


def test_urls_carry_the_language(site_tree):
    assert site_tree.home.url == "/en/"
    assert site_tree.home_ru.url == "/ru/"
    assert site_tree.articles[0].url == "/en/news/monitoring/"
    assert site_tree.article_ru.url == "/ru/news/monitoring/"


def test_page_types_are_created_only_where_they_belong(site_tree):
    root = Page.get_first_root_node()
    assert HomePage.can_create_at(root)
    assert SectionPage.can_create_at(site_tree.home)
    assert SectionPage.can_create_at(site_tree.about)
    assert ContactsPage.can_create_at(site_tree.about)
    assert NewsIndexPage.can_create_at(site_tree.home)
    assert NewsPage.can_create_at(site_tree.news_index)
    assert not NewsPage.can_create_at(site_tree.home)
    assert not NewsPage.can_create_at(site_tree.about)
    assert not SectionPage.can_create_at(site_tree.news_index)
    assert not NewsIndexPage.can_create_at(site_tree.about)
    assert not HomePage.can_create_at(site_tree.home)


def test_home_shows_latest_news_and_menu(client, site_tree):
    html = client.get("/en/").content.decode()
    for article in site_tree.articles:
        assert article.title in html
    menu = html.split('id="site-nav"')[1].split("</nav>")[0]
    assert menu.index("About us") < menu.index("News") < menu.index("Contacts")


def test_russian_menu_links_to_russian_pages(client, site_tree):
    html = client.get("/ru/").content.decode()
    menu = html.split('id="site-nav"')[1].split("</nav>")[0]
    assert 'href="/ru/about/"' in menu and "О компании" in menu
    # No Russian contacts page yet: the English one is linked rather than nothing.
    assert 'href="/en/contacts/"' in menu


def test_draft_news_is_not_shown(client, site_tree):
    draft = NewsPage(title="Secret draft", slug="draft", lead="x", live=False)
    site_tree.news_index.add_child(instance=draft)
    assert client.get(draft.url).status_code == 404
    assert "Secret draft" not in client.get("/en/news/").content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/en/",
        "/en/about/",
        "/en/contacts/",
        "/en/news/",
        "/en/news/monitoring/",
        "/ru/news/monitoring/",
    ],
)
def test_pages_render_uncached_within_fifteen_queries(client, site_tree, path):
    client.get(path)  # warms Wagtail's own caches (site root paths)
    clear_page_cache()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "miss"
    # Without Redis (the embedded default) the page view is buffered in a table:
    # one insert, apart from rendering. With Redis it is no query at all.
    counting = [q for q in captured if "analytics_" in q["sql"]]
    assert len(counting) == 1 and counting[0]["sql"].startswith("INSERT")
    assert len(captured) - len(counting) <= 15


@pytest.mark.parametrize(
    "path", ["/en/", "/ru/news/", "/en/news/monitoring/", "/en/contacts/"]
)
def test_pages_load_nothing_from_other_sites_and_run_no_inline_code(
    client, site_tree, path
):
    html = client.get(path).content.decode()
    # Anything the browser fetches by itself: scripts, styles, images, frames, fonts.
    fetched = re.findall(r"<(?:script|img|iframe|source)[^>]*\ssrc=\"([^\"]+)\"", html)
    fetched += re.findall(r"<link[^>]*\shref=\"([^\"]+)\"", html)
    external = [
        url
        for url in fetched
        if url.startswith(("http:", "https:", "//")) and "localhost" not in url
    ]
    assert external == []
    assert re.findall(r"<script(?![^>]*\ssrc=)[^>]*>", html) == []
    assert " style=" not in html and "<style" not in html
    assert "onclick=" not in html.lower()


def test_pages_have_landmarks_and_a_skip_link(client, site_tree):
    html = client.get("/en/news/monitoring/").content.decode()
    for landmark in ("<header", "<nav", '<main id="main"', "<footer", 'role="search"'):
        assert landmark in html
    assert '<a class="skip-link" href="#main">' in html
    images = re.findall(r"<img[^>]*>", client.get("/en/").content.decode())
    assert all(" alt=" in image for image in images)
