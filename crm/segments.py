"""Segments: customers picked by rules a manager sets in the admin, refreshed by
Celery and counted once a day; their members' export, questionnaire invitations
and cross-tabs of questionnaire answers.

A segment's rules are a small dict kept in Segment.rules. Every key is optional
and all given ones must hold (AND):

    lifecycle           ["prospect", "customer", "at_risk"]: any of these stages
    nps_categories      ["promoter", "passive", "detractor"]: latest NPS is one of
    nps_within_days     90: the latest NPS was given in the last 90 days
    csat_below          3.5: CSAT average below this (customers with one only)
    complaints_open     true / false: has open complaints, or has none
    interest            "hoists": an entry of Customer.interests contains this
    consent_marketing   true / false
    not_contacted_days  180: no contact in the last 180 days (or never)
    language            "ru"
    company             "romashka": the company's name, or as given, contains this

Merged and erased customers never belong to a segment.
"""

import datetime
import logging
from collections import defaultdict
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from celery import shared_task

from crm.models import Customer, Segment, SegmentCount, SegmentMember, TimelineEvent

logger = logging.getLogger(__name__)

MAX_DAYS = 3650
TEXT_MAX_LENGTH = 200
CHUNK = 1000
RESPONSE_SOURCE = "surveys.questionnaireresponse:"


class InvalidRules(ValueError):
    """Stored rules that cannot be used: {rule key: message}."""

    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors


def _choices(allowed):
    def check(value):
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list | tuple) or not all(
            item in allowed for item in value
        ):
            raise ValueError(value)
        return sorted(set(value))

    return check


def _days(value):
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError(value)
    days = int(value)
    if not 1 <= days <= MAX_DAYS:
        raise ValueError(value)
    return days


def _csat(value):
    if isinstance(value, bool):
        raise ValueError(value)
    number = Decimal(str(value))
    if not (number.is_finite() and 1 <= number <= 5):
        raise ValueError(value)
    return float(number.quantize(Decimal("0.01")))


def _flag(value):
    if not isinstance(value, bool):
        raise ValueError(value)
    return value


def _text(value):
    if not isinstance(value, str) or len(value.strip()) > TEXT_MAX_LENGTH:
        raise ValueError(value)
    return value.strip()


def _language(value):
    if value not in dict(settings.LANGUAGES):
        raise ValueError(value)
    return value


CHECKS = {
    "lifecycle": _choices(Customer.Lifecycle.values),
    "nps_categories": _choices(Customer.NpsCategory.values),
    "nps_within_days": _days,
    "csat_below": _csat,
    "complaints_open": _flag,
    "interest": _text,
    "consent_marketing": _flag,
    "not_contacted_days": _days,
    "language": _language,
    "company": _text,
}
MESSAGES = {
    "lifecycle": gettext_lazy("Choose lifecycle stages from the list."),
    "nps_categories": gettext_lazy("Choose NPS categories from the list."),
    "nps_within_days": gettext_lazy("Enter a number of days from 1 to %(max)s."),
    "csat_below": gettext_lazy("Enter a CSAT average from 1 to 5."),
    "complaints_open": gettext_lazy("Choose yes or no."),
    "interest": gettext_lazy("Enter at most %(length)s characters."),
    "consent_marketing": gettext_lazy("Choose yes or no."),
    "not_contacted_days": gettext_lazy("Enter a number of days from 1 to %(max)s."),
    "language": gettext_lazy("Choose a language from the list."),
    "company": gettext_lazy("Enter at most %(length)s characters."),
}


def clean_rules(rules):
    """The rules checked and normalised, without empty ones; raises InvalidRules."""
    if not isinstance(rules, dict):
        raise InvalidRules({None: _("The rules must be a set of named conditions.")})
    cleaned, errors = {}, {}
    for key, value in rules.items():
        if key not in CHECKS:
            errors[key] = _("“%(key)s” is not a known rule.") % {"key": key}
            continue
        if value is None or value == "" or value == []:
            continue
        try:
            value = CHECKS[key](value)
        except (TypeError, ValueError, InvalidOperation):
            errors[key] = str(MESSAGES[key]) % {
                "max": MAX_DAYS,
                "length": TEXT_MAX_LENGTH,
            }
            continue
        if value not in ("", []):
            cleaned[key] = value
    if errors:
        raise InvalidRules(errors)
    return cleaned


