"""A generated traffic log and the figures it must give, worked out here with plain
Python and none of the analytics code: the known truth the replay test compares
the reports with.

Times are whole Unix seconds. Days are local days in the time zone given, and a
visit is one visitor's hits of one local day with at most 30 minutes between
one hit and the next (analytics.drain's gap, written down here again on purpose).
"""

import datetime
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

VISIT_GAP = 30 * 60
DAYS = 3

# User agents of people: device, browser and operating system as reported.
AGENTS = [
    (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
        "(KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
        "desktop",
        "Chrome",
        "Windows",
    ),
    (
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) Version/17.4 Safari/605.1.15",
        "desktop",
        "Safari",
        "macOS",
    ),
    (
        "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 "
        "Firefox/125.0",
        "desktop",
        "Firefox",
        "Linux",
    ),
    (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
        "Gecko) Chrome/122.0.0.0 YaBrowser/24.4.0.0 Safari/537.36",
        "desktop",
        "Yandex Browser",
        "Windows",
    ),
    (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
        "mobile",
        "Safari",
        "iOS",
    ),
    (
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
        "(KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
        "mobile",
        "Chrome",
        "Android",
    ),
    (
        "Mozilla/5.0 (Linux; arm_64; Android 13; SM-S918B) AppleWebKit/537.36 (KHTML, "
        "like Gecko) Chrome/122.0.0.0 YaBrowser/24.4.0.0 Mobile Safari/537.36",
        "mobile",
        "Yandex Browser",
        "Android",
    ),
    (
        "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
        "tablet",
        "Safari",
        "iOS",
    ),
]
CHROME, SAFARI_MAC, FIREFOX, _, IPHONE, PIXEL, _, IPAD = AGENTS
# Accept-Language headers and the visitor's language the reports must give.
LANGUAGES = {"ru-RU,ru;q=0.9,en;q=0.8": "ru", "en-GB,en;q=0.9": "en", "": "?"}
# Crawlers and headless browsers, by the name the "bots" figures give them.
BOTS = [
    (
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Googlebot",
    ),
    (
        "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 "
        "(KHTML, like Gecko) Chrome/124.0.6367.201 Mobile Safari/537.36 "
        "(compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Googlebot",
    ),
    ("Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)", "YandexBot"),
    (
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "bingbot",
    ),
    (
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "HeadlessChrome/124.0.0.0 Safari/537.36",
        "HeadlessChrome",
    ),
]
# Where visits come from: the source and the referring site the reports must
# name. A referrer starting with "/" is a page of the site itself (the replay
# puts the site's address before it).
REFERRERS = {
    "": ("direct", ""),
    "https://www.google.com/search?q=gantry+crane": ("Google", "google.com"),
    "https://www.google.co.uk/": ("Google", "google.co.uk"),
    "https://yandex.ru/search/?text=%D0%BA%D1%80%D0%B0%D0%BD": ("Yandex", "yandex.ru"),
    "https://vk.com/uralkran": ("VK", "vk.com"),
    "https://t.me/s/cranes": ("Telegram", "t.me"),
    "https://www.kranforum.example/topic/12": (
        "kranforum.example",
        "kranforum.example",
    ),
}
INTERNAL = "internal"  # a visit whose first hit came from a page of the site
# Campaign tags and the campaign the reports must show: source and medium in
# lower case, the campaign's name as written.
CAMPAIGNS = [
    (
        {
            "utm_source": "Newsletter",
            "utm_medium": "Email",
            "utm_campaign": "Spring Sale",
        },
        ("newsletter", "email", "Spring Sale"),
    ),
    (
        {"utm_source": "vk", "utm_medium": "social", "utm_campaign": "весна"},
        ("vk", "social", "весна"),
    ),
    ({"utm_source": "Partner"}, ("partner", "", "")),
]


@dataclass(frozen=True)
class Person:
    """Someone (or something) sending requests from one address with one browser."""

    ip: str
    agent: str
    device: str = ""  # desktop, mobile or tablet; empty for bots
    browser: str = ""
    os: str = ""
    accept_language: str = ""
    bot: str = ""  # the bot's name in the figures
    header: str = ""  # "DNT" or "Sec-GPC" for those who decline to be counted


