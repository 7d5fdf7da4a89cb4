"""No admin screen carries an inline script. The admin's Content-Security-Policy
forbids them (no 'unsafe-inline', no nonce on Wagtail's own scripts), so one
would be blocked and the widget it starts would be dead. Wagtail's inline
scripts are written as data instead (cms/admin_scripts.py); this walks every
screen of our apps and Wagtail's own editing screens, as a superuser, and reads
their HTML and the HTML of their modal answers."""

from html.parser import HTMLParser

from django.urls import reverse

from wagtail.models import Page

import pytest

from tests.hostile.test_permissions_matrix import (  # noqa: F401  fixtures
    SCREENS,
    draw_pages,
    matrix_data,
    url_for,
)

# Types a browser does not run: data for scripts and templates.
DATA_TYPES = {"application/json", "text/template", "text/django-form-template"}


class ScriptFinder(HTMLParser):
    def __init__(self):
        super().__init__()
        self.inline = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and not attrs.get("src"):
            if (attrs.get("type") or "").lower() not in DATA_TYPES:
                self.inline.append(self.getpos())
        self.inline += [
            (self.getpos(), name) for name in attrs if name.startswith("on")
        ]


def inline_scripts(response):
    """Where the answer's HTML (or a modal's, in its JSON) runs inline code."""
    if response["Content-Type"].startswith("application/json"):
        html = response.json().get("html") or ""
    elif response["Content-Type"].startswith("text/html"):
        html = response.content.decode()
    else:
        return []
    finder = ScriptFinder()
    finder.feed(html)
    return finder.inline


def test_the_finder_sees_inline_code():
    finder = ScriptFinder()
    finder.feed(
        '<script>alert(1)</script><script src="/a.js"></script>'
        '<script type="application/json">{}</script><a onclick="x()">'
    )
    assert len(finder.inline) == 2


@pytest.mark.parametrize("name", sorted(SCREENS))
def test_our_screens_have_no_inline_scripts(name, matrix_data, db, draw_pages):  # noqa: F811
    draw_pages(True)
    response = matrix_data["clients"]["admin"].get(url_for(name, matrix_data))
    assert inline_scripts(response) == []


def wagtail_screens():
    """Wagtail's own screens with forms, for every page type of the site."""
    yield reverse("wagtailadmin_home")
    for page in Page.objects.filter(depth__gt=1).specific():
        yield reverse("wagtailadmin_pages:edit", args=[page.id])
        for kind in page.specific_class.allowed_subpage_models():
            yield reverse(
                "wagtailadmin_pages:add",
                args=[kind._meta.app_label, kind._meta.model_name, page.id],
            )
        yield reverse("wagtailadmin_choose_page_child", args=[page.id])
    yield from (
        reverse(name)
        for name in (
            "wagtailadmin_choose_page",
            "wagtailimages:add",
            "wagtailimages:add_multiple",
            "wagtailimages_chooser:choose",
            "wagtaildocs:add",
            "wagtaildocs:add_multiple",
            "wagtaildocs_chooser:choose",
            "wagtailusers_users:add",
            "wagtailusers_groups:add",
            "wagtailadmin_workflows:add",
            "wagtailadmin_workflows:task_chooser",
            "wagtailredirects:add",
            "wagtailsites:add",
            "wagtailadmin_collections:add",
            "wagtailforms:index",
        )
    )
    yield reverse(
        "wagtailadmin_workflows:add_task", args=["wagtailcore", "groupapprovaltask"]
    )
    for model_name in ("sitesettings", "navigationsettings"):
        yield reverse("wagtailsettings:edit", args=["cms", model_name])


def test_wagtail_screens_have_no_inline_scripts(matrix_data, db, draw_pages):  # noqa: F811
    draw_pages(True)
    client = matrix_data["clients"]["admin"]
    found = {}
    for url in wagtail_screens():
        response = client.get(url, follow=True)  # settings go to the site's
        assert response.status_code == 200, url
        if scripts := inline_scripts(response):
            found[url] = scripts
    assert found == {}