def live_customers():
    return Customer.objects.filter(merged_into__isnull=True, erased_at__isnull=True)


def interested(text):
    """Ids of customers with an interest containing the text, in any case.

    Matched in Python: JSON lists cannot be searched alike on SQLite and
    PostgreSQL, and SQLite folds the case of ASCII letters only."""
    needle = text.casefold()
    ids = []
    rows = live_customers().exclude(interests=[]).values_list("id", "interests")
    for pk, interests in rows.iterator(chunk_size=2000):
        entries = interests if isinstance(interests, list) else [interests]
        for entry in entries:
            values = entry.values() if isinstance(entry, dict) else [entry]
            if any(needle in str(value).casefold() for value in values):
                ids.append(pk)
                break
    return ids


def rules_q(rules, now=None):
    """The Q over Customer that cleaned rules stand for; all conditions ANDed."""
    now = now or timezone.now()
    q = Q()
    if stages := rules.get("lifecycle"):
        q &= Q(lifecycle__in=stages)
    if categories := rules.get("nps_categories"):
        q &= Q(nps_category__in=categories)
    if days := rules.get("nps_within_days"):
        q &= Q(nps_at__gte=now - datetime.timedelta(days=days))
    if (csat := rules.get("csat_below")) is not None:
        q &= Q(csat_average__lt=Decimal(str(csat)))
    if (complaints := rules.get("complaints_open")) is not None:
        q &= Q(complaints_open__gt=0) if complaints else Q(complaints_open=0)
    if text := rules.get("interest"):
        q &= Q(pk__in=interested(text))
    if (consent := rules.get("consent_marketing")) is not None:
        q &= Q(consent_marketing=consent)
    if days := rules.get("not_contacted_days"):
        cutoff = now - datetime.timedelta(days=days)
        q &= Q(last_contact_at__lt=cutoff) | Q(last_contact_at__isnull=True)
    if language := rules.get("language"):
        q &= Q(locale__iexact=language) | Q(locale__istartswith=f"{language}-")
    if company := rules.get("company"):
        q &= Q(company__name__icontains=company) | Q(company_name__icontains=company)
    return q


def matching(rules, now=None):
    """The live customers the rules pick (rules are cleaned first)."""
    return live_customers().filter(rules_q(clean_rules(rules), now))


def describe(rules):
    """The rules in words, one line per condition, for the admin."""
    try:
        rules = clean_rules(rules)
    except InvalidRules:
        return [_("The rules cannot be read: edit the segment to fix them.")]
    lifecycle = dict(Customer.Lifecycle.choices)
    categories = dict(Customer.NpsCategory.choices)
    lines = []
    if stages := rules.get("lifecycle"):
        lines.append(
            _("Lifecycle stage: %(stages)s")
            % {"stages": ", ".join(str(lifecycle[s]) for s in stages)}
        )
    if chosen := rules.get("nps_categories"):
        lines.append(
            _("NPS category: %(categories)s")
            % {"categories": ", ".join(str(categories[c]) for c in chosen)}
        )
    if days := rules.get("nps_within_days"):
        lines.append(_("NPS given in the last %(days)s days") % {"days": days})
    if (csat := rules.get("csat_below")) is not None:
        lines.append(_("CSAT average below %(csat)s") % {"csat": csat})
    if (complaints := rules.get("complaints_open")) is not None:
        lines.append(
            _("Has open complaints") if complaints else _("Has no open complaints")
        )
    if text := rules.get("interest"):
        lines.append(_("Interested in “%(topic)s”") % {"topic": text})
    if (consent := rules.get("consent_marketing")) is not None:
        lines.append(
            _("Consents to marketing")
            if consent
            else _("Does not consent to marketing")
        )
    if days := rules.get("not_contacted_days"):
        lines.append(_("Not contacted for %(days)s days") % {"days": days})
    if language := rules.get("language"):
        lines.append(
            _("Language: %(language)s")
            % {"language": dict(settings.LANGUAGES)[language]}
        )
    if company := rules.get("company"):
        lines.append(_("Company contains “%(company)s”") % {"company": company})
    return lines or [_("Every customer")]