@dataclass(frozen=True)
class Request:
    """One request of the log: a page view (GET path?query) or, with an event, the
    page's script sending it (POST /analytics/event/ about path)."""

    time: int
    person: Person
    path: str
    query: str = ""
    referrer: str = ""
    event: str = ""
    measures: dict = field(default_factory=dict, hash=False, compare=False)
    prefetch: bool = False

    @property
    def counted(self):
        return not (self.person.bot or self.person.header or self.prefetch)


class Log:
    """Builds the log: a seeded mix of random visitors and set scenes."""

    def __init__(self, seed, first_day, time_zone, paths):
        self.rng = random.Random(seed)
        self.zone = ZoneInfo(time_zone)
        self.first_day = first_day
        self.paths = paths
        self.requests = []

    def at(self, day, hours, minutes, seconds=0):
        """Unix time of a local time on day 0, 1 or 2 of the log."""
        start = datetime.datetime.combine(
            self.first_day + datetime.timedelta(days=day),
            datetime.time(),
            tzinfo=self.zone,
        )
        return int(
            (start + datetime.timedelta(hours=hours, minutes=minutes, seconds=seconds))
            .astimezone(datetime.UTC)
            .timestamp()
        )

    @property
    def start(self):
        return self.at(0, 0, 0)

    @property
    def end(self):
        return self.at(DAYS, 0, 0)

    def view(self, person, time, path, referrer="", query="", prefetch=False):
        self.requests.append(
            Request(time, person, path, query, referrer, prefetch=prefetch)
        )
        return time

    def event(self, person, time, path, name, **measures):
        self.requests.append(Request(time, person, path, event=name, measures=measures))
        return time

    def visit(self, person, time, referrer="", query=""):
        """A visit of one to five page views, a minute or up to twenty apart; now
        and then a reload, the time on page sent at the end, an outbound click."""
        rng = self.rng
        path = rng.choice(self.paths)
        self.view(person, time, path, referrer, query)
        for _ in range(rng.choice([0, 0, 1, 1, 2, 3, 4])):
            time += rng.randint(15, 20 * 60)
            if rng.random() < 0.15:  # a reload sends the same referrer again
                self.view(person, time, path, referrer, query)
                continue
            referrer, query = path, ""
            path = rng.choice(self.paths)
            self.view(person, time, path, referrer)
        if rng.random() < 0.4:
            time += rng.randint(5, 300)
            self.event(
                person,
                time,
                path,
                "engagement",
                es=rng.randint(5, 300),
                sd=rng.randint(0, 100),
            )
        if rng.random() < 0.1:
            time += rng.randint(5, 60)
            self.event(person, time, path, "outbound", t="https://example.org/")
        return time

    def entry(self):
        """Referrer and query string of a visit's first page view."""
        referrer = self.rng.choice(list(REFERRERS))
        query = ""
        if self.rng.random() < 0.25:
            query = urlencode(self.rng.choice(CAMPAIGNS)[0])
        return referrer, query

    def regular(self, person, visits):
        """A person coming back now and then: their visits one after another, at
        least 31 minutes apart, so each is a visit of its own."""
        time = self.rng.randint(self.start, self.end - 6 * 3600)
        for _ in range(visits):
            time = self.visit(person, time, *self.entry())
            time += self.rng.randint(31 * 60, 20 * 3600)
            if time > self.end - 2 * 3600:
                break

    def crawl(self, person, views):
        for _ in range(views):
            self.view(
                person,
                self.rng.randint(self.start, self.end - 1),
                self.rng.choice(self.paths),
            )


def human(ip, agent, rng=None, **fields):
    """Someone with one of AGENTS, and (drawn) the languages their browser asks for."""
    text, device, browser, os = agent
    language = rng.choice(list(LANGUAGES)) if rng else ""
    return Person(ip, text, device, browser, os, language, **fields)


