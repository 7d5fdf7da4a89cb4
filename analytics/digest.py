"""The weekly audience digest e-mailed to Marketers: the headline figures of the
last seven whole days beside the seven before, the top pages, sources and
campaigns, and a link to the audience report (Reports › Audience).

Sent once per ISO week: the week is recorded before the e-mails go, in the same
transaction, so a second run that week (or one at the same time) sends nothing,
and a run whose mail server fails records nothing.
"""

import datetime
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format, number_format
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail.users.models import UserProfile

from analytics import reports
from analytics.models import DigestSent

logger = logging.getLogger(__name__)

GROUP = "Marketers"
DAYS = 7
TOP_PAGES = 10
TOP_SOURCES = 5
TOP_CAMPAIGNS = 5
HEADLINES = (
    ("visitors", _("Visitors")),
    ("visits", _("Visits")),
    ("pageviews", _("Page views")),
    ("bounce_rate", _("Bounce rate")),
)


def period(today=None):
    """The seven whole days before today."""
    end = (today or timezone.localdate()) - datetime.timedelta(days=1)
    return end - datetime.timedelta(days=DAYS - 1), end


def week_of(day):
    year, week, _weekday = day.isocalendar()
    return f"{year}-W{week:02d}"


def recipients():
    """Active Marketers with an e-mail address, each with their admin language."""
    users = list(
        get_user_model()
        .objects.filter(is_active=True, groups__name=GROUP)
        .exclude(email="")
        .distinct()
        .order_by("id")
    )
    chosen = dict(
        UserProfile.objects.filter(user__in=users).values_list(
            "user_id", "preferred_language"
        )
    )
    languages = dict(settings.LANGUAGES)
    return [
        (user.email, language if language in languages else settings.LANGUAGE_CODE)
        for user in users
        for language in [chosen.get(user.id)]
    ]


def number(value):
    return number_format(value, force_grouping=True)


def percent_change(change):
    if change is None:
        return "—"
    return f"{'+' if change > 0 else ''}{number_format(change, 1)}%"


def context(start, end):
    """What the digest shows, in the active language (source names and numbers)."""
    data = reports.report(start, end)
    compared = reports.overview(start, end, data)
    headlines = []
    for name, label in HEADLINES:
        figure = compared[name]
        value, previous = number(figure["value"]), number(figure["previous"])
        if name == "bounce_rate":
            value, previous = f"{value}%", f"{previous}%"
        headlines.append(
            {
                "label": label,
                "value": value,
                "previous": previous,
                "change": percent_change(figure["change"]),
            }
        )
    report_url = (
        settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        + reverse("analytics_reports:overview")
        + "?"
        + urlencode({"start": start.isoformat(), "end": end.isoformat()})
    )
    return {
        "site_name": settings.WAGTAIL_SITE_NAME,
        "start": date_format(start, "DATE_FORMAT"),
        "end": date_format(end, "DATE_FORMAT"),
        "headlines": headlines,
        "pages": [
            {"path": row["path"], "pageviews": number(row["pageviews"])}
            for row in data["pages"][:TOP_PAGES]
        ],
        "sources": [
            {"source": row["source"], "visitors": number(row["visitors"])}
            for row in data["sources"][:TOP_SOURCES]
        ],
        "campaigns": [
            {
                "name": " / ".join(
                    part
                    for part in (
                        row["utm_source"],
                        row["utm_medium"],
                        row["utm_campaign"],
                    )
                    if part
                ),
                "visitors": number(row["visitors"]),
            }
            for row in data["campaigns"][:TOP_CAMPAIGNS]
        ],
        "report_url": report_url,
    }


def render(language, start, end):
    """Subject, plain text and HTML of the digest in one language."""
    with translation.override(language):
        values = context(start, end)
        subject = translation.gettext("Weekly audience digest, %(start)s – %(end)s") % {
            "start": values["start"],
            "end": values["end"],
        }
        return (
            subject,
            render_to_string("analytics/email/digest.txt", values),
            render_to_string("analytics/email/digest.html", values),
        )


def messages(people, start, end, connection=None):
    """The digest for each (e-mail, language), each rendered in its language."""
    rendered = {}
    mails = []
    for email, language in people:
        if language not in rendered:
            rendered[language] = render(language, start, end)
        subject, text, html = rendered[language]
        mail = EmailMultiAlternatives(subject, text, to=[email], connection=connection)
        mail.attach_alternative(html, "text/html")
        mails.append(mail)
    return mails


def send_weekly(today=None):
    """E-mail the digest to every Marketer unless it went out this week already;
    returns how many e-mails were sent."""
    today = today or timezone.localdate()
    people = recipients()
    if not people:
        logger.info("No active Marketer has an e-mail address: no digest sent.")
        return 0
    start, end = period(today)
    with transaction.atomic():
        _row, created = DigestSent.objects.get_or_create(week=week_of(today))
        if not created:
            logger.info("The digest of week %s was sent already.", week_of(today))
            return 0
        connection = get_connection()
        return connection.send_messages(messages(people, start, end, connection)) or 0
