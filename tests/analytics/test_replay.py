"""Three days of generated traffic replayed through real HTTP requests, with the
clock under the test's control, and every report figure compared with the truth
worked out from the log itself (tests/analytics/traffic.py).

What the figures mean, as checked here:

- A day is a day in settings.TIME_ZONE (two zones are replayed, one with a
  daylight saving change inside the range).
- A visitor is one address and browser on one day: two browsers behind one
  address are two visitors, and nobody is recognised from one day to the next.
- A visit is a visitor's hits (page views and the page's events) with at most
  30 minutes between one and the next. A visit that goes on across midnight is
  two visits, one on each day, and its visitor counts once on each day: the daily
  salt changes at midnight, so after it the same person has a new key, and each
  day's figures are made from that day's hits only. The part after midnight came
  from a page of the site, so its source is "internal".
- Visitors over a range are the sum of the daily visitors (reports.py), for the
  whole site and for each page, source, campaign and device alike.
- Source, referring site, campaign, device, browser, operating system and the
  visitor's language are those of a visit's first hit. The site itself is no
  referring site and no named source: a visit entered from one of its own pages
  (or an event the page sent) is "internal".
- A page, and a locale (the language of the page's address), counts its own
  page views; entry and exit pages are a visit's first and last page view.
- A bounce is a visit with at most one page view and no action (the time on page
  and outbound clicks are not actions).
- Crawlers and headless browsers are counted apart, as page views per bot;
  visitors sending DNT or Sec-GPC, and prefetches, are not counted at all.
"""

import datetime
import http.client
import io
import json
from types import SimpleNamespace
from unittest import mock
from urllib.parse import urlsplit

from django.core.management import call_command
from django.utils import timezone

import pytest

from analytics import collect, reports, visitors
from analytics.models import DailySalt, Device, Hit
from tests.analytics import traffic

pytestmark = pytest.mark.django_db(transaction=True)

FIRST_DAY = datetime.date(2026, 3, 7)  # New York moves its clocks on 8 March
DAYS = [FIRST_DAY + datetime.timedelta(days=n) for n in range(traffic.DAYS)]
SITE_PATHS = [
    "/en/",
    "/ru/",
    "/en/about/",
    "/ru/about/",
    "/en/contacts/",
    "/en/news/",
    "/ru/news/",
    "/en/news/monitoring/",
    "/en/news/steel-prices/",
    "/en/news/inverters/",
    "/ru/news/monitoring/",
]


class Clock:
    """The time the collector reads: the hit's time and the day of the salt."""

    def __init__(self):
        self.now = 0

    def time(self):
        return self.now

    def localdate(self):
        return datetime.datetime.fromtimestamp(
            self.now, timezone.get_current_timezone()
        ).date()


def send(server, request):
    """Replay one request of the log, from the person's address as a trusted
    proxy in front of the live server would pass it on."""
    person = request.person
    headers = {"User-Agent": person.agent, "X-Forwarded-For": person.ip}
    if person.accept_language:
        headers["Accept-Language"] = person.accept_language
    if person.header:
        headers[person.header] = "1"
    if request.prefetch:
        headers["Sec-Purpose"] = "prefetch"
    if request.referrer:
        headers["Referer"] = (
            server.url + request.referrer
            if request.referrer.startswith("/")
            else request.referrer
        )
    connection = http.client.HTTPConnection(server.host, server.port, timeout=30)
    try:
        if request.event:
            body = {"n": request.event, "u": server.url + request.path}
            body.update(request.measures)
            connection.request(
                "POST", "/analytics/event/", json.dumps(body).encode(), headers
            )
            expected = 202
        else:
            path = request.path + (f"?{request.query}" if request.query else "")
            connection.request("GET", path, headers=headers)
            expected = 200
        response = connection.getresponse()
        response.read()
    finally:
        connection.close()
    assert response.status == expected, (request, response.status)


def reported(start, end):
    """analytics_report --json, with its lists turned into dicts (the order of
    equal figures is the database's) after checking they are in order."""
    out = io.StringIO()
    call_command(
        "analytics_report",
        start=start.isoformat(),
        end=end.isoformat(),
        json=True,
        stdout=out,
    )
    figures = json.loads(out.getvalue())
    # list: (key field, measure fields; the first is the list's order)
    lists = {
        "pages": ("path", "pageviews", "visitors"),
        "entry_pages": ("path", "visits"),
        "exit_pages": ("path", "visits"),
        "sources": ("source", "visitors", "pageviews"),
        "referrers": ("referrer", "visitors", "visits"),
        "campaigns": (None, "visitors", "pageviews"),
        "devices": ("device", "visitors"),
        "browsers": ("browser", "visitors"),
        "os": ("os", "visitors"),
        "locales": ("locale", "pageviews"),
        "languages": ("language", "visitors"),
    }
    for name, (key, *measures) in lists.items():
        rows = figures[name]
        order = [row[measures[0]] for row in rows]
        assert order == sorted(order, reverse=True), (name, rows)
        figures[name] = {
            (
                row[key]
                if key
                else (row["utm_source"], row["utm_medium"], row["utm_campaign"])
            ): (
                tuple(row[measure] for measure in measures)
                if len(measures) > 1
                else row[measures[0]]
            )
            for row in rows
        }
    figures["series"] = [
        (point["visitors"], point["pageviews"]) for point in figures["series"]
    ]
    figures["bots"] = {
        row["key"]: row["pageviews"] for row in reports.top(start, end, "bots")
    }
    return figures


