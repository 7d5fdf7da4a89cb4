import pytest

from cms.models import NewsPage

pytestmark = pytest.mark.django_db


def titles(response):
    return [article.title for article in response.context["news"]]


def test_index_filters_by_topic(client, site_tree):
    response = client.get("/en/news/?topic=technologies")
    assert titles(response) == ["Remote crane monitoring", "Inverter drives explained"]
    assert "News: Technologies" in response.content.decode()


def test_index_filters_by_tag(client, site_tree):
    response = client.get("/en/news/?tag=digital")
    assert titles(response) == ["Remote crane monitoring", "Inverter drives explained"]


def test_unknown_topic_or_tag_shows_a_sensible_page(client, site_tree):
    response = client.get("/en/news/?topic=nonsense")
    assert response.status_code == 200
    assert len(titles(response)) == 3
    response = client.get("/en/news/?tag=nonsense")
    assert response.status_code == 200
    assert titles(response) == []
    assert "No news here yet." in response.content.decode()


def test_index_paginates_and_survives_broken_page_numbers(client, site_tree):
    for number in range(14):
        site_tree.add(
            site_tree.news_index,
            NewsPage(title=f"Bulk {number}", slug=f"bulk-{number}", lead="x"),
        )
    first = client.get("/en/news/")
    assert len(titles(first)) == 12
    assert 'rel="next" href="?page=2"' in first.content.decode()
    second = client.get("/en/news/?page=2")
    assert len(titles(second)) == 5
    for broken in ("abc", "-1", "99999", "1.5", "%00"):
        response = client.get(f"/en/news/?page={broken}")
        assert response.status_code == 200, broken


def test_article_shows_topic_tags_and_related(client, site_tree):
    html = client.get("/en/news/monitoring/").content.decode()
    assert 'href="/en/news/?topic=technologies"' in html
    assert 'href="/en/news/?tag=digital"' in html
    related = html.split('id="related-heading"')[1]
    assert "Inverter drives explained" in related
    assert "Steel prices in spring" not in related


def test_linked_related_articles_come_first(client, site_tree):
    article = site_tree.articles[0]
    article.related_links = [article.related_links.model(page=site_tree.articles[1])]
    article.save_revision().publish()
    related = (
        client.get("/en/news/monitoring/")
        .content.decode()
        .split('id="related-heading"')[1]
    )
    assert related.index("Steel prices in spring") < related.index(
        "Inverter drives explained"
    )


def test_a_tags_pages_keep_the_tag(client, site_tree):
    for number in range(14):
        page = NewsPage(title=f"Bulk {number}", slug=f"bulk-{number}", lead="x")
        page.tags.add("cranes & hoists")
        site_tree.add(site_tree.news_index, page)
    first = client.get("/en/news/?tag=cranes %26 hoists")
    assert len(titles(first)) == 12
    assert 'rel="next" href="?tag=cranes%20%26%20hoists&amp;page=2"' in (
        first.content.decode()
    )
    second = client.get("/en/news/?tag=cranes%20%26%20hoists&page=2")
    assert len(titles(second)) == 2