# Refreshing


def chunks(items, size=CHUNK):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def refresh(segment, now=None):
    """Make the members those the rules pick now, and record today's count;
    running it again changes nothing. Returns how many members there are."""
    now = now or timezone.now()
    ids = set(matching(segment.rules, now).values_list("id", flat=True))
    with transaction.atomic():
        current = set(
            SegmentMember.objects.filter(segment=segment).values_list(
                "customer_id", flat=True
            )
        )
        for gone in chunks(sorted(current - ids)):
            SegmentMember.objects.filter(segment=segment, customer_id__in=gone).delete()
        SegmentMember.objects.bulk_create(
            [SegmentMember(segment=segment, customer_id=pk) for pk in ids - current],
            batch_size=CHUNK,
            ignore_conflicts=True,
        )
        Segment.objects.filter(pk=segment.pk).update(refreshed_at=now)
        SegmentCount.objects.update_or_create(
            segment=segment,
            day=timezone.localdate(now),
            defaults={"customers": len(ids)},
        )
    segment.refreshed_at = now
    return len(ids)


def refresh_all():
    """Refresh every segment; one with unusable rules is logged and skipped."""
    refreshed = 0
    for segment in Segment.objects.order_by("id"):
        try:
            refresh(segment)
        except InvalidRules as error:
            logger.warning("Segment %s has invalid rules: %s", segment.id, error)
            continue
        refreshed += 1
    return refreshed


@shared_task(name="crm.refresh_segments")
def refresh_segments():
    """Refresh every segment (hourly, from the beat schedule)."""
    return refresh_all()


@shared_task(name="crm.refresh_segment")
def refresh_segment(segment_id):
    """Refresh one segment, after a manager saves it."""
    segment = Segment.objects.filter(pk=segment_id).first()
    if segment is None:
        return None
    try:
        return refresh(segment)
    except InvalidRules as error:
        logger.warning("Segment %s has invalid rules: %s", segment_id, error)
        return None


def count_series(segment, days=365):
    """(day, customers) of the segment's last `days` daily counts, oldest first."""
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    return list(
        segment.counts.filter(day__gte=since)
        .order_by("day")
        .values_list("day", "customers")
    )


# Members: personal data, for those who may see customers


def live_members(segment):
    return segment.members.filter(merged_into__isnull=True, erased_at__isnull=True)


def member_rows(segment):
    """Headings and rows of the members, for the CSV and XLSX export."""
    headings = [
        _("Name"),
        _("Email"),
        _("Phone"),
        _("Company"),
        _("Language"),
        _("Lifecycle stage"),
        _("Latest NPS"),
        _("NPS category"),
        _("CSAT average"),
        _("Open complaints"),
        _("Consents to marketing"),
        _("Interests"),
        _("Last contact"),
    ]
    members = live_members(segment).select_related("company").order_by("id")
    rows = [
        [
            customer.name,
            customer.email,
            customer.phone,
            customer.company.name if customer.company else customer.company_name,
            customer.locale,
            customer.get_lifecycle_display(),
            customer.nps_score,
            customer.get_nps_category_display(),
            customer.csat_average,
            customer.complaints_open,
            _("yes") if customer.consent_marketing else _("no"),
            customer.interests if isinstance(customer.interests, list) else "",
            customer.last_contact_at,
        ]
        for customer in members.iterator(chunk_size=CHUNK)
    ]
    return headings, rows


def invite(segment, page, consented_only=True):
    """Invite the members with an e-mail to answer a questionnaire page through
    surveys' own invitations (sent after commit); anyone already invited to the
    page is skipped. Returns surveys.invitations.Invited."""
    from surveys import invitations

    members = live_members(segment).exclude(email="")
    if consented_only:
        members = members.filter(consent_marketing=True)
    recipients = members.order_by("id").values_list("email", "name")
    return invitations.invite(page, list(recipients))


