"""What each staff group may do with pages and topics, checked through the admin."""

from django.contrib.auth.models import Group

import pytest

from cms.models import NewsPage

pytestmark = pytest.mark.django_db


def add_news_form(**extra):
    return {
        "title": "Quarterly results",
        "slug": "quarterly-results",
        "lead": "Orders grew.",
        "date": "2026-11-01",
        "body-count": "0",
        "tags": "",
        "related_links-TOTAL_FORMS": "0",
        "related_links-INITIAL_FORMS": "0",
        "related_links-MIN_NUM_FORMS": "0",
        "related_links-MAX_NUM_FORMS": "6",
        **extra,
    }


def test_all_groups_exist():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Editors", "Moderators", "Marketers", "Customer managers"} <= names


def test_editor_writes_a_draft_but_cannot_publish(client, site_tree, member):
    editor = member("Editors")
    client.force_login(editor)
    url = f"/admin/pages/add/cms/newspage/{site_tree.news_index.id}/"
    assert client.get(url).status_code == 200
    response = client.post(url, add_news_form(**{"action-publish": "publish"}))
    assert response.status_code == 302
    article = NewsPage.objects.get(slug="quarterly-results")
    assert not article.live  # the publish button is refused: a draft is saved
    assert not article.permissions_for_user(editor).can_publish()


def test_editor_submits_news_to_moderation(client, site_tree, member):
    client.force_login(member("Editors"))
    url = f"/admin/pages/add/cms/newspage/{site_tree.news_index.id}/"
    client.post(url, add_news_form(**{"action-submit": "submit"}))
    article = NewsPage.objects.get(slug="quarterly-results")
    assert article.current_workflow_state is not None
    assert article.current_workflow_state.workflow.name == "Moderators approval"
    assert not article.live


def test_moderator_publishes(client, site_tree, member):
    client.force_login(member("Moderators"))
    url = f"/admin/pages/add/cms/newspage/{site_tree.news_index.id}/"
    client.post(url, add_news_form(**{"action-publish": "publish"}))
    assert NewsPage.objects.get(slug="quarterly-results").live


@pytest.mark.parametrize("group", ["Marketers", "Customer managers"])
def test_marketers_and_managers_cannot_edit_pages(client, site_tree, member, group):
    client.force_login(member(group))
    assert client.get("/admin/").status_code == 200
    edit = f"/admin/pages/{site_tree.articles[0].id}/edit/"
    assert client.get(edit).status_code in (302, 403)
    add = f"/admin/pages/add/cms/newspage/{site_tree.news_index.id}/"
    assert client.get(add).status_code in (302, 403)


def test_topics_are_managed_by_editors_not_marketers(client, site_tree, member):
    client.force_login(member("Editors"))
    assert client.get("/admin/snippets/cms/topic/add/").status_code == 200
    client.force_login(member("Marketers"))
    assert client.get("/admin/snippets/cms/topic/add/").status_code in (302, 403)


def test_anonymous_visitors_are_sent_to_the_login(client, site_tree):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
