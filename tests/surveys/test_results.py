"""Survey results computed from stored votes and responses: NPS, CSAT, margins,
drop-off, filters and answers in two languages counted together."""

import datetime

from django.utils import timezone

import pytest

from surveys import results
from surveys.models import PollVote
from surveys.results import Filters
from surveys.voting import cast_vote
from tests.surveys.results_factories import (
    answer,
    attempt,
    days_ago,
)

pytestmark = pytest.mark.django_db


def by_type(figures, kind):
    return next(q for q in figures["questions"] if q["type"] == kind)


def counts(question):
    return {row["text"]: row["count"] for row in question["choices"]}


def test_nps_and_its_margin_match_the_hand_computed_values(survey):
    scores = [10, 10, 9, 8, 7, 6, 3, 0, 9, 10]
    for score in scores:
        answer(survey, nps=score)
    # Not counted: no answer, out of the scale, not a number.
    for invalid in ("", 11, "x"):
        answer(survey, nps=invalid)

    nps = by_type(results.questionnaire_results(survey), "nps")["nps"]

    # Promoters (9–10): 10, 10, 9, 9, 10 = 5 of 10 = 0.5
    # Detractors (0–6): 6, 3, 0 = 3 of 10 = 0.3; passives: 8, 7 = 2
    # NPS = 50 − 30 = 20
    # margin = 1.96 × √((0.5 + 0.3 − 0.2²) / 10) × 100 = 1.96 × √0.076 × 100 = 54.0
    assert nps["n"] == 10
    assert (nps["promoters"], nps["passives"], nps["detractors"]) == (5, 2, 3)
    assert nps["score"] == 20.0
    assert nps["margin"] == 54.0


def test_csat_is_the_share_of_fours_and_fives(survey):
    for rating in [5, 4, 4, 3, 2, 5, 1, 4]:
        answer(survey, rating=rating)
    answer(survey, rating=7)  # off the 1–5 scale

    rating = by_type(results.questionnaire_results(survey), "rating")

    # 4s and 5s: 5, 4, 4, 5, 4 = 5 of 8 = 62.5%; mean = 28 / 8 = 3.5
    assert rating["n"] == 8
    assert rating["csat"] == 62.5
    assert rating["mean"] == 3.5
    assert counts(rating) == {"1": 1, "2": 1, "3": 1, "4": 3, "5": 2}


def test_numbers_are_averaged_and_texts_listed_newest_first(survey):
    answer(survey, when=days_ago(2), cranes="4", improve="Old remark")
    answer(survey, when=days_ago(1), cranes="6.5", improve="New remark")
    answer(survey, cranes="abc")

    figures = results.questionnaire_results(survey)

    assert by_type(figures, "number")["mean"] == 5.25
    assert by_type(figures, "number")["n"] == 2
    texts = by_type(figures, "multiline")["answers"]
    assert [t["text"] for t in texts] == ["New remark", "Old remark"]


def test_completion_and_drop_off_per_step(survey):
    for _ in range(4):
        attempt(survey, 3, completed=True)
    for step, stopped in ((1, 3), (2, 2), (3, 1)):
        for _ in range(stopped):
            attempt(survey, step)

    completion = results.questionnaire_results(survey)["completion"]

    # 10 attempts, 4 completed; 3, 2 and 1 stopped at steps 1, 2 and 3.
    assert completion["attempts"] == 10
    assert completion["rate"] == 40.0
    assert [(r["step"], r["count"], r["percent"]) for r in completion["drop_off"]] == [
        (1, 3, 30.0),
        (2, 2, 20.0),
        (3, 1, 10.0),
    ]


def test_translations_are_counted_together_by_choice_position(survey, survey_ru):
    answer(survey, crane="Overhead", matters=["Speed", "Price"])
    answer(survey, crane="Gantry", matters=["Price"])
    answer(survey_ru, crane="Козловой", matters=["Цена", "Безопасность"])
    answer(survey_ru, crane="Консольный")
    answer(survey_ru, crane="Козловой")

    english = results.questionnaire_results(survey)
    in_russian = results.questionnaire_results(survey_ru)

    assert english["responses"] == in_russian["responses"] == 5
    assert counts(by_type(english, "radio")) == {"Overhead": 1, "Gantry": 3, "Jib": 1}
    assert counts(by_type(in_russian, "radio")) == {
        "Мостовой": 1,
        "Козловой": 3,
        "Консольный": 1,
    }
    assert by_type(english, "radio")["label"] == "Which crane do you use?"
    assert by_type(in_russian, "radio")["label"] == "Какой кран вы используете?"
    matters = by_type(english, "checkboxes")
    # Percentages of the 3 who answered; one may pick several.
    assert counts(matters) == {"Speed": 1, "Safety": 1, "Price": 3}
    assert [row["percent"] for row in matters["choices"]] == [33.3, 33.3, 100.0]


