"""Page views counted by the server, stored by the drain, summed into rollups."""

from django.test import Client

import pytest

from analytics.drain import drain
from analytics.models import DailyRollup, Hit, PendingHit

pytestmark = pytest.mark.django_db

CHROME = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
)
IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
)
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"


def visitor(ip, agent=CHROME, **headers):
    return Client(REMOTE_ADDR=ip, HTTP_USER_AGENT=agent, **headers)


def figures(dimension, key=""):
    return DailyRollup.objects.get(dimension=dimension, key=key)


def test_page_views_are_counted_without_a_cookie(site_tree):
    article = site_tree.articles[0]
    response = visitor("10.0.0.1").get(article.url)
    assert response.status_code == 200
    assert not response.cookies
    assert "X-Page-Id" not in response.headers
    assert PendingHit.objects.count() == 1  # buffered, not yet stored
    assert drain() == 1
    hit = Hit.objects.get()
    assert hit.page_id == article.id
    assert hit.path.text == article.url
    assert hit.locale.text == "en"


def test_cached_page_views_are_counted_too(site_tree):
    article = site_tree.articles[0]
    for ip in ("10.0.0.1", "10.0.0.2", "10.0.0.2"):
        visitor(ip).get(article.url)
    drain()
    everything = figures("all")
    assert (everything.pageviews, everything.visitors, everything.visits) == (3, 2, 2)
    assert figures("page", article.url).pageviews == 3


def test_bots_prefetches_and_do_not_track_are_kept_out(site_tree):
    url = site_tree.articles[0].url
    visitor("10.0.0.3", GOOGLEBOT).get(url)
    visitor("10.0.0.4", HTTP_SEC_PURPOSE="prefetch").get(url)
    visitor("10.0.0.5", HTTP_DNT="1").get(url)
    visitor("10.0.0.6", HTTP_SEC_GPC="1").get(url)
    visitor("10.0.0.7", IPHONE).get(url)
    drain()
    assert figures("all").pageviews == 1
    assert figures("bots", "Googlebot").pageviews == 1
    assert figures("device", "1").visitors == 1  # the iPhone: mobile


def test_admin_users_are_not_counted(site_tree, admin_client):
    admin_client.get(site_tree.articles[0].url)
    admin_client.get("/admin/")
    assert PendingHit.objects.count() == 0


def test_sources_and_campaigns(site_tree):
    url = site_tree.articles[0].url
    visitor("10.0.1.1", HTTP_REFERER="https://www.google.com/search?q=cranes").get(url)
    visitor("10.0.1.2", HTTP_REFERER="https://t.me/channel").get(url)
    visitor("10.0.1.3").get(
        url + "?utm_source=Newsletter&utm_medium=email&utm_campaign=may"
    )
    drain()
    assert figures("source", "Google").visits == 1
    assert figures("source", "Telegram").visits == 1
    assert figures("campaign", "newsletter|email|may").visitors == 1


def test_draining_twice_counts_once(site_tree):
    visitor("10.0.2.1").get(site_tree.articles[0].url)
    payloads = [row.payload for row in PendingHit.objects.all()]
    from analytics.drain import store

    store(payloads)
    store(payloads)
    assert Hit.objects.count() == 1
    assert figures("all").pageviews == 1


def test_raw_ip_and_user_agent_are_never_stored(site_tree):
    visitor("203.0.113.77").get(site_tree.articles[0].url)
    drain()
    dumped = " ".join(
        str(value) for row in Hit.objects.values() for value in row.values()
    )
    assert "203.0.113.77" not in dumped
    from analytics.models import Label

    assert not Label.objects.filter(text__contains="Mozilla").exists()


def test_the_address_is_taken_as_build_absolute_uri_gives_it(rf):
    from urllib.parse import urlsplit

    from analytics.collect import record_pageview

    request = rf.get(
        "/ru/новости/",
        {"utm_source": "Письмо", "utm_campaign": "Май"},
        HTTP_USER_AGENT=CHROME,
    )
    record_pageview(request, 7)
    payload = PendingHit.objects.get().payload
    assert payload["path"] == urlsplit(request.build_absolute_uri()).path
    assert payload["path"] == "/ru/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/"
    assert (payload["loc"], payload["p"]) == ("ru", 7)
    assert (payload["utm_source"], payload["utm_campaign"]) == ("письмо", "Май")
    assert "utm_medium" not in payload  # empty values are left out


def test_the_visitor_key_is_kept_for_the_local_day(rf, settings, monkeypatch):
    import datetime
    from types import SimpleNamespace
    from zoneinfo import ZoneInfo

    from analytics import visitors
    from analytics.models import DailySalt

    settings.TIME_ZONE = "America/New_York"
    zone = ZoneInfo(settings.TIME_ZONE)
    clock = SimpleNamespace(now=0)
    monkeypatch.setattr(
        visitors,
        "timezone",
        SimpleNamespace(
            localdate=lambda: datetime.datetime.fromtimestamp(clock.now, zone).date()
        ),
    )
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_USER_AGENT=CHROME)

    def key(when):
        clock.now = when
        return visitors.visitor_id(request, when=when)

    # The clocks go forward on 8 March: that day is 23 hours long.
    start = datetime.datetime(2026, 3, 8, tzinfo=zone).timestamp()
    end = datetime.datetime(2026, 3, 9, tzinfo=zone).timestamp()
    first = key(start)
    assert key(end - 1) == first
    assert key(end) != first
    assert key(end - 1) == first  # the day before's salt, from the database
    assert key(start - 1) not in (first, key(end))
    assert DailySalt.objects.count() == 3


@pytest.mark.parametrize(
    ("proxies", "remote", "forwarded", "client"),
    [
        # No trusted proxy: a forwarded header is anyone's to forge.
        ([], "198.51.100.7", "203.0.113.5", "198.51.100.7"),
        (["10.0.0.0/8"], "198.51.100.7", "203.0.113.5", "198.51.100.7"),
        # Through trusted proxies: the nearest address they did not add.
        (["10.0.0.0/8"], "10.1.1.1", "203.0.113.5", "203.0.113.5"),
        (["10.0.0.0/8"], "10.1.1.1", "192.0.2.1, 203.0.113.5, 10.2.2.2", "203.0.113.5"),
        (["10.0.0.0/8", "::1"], "::1", "2001:db8::5", "2001:db8::5"),
        (["10.0.0.0/8"], "10.1.1.1", "", "10.1.1.1"),
    ],
)
def test_the_client_address_is_read_through_trusted_proxies_only(
    settings, rf, proxies, remote, forwarded, client
):
    from analytics.visitors import client_ip

    settings.TRUSTED_PROXIES = proxies
    request = rf.get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == client