# Aggregates: no personal data


def member_nps(segment):
    """NPS of the members' latest answers, with its sample size and margin."""
    from surveys.results import nps

    scores = live_members(segment).filter(nps_score__isnull=False)
    return nps(list(scores.values_list("nps_score", flat=True)))


def member_response_ids(segment):
    """Ids of the questionnaire responses given by the segment's members."""
    sources = TimelineEvent.objects.filter(
        kind=TimelineEvent.Kind.RESPONSE,
        source__startswith=RESPONSE_SOURCE,
        customer__segments=segment,
    ).values_list("source", flat=True)
    return {
        int(pk)
        for pk in (source.removeprefix(RESPONSE_SOURCE) for source in sources)
        if pk.isdigit()
    }


def crosstab(segment, page):
    """Answers to each choice, rating and NPS question of a questionnaire (all its
    translations), for the segment's members beside everyone's, each with its
    sample size. Members' answers are found through their timelines."""
    from surveys import results
    from surveys.models.questionnaires import CHOICE_TYPES, SCALE_TYPES

    questions = [
        question
        for question in page.questions.all()
        if question.field_type in (*CHOICE_TYPES, *SCALE_TYPES)
    ]
    matcher = results.ChoiceMatcher(page)
    members = member_response_ids(segment)
    everyone, in_segment = defaultdict(list), defaultdict(list)
    total = member_total = 0
    rows = results.questionnaire_responses(page).values_list(
        "pk", "page_id", "submit_time", "form_data"
    )
    for pk, page_id, submit_time, data in rows.iterator(chunk_size=2000):
        is_member = pk in members
        total += 1
        member_total += is_member
        for question in questions:
            value = (data or {}).get(question.clean_name)
            if results.answered(value):
                answer = (page_id, submit_time, value)
                everyone[question.clean_name].append(answer)
                if is_member:
                    in_segment[question.clean_name].append(answer)
    table = []
    for question in questions:
        mine = results.question_result(
            question, in_segment[question.clean_name], matcher
        )
        all_ = results.question_result(question, everyone[question.clean_name], matcher)
        by_text = {choice["text"]: choice for choice in mine.get("choices", [])}
        table.append(
            {
                "label": question.label,
                "type": question.field_type,
                "type_display": all_["type_display"],
                "segment": mine,
                "everyone": all_,
                "answers": [
                    {
                        "text": choice["text"],
                        "everyone": choice,
                        "segment": by_text.get(
                            choice["text"], {"count": 0, "percent": 0.0}
                        ),
                    }
                    for choice in all_.get("choices", [])
                ],
            }
        )
    return {
        "segment": results.sample(member_total),
        "everyone": results.sample(total),
        "questions": table,
    }


def crosstab_rows(result):
    """The cross-tab as flat rows, for the CSV and XLSX download."""
    headings = [
        _("Question"),
        _("Answer"),
        _("Segment: count"),
        _("Segment: percent"),
        _("Segment: n"),
        _("Everyone: count"),
        _("Everyone: percent"),
        _("Everyone: n"),
    ]
    rows = []
    for question in result["questions"]:
        mine, all_ = question["segment"], question["everyone"]
        for answer in question["answers"]:
            rows.append(
                [
                    question["label"],
                    answer["text"],
                    answer["segment"]["count"],
                    answer["segment"]["percent"],
                    mine["n"],
                    answer["everyone"]["count"],
                    answer["everyone"]["percent"],
                    all_["n"],
                ]
            )
        if question["type"] == "nps":
            rows.append(
                [
                    question["label"],
                    _("NPS (count columns: score; percent columns: margin ±)"),
                    mine["nps"]["score"],
                    mine["nps"]["margin"],
                    mine["n"],
                    all_["nps"]["score"],
                    all_["nps"]["margin"],
                    all_["n"],
                ]
            )
    return headings, rows
