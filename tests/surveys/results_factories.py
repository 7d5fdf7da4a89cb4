"""A small questionnaire in English and Russian, and answers stored directly."""

import datetime

from django.utils import timezone

from surveys.models import (
    Question,
    QuestionnaireAttempt,
    QuestionnairePage,
    QuestionnaireResponse,
)

# label, type, choices, step; then the Russian label and choices.
QUESTIONS = [
    (
        "Which crane do you use?",
        "radio",
        "Overhead\nGantry\nJib",
        1,
        "Какой кран вы используете?",
        "Мостовой\nКозловой\nКонсольный",
    ),
    (
        "What matters?",
        "checkboxes",
        "Speed, Safety, Price",
        1,
        "Что важно?",
        "Скорость, Безопасность, Цена",
    ),
    ("How satisfied are you?", "rating", "", 2, "Насколько вы довольны?", ""),
    ("Would you recommend us?", "nps", "", 2, "Порекомендуете ли вы нас?", ""),
    ("What should we improve?", "multiline", "", 3, "Что улучшить?", ""),
    ("How many cranes?", "number", "", 3, "Сколько кранов?", ""),
]
KEYS = ["crane", "matters", "rating", "nps", "improve", "cranes"]


def make_questionnaire(site_tree):
    page = QuestionnairePage(title="Customer survey", slug="survey")
    page.questions = [
        Question(
            label=label, field_type=kind, choices=choices, step=step, required=False
        )
        for label, kind, choices, step, _ru_label, _ru_choices in QUESTIONS
    ]
    site_tree.home.add_child(instance=page)
    page.save_revision().publish()
    return QuestionnairePage.objects.get(id=page.id)


def translate(page, locale):
    """The Russian questionnaire: labels and choices translated, order kept."""
    translation = page.copy_for_translation(locale)
    translation.title = "Опрос клиентов"
    translation.save_revision().publish()
    by_label = {q[0]: q for q in QUESTIONS}
    for question in translation.questions.all():
        _label, _kind, _choices, _step, ru_label, ru_choices = by_label[question.label]
        question.label, question.choices = ru_label, ru_choices
        question.save()
    return QuestionnairePage.objects.get(id=translation.id)


def names(page):
    """Answer keys by short name (the same in every translation)."""
    return dict(zip(KEYS, [q.clean_name for q in page.questions.all()], strict=True))


def answer(page, when=None, locale=None, embedded_on=None, **answers):
    keys = names(page)
    response = QuestionnaireResponse.objects.create(
        page=page,
        form_data={keys[key]: value for key, value in answers.items()},
        locale=locale or page.locale.language_code,
        embedded_on=embedded_on,
    )
    if when is not None:
        QuestionnaireResponse.objects.filter(pk=response.pk).update(submit_time=when)
    return response


def attempt(page, last_step, completed=False):
    return QuestionnaireAttempt.objects.create(
        page=page,
        locale=page.locale.language_code,
        last_step=last_step,
        completed_at=timezone.now() if completed else None,
    )


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)
