"""User agents, speculative requests, referrers and campaign tags turned into the
dimensions of a page view; real header values, no database."""

from django.http import QueryDict

import pytest

from analytics.classify import (
    Agent,
    Source,
    classify_referrer,
    is_prefetch,
    parse_user_agent,
    read_utm,
    utm_from_query,
    utm_from_url,
)

CHROME_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
SAFARI_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
CHROME_ANDROID = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36"
SAFARI_IPAD = "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1"
CHROME_ANDROID_TABLET = "Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
FIREFOX_LINUX = (
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"
)
SAFARI_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15"
YANDEX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 YaBrowser/24.4.0.0 Safari/537.36"
YANDEX_ANDROID = "Mozilla/5.0 (Linux; arm_64; Android 12; SM-A515F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.128 YaBrowser/24.4.1.99.00 SA/3 Mobile Safari/537.36"
EDGE = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51"
OPERA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 OPR/109.0.0.0"
SAMSUNG = "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36"
CUBOT = "Mozilla/5.0 (Linux; Android 10; CUBOT NOTE 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36"
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
GOOGLEBOT_SMARTPHONE = "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.118 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
YANDEXBOT = "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)"
BINGBOT = "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) Chrome/116.0.1938.76 Safari/537.36"
HEADLESS_CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.6367.60 Safari/537.36"


@pytest.mark.parametrize(
    ("ua", "expected"),
    [
        (CHROME_WINDOWS, Agent("Chrome", "Windows", "desktop", False)),
        (SAFARI_IPHONE, Agent("Safari", "iOS", "mobile", False)),
        (CHROME_ANDROID, Agent("Chrome", "Android", "mobile", False)),
        (SAFARI_IPAD, Agent("Safari", "iOS", "tablet", False)),
        (CHROME_ANDROID_TABLET, Agent("Chrome", "Android", "tablet", False)),
        (FIREFOX_LINUX, Agent("Firefox", "Linux", "desktop", False)),
        (SAFARI_MAC, Agent("Safari", "macOS", "desktop", False)),
        (YANDEX_WINDOWS, Agent("Yandex Browser", "Windows", "desktop", False)),
        (YANDEX_ANDROID, Agent("Yandex Browser", "Android", "mobile", False)),
        (EDGE, Agent("Edge", "Windows", "desktop", False)),
        (OPERA, Agent("Opera", "Windows", "desktop", False)),
        (SAMSUNG, Agent("Samsung Internet", "Android", "mobile", False)),
        (CUBOT, Agent("Chrome", "Android", "mobile", False)),
        (GOOGLEBOT, Agent("Googlebot", "Other", "bot", True)),
        (GOOGLEBOT_SMARTPHONE, Agent("Googlebot", "Android", "bot", True)),
        (YANDEXBOT, Agent("YandexBot", "Other", "bot", True)),
        (BINGBOT, Agent("bingbot", "Other", "bot", True)),
        (HEADLESS_CHROME, Agent("HeadlessChrome", "Linux", "bot", True)),
        ("curl/8.5.0", Agent("curl", "Other", "bot", True)),
        ("python-requests/2.31.0", Agent("Python Requests", "Other", "bot", True)),
        ("", Agent("Other", "Other", "bot", True)),
        ("   ", Agent("Other", "Other", "bot", True)),
    ],
)
def test_user_agent(ua, expected):
    assert parse_user_agent(ua) == expected


def test_user_agent_is_parsed_once_and_cut_to_a_bounded_length():
    assert parse_user_agent(CHROME_WINDOWS) is parse_user_agent(CHROME_WINDOWS)
    padded = CHROME_WINDOWS + " x" * 5000
    assert parse_user_agent(padded) == parse_user_agent(CHROME_WINDOWS)


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ({"HTTP_PURPOSE": "prefetch"}, True),
        ({"HTTP_SEC_PURPOSE": "prefetch"}, True),
        ({"HTTP_SEC_PURPOSE": "prefetch;prerender"}, True),
        ({"HTTP_X_MOZ": "Prefetch"}, True),
        ({"HTTP_X_PURPOSE": "preview"}, True),
        ({}, False),
        ({"HTTP_USER_AGENT": CHROME_WINDOWS, "HTTP_ACCEPT": "text/html"}, False),
        ({"HTTP_X_PURPOSE": "instant"}, False),
    ],
)
def test_prefetch(meta, expected):
    assert is_prefetch(meta) is expected


