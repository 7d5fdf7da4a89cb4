"""Results of polls and questionnaires: counts, shares, NPS, CSAT and trends.

Pure computation over the stored votes and responses; the admin reports
(surveys.reports) show it and surveys.exports writes it out.
"""

import datetime
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.db.models import Count, Q
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.forms.forms import _split_by_newline_or_comma

from surveys.models import (
    PollVoteChoice,
    QuestionnaireAttempt,
    QuestionnairePage,
    QuestionnaireResponse,
)
from surveys.models.questionnaires import CHOICE_TYPES, SCALE_TYPES

DEFAULT_MIN_SAMPLE = 30
TEXT_TYPES = ("singleline", "multiline", "email", "phone", "date")
TEXT_ANSWERS_SHOWN = 50
OTHER_ANSWERS_SHOWN = 50
Z_95 = 1.96


@dataclass(frozen=True)
class Filters:
    """What a report is narrowed to; every part is optional."""

    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    page_id: int | None = None
    locale: str = ""

    @property
    def active(self):
        return bool(self.date_from or self.date_to or self.page_id or self.locale)


NO_FILTERS = Filters()


def min_sample():
    return getattr(settings, "SURVEYS_MIN_SAMPLE", DEFAULT_MIN_SAMPLE)


def sample(n):
    """The sample size every figure carries, flagged when too small to trust."""
    return {"n": n, "low_sample": n < min_sample()}


def percent(part, whole):
    return round(100 * part / whole, 1) if whole else 0.0


def filter_dates(queryset, field, filters):
    if filters.date_from:
        queryset = queryset.filter(**{f"{field}__date__gte": filters.date_from})
    if filters.date_to:
        queryset = queryset.filter(**{f"{field}__date__lte": filters.date_to})
    return queryset


def daily_trend(queryset, field):
    rows = (
        queryset.annotate(day=TruncDate(field))
        .values("day")
        .annotate(count=Count("pk"))
        .order_by("day")
    )
    return [{"day": row["day"], "count": row["count"]} for row in rows]


# Polls


def poll_votes(poll, filters=NO_FILTERS):
    votes = filter_dates(poll.votes.all(), "created_at", filters)
    if filters.page_id:
        votes = votes.filter(page_id=filters.page_id)
    if filters.locale:
        votes = votes.filter(locale=filters.locale)
    return votes


def poll_results(poll, filters=NO_FILTERS):
    """Votes per choice counted from the vote rows; unfiltered, they equal the
    counters of Poll.tallies()."""
    votes = poll_votes(poll, filters)
    voters = votes.count()
    picked = dict(
        PollVoteChoice.objects.filter(vote__in=votes)
        .values_list("choice_id")
        .annotate(count=Count("id"))
    )
    choices = [
        {
            "id": choice.id,
            "text": choice.text,
            "count": picked.get(choice.id, 0),
            "percent": percent(picked.get(choice.id, 0), voters),
        }
        for choice in poll.choices.all()
    ]
    others = votes.exclude(other="").order_by("-created_at")
    other_count = others.count()
    if poll.allow_other or other_count:
        choices.append(
            {
                "id": "other",
                "text": _("Other"),
                "count": other_count,
                "percent": percent(other_count, voters),
            }
        )
    return {
        **sample(voters),
        "voters": voters,
        "choices": choices,
        "other_answers": list(
            others.values("other", "created_at")[:OTHER_ANSWERS_SHOWN]
        ),
        "other_count": other_count,
        "trend": daily_trend(votes, "created_at"),
    }


# Questionnaires


def split_choices(question):
    """A question's choices as the form shows them (Wagtail's own splitting)."""
    if not question.choices:
        return []
    return [choice for choice in _split_by_newline_or_comma(question.choices) if choice]


def translations(page):
    """Every translation of a questionnaire, the viewed one included."""
    return QuestionnairePage.objects.filter(translation_key=page.translation_key)


def questionnaire_responses(page, filters=NO_FILTERS):
    responses = QuestionnaireResponse.objects.filter(
        page__in=translations(page).values("id")
    )
    responses = filter_dates(responses, "submit_time", filters)
    if filters.page_id:
        responses = responses.filter(
            Q(embedded_on_id=filters.page_id)
            | Q(embedded_on__isnull=True, page_id=filters.page_id)
        )
    if filters.locale:
        responses = responses.filter(locale=filters.locale)
    return responses


