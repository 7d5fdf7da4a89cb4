"""A visitor reads the site, and a marketer opens the audience report: the visit
shows up in the realtime figures and the chart is drawn. The screenshots
illustrate docs/marketers.md."""

import datetime
import random

from django.contrib.auth.models import Permission
from django.utils import timezone

import pytest

from analytics.models import DailyRollup
from tests.browser.test_site import shoot
from tests.browser.test_survey_reports import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
DESKTOP_CHROME = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
)


def earlier_days(articles, poll):
    """A month of figures, as the drain would have left them."""
    today = timezone.localdate()
    dice = random.Random(4)
    rows = []
    for back in range(1, 61):
        day = today - datetime.timedelta(days=back)
        visitors = 80 + dice.randrange(60) - (25 if day.weekday() >= 5 else 0)
        visits = visitors + dice.randrange(20)
        rows.append(
            DailyRollup(
                day=day,
                dimension="all",
                key="",
                visitors=visitors,
                visits=visits,
                pageviews=visits * 2 + dice.randrange(40),
                bounces=visits // 3,
                duration=visits * 95,
            )
        )
        for number, (source, share) in enumerate(
            (("Yandex", 0.4), ("Google", 0.25), ("0", 0.2), ("vc.ru", 0.15))
        ):
            rows.append(
                DailyRollup(
                    day=day,
                    dimension="source",
                    key=source,
                    visitors=int(visitors * share),
                    visits=int(visits * share),
                    pageviews=int(visits * share * 2) + number,
                )
            )
        for rank, article in enumerate(articles):
            rows.append(
                DailyRollup(
                    day=day,
                    dimension="page_id",
                    key=str(article.id),
                    pageviews=40 // (rank + 1),
                    visitors=30 // (rank + 1),
                )
            )
        rows += [
            DailyRollup(
                day=day,
                dimension="event_page",
                key=f"poll_viewed:{poll.id}:{articles[0].id}",
                events=25,
            ),
            DailyRollup(
                day=day, dimension="event", key=f"poll_viewed:{poll.id}", events=25
            ),
            DailyRollup(
                day=day, dimension="event", key=f"poll_voted:{poll.id}", events=6
            ),
        ]
    DailyRollup.objects.bulk_create(rows)


def test_marketer_sees_todays_visitor_and_the_chart(
    page, browser, live_server, site_tree, poll, django_user_model
):
    earlier_days(site_tree.articles, poll)
    # A visitor in a browser of their own reads two pages (with an everyday user
    # agent: a headless browser's own is counted as a bot).
    visitor = browser.new_context(user_agent=DESKTOP_CHROME)
    reader = visitor.new_page()
    reader.goto(f"{live_server.url}/en/news/")
    reader.get_by_role("link", name="Remote crane monitoring").first.click()
    reader.wait_for_url("**/en/news/monitoring/")
    visitor.close()

    user = django_user_model.objects.create_user("marketer", password="pw-marketer-1")
    # The Marketers group's grants, given directly: an earlier browser test may
    # have flushed the groups the migrations made.
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", "view_dailyrollup"])
    )
    log_in(page, live_server, "marketer", "pw-marketer-1")
    page.get_by_role("button", name="Reports").click()
    page.get_by_role("link", name="Audience").click()
    page.wait_for_url("**/admin/reports/audience/")

    realtime = page.locator('[data-realtime="visitors"]')
    assert realtime.inner_text() == "1"
    assert (
        "/en/news/monitoring/" in page.locator('[data-realtime="pages"]').inner_text()
    )
    page.wait_for_function(
        "() => window.Chart && Chart.getChart(document.getElementById('audience-chart'))"
    )
    points = page.evaluate(
        "Chart.getChart(document.getElementById('audience-chart'))"
        ".data.datasets[0].data"
    )
    assert len(points) == 30 and points[-1] == 1 and min(points[:-1]) > 0
    # The headline figures and the chart, in one picture.
    page.locator("h2", has_text="From ").evaluate("el => el.scrollIntoView()")
    shoot(page, "admin-audience-report")

    page.select_option("#id_interval", "week")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url("**interval=week**")
    page.wait_for_function(
        "() => window.Chart && Chart.getChart(document.getElementById('audience-chart'))"
    )
    assert (
        5
        <= page.evaluate(
            "Chart.getChart(document.getElementById('audience-chart')).data.labels.length"
        )
        <= 6
    )

    engagement = page.locator("#audience-polls")
    page.get_by_role("heading", name="Engagement").evaluate("el => el.scrollIntoView()")
    assert poll.question in engagement.inner_text()
    shoot(page, "admin-audience-engagement")