def test_filters_by_date_page_and_language(site_tree, survey, survey_ru):
    article = site_tree.articles[0]
    answer(survey, when=days_ago(10), crane="Jib")
    answer(survey, embedded_on=article, crane="Gantry")
    answer(survey_ru, crane="Мостовой")

    def total(**filters):
        return results.questionnaire_results(survey, Filters(**filters))["responses"]

    today = timezone.localdate()
    assert total() == 3
    assert total(date_from=today - datetime.timedelta(days=2)) == 2
    assert total(date_to=today - datetime.timedelta(days=2)) == 1
    assert total(page_id=article.id) == 1
    assert total(page_id=survey.id) == 1  # answered on its own page
    assert total(locale="ru") == 1
    assert total(locale="en", page_id=article.id) == 1
    # Attempts know only the survey page, not where it was embedded.
    figures = results.questionnaire_results(survey, Filters(page_id=article.id))
    assert figures["completion"] is None


def test_low_sample_flag_follows_the_setting(settings, survey):
    for score in range(5):
        answer(survey, nps=score)
    figures = results.questionnaire_results(survey)
    assert figures["n"] == 5 and figures["low_sample"]
    assert by_type(figures, "nps")["low_sample"]

    settings.SURVEYS_MIN_SAMPLE = 5
    figures = results.questionnaire_results(survey)
    assert not figures["low_sample"]
    assert not by_type(figures, "nps")["nps"]["low_sample"]
    assert by_type(figures, "radio")["low_sample"]  # nobody answered it


def test_trends_per_day_and_nps_per_week(survey):
    answer(survey, when=days_ago(8), nps=10)
    answer(survey, when=days_ago(1), nps=0)
    answer(survey, when=days_ago(1), nps=10)

    figures = results.questionnaire_results(survey)

    assert [point["count"] for point in figures["trend"]] == [1, 2]
    weeks = figures["nps_trend"]
    assert sum(week["n"] for week in weeks) == 3
    assert weeks[0]["score"] == 100.0


def vote(poll, choices, n, page=None, locale="en", other="", when=None):
    cast_vote(
        poll,
        choices,
        other,
        visitor=f"v{n}",
        fingerprint=f"f{n}",
        page_id=page and page.id,
        locale=locale,
    )
    if when is not None:
        PollVote.objects.filter(poll=poll, visitor=f"v{n}").update(created_at=when)


def test_poll_results_equal_the_counters_when_unfiltered(make_poll, site_tree):
    poll = make_poll(allow_other=True, multiple=True)
    overhead, gantry, jib = poll.choices.all()
    article = site_tree.articles[0]
    vote(poll, [overhead, gantry], 1, page=article)
    vote(poll, [gantry], 2, locale="ru", when=days_ago(5))
    vote(poll, [], 3, other="=HYPERLINK(1)")
    vote(poll, [jib], 4, page=article)

    figures = results.poll_results(poll)
    tallies = poll.tallies()

    assert figures["voters"] == tallies["voters"] == 4
    assert [(c["count"], c["percent"]) for c in figures["choices"]] == [
        (row["votes"], row["percent"]) for row in tallies["choices"]
    ]
    assert [a["other"] for a in figures["other_answers"]] == ["=HYPERLINK(1)"]
    assert sum(point["count"] for point in figures["trend"]) == 4

    filtered = results.poll_results(poll, Filters(page_id=article.id))
    assert filtered["voters"] == 2
    assert [c["count"] for c in filtered["choices"]] == [1, 1, 1, 0]
    assert filtered["choices"][0]["percent"] == 50.0
    assert results.poll_results(poll, Filters(locale="ru"))["voters"] == 1
    since = timezone.localdate() - datetime.timedelta(days=2)
    assert results.poll_results(poll, Filters(date_from=since))["voters"] == 3
    assert filtered["low_sample"]
