"""The audience report beyond the headline: content, acquisition and technology
tables, poll and questionnaire funnels, goals by source and campaign, the chart's
intervals, realtime figures, and filters with their form errors."""

import csv
import datetime
import io

from django.urls import reverse
from django.utils import timezone

import pytest

from analytics import drain
from analytics.models import DailyRollup, Device, Hit, Label, Source
from analytics.views import TABLES

pytestmark = pytest.mark.django_db

OVERVIEW = "/admin/reports/audience/"
DATA = "/admin/reports/audience/data.json"
REALTIME = "/admin/reports/audience/realtime.json"


def rollup(day, dimension, key, **figures):
    DailyRollup.objects.create(day=day, dimension=dimension, key=key, **figures)


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def marketer(client, member):
    client.force_login(member("Marketers"))
    return client


def week(marketer, **query):
    return marketer.get(DATA, {"days": 7, **query}).json()


def test_entry_exit_referrers_and_technology_tables(marketer, today):
    rollup(today, "entry", "/en/news/", visits=7)
    rollup(today, "entry", "/en/", visits=9)
    rollup(today, "exit", "/en/contacts/", visits=12)
    rollup(today, "referrer", "vc.ru", visitors=4, visits=5)
    rollup(today, "browser", "Firefox", visitors=6)
    rollup(today, "browser", "Chrome", visitors=10)
    rollup(today, "os", "Android", visitors=3)
    rollup(today, "language", "ru", visitors=8)
    data = week(marketer)
    assert data["entry_pages"] == [
        {"path": "/en/", "visits": 9},
        {"path": "/en/news/", "visits": 7},
    ]
    assert data["exit_pages"] == [{"path": "/en/contacts/", "visits": 12}]
    assert data["referrers"] == [{"referrer": "vc.ru", "visitors": 4, "visits": 5}]
    assert [row["browser"] for row in data["browsers"]] == ["Chrome", "Firefox"]
    assert data["os"] == [{"os": "Android", "visitors": 3}]
    assert data["languages"] == [{"language": "ru", "visitors": 8}]


def test_top_articles_carry_their_topic_and_topics_add_up(marketer, site_tree, today):
    monitoring, steel, inverters = site_tree.articles
    rollup(today, "page_id", str(monitoring.id), pageviews=30, visitors=20)
    rollup(today, "page_id", str(steel.id), pageviews=50, visitors=40)
    rollup(today, "page_id", str(inverters.id), pageviews=10, visitors=9)
    rollup(today, "page_id", str(site_tree.about.id), pageviews=99, visitors=90)
    data = week(marketer)
    assert [(a["title"], a["topic"], a["pageviews"]) for a in data["articles"]] == [
        ("Steel prices in spring", "Market reviews", 50),
        ("Remote crane monitoring", "Technologies", 30),
        ("Inverter drives explained", "Technologies", 10),
    ]
    assert data["topics"] == [
        {"topic": "Market reviews", "pageviews": 50, "articles": 1},
        {"topic": "Technologies", "pageviews": 40, "articles": 2},
    ]


def test_a_poll_funnel_goes_from_its_pages_to_votes(marketer, site_tree, poll, today):
    page = site_tree.articles[0]
    rollup(today, "page_id", str(page.id), pageviews=200, visitors=150)
    rollup(today, "event_page", f"poll_viewed:{poll.id}:{page.id}", events=120)
    rollup(today, "event", f"poll_viewed:{poll.id}", events=120, visitors=110)
    rollup(today, "event", f"poll_voted:{poll.id}", events=30, visitors=30)
    data = week(marketer)
    assert data["polls"] == [
        {
            "poll": "Which crane do you use most?",
            "page_views": 200,
            "poll_views": 120,
            "votes": 30,
            "vote_rate": 25.0,
        }
    ]


def test_a_questionnaire_funnel_is_named_after_its_page(marketer, questionnaire, today):
    target = questionnaire.id
    rollup(today, "event", f"questionnaire_viewed:{target}", events=80)
    rollup(today, "event", f"questionnaire_started:{target}", events=40)
    rollup(today, "event", f"questionnaire_completed:{target}", events=10)
    data = week(marketer)
    assert data["questionnaires"] == [
        {
            "questionnaire": questionnaire.title,
            "views": 80,
            "starts": 40,
            "completions": 10,
            "completion_rate": 25.0,
        }
    ]


