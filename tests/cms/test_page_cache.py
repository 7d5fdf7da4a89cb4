import pytest

from cms.models import Topic

pytestmark = pytest.mark.django_db


def test_anonymous_views_are_served_from_the_cache(client, site_tree):
    assert client.get("/en/news/monitoring/")["X-Page-Cache"] == "miss"
    assert client.get("/en/news/monitoring/")["X-Page-Cache"] == "hit"
    # Query strings are different pages.
    assert client.get("/en/news/?topic=technologies")["X-Page-Cache"] == "miss"


def test_publishing_shows_the_change_at_once(client, site_tree):
    article = site_tree.articles[0]
    client.get(article.url)
    client.get("/en/news/")
    article.title = "Remote monitoring, updated"
    article.save_revision().publish()
    assert "Remote monitoring, updated" in client.get(article.url).content.decode()
    assert "Remote monitoring, updated" in client.get("/en/news/").content.decode()


def test_unpublishing_removes_the_page_at_once(client, site_tree):
    article = site_tree.articles[0]
    client.get(article.url)
    article.unpublish()
    assert client.get(article.url).status_code == 404


def test_menu_and_topic_changes_clear_the_cache(client, site_tree):
    client.get("/en/news/")
    Topic.objects.filter(pk=site_tree.topic.pk).update(name="unchanged by update()")
    topic = Topic.objects.get(pk=site_tree.topic.pk)
    topic.name = "Technology and R&D"
    topic.save()
    assert "Technology and R&amp;D" in client.get("/en/news/").content.decode()


def test_logged_in_users_are_never_served_from_the_cache(client, site_tree, admin_user):
    client.get("/en/")
    client.force_login(admin_user)
    response = client.get("/en/")
    assert "X-Page-Cache" not in response
    assert b"wagtail-userbar" in response.content


def test_cached_pages_carry_no_personal_cookies(client, site_tree):
    client.get("/en/")
    response = client.get("/en/")
    assert response["X-Page-Cache"] == "hit"
    assert not response.cookies


def test_requests_with_credentials_are_never_cached_nor_served_from_the_cache(
    client, site_tree
):
    """An API answer fetched with a token must not reach the next caller."""
    assert client.get("/en/news/monitoring/")["X-Page-Cache"] == "miss"
    with_token = client.get("/en/news/monitoring/", HTTP_AUTHORIZATION="Bearer k1")
    assert "X-Page-Cache" not in with_token
    assert client.get("/en/news/monitoring/")["X-Page-Cache"] == "hit"
