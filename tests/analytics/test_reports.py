"""The audience report in the admin: who may see it, the period form, the figures,
the JSON data and the CSV/XLSX exports."""

import csv
import datetime
import io

from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

import pytest
from openpyxl import load_workbook

from analytics.models import DailyRollup

pytestmark = pytest.mark.django_db

OVERVIEW = "/admin/reports/audience/"
DATA = "/admin/reports/audience/data.json"


def rollup(day, dimension="all", key="", **figures):
    return DailyRollup.objects.create(day=day, dimension=dimension, key=key, **figures)


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def rollups(today):
    yesterday = today - datetime.timedelta(days=1)
    rollup(today, visitors=40, visits=50, pageviews=120, bounces=10, duration=5000)
    rollup(yesterday, visitors=30, visits=30, pageviews=80, bounces=15, duration=3000)
    # The week before: the figures the change is measured against.
    rollup(
        today - datetime.timedelta(days=9),
        visitors=35,
        visits=40,
        pageviews=100,
        bounces=20,
        duration=4000,
    )
    rollup(today, "page", "/en/news/monitoring/", visitors=25, pageviews=70)
    rollup(yesterday, "page", "/en/news/monitoring/", visitors=10, pageviews=20)
    rollup(today, "page", "/en/about/", visitors=15, pageviews=50)
    rollup(today, "source", "Yandex", visitors=22, pageviews=60)
    rollup(today, "source", "0", visitors=18, pageviews=60)
    rollup(today, "campaign", "newsletter|email|=spring", visitors=5, pageviews=9)
    rollup(today, "device", "0", visitors=28)
    rollup(today, "device", "1", visitors=12)
    rollup(today, "locale", "ru", pageviews=90)
    return today


@pytest.fixture
def marketer(client, member):
    client.force_login(member("Marketers"))
    return client


def export_url(table, file_format):
    return reverse("analytics_reports:export", args=[table, file_format])


def refused(response):
    """Wagtail's admin sends staff without the permission back to the dashboard."""
    return response.status_code == 302 and response["Location"] == "/admin/"


def test_urls_live_under_the_admin_reports():
    assert reverse("analytics_reports:overview") == OVERVIEW
    assert reverse("analytics_reports:data") == DATA
    assert export_url("pages", "csv") == "/admin/reports/audience/pages.csv"


def test_marketers_see_the_figures_of_the_last_seven_days(marketer, rollups):
    response = marketer.get(OVERVIEW, {"days": 7})
    assert response.status_code == 200
    html = response.content.decode()
    headlines = {row["name"]: row for row in response.context["headlines"]}
    assert headlines["visitors"]["value"] == 70
    assert headlines["visitors"]["previous"] == 35
    assert headlines["visitors"]["change"] == 100.0
    assert headlines["pageviews"]["value"] == 200
    assert headlines["bounce_rate"]["value"] == "31.2%"  # 25 of 80 visits
    assert headlines["visit_duration"]["value"] == "0:01:40"  # 8000 s / 80 visits
    assert "+100.0%" in html
    for text in ("/en/news/monitoring/", "/en/about/", "Yandex", "direct", "desktop"):
        assert text in html


def test_the_chart_data_is_in_a_json_script_and_drawn_by_a_static_script(
    marketer, rollups
):
    response = marketer.get(OVERVIEW, {"days": 7})
    html = response.content.decode()
    chart = response.context["chart"]
    assert len(chart["labels"]) == 7
    assert chart["labels"][-1] == rollups.isoformat()
    assert chart["datasets"][0]["data"][-2:] == [30, 40]
    assert chart["datasets"][1]["data"][-2:] == [80, 120]
    assert '<script id="audience-chart-data" type="application/json">' in html
    assert "/static/vendor/chart.umd.min.js" in html
    assert "/static/analytics/reports.js" in html
    # Every script is a file or JSON data: nothing inline for the CSP to block.
    assert html.count("<script>") == 0


def test_the_default_period_is_the_last_thirty_days(marketer, rollups):
    response = marketer.get(OVERVIEW)
    assert response.status_code == 200
    assert response.context["start"] == rollups - datetime.timedelta(days=29)
    assert response.context["end"] == rollups


@pytest.mark.parametrize(
    "query",
    [
        {"start": "2025-13-01", "end": "2025-12-31"},
        {"start": "2025-06-10", "end": "2025-06-01"},
        {"start": "2025-06-10"},
        {"days": "12"},
        {"start": "1990-01-01", "end": "2025-01-01"},
    ],
)
def test_a_bad_period_is_a_form_error(marketer, rollups, query):
    response = marketer.get(OVERVIEW, query)
    assert response.status_code == 200
    assert response.context["form"].errors
    assert response.context["report"] is None
    assert 'role="alert"' in response.content.decode()
    assert marketer.get(DATA, query).status_code == 400
    assert marketer.get(export_url("pages", "csv"), query)["Content-Type"].startswith(
        "text/html"
    )


def test_the_json_endpoint_returns_the_report(marketer, rollups):
    yesterday = rollups - datetime.timedelta(days=1)
    response = marketer.get(
        DATA, {"start": yesterday.isoformat(), "end": rollups.isoformat()}
    )
    assert response.status_code == 200
    data = response.json()
    assert data["visitors"] == 70 and data["pageviews"] == 200
    assert data["pages"][0] == {
        "path": "/en/news/monitoring/",
        "pageviews": 90,
        "visitors": 35,
    }
    assert {row["source"] for row in data["sources"]} == {"Yandex", "direct"}
    assert [row["device"] for row in data["devices"]] == ["desktop", "mobile"]
    assert len(data["series"]) == 2


def test_a_table_exports_as_csv(marketer, rollups):
    response = marketer.get(export_url("pages", "csv"), {"days": 7})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "audience-pages-" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows == [
        ["Page", "Page views", "Visitors"],
        ["/en/news/monitoring/", "90", "35"],
        ["/en/about/", "50", "15"],
    ]


def test_a_table_exports_as_xlsx_with_formulas_quoted(marketer, rollups):
    response = marketer.get(export_url("campaigns", "xlsx"), {"days": 7})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == [
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "Visitors",
        "Page views",
    ]
    assert rows[1] == ["newsletter", "email", "'=spring", 5, 9]
    devices = marketer.get(export_url("devices", "xlsx"), {"days": 7})
    sheet = load_workbook(io.BytesIO(devices.content)).active
    assert list(sheet.iter_rows(values_only=True))[1:] == [
        ("desktop", 28),
        ("mobile", 12),
    ]


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_staff_without_the_permission_get_no_data(client, member, rollups, group):
    client.force_login(member(group))
    for url in (OVERVIEW, DATA, export_url("pages", "csv")):
        response = client.get(url, {"days": 7})
        assert refused(response)
        assert b"monitoring" not in response.content
    assert OVERVIEW not in client.get("/admin/").content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client, rollups):
    for url in (OVERVIEW, DATA, export_url("sources", "xlsx")):
        response = client.get(url)
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]


def test_the_menu_shows_audience_to_marketers(marketer, rollups):
    assert OVERVIEW in marketer.get("/admin/").content.decode()


def test_marketers_hold_the_view_permission():
    assert (
        Permission.objects.get(
            codename="view_dailyrollup", content_type__app_label="analytics"
        )
        .group_set.filter(name="Marketers")
        .exists()
    )