def differences(label, expected, found):
    return [
        f"{label} {name}: expected {expected[name]!r}, reported {found.get(name)!r}"
        for name in expected
        if found.get(name) != expected[name]
    ]


@pytest.fixture
def server(live_server, site_tree, settings):
    # The live server sees every request come from 127.0.0.1: as if from a
    # proxy, which passes the visitor's address on in X-Forwarded-For.
    settings.TRUSTED_PROXIES = ["127.0.0.1", "::1"]
    parts = urlsplit(live_server.url)
    return SimpleNamespace(url=live_server.url, host=parts.hostname, port=parts.port)


@pytest.mark.parametrize(
    "time_zone, seed", [("Europe/Moscow", 1), ("America/New_York", 2)]
)
def test_replayed_traffic_gives_exact_figures(
    server, site_tree, settings, time_zone, seed
):
    settings.TIME_ZONE = time_zone
    pages = [
        site_tree.home,
        site_tree.home_ru,
        site_tree.about,
        site_tree.about_ru,
        site_tree.contacts,
        site_tree.news_index,
        site_tree.news_index_ru,
        *site_tree.articles,
        site_tree.article_ru,
    ]
    assert sorted(page.url for page in pages) == sorted(SITE_PATHS)
    log = traffic.generate(seed, FIRST_DAY, time_zone, SITE_PATHS)

    clock = Clock()
    with (
        mock.patch.object(collect, "time", SimpleNamespace(time=clock.time)),
        mock.patch.object(
            visitors, "timezone", SimpleNamespace(localdate=clock.localdate)
        ),
    ):
        for request in log:
            clock.now = request.time
            send(server, request)

    out = io.StringIO()
    call_command("analytics_flush", stdout=out)
    stored = sum(1 for request in log if request.counted or request.person.bot)
    assert out.getvalue().split()[0] == str(stored)
    # One salt a day, and so a new key for everyone each day.
    assert sorted(DailySalt.objects.values_list("day", flat=True)) == DAYS
    person_days = {
        (
            traffic.local_day(request.time, time_zone),
            request.person.ip,
            request.person.agent,
        )
        for request in log
        if request.counted
    }
    keys = Hit.objects.exclude(device=Device.BOT).values("visitor").distinct()
    assert keys.count() == len(person_days)

    problems = []
    daily = {}
    for day in DAYS:
        expected = traffic.truth(log, time_zone, [day])
        daily[day] = reported(day, day)
        problems += differences(day.isoformat(), expected, daily[day])
    whole = reported(DAYS[0], DAYS[-1])
    problems += differences("range", traffic.truth(log, time_zone, DAYS), whole)
    assert not problems, "\n".join(problems)

    # A range adds up its days: visitors, and each page's visitors too.
    assert whole["visitors"] == sum(figures["visitors"] for figures in daily.values())
    for path, (_, page_visitors) in whole["pages"].items():
        assert page_visitors == sum(
            daily[day]["pages"].get(path, (0, 0))[1] for day in DAYS
        )


def test_the_truth_counts_the_set_scenes_as_defined():
    """The truth the replay is held to, checked by hand on the log's set scenes."""
    zone = "Europe/Moscow"
    log = traffic.generate(1, FIRST_DAY, zone, SITE_PATHS)

    def truth(ips, days):
        return traffic.truth([r for r in log if r.person.ip in ips], zone, days)

    # A reload 29 minutes on and a page 29.5 minutes later: one visit; the
    # next page 31 minutes later and a typed-in address: two more.
    reader = truth({"198.51.100.200"}, [DAYS[1]])
    assert (reader["visitors"], reader["visits"], reader["pageviews"]) == (1, 3, 5)
    assert reader["bounce_rate"] == 66.7
    assert reader["sources"] == {
        "Google": (1, 3),
        "internal": (1, 1),
        "direct": (1, 1),
    }
    assert reader["pages"]["/en/news/monitoring/"] == (3, 1)
    # From 23:40 to 00:20: a visit on each day, the second from the site itself.
    first, second = (
        truth({"198.51.100.201"}, [DAYS[0]]),
        truth({"198.51.100.201"}, [DAYS[1]]),
    )
    assert (first["visits"], first["pageviews"], first["sources"]) == (
        1,
        2,
        {"Yandex": (1, 2)},
    )
    assert (second["visits"], second["pageviews"], second["sources"]) == (
        1,
        2,
        {"internal": (1, 2)},
    )
    assert (second["locales"], second["visit_duration"]) == ({"ru": 1, "en": 1}, 900)
    assert truth({"198.51.100.201"}, DAYS)["visitors"] == 2
    # Just after midnight and just before the next one, local time.
    night = [truth({"198.51.100.203"}, [day]) for day in DAYS]
    assert [figures["visits"] for figures in night] == [1, 0, 1]
    assert night[0]["campaigns"] == {("newsletter", "email", "Spring Sale"): (1, 1)}
    # The prefetch is not a view; DNT and GPC visitors, and bots, are no visitors.
    assert truth({"198.51.100.204"}, DAYS)["pageviews"] == 1
    others = truth({f"192.0.2.{n}" for n in (1, 2, 3)} | {"66.249.66.1"}, DAYS)
    assert (others["visits"], others["pageviews"]) == (0, 0)
    assert list(others["bots"]) == ["Googlebot"]
