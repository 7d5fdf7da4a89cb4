"""Turn request details into the dimensions stored with a page view.

Pure functions: the caller passes in the user agent, the request headers, the
referrer and the query string; nothing here touches models or settings.
"""

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from ua_parser import BasicResolver, Parser, load_lazy_builtins

# Our lru_cache is the only cache, so the library's own caching resolver is
# left out; lazy matchers keep the regex compilation out of import time.
_parser = Parser(BasicResolver(load_lazy_builtins()))

# Parsing time grows with length (an 8 kB header takes ~60 ms) and real user
# agents stay well under this, so longer ones are cut before parsing.
MAX_UA_LENGTH = 512

# Clients that the library does not file under its "Spider" device. "(?<!cu)"
# keeps Cubot phones ("CUBOT NOTE 7") from counting as bots.
BOT_RE = re.compile(
    r"(?<!cu)bot|crawl|spider|slurp|fetch|monitor|preview|curl|wget|"
    r"python-requests|httpx|go-http-client|java/|headless|phantomjs|puppeteer|"
    r"playwright|selenium|lighthouse|pagespeed|yandex(?:images|metrika)",
    re.IGNORECASE,
)

# The library names mobile builds apart ("Chrome Mobile", "Mobile Safari");
# the device dimension already says that, so reports fold them into the brand.
BROWSERS = {
    "Chrome Mobile": "Chrome",
    "Chrome Mobile iOS": "Chrome",
    "Mobile Safari": "Safari",
    "Mobile Safari UI/WKWebView": "Safari",
    "Firefox Mobile": "Firefox",
    "Firefox iOS": "Firefox",
    "Edge Mobile": "Edge",
    "Opera Mobile": "Opera",
    "IE": "Internet Explorer",
}
OPERATING_SYSTEMS = {
    "Mac OS X": "macOS",
    "Ubuntu": "Linux",
    "Debian": "Linux",
    "Fedora": "Linux",
    "Linux Mint": "Linux",
    "Arch Linux": "Linux",
    "Red Hat": "Linux",
    "openSUSE": "Linux",
}


@dataclass(frozen=True, slots=True)
class Agent:
    """What a user agent says about the visitor's software."""

    browser: str
    os: str
    device: str  # "desktop", "mobile", "tablet" or "bot"
    is_bot: bool


def parse_user_agent(ua: str) -> Agent:
    return _parse_user_agent(ua[:MAX_UA_LENGTH])


# A site sees the same few hundred user agents over and over, and an uncached
# parse runs hundreds of regexes (1-2 ms).
@functools.lru_cache(maxsize=4096)
def _parse_user_agent(ua: str) -> Agent:
    result = _parser.parse(ua).with_defaults()
    browser = BROWSERS.get(result.user_agent.family, result.user_agent.family)
    os_name = OPERATING_SYSTEMS.get(result.os.family, result.os.family)
    is_bot = (
        not ua.strip() or result.device.family == "Spider" or bool(BOT_RE.search(ua))
    )
    if is_bot:
        device = "bot"
    # Android tablets are the Android user agents without "Mobile" (Google's
    # own advice); iPads and Firefox tablets name themselves.
    elif (
        "iPad" in ua or "Tablet" in ua or (os_name == "Android" and "Mobile" not in ua)
    ):
        device = "tablet"
    elif "Mobi" in ua or os_name in ("iOS", "Android"):
        device = "mobile"
    else:
        device = "desktop"
    return Agent(browser=browser, os=os_name, device=device, is_bot=is_bot)


def is_prefetch(meta: Mapping[str, str]) -> bool:
    """Whether the browser fetched the page speculatively, not for a visitor."""
    purpose = " ".join(
        meta.get(key, "") for key in ("HTTP_PURPOSE", "HTTP_SEC_PURPOSE", "HTTP_X_MOZ")
    )
    # Sec-Purpose may carry more tokens: "prefetch;prerender".
    return (
        "prefetch" in purpose.lower()
        or meta.get("HTTP_X_PURPOSE", "").strip().lower() == "preview"
    )


@dataclass(frozen=True, slots=True)
class Source:
    """Where a visit came from."""

    kind: str  # "direct", "search", "social", "referral" or "internal"
    name: str
    host: str


DIRECT = Source(kind="direct", name="", host="")

