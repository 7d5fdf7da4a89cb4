from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from analytics.views import AudienceMenuItem


@hooks.register("before_serve_page")
def remember_served_page(page, request, serve_args, serve_kwargs):
    # Live pages only: previews and drafts are served through other views.
    request.analytics_page_id = page.id


@hooks.register("register_admin_urls")
def register_audience_report_urls():
    return [path("reports/audience/", include("analytics.admin_urls"))]


@hooks.register("register_reports_menu_item")
def register_audience_menu_item():
    return AudienceMenuItem(
        _("Audience"),
        reverse("analytics_reports:overview"),
        name="audience",
        icon_name="view",
        order=900,
    )