class ChoiceMatcher:
    """Puts an answer given in any translation on the viewed page's choice at the
    same position, since translators change the labels but not the order."""

    def __init__(self, page):
        self.page_id = page.id
        self.labels = {}  # clean_name -> the viewed page's labels
        self.positions = defaultdict(dict)  # (page id, clean_name) -> label -> pos
        pages = translations(page).prefetch_related("questions")
        for translation in pages:
            for question in translation.questions.all():
                choices = split_choices(question)
                self.positions[(translation.id, question.clean_name)] = {
                    label: position for position, label in enumerate(choices)
                }
                if translation.id == page.id:
                    self.labels[question.clean_name] = choices

    def label(self, page_id, clean_name, answer):
        answer = str(answer)
        labels = self.labels.get(clean_name, [])
        for key in ((page_id, clean_name), (self.page_id, clean_name)):
            position = self.positions.get(key, {}).get(answer)
            if position is not None and position < len(labels):
                return labels[position]
        return answer


def as_number(value):
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def scale_answers(answers, field_type):
    scale = SCALE_TYPES[field_type]
    valid = []
    for answer in answers:
        number = as_number(answer)
        if number is not None and number == int(number) and int(number) in scale:
            valid.append(int(number))
    return valid


def nps(scores):
    """Net Promoter Score of 0–10 answers, with its 95% margin of error."""
    n = len(scores)
    promoters = sum(1 for score in scores if score >= 9)
    detractors = sum(1 for score in scores if score <= 6)
    if not n:
        return {
            **sample(0),
            "score": None,
            "margin": None,
            "promoters": 0,
            "passives": 0,
            "detractors": 0,
        }
    p_promoters, p_detractors = promoters / n, detractors / n
    variance = p_promoters + p_detractors - (p_promoters - p_detractors) ** 2
    return {
        **sample(n),
        "score": round(100 * (p_promoters - p_detractors), 1),
        "margin": round(Z_95 * math.sqrt(max(variance, 0) / n) * 100, 1),
        "promoters": promoters,
        "passives": n - promoters - detractors,
        "detractors": detractors,
        "promoters_percent": percent(promoters, n),
        "passives_percent": percent(n - promoters - detractors, n),
        "detractors_percent": percent(detractors, n),
    }


def distribution(values, scale):
    counts = Counter(values)
    return [
        {
            "text": str(value),
            "count": counts[value],
            "percent": percent(counts[value], len(values)),
        }
        for value in scale
    ]


def answered(value):
    return value not in (None, "", [])


def question_result(question, answers, matcher):
    """answers: (page id, submit time, value) of the responses that answered."""
    kind = question.field_type
    result = {
        "question": question,
        "clean_name": question.clean_name,
        "label": question.label,
        "type": kind,
        "type_display": question.get_field_type_display(),
    }
    if kind in CHOICE_TYPES:
        labels = matcher.labels.get(question.clean_name, [])
        counts = Counter()
        for page_id, _time, value in answers:
            for answer in value if isinstance(value, list) else [value]:
                counts[matcher.label(page_id, question.clean_name, answer)] += 1
        n = len(answers)
        names = labels + sorted(name for name in counts if name not in labels)
        result["choices"] = [
            {"text": name, "count": counts[name], "percent": percent(counts[name], n)}
            for name in names
        ]
        result.update(sample(n))
    elif kind in SCALE_TYPES:
        scale = SCALE_TYPES[kind]
        values = scale_answers((value for _p, _t, value in answers), kind)
        n = len(values)
        result.update(sample(n))
        result["choices"] = distribution(values, scale)
        result["mean"] = round(sum(values) / n, 2) if n else None
        if kind == "rating":
            result["csat"] = percent(sum(1 for v in values if v >= 4), n) if n else None
        else:
            result["nps"] = nps(values)
    elif kind == "number":
        values = [as_number(value) for _p, _t, value in answers]
        values = [value for value in values if value is not None]
        n = len(values)
        result.update(sample(n))
        result["mean"] = round(float(sum(values)) / n, 2) if n else None
        result["min"] = float(min(values)) if n else None
        result["max"] = float(max(values)) if n else None
    elif kind == "checkbox":
        n = len(answers)
        checked = sum(1 for _p, _t, value in answers if value is True)
        result.update(sample(n))
        result["choices"] = [
            {"text": _("Checked"), "count": checked, "percent": percent(checked, n)}
        ]
    else:  # free text, dates, e-mails, phones
        newest = sorted(answers, key=lambda answer: answer[1], reverse=True)
        result.update(sample(len(answers)))
        result["answers"] = [
            {"text": str(value), "time": time}
            for _p, time, value in newest[:TEXT_ANSWERS_SHOWN]
        ]
    return result