def generate(seed, first_day, time_zone, paths):
    """The traffic of three days from first_day on, sorted by time."""
    log = Log(seed, first_day, time_zone, paths)
    rng = log.rng
    people = [
        human(f"198.51.100.{n}", agent, rng)
        for n, agent in enumerate(rng.choices(AGENTS, k=24), start=10)
    ]
    # A household: one address, two browsers, two visitors.
    people += [human("203.0.113.5", CHROME, rng), human("203.0.113.5", IPHONE, rng)]
    for someone in people:
        log.regular(someone, rng.randint(1, 4))

    # Set scenes at known times.
    reader = human("198.51.100.200", SAFARI_MAC)
    google = "https://www.google.com/search?q=gantry+crane"
    article, news, prices = (
        "/en/news/monitoring/",
        "/en/news/",
        "/en/news/steel-prices/",
    )
    log.view(reader, log.at(1, 10, 0), article, google)
    log.view(reader, log.at(1, 10, 29), article, google)  # reload: the same visit
    log.view(reader, log.at(1, 10, 58, 30), news, article)  # 29.5 minutes: same
    log.view(reader, log.at(1, 11, 29, 31), prices, news)  # 31 minutes: a new visit
    log.view(reader, log.at(1, 13, 0), article)  # typed in: a third visit

    # Across midnight: the visit goes on, but each day counts its own part (the
    # salt, and so the visitor's key, changes at midnight).
    owl = human("198.51.100.201", PIXEL)
    yandex = "https://yandex.ru/search/?text=%D0%BA%D1%80%D0%B0%D0%BD"
    log.view(owl, log.at(0, 23, 40), "/ru/", yandex)
    log.view(owl, log.at(0, 23, 52), "/ru/news/", "/ru/")
    log.view(owl, log.at(1, 0, 5), "/ru/news/monitoring/", "/ru/news/")
    log.view(owl, log.at(1, 0, 18), article, "/ru/news/monitoring/")
    log.event(owl, log.at(1, 0, 20), article, "engagement", es=95, sd=100)
    late = human("198.51.100.202", IPAD)
    log.view(late, log.at(1, 23, 55), "/en/contacts/", "https://vk.com/uralkran")
    log.view(late, log.at(2, 0, 10), "/en/about/", "/en/contacts/")
    # Just after local midnight and just before the next: in UTC these fall on
    # other days wherever the site is not on UTC.
    night = human("198.51.100.203", FIREFOX)
    log.view(night, log.at(0, 0, 20), "/en/", "", urlencode(CAMPAIGNS[0][0]))
    log.view(night, log.at(2, 23, 45), "/en/about/", "https://t.me/s/cranes")
    # A page the browser fetched ahead, then the view itself.
    eager = human("198.51.100.204", CHROME)
    forum = "https://www.kranforum.example/topic/12"
    log.view(eager, log.at(2, 9, 0), "/en/about/", "/en/", prefetch=True)
    log.view(eager, log.at(2, 9, 3), "/en/about/", forum)

    # Visitors who decline to be counted, and crawlers: none of them is an
    # audience figure.
    for n, header in enumerate(["DNT", "DNT", "Sec-GPC"], start=1):
        log.regular(human(f"192.0.2.{n}", rng.choice(AGENTS), header=header), 2)
    for n, (agent, name) in enumerate(BOTS, start=1):
        bot = Person(f"66.249.66.{n}", agent, bot=name)
        log.crawl(bot, rng.randint(3, 12))
    return sorted(log.requests, key=lambda request: request.time)


def local_day(time, zone):
    return datetime.datetime.fromtimestamp(time, ZoneInfo(zone)).date()


def source(hit):
    """Where the visit starting with this hit came from. An event is sent by a
    page of the site, so a visit it starts (after midnight) is internal."""
    if hit.event or hit.referrer.startswith("/"):
        return INTERNAL
    return REFERRERS[hit.referrer][0]


def referring_site(hit):
    if hit.event or hit.referrer.startswith("/"):
        return ""
    return REFERRERS[hit.referrer][1]


def campaign(query):
    for tags, shown in CAMPAIGNS:
        if query == urlencode(tags):
            return shown
    return None


@dataclass
class Visit:
    day: datetime.date
    who: tuple
    hits: list