# Keyed by domain; a referrer matches its own host or any parent domain, the
# longest first, so zen.yandex.ru is Dzen before yandex.ru is Yandex.
# "name.*" stands for the name under any country domain (google.co.uk).
SOURCES = {
    "google.*": ("search", "Google"),
    "com.google.android.googlequicksearchbox": ("search", "Google"),
    "yandex.*": ("search", "Yandex"),
    "ya.ru": ("search", "Yandex"),
    "bing.com": ("search", "Bing"),
    "duckduckgo.com": ("search", "DuckDuckGo"),
    "go.mail.ru": ("search", "Mail.ru"),
    "yahoo.*": ("search", "Yahoo"),
    "baidu.com": ("search", "Baidu"),
    "ecosia.org": ("search", "Ecosia"),
    "rambler.ru": ("search", "Rambler"),
    "vk.com": ("social", "VK"),
    "vk.ru": ("social", "VK"),
    "t.me": ("social", "Telegram"),
    "telegram.org": ("social", "Telegram"),
    "org.telegram.messenger": ("social", "Telegram"),
    "facebook.com": ("social", "Facebook"),
    "t.co": ("social", "X (Twitter)"),
    "x.com": ("social", "X (Twitter)"),
    "twitter.com": ("social", "X (Twitter)"),
    "lnkd.in": ("social", "LinkedIn"),
    "linkedin.com": ("social", "LinkedIn"),
    "ok.ru": ("social", "Odnoklassniki"),
    "youtube.com": ("social", "YouTube"),
    "youtu.be": ("social", "YouTube"),
    "instagram.com": ("social", "Instagram"),
    "reddit.com": ("social", "Reddit"),
    "dzen.ru": ("social", "Dzen"),
    "zen.yandex.ru": ("social", "Dzen"),
    "whatsapp.com": ("social", "WhatsApp"),
    "wa.me": ("social", "WhatsApp"),
}
COUNTRY_DOMAIN_RE = re.compile(r"(?:com?\.)?[a-z]{2,3}")
MAX_HOST_LENGTH = 100


def _host(url: str) -> str:
    """The lower-case host of a URL without port or leading "www."."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # a malformed IPv6 address
        return ""
    return host.rstrip(".").removeprefix("www.")


def classify_referrer(referrer: str, own_hosts: Iterable[str]) -> Source:
    host = _host(referrer.strip())
    if not host:
        return DIRECT
    short = host[:MAX_HOST_LENGTH]
    # Own hosts may come with a port (request.get_host()), hence "//".
    if host in {_host(f"//{own}") for own in own_hosts}:
        return Source(kind="internal", name=short, host=short)
    labels = host.split(".")
    for i in range(len(labels)):
        first, rest = labels[i], ".".join(labels[i + 1 :])
        match = SOURCES.get(".".join(labels[i:]))
        if not match and COUNTRY_DOMAIN_RE.fullmatch(rest):
            match = SOURCES.get(f"{first}.*")
        if match:
            return Source(kind=match[0], name=match[1], host=short)
    return Source(kind="referral", name=short, host=short)


UTM_KEYS = ("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content")
MAX_UTM_LENGTH = 100
# Some mailings put the recipient's address in their links (utm_content=anna@…):
# a tag is a campaign's, never a person's, so such a value is not kept.
EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.\w+")


def read_utm(params: Mapping[str, str]) -> dict[str, str]:
    """The campaign tags of a request; a QueryDict gives the last of repeated ones."""
    utm = {}
    for key in UTM_KEYS:
        # A NUL means nothing in a tag, and PostgreSQL refuses it in stored JSON.
        value = params.get(key, "").replace("\x00", "").strip()
        # Sources and media are tags people type in any case; campaign names
        # and terms are shown as written.
        if key in ("utm_source", "utm_medium"):
            value = value.lower()
        if EMAIL_RE.search(value):
            value = ""
        utm[key] = value[:MAX_UTM_LENGTH]
    return utm


def utm_from_url(url: str) -> dict[str, str]:
    try:
        query = urlsplit(url).query
    except ValueError:  # a malformed IPv6 address
        query = ""
    return utm_from_query(query)


def utm_from_query(query: str) -> dict[str, str]:
    return read_utm(dict(parse_qsl(query)))