def test_goals_are_counted_per_source_and_campaign(marketer, today):
    rollup(today, "goal_source", "feedback_sent|Yandex", events=3)
    rollup(today, "goal_source", "request_sent|Yandex", events=2)
    rollup(today, "goal_source", f"request_sent|{Source.DIRECT.value}", events=1)
    rollup(today, "goal_campaign", "request_sent|mail|email|spring", events=4)
    data = week(marketer)
    assert data["conversions_by_source"] == [
        {
            "source": "Yandex",
            "feedback_sent": 3,
            "request_sent": 2,
            "questionnaire_completed": 0,
            "poll_voted": 0,
        },
        {
            "source": "direct",
            "feedback_sent": 0,
            "request_sent": 1,
            "questionnaire_completed": 0,
            "poll_voted": 0,
        },
    ]
    assert data["conversions_by_campaign"][0]["utm_campaign"] == "spring"
    assert data["conversions_by_campaign"][0]["request_sent"] == 4


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_table_is_shown_and_exports(marketer, today, table):
    rollup(today, "all", "", visitors=1, visits=1, pageviews=1)
    assert f'id="audience-{table}"' in marketer.get(OVERVIEW).content.decode()
    url = reverse("analytics_reports:export", args=[table, "csv"])
    response = marketer.get(url, {"days": 7})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == [str(heading) for _field, heading in TABLES[table][1]]


def test_the_chart_groups_days_into_weeks_and_months(marketer):
    monday = datetime.date(2026, 6, 1)
    for offset, visitors in ((0, 5), (6, 7), (7, 11), (30, 13)):
        rollup(monday + datetime.timedelta(days=offset), "all", "", visitors=visitors)
    query = {"start": "2026-06-01", "end": "2026-07-01"}
    weeks = marketer.get(DATA, {**query, "interval": "week"}).json()["series"]
    assert [(p["period"], p["visitors"]) for p in weeks[:2]] == [
        ("2026-06-01", 12),
        ("2026-06-08", 11),
    ]
    months = marketer.get(DATA, {**query, "interval": "month"}).json()["series"]
    assert [(p["period"], p["visitors"]) for p in months] == [
        ("2026-06-01", 23),
        ("2026-07-01", 13),
    ]


def stored_hit(when, visitor, path="/en/", event=None, device=Device.DESKTOP, **more):
    labels = {
        name: Label.objects.get_or_create(text=text)[0]
        for name, text in (("path", path), ("event", event))
        if text
    }
    return Hit.objects.create(
        id=Hit.objects.count() + 1,
        time=when,
        visitor=visitor,
        session=visitor,
        source=Source.DIRECT,
        device=device,
        **labels,
        **more,
    )


def test_hourly_figures_come_from_the_raw_hits(marketer, today):
    noon = timezone.make_aware(datetime.datetime.combine(today, datetime.time(12)))
    stored_hit(noon, 1)
    stored_hit(noon + datetime.timedelta(minutes=5), 1, "/en/news/")
    stored_hit(noon + datetime.timedelta(minutes=10), 2)
    stored_hit(noon + datetime.timedelta(hours=1), 3)
    stored_hit(noon, 4, device=Device.BOT)
    series = week(marketer, interval="hour")["series"]
    assert len(series) == 7 * 24
    by_hour = {point["period"]: point for point in series}
    assert by_hour[f"{today} 12:00"] == {
        "period": f"{today} 12:00",
        "visitors": 2,
        "pageviews": 3,
    }
    assert by_hour[f"{today} 13:00"]["visitors"] == 1


def test_realtime_counts_the_last_thirty_minutes(marketer, client):
    now = timezone.now()
    stored_hit(now - datetime.timedelta(minutes=2), 1, "/en/news/")
    stored_hit(now - datetime.timedelta(minutes=3), 2, "/en/news/")
    stored_hit(now - datetime.timedelta(minutes=4), 2, event="engagement")
    stored_hit(now - datetime.timedelta(minutes=45), 3)
    stored_hit(now, 4, device=Device.BOT)
    data = marketer.get(REALTIME).json()
    assert (data["visitors"], data["pageviews"]) == (2, 2)
    assert data["pages"] == [{"path": "/en/news/", "visitors": 2, "pageviews": 2}]
    html = marketer.get(OVERVIEW).content.decode()
    assert 'data-realtime="visitors">2<' in html


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"page": "en/news"}, "page"),
        ({"interval": "hour", "days": 30}, "interval"),
        ({"interval": "fortnight"}, "interval"),
        ({"device": "9"}, "device"),
        ({"source": "Nowhere"}, "source"),
    ],
)
def test_bad_filters_are_form_errors(marketer, query, field):
    response = marketer.get(OVERVIEW, query)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert marketer.get(DATA, query).status_code == 400


def test_filters_need_the_raw_hits_of_the_period(marketer, settings):
    settings.ANALYTICS_RAW_DAYS = 30
    response = marketer.get(OVERVIEW, {"days": 90, "device": Device.MOBILE.value})
    assert response.context["report"] is None
    assert "visits kept in detail" in response.content.decode()
    assert marketer.get(OVERVIEW, {"days": 30, "device": 1}).context["report"]