def visits(requests, zone):
    """Each counted person's hits by local day, cut where they are more than
    VISIT_GAP apart."""
    by_day = defaultdict(list)
    for request in requests:
        if request.counted:
            who = (request.person.ip, request.person.agent)
            by_day[(local_day(request.time, zone), who)].append(request)
    found = []
    for (day, who), hits in by_day.items():
        hits.sort(key=lambda hit: hit.time)
        found.append(Visit(day, who, [hits[0]]))
        for before, hit in zip(hits, hits[1:], strict=False):
            if hit.time - before.time <= VISIT_GAP:
                found[-1].hits.append(hit)
            else:
                found.append(Visit(day, who, [hit]))
    return found


def truth(requests, zone, days):
    """The report figures for the given local days, in the shape the replay test
    puts report() into: lists become dicts, keyed by what they list."""
    days = set(days)
    chosen = [visit for visit in visits(requests, zone) if visit.day in days]
    daily_visitors = defaultdict(set)  # (dimension, key, day) -> who
    sums = defaultdict(Counter)  # (dimension, key) -> measure -> sum
    daily_views = Counter()
    for visit in chosen:
        views = [hit for hit in visit.hits if not hit.event]
        if not views:
            continue  # only events (a page left open for long): no visit
        daily_views[visit.day] += len(views)
        entry = visit.hits[0]
        someone = entry.person
        measures = {
            "visits": 1,
            "pageviews": len(views),
            # None of the log's events (time on page, outbound clicks) is an action.
            "bounces": int(len(views) <= 1),
            "duration": visit.hits[-1].time - entry.time,
        }
        keys = [
            ("all", ""),
            ("source", source(entry)),
            ("referrer", referring_site(entry)),
            ("campaign", campaign(entry.query)),
            ("device", someone.device),
            ("browser", someone.browser),
            ("os", someone.os),
            ("language", LANGUAGES[someone.accept_language]),
        ]
        for key in keys:
            if key[1] or key[0] == "all":
                daily_visitors[(*key, visit.day)].add(visit.who)
                sums[key].update(measures)
        if views:
            sums[("entry", views[0].path)]["visits"] += 1
            sums[("exit", views[-1].path)]["visits"] += 1
        for view in views:
            for key in [("page", view.path), ("locale", view.path.split("/")[1])]:
                daily_visitors[(*key, visit.day)].add(visit.who)
                sums[key]["pageviews"] += 1
    visitors = Counter()
    for (*key, _day), who in daily_visitors.items():
        visitors[tuple(key)] += len(who)

    def listed(dimension, *measures):
        """{key: (measure, ...)} of a dimension, "visitors" among the measures."""
        return {
            key: tuple(
                visitors[(name, key)]
                if measure == "visitors"
                else sums[(name, key)][measure]
                for measure in measures
            )
            for (name, key) in sums
            if name == dimension
        }

    def single(dimension, measure):
        return {key: values[0] for key, values in listed(dimension, measure).items()}

    total = sums[("all", "")]
    count = total["visits"]
    return {
        "visitors": visitors[("all", "")],
        "visits": count,
        "pageviews": total["pageviews"],
        "bounce_rate": round(100 * total["bounces"] / count, 1) if count else 0,
        "views_per_visit": round(total["pageviews"] / count, 2) if count else 0,
        "visit_duration": round(total["duration"] / count) if count else 0,
        "pages": listed("page", "pageviews", "visitors"),
        "entry_pages": single("entry", "visits"),
        "exit_pages": single("exit", "visits"),
        "sources": listed("source", "visitors", "pageviews"),
        "referrers": listed("referrer", "visitors", "visits"),
        "campaigns": listed("campaign", "visitors", "pageviews"),
        "devices": single("device", "visitors"),
        "browsers": single("browser", "visitors"),
        "os": single("os", "visitors"),
        "locales": single("locale", "pageviews"),
        "languages": single("language", "visitors"),
        "bots": dict(
            Counter(
                request.person.bot
                for request in requests
                if request.person.bot and local_day(request.time, zone) in days
            )
        ),
        "series": [
            (len(daily_visitors[("all", "", day)]), daily_views[day])
            for day in sorted(days)
        ],
    }
