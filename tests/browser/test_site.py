"""A visitor and an editor in a real Chromium: reading, switching language,
publishing a draft. Screenshots land in var/screenshots/ (kept out of git)."""

from pathlib import Path

import pytest

from cms.models import NewsPage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


def shoot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=False)


def test_visitor_reads_news_in_both_languages(page, live_server, site_tree):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/en/")
    assert page.locator("h1").inner_text() == "Cranes that lift"
    shoot(page, "home")

    page.get_by_role("link", name="Remote crane monitoring").first.click()
    page.wait_for_url("**/en/news/monitoring/")
    assert page.locator("h1").inner_text() == "Remote crane monitoring"
    assert page.get_by_role("link", name="Technologies").is_visible()
    shoot(page, "news-article")

    page.locator(".language-switcher").get_by_role("link", name="RU").click()
    page.wait_for_url("**/ru/news/monitoring/")
    assert page.locator("h1").inner_text() == "Удалённый мониторинг кранов"
    assert page.locator("html").get_attribute("lang") == "ru"
    assert page.get_by_role("button", name="Поиск").is_visible()
    shoot(page, "news-article-ru")


def test_editor_publishes_a_news_draft(page, live_server, site_tree, django_user_model):
    django_user_model.objects.create_superuser(
        "editor", "editor@example.com", "pw-editor-1"
    )
    draft = NewsPage(
        title="Plant opens in Kazan", slug="kazan", lead="A new plant.", live=False
    )
    site_tree.news_index.add_child(instance=draft)
    draft.save_revision()

    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "pw-editor-1")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")

    page.goto(f"{live_server.url}/admin/pages/{draft.id}/edit/")
    shoot(page, "admin-edit-news")
    page.locator(
        "footer .w-dropdown__toggle, footer [data-w-dropdown-target='toggle']"
    ).first.click()
    page.locator("button[name='action-publish']").click()
    page.wait_for_url(f"**/admin/pages/{site_tree.news_index.id}/")
    shoot(page, "admin-published")

    page.goto(f"{live_server.url}/en/news/kazan/")
    assert page.locator("h1").inner_text() == "Plant opens in Kazan"
