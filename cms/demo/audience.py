"""Two months of a made-up audience for the demo site, so that the audience report,
the view counts and the Most read block have something to show on a fresh machine.

The hits go through the drain like collected ones (analytics.drain), so every
figure is computed by the real code; only the visitors are invented.
"""

import datetime
import random

from django.utils import timezone

from wagtail.models import Page

from analytics import drain
from analytics.models import DailyRollup, Device, Source
from cms.models import HomePage, NewsPage
from surveys.models import QuestionnairePage

DAYS = 60
SEARCH = (("Yandex", "yandex.ru"), ("Google", "www.google.com"))
SOCIAL = (("VK", "vk.com"), ("Telegram", "t.me"))
OTHER_SITES = ("kranbaza.ru", "vc.ru", "promportal.su")
CAMPAIGN = {"utm_source": "newsletter", "utm_medium": "email", "utm_campaign": "autumn"}
# Each step of a questionnaire, and the chance of reaching it from the one before.
QUESTIONNAIRE_STEPS = (
    ("questionnaire_viewed", 1.0),
    ("questionnaire_started", 0.5),
    ("questionnaire_completed", 0.6),
)
DEVICES = (
    (Device.DESKTOP, "Chrome", "Windows", 0.45),
    (Device.DESKTOP, "Yandex Browser", "Windows", 0.15),
    (Device.DESKTOP, "Firefox", "Linux", 0.05),
    (Device.MOBILE, "Chrome Mobile", "Android", 0.2),
    (Device.MOBILE, "Mobile Safari", "iOS", 0.1),
    (Device.TABLET, "Mobile Safari", "iOS", 0.05),
)


def build_audience(today=None, seed=2026):
    """Make the hits and their figures, unless there are figures already;
    returns how many hits were made."""
    if DailyRollup.objects.exists():
        return 0
    dice = random.Random(seed)
    pages = site_pages()
    if not pages["en"]:
        return 0
    today = today or timezone.localdate()
    hits = []
    for back in range(DAYS, -1, -1):
        day = today - datetime.timedelta(days=back)
        people = 70 + dice.randrange(50) + (DAYS - back) // 2
        if day.weekday() >= 5:
            people = people * 2 // 3
        for _person in range(people):
            hits += visit(dice, day, pages)
    now = timezone.now().timestamp()
    hits = [hit for hit in hits if hit["t"] <= now]
    for start in range(0, len(hits), drain.BATCH_SIZE):
        drain.store_batch(hits[start : start + drain.BATCH_SIZE])
    drain.rebuild_stale_days()
    return len(hits)


def site_pages():
    """Per language: (page id, path, weight), news read more than the rest; the
    home pages' polls; the questionnaires."""
    found = {"en": [], "ru": [], "polls": {}, "questionnaires": {}}
    news = set(NewsPage.objects.live().values_list("id", flat=True))
    for page in Page.objects.live().filter(depth__gt=1).select_related("locale"):
        url = page.get_url()
        code = page.locale.language_code
        if url and url.startswith("/") and code in found:
            weight = 3 if page.id in news else 1
            found[code].append((page.id, url, weight))
    for home in HomePage.objects.live().exclude(featured_poll=None):
        found["polls"][home.id] = home.featured_poll_id
    for page in QuestionnairePage.objects.live():
        found["questionnaires"][page.id] = page.get_url()
    return found


def visit(dice, day, pages):
    """The hits of one visit: a few page views, time on page, perhaps a vote."""
    code = "ru" if dice.random() < 0.6 else "en"
    device, browser, os, _share = dice.choices(DEVICES, [d[3] for d in DEVICES])[0]
    start = timezone.make_aware(
        datetime.datetime.combine(day, datetime.time(7 + dice.randrange(15)))
    ) + datetime.timedelta(minutes=dice.randrange(60))
    visitor = dice.getrandbits(62)
    source, name, referrer, utm = entry_source(dice)
    common = {
        "v": visitor,
        "br": browser,
        "os": os,
        "dev": int(device),
        "lang": code,
        "loc": code,
    }
    hits = []
    when = start.timestamp()
    views = 1 + min(int(dice.expovariate(0.8)), 7)
    for number in range(views):
        page_id, path, _weight = dice.choices(
            pages[code], [page[2] for page in pages[code]]
        )[0]
        first = number == 0
        hits.append(
            {
                **common,
                "id": dice.getrandbits(63),
                "t": when,
                "p": page_id,
                "path": path,
                "src": source if first else Source.INTERNAL,
                "sn": name if first else "",
                "ref": referrer if first else "",
                **(utm if first else {}),
            }
        )
        event = {**common, "p": page_id, "path": path, "src": Source.INTERNAL}
        if page_id in pages["polls"]:
            poll = str(pages["polls"][page_id])
            hits.append(
                {
                    **event,
                    "id": dice.getrandbits(63),
                    "t": when + 2,
                    "ev": "poll_viewed",
                }
                | {"tg": poll}
            )
            if dice.random() < 0.2:
                hits.append(
                    {**event, "id": dice.getrandbits(63), "t": when + 20}
                    | {"ev": "poll_voted", "tg": poll}
                )
        if page_id in pages["questionnaires"]:
            for step, (name_of_step, chance) in enumerate(QUESTIONNAIRE_STEPS):
                if dice.random() > chance:
                    break
                hits.append(
                    {**event, "id": dice.getrandbits(63), "t": when + 5 + 60 * step}
                    | {"ev": name_of_step, "tg": str(page_id)}
                )
        read = 20 + int(dice.expovariate(1 / 90))
        if dice.random() < 0.4:
            hits.append(
                {**event, "id": dice.getrandbits(63), "t": when + read}
                | {"ev": "engagement", "es": read, "sd": dice.randrange(30, 101)}
            )
        when += read + 5
    if dice.random() < 0.03:
        goal = dice.choice(("feedback_sent", "request_sent"))
        hits.append({**event, "id": dice.getrandbits(63), "t": when, "ev": goal})
    return hits


def entry_source(dice):
    """Where a visit came from: (kind, name, referring host, UTM fields)."""
    roll = dice.random()
    if roll < 0.4:
        name, host = dice.choice(SEARCH)
        return Source.SEARCH, name, host, {}
    if roll < 0.7:
        return Source.DIRECT, "", "", {}
    if roll < 0.8:
        name, host = dice.choice(SOCIAL)
        return Source.SOCIAL, name, host, {}
    if roll < 0.92:
        host = dice.choice(OTHER_SITES)
        return Source.REFERRAL, host, host, {}
    return Source.DIRECT, "", "", dict(CAMPAIGN)