def test_the_realtime_figures_are_for_marketers_only(client, member):
    client.force_login(member("Editors"))
    assert client.get(REALTIME).status_code == 302
    client.logout()
    assert "/admin/login/" in client.get(REALTIME)["Location"]


def test_drain_keeps_what_the_filter_figures_need(today):
    """Filtered figures recompute a day from its hits: the day's unfiltered
    figures must match the stored rollups exactly."""
    noon = timezone.make_aware(datetime.datetime.combine(today, datetime.time(12)))
    stored_hit(noon, 1)
    stored_hit(noon + datetime.timedelta(minutes=1), 1, "/en/news/")
    stored_hit(noon, 2, "/en/news/")
    drain.rebuild_rollups(today)
    stored = {
        (row.dimension, row.key): row.pageviews
        for row in DailyRollup.objects.filter(day=today)
    }
    recomputed = {
        (row.dimension, row.key): row.pageviews
        for row in drain.figures_for_day(today, keep=lambda visit, hits: True)
    }
    assert recomputed == stored


def label(text):
    return Label.objects.get_or_create(text=text)[0]


@pytest.fixture
def three_visits(today):
    """A mobile visit from Yandex reading news, a desktop one coming straight to
    About, and one from Google that reads news, sees a poll and sends feedback."""
    noon = timezone.make_aware(datetime.datetime.combine(today, datetime.time(12)))
    minute = datetime.timedelta(minutes=1)
    yandex, google = label("Yandex"), label("Google")
    stored_hit(noon, 1, "/en/news/a/", device=Device.MOBILE, source_name=yandex)
    stored_hit(noon + minute, 1, "/en/about/", device=Device.MOBILE)
    stored_hit(noon, 2, "/en/about/")
    stored_hit(noon, 3, "/en/news/b/", source_name=google, page_id=7)
    stored_hit(noon + minute, 3, event="poll_viewed", target=label("5"), page_id=7)
    stored_hit(noon + 2 * minute, 3, event="feedback_sent", target=label("wish"))
    drain.rebuild_rollups(today)
    return today


@pytest.mark.parametrize(
    ("filters", "visitors", "pageviews"),
    [
        ({}, 3, 4),
        ({"device": Device.MOBILE.value}, 1, 2),
        ({"page": "/en/news/"}, 2, 3),
        ({"page": "/en/about/"}, 2, 3),  # whole visits: one also read news
        ({"source": "Yandex"}, 1, 2),
        ({"source": "Yandex", "page": "/en/about/"}, 1, 2),
        ({"source": "Google", "device": Device.MOBILE.value}, 0, 0),
    ],
)
def test_filters_keep_the_visits_that_match(
    marketer, three_visits, filters, visitors, pageviews
):
    data = week(marketer, **filters)
    assert (data["visitors"], data["pageviews"]) == (visitors, pageviews)
    assert sum(row["pageviews"] for row in data["pages"]) == pageviews


def test_a_filtered_report_shows_the_filter_in_the_page(marketer, three_visits):
    response = marketer.get(OVERVIEW, {"days": 7, "source": "Yandex"})
    assert response.context["filtered"]
    assert [row[0] for row in response.context["sections"][0]["tables"][0]["rows"]] == [
        "/en/about/",
        "/en/news/a/",
    ]


def test_the_drain_counts_goals_by_source_and_polls_by_page(three_visits):
    keys = {
        (row.dimension, row.key): row
        for row in DailyRollup.objects.filter(day=three_visits)
    }
    assert keys[("goal_source", "feedback_sent|Google")].events == 1
    assert keys[("event_page", "poll_viewed:5:7")].events == 1
    assert keys[("page_id", "7")].visitors == 1
    # Seeing a poll is no action: the visit is still not a bounce, thanks to
    # the feedback sent; a poll seen alone would leave it one.
    assert keys[("all", "")].bounces == 1  # the visit to About only


def test_time_on_a_page_left_open_for_an_hour_makes_no_visit(today):
    noon = timezone.make_aware(datetime.datetime.combine(today, datetime.time(12)))
    stored_hit(noon, 1, "/en/news/")
    hour_later = stored_hit(
        noon + datetime.timedelta(hours=1), 1, event="engagement", engaged_seconds=3600
    )
    Hit.objects.filter(pk=hour_later.pk).update(session=hour_later.pk)
    drain.rebuild_rollups(today)
    rows = {(r.dimension, r.key): r for r in DailyRollup.objects.filter(day=today)}
    assert (rows[("all", "")].visits, rows[("all", "")].bounces) == (1, 1)
    assert rows[("event", "engagement")].events == 1
