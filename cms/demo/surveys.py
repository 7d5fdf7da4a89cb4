"""The demo's surveys: a featured poll per language, a customer questionnaire, a
feedback page and a quote request, each created only if missing."""

from wagtail.models import Site

from cms.models import NavigationSettings
from surveys.models import (
    FeedbackPage,
    Poll,
    PollChoice,
    Question,
    QuestionnairePage,
    RequestType,
    ServiceRequestPage,
)

POLLS = {
    "en": (
        "What matters most when you choose a crane?",
        ["Price", "Delivery time", "Service and spare parts", "Energy efficiency"],
    ),
    "ru": (
        "Что для вас важнее всего при выборе крана?",
        ["Цена", "Срок поставки", "Сервис и запчасти", "Энергоэффективность"],
    ),
}

QUESTIONNAIRE = {
    "en": {
        "title": "Customer satisfaction survey",
        "intro": "<p>Five minutes of your time help us serve your cranes better.</p>",
        "thanks": "<p>Thank you! Our service team reads every answer.</p>",
        "questions": [
            (
                "How likely are you to recommend Uralkran to a colleague?",
                "nps",
                "",
                True,
                1,
                "",
            ),
            ("How satisfied are you with our service?", "rating", "", True, 1, ""),
            (
                "Which of our products do you use?",
                "checkboxes",
                "Overhead cranes\nGantry cranes\nHoists",
                False,
                1,
                "",
            ),
            (
                "Did a breakdown stop your production this year?",
                "radio",
                "Yes\nNo",
                True,
                2,
                "",
            ),
            ("How long did the repair take, in days?", "number", "", False, 2, "Yes"),
            ("What should we improve?", "multiline", "", False, 2, ""),
        ],
    },
    "ru": {
        "title": "Анкета удовлетворённости клиентов",
        "intro": "<p>Пять минут вашего времени помогут нам лучше обслуживать ваши краны.</p>",
        "thanks": "<p>Спасибо! Сервисная служба читает каждый ответ.</p>",
        "questions": [
            (
                "Насколько вероятно, что вы порекомендуете «Уралкран» коллеге?",
                "nps",
                "",
                True,
                1,
                "",
            ),
            ("Насколько вы довольны нашим сервисом?", "rating", "", True, 1, ""),
            (
                "Какую нашу продукцию вы используете?",
                "checkboxes",
                "Мостовые краны\nКозловые краны\nТали",
                False,
                1,
                "",
            ),
            (
                "Останавливала ли поломка ваше производство в этом году?",
                "radio",
                "Да\nНет",
                True,
                2,
                "",
            ),
            ("Сколько дней занял ремонт?", "number", "", False, 2, "Да"),
            ("Что нам стоит улучшить?", "multiline", "", False, 2, ""),
        ],
    },
}

FEEDBACK = {
    "en": (
        "Write to us",
        "<p>A complaint, a wish, a question or praise: we read everything.</p>",
    ),
    "ru": (
        "Напишите нам",
        "<p>Жалоба, пожелание, вопрос или благодарность: мы читаем всё.</p>",
    ),
}
QUOTE = {
    "en": (
        "Request a quote",
        "<p>Tell us about the load and the span; an engineer will reply within two working days.</p>",
    ),
    "ru": (
        "Запросить коммерческое предложение",
        "<p>Расскажите о грузе и пролёте: инженер ответит в течение двух рабочих дней.</p>",
    ),
}
QUOTE_FIELDS = {
    "en": [
        {"label": "Lifting capacity, t", "field_type": "number", "required": True},
        {
            "label": "Crane type",
            "field_type": "choice",
            "required": True,
            "choices": "Overhead crane\nGantry crane\nHoist\nNot sure yet",
        },
        {"label": "Span, m", "field_type": "number", "required": False},
        {"label": "About the task", "field_type": "textarea", "required": False},
    ],
    "ru": [
        {"label": "Грузоподъёмность, т", "field_type": "number", "required": True},
        {
            "label": "Тип крана",
            "field_type": "choice",
            "required": True,
            "choices": "Мостовой кран\nКозловой кран\nТаль\nПока не знаю",
        },
        {"label": "Пролёт, м", "field_type": "number", "required": False},
        {"label": "О задаче", "field_type": "textarea", "required": False},
    ],
}