OWN = ["Portal.example.com:8000", "localhost"]


@pytest.mark.parametrize(
    ("referrer", "expected"),
    [
        (
            "https://www.google.com/search?q=cranes",
            Source("search", "Google", "google.com"),
        ),
        ("https://www.google.co.uk/", Source("search", "Google", "google.co.uk")),
        (
            "https://yandex.ru/search/?text=краны",
            Source("search", "Yandex", "yandex.ru"),
        ),
        ("https://ya.ru/", Source("search", "Yandex", "ya.ru")),
        ("https://go.mail.ru/search?q=x", Source("search", "Mail.ru", "go.mail.ru")),
        ("https://duckduckgo.com/", Source("search", "DuckDuckGo", "duckduckgo.com")),
        ("https://dzen.ru/a/xyz", Source("social", "Dzen", "dzen.ru")),
        ("https://zen.yandex.ru/media/x", Source("social", "Dzen", "zen.yandex.ru")),
        ("https://t.me/s/channel", Source("social", "Telegram", "t.me")),
        ("https://m.vk.com/wall-1_2", Source("social", "VK", "m.vk.com")),
        ("https://vk.com/feed", Source("social", "VK", "vk.com")),
        (
            "https://l.facebook.com/l.php",
            Source("social", "Facebook", "l.facebook.com"),
        ),
        ("https://t.co/abc", Source("social", "X (Twitter)", "t.co")),
        (
            "android-app://org.telegram.messenger/",
            Source("social", "Telegram", "org.telegram.messenger"),
        ),
        (
            "https://www.Blog.Example.org/post",
            Source("referral", "blog.example.org", "blog.example.org"),
        ),
        (
            "https://google.example.net/",
            Source("referral", "google.example.net", "google.example.net"),
        ),
        (
            "http://portal.example.com:8000/news/",
            Source("internal", "portal.example.com", "portal.example.com"),
        ),
        ("http://localhost/", Source("internal", "localhost", "localhost")),
        ("", Source("direct", "", "")),
        ("not a url", Source("direct", "", "")),
        ("http://", Source("direct", "", "")),
        ("http://[::1", Source("direct", "", "")),
    ],
)
def test_referrer(referrer, expected):
    assert classify_referrer(referrer, OWN) == expected


def test_referrer_host_is_cut():
    host = "a" * 150 + ".example.com"
    source = classify_referrer(f"https://{host}/", [])
    assert source.kind == "referral"
    assert source.host == source.name == host[:100]


def test_utm_from_query_dict():
    params = QueryDict(
        "utm_source=%20Yandex%20&utm_medium=CPC&utm_campaign=Spring%20Sale"
        f"&utm_term={'x' * 150}&other=1"
    )
    assert read_utm(params) == {
        "utm_source": "yandex",
        "utm_medium": "cpc",
        "utm_campaign": "Spring Sale",
        "utm_term": "x" * 100,
        "utm_content": "",
    }


def test_utm_from_plain_dict_and_url():
    assert read_utm({}) == dict.fromkeys(
        ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"], ""
    )
    utm = utm_from_url(
        "https://portal.example.com/?utm_source=Telegram&utm_content=Top"
    )
    assert utm["utm_source"] == "telegram"
    assert utm["utm_content"] == "Top"
    assert utm_from_url("http://[::1") == read_utm({})


def test_utm_from_query_as_from_the_url():
    query = "utm_source=VK&utm_medium=Post&utm_campaign=%D0%9C%D0%B0%D0%B9"
    assert utm_from_query(query) == utm_from_url(f"https://portal.example.com/?{query}")
    assert utm_from_query(query)["utm_campaign"] == "Май"
    assert utm_from_query("") == read_utm({})
