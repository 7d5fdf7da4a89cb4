"""The Content-Security-Policy in a real Chromium: the pages a visitor and an editor
open break none of its rules, so nothing on them is silently blocked."""

import pytest

from tests.browser.test_survey_reports import log_in
from tests.portal.test_security_headers import directives

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def watch_violations(page):
    """Chromium reports each blocked script, style, frame or image on the console."""
    violations = []

    def note(message):
        if "Content Security Policy" in message.text:
            violations.append(f"{page.url}: {message.text}")

    page.on("console", note)
    return violations


def visit(page, url):
    response = page.goto(url, wait_until="networkidle")
    assert response.status == 200, url
    return response.headers["content-security-policy"]


def test_public_pages_keep_the_strict_policy(
    page, live_server, article_with_poll, poll, settings
):
    settings.SURVEYS_MIN_FILL_SECONDS = 0
    violations = watch_violations(page)
    for path in ("/en/", article_with_poll.url):
        policy = visit(page, f"{live_server.url}{path}")
        assert "script-src 'self'" in policy
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    # The poll's script still works under the policy: it votes in place.
    poll_box = page.locator(f"[data-poll='{poll.id}']")
    poll_box.get_by_label("Gantry").check()
    poll_box.get_by_role("button", name="Vote").click()
    page.wait_for_selector(".poll__results:not([hidden]) progress")
    assert "Thank you, your vote is counted." in poll_box.inner_text()
    assert violations == [], "\n".join(violations)


def test_editor_pages_break_no_rule(
    page, live_server, article_with_poll, poll, django_user_model
):
    django_user_model.objects.create_superuser("editor", "e@example.com", "pw-ed-1")
    violations = watch_violations(page)
    log_in(page, live_server, "editor", "pw-ed-1")
    for path in (
        "/admin/",
        f"/admin/pages/{article_with_poll.id}/edit/",
        f"/admin/snippets/surveys/poll/edit/{poll.id}/",
        # The reports draw their charts with the site's own Chart.js.
        "/admin/reports/audience/",
        "/admin/reports/customers/",
        "/admin/reports/surveys/",
        "/admin/crm/cases/",
        # The public page as an editor sees it, with Wagtail's user bar.
        article_with_poll.url,
    ):
        visit(page, f"{live_server.url}{path}")
    assert violations == [], "\n".join(violations)


def test_admin_widgets_work_without_inline_scripts(
    page, live_server, site_tree, django_user_model
):
    """The date picker, an inline panel and a page chooser start from data, not
    inline scripts, under the admin's strict policy; the editor's choice is saved."""
    django_user_model.objects.create_superuser("editor", "e@example.com", "pw-ed-1")
    article, other = site_tree.articles[0], site_tree.articles[1]
    violations = watch_violations(page)
    log_in(page, live_server, "editor", "pw-ed-1")
    policy = visit(page, f"{live_server.url}/admin/pages/{article.id}/edit/")
    script_src = directives(policy)["script-src"]
    assert "'self'" in script_src and "'unsafe-inline'" not in script_src

    page.click("#id_date")
    page.wait_for_selector(".xdsoft_datetimepicker >> visible=true")
    page.keyboard.press("Escape")

    page.click("#id_related_links-ADD")
    new_form = page.locator("#inline_child_related_links-0")
    new_form.wait_for()
    new_form.get_by_role("button", name="Choose a page").click()
    modal = page.locator(".modal-dialog")
    modal.get_by_placeholder("Search").fill(other.title)
    modal.get_by_role("link", name=other.title).first.click()
    page.wait_for_selector(".modal-dialog", state="hidden")
    assert other.title in new_form.inner_text()
    # A form added later has its chooser ready as soon as it is added: a
    # multiple chooser panel fills it in within the same click.
    assert page.evaluate(
        """() => {
            document.getElementById("id_related_links-ADD").click();
            const chooser = document.getElementById("id_related_links-1-page-chooser");
            return Boolean(chooser && chooser.widget);
        }"""
    )
    page.click("#id_related_links-1-DELETE-button")

    page.get_by_role("button", name="Save draft").click()
    page.wait_for_selector(".messages .success")
    article.refresh_from_db()
    draft = article.get_latest_revision_as_object()
    assert [link.page_id for link in draft.related_links.all()] == [other.id]
    assert violations == [], "\n".join(violations)