def build_surveys(builder, home):
    """Called by DemoBuilder.build after the pages exist."""
    homes = {
        code: home.get_translation(builder.locales[code]).specific
        for code in ("en", "ru")
    }
    for code, (question, answers) in POLLS.items():
        page = homes[code]
        if page.featured_poll_id:
            continue
        poll = Poll(question=question)
        poll.choices = [PollChoice(text=text) for text in answers]
        poll.save()
        poll.save_revision().publish()
        page.featured_poll = poll
        builder.publish(page)
        builder.created += 1

    survey = child_or_new(
        builder,
        homes["en"],
        QuestionnairePage,
        "customer-survey",
        questionnaire_fields("en"),
    )
    if survey.get_translation_or_none(builder.locales["ru"]) is None:
        translation = survey.copy_for_translation(builder.locales["ru"])
        for name, value in questionnaire_fields("ru", translated=True).items():
            setattr(translation, name, value)
        translation.questions = translated_questions(translation, "ru")
        builder.publish(translation)
        builder.created += 1

    feedback = child_or_new(
        builder, homes["en"], FeedbackPage, "write-to-us", page_fields(FEEDBACK["en"])
    )
    builder.translate(feedback, "ru", page_fields(FEEDBACK["ru"]))

    # Request types are not translated: each language has its own, with its labels.
    request_types = {code: quote_request_type(builder, code) for code in ("en", "ru")}
    quote = child_or_new(
        builder,
        homes["en"],
        ServiceRequestPage,
        "request-a-quote",
        {**page_fields(QUOTE["en"]), "request_type": request_types["en"]},
    )
    builder.translate(
        quote, "ru", {**page_fields(QUOTE["ru"]), "request_type": request_types["ru"]}
    )
    link_in_footer(builder, [survey, feedback, quote])


def link_in_footer(builder, pages):
    navigation = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    linked = set(navigation.footer_menu_items.values_list("page_id", flat=True))
    missing = [page for page in pages if page.id not in linked]
    if missing:
        items = list(navigation.footer_menu_items.all())
        navigation.footer_menu_items = items + [
            navigation.footer_menu_items.model(page=page) for page in missing
        ]
        navigation.save()
        builder.created += 1


def quote_request_type(builder, code):
    name = QUOTE[code][0]
    request_type = RequestType.objects.filter(name=name).first()
    if request_type is None:
        request_type = RequestType.objects.create(
            name=name,
            fields=[{"type": "field", "value": field} for field in QUOTE_FIELDS[code]],
            notify_emails="sales@uralkran.example",
        )
        builder.created += 1
    return request_type


def page_fields(spec):
    title, intro = spec
    return {"title": title, "intro": intro}


def questionnaire_fields(code, translated=False):
    spec = QUESTIONNAIRE[code]
    fields = {
        "title": spec["title"],
        "intro": spec["intro"],
        "thank_you_text": spec["thanks"],
    }
    if not translated:
        fields["questions"] = [
            Question(
                label=label,
                field_type=kind,
                choices=choices,
                required=required,
                step=step,
                show_if_question=spec["questions"][3][0] if show_value else "",
                show_if_value=show_value,
            )
            for label, kind, choices, required, step, show_value in spec["questions"]
        ]
    return fields


def child_or_new(builder, parent, model, slug, fields):
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific
    page = model(slug=slug, **{k: v for k, v in fields.items() if k != "questions"})
    if "questions" in fields:
        page.questions = fields["questions"]
    parent.add_child(instance=page)
    builder.publish(page)
    builder.created += 1
    return page


def translated_questions(translation, code):
    """The copied questions with this language's labels and choices; same order and
    the same keys, so the results count both languages together."""
    specs = QUESTIONNAIRE[code]["questions"]
    questions = list(translation.questions.all())
    for question, (label, _kind, choices, _required, _step, show_value) in zip(
        questions, specs, strict=True
    ):
        question.label, question.choices, question.show_if_value = (
            label,
            choices,
            show_value,
        )
        question.show_if_question = specs[3][0] if show_value else ""
    return questions