def week_start(day):
    return day - datetime.timedelta(days=day.weekday())


def completion(page, filters=NO_FILTERS):
    """Completed attempts out of all, and where the others stopped.

    Attempts know only the questionnaire page, not the page it was embedded in,
    so a filter on another page leaves nothing to count (None).
    """
    pages = translations(page)
    if filters.page_id and not pages.filter(id=filters.page_id).exists():
        return None
    attempts = QuestionnaireAttempt.objects.filter(page__in=pages.values("id"))
    attempts = filter_dates(attempts, "started_at", filters)
    if filters.page_id:
        attempts = attempts.filter(page_id=filters.page_id)
    if filters.locale:
        attempts = attempts.filter(locale=filters.locale)
    total = attempts.count()
    completed = attempts.filter(completed_at__isnull=False).count()
    stopped = dict(
        attempts.filter(completed_at__isnull=True)
        .values_list("last_step")
        .annotate(count=Count("pk"))
    )
    steps = sorted(set(page.steps()) | set(stopped))
    return {
        **sample(total),
        "attempts": total,
        "completed": completed,
        "rate": percent(completed, total),
        "drop_off": [
            {
                "step": step,
                "count": stopped.get(step, 0),
                "percent": percent(stopped.get(step, 0), total),
            }
            for step in steps
        ],
    }


def questionnaire_results(page, filters=NO_FILTERS):
    """Results of a questionnaire over all its translations, labelled in the
    language of `page`."""
    responses = questionnaire_responses(page, filters)
    questions = list(page.questions.all())
    matcher = ChoiceMatcher(page)
    answers = defaultdict(list)
    rows = responses.values_list("page_id", "submit_time", "form_data")
    total = 0
    nps_question = next((q for q in questions if q.field_type == "nps"), None)
    nps_weeks = defaultdict(list)
    for page_id, submit_time, data in rows.iterator():
        total += 1
        data = data or {}
        for question in questions:
            value = data.get(question.clean_name)
            if answered(value):
                answers[question.clean_name].append((page_id, submit_time, value))
        if nps_question is not None:
            scores = scale_answers([data.get(nps_question.clean_name)], "nps")
            if scores:
                week = week_start(timezone.localdate(submit_time))
                nps_weeks[week].extend(scores)
    return {
        **sample(total),
        "responses": total,
        "questions": [
            question_result(question, answers[question.clean_name], matcher)
            for question in questions
        ],
        "completion": completion(page, filters),
        "trend": daily_trend(responses, "submit_time"),
        "nps_question": nps_question,
        "nps_trend": [
            {"week": week, **nps(nps_weeks[week])} for week in sorted(nps_weeks)
        ],
    }


def summary_rows(results):
    """The results as flat rows: one per question and answer, for exports."""
    headings = [
        _("Question"),
        _("Type"),
        _("Answer"),
        _("Count"),
        _("Percent"),
        _("n"),
        _("Low sample"),
        _("Mean"),
        _("CSAT %"),
        _("NPS"),
        _("NPS margin ±"),
    ]
    rows = []
    for question in results["questions"]:
        figures = [
            question.get("mean"),
            question.get("csat"),
            (question.get("nps") or {}).get("score"),
            (question.get("nps") or {}).get("margin"),
        ]
        head = [question["label"], question["type_display"]]
        low = _("yes") if question["low_sample"] else ""
        answers = question.get("choices")
        if answers is None:
            rows.append([*head, "", "", "", question["n"], low, *figures])
            continue
        for answer in answers:
            rows.append(
                [
                    *head,
                    answer["text"],
                    answer["count"],
                    answer["percent"],
                    question["n"],
                    low,
                    *figures,
                ]
            )
    return headings, rows


def poll_summary_rows(poll, results):
    headings = [
        _("Question"),
        _("Answer"),
        _("Count"),
        _("Percent"),
        _("n"),
        _("Low sample"),
    ]
    low = _("yes") if results["low_sample"] else ""
    rows = [
        [
            poll.question,
            choice["text"],
            choice["count"],
            choice["percent"],
            results["n"],
            low,
        ]
        for choice in results["choices"]
    ]
    return headings, rows
