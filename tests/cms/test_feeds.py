import feedparser
import pytest

pytestmark = pytest.mark.django_db


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return response, feed


def test_rss_lists_the_index_news_newest_first(client, site_tree):
    response, feed = parse(client, "/en/news/feed/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert feed.version == "rss20"
    assert feed.feed.title == "News"
    assert [entry.title for entry in feed.entries] == [
        "Remote crane monitoring",
        "Steel prices in spring",
        "Inverter drives explained",
    ]
    first = feed.entries[0]
    assert first.link == "http://testserver/en/news/monitoring/"
    assert first.summary == "Lead of Remote crane monitoring."
    assert first.tags[0].term == "Technologies"


def test_atom_feed_per_topic(client, site_tree):
    response, feed = parse(client, "/en/news/feed/atom/technologies/")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.version == "atom10"
    assert feed.feed.title == "News: Technologies"
    assert [entry.title for entry in feed.entries] == [
        "Remote crane monitoring",
        "Inverter drives explained",
    ]


def test_russian_feed_holds_russian_news(client, site_tree):
    _, feed = parse(client, "/ru/news/feed/rss/")
    assert feed.feed.language == "ru"
    assert [entry.title for entry in feed.entries] == ["Удалённый мониторинг кранов"]
    _, feed = parse(client, "/ru/news/feed/rss/technologies/")
    assert feed.feed.title == "Новости: Технологии"


def test_unknown_topic_feed_is_not_found(client, site_tree):
    assert client.get("/en/news/feed/rss/no-such-topic/").status_code == 404


def test_drafts_stay_out_of_feeds(client, site_tree):
    site_tree.articles[1].unpublish()
    _, feed = parse(client, "/en/news/feed/rss/")
    assert "Steel prices in spring" not in [entry.title for entry in feed.entries]


def test_index_page_links_its_feeds(client, site_tree):
    html = client.get("/en/news/").content.decode()
    assert 'type="application/rss+xml"' in html and "/en/news/feed/rss/" in html
    assert "/en/news/feed/atom/" in html
