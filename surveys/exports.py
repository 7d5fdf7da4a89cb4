"""The rows of survey responses and results summaries, for the CSV and XLSX
downloads that portal.spreadsheets writes."""

from django.utils.translation import gettext_lazy as _

from surveys.results import ChoiceMatcher, questionnaire_responses


def response_rows(page, filters):
    """Every response to the questionnaire in any language: one column per
    question, choices named in the language of `page`."""
    questions = list(page.questions.all())
    matcher = ChoiceMatcher(page)
    headings = [
        _("Submission date"),
        _("Language"),
        _("Questionnaire"),
        _("Answered on page"),
        _("Name"),
        _("Email"),
        _("Phone"),
        _("Company"),
        *[question.label for question in questions],
    ]
    responses = (
        questionnaire_responses(page, filters)
        .select_related("page", "embedded_on")
        .order_by("submit_time", "id")
    )
    rows = []
    for response in responses.iterator(chunk_size=500):
        data = response.form_data or {}
        answers = []
        for question in questions:
            value = data.get(question.clean_name)
            if question.field_type in ("radio", "dropdown", "checkboxes"):
                values = value if isinstance(value, list) else [value]
                value = [
                    matcher.label(response.page_id, question.clean_name, item)
                    for item in values
                    if item not in (None, "")
                ]
            answers.append(value)
        rows.append(
            [
                response.submit_time,
                response.locale,
                response.page.title,
                response.embedded_on.title if response.embedded_on else "",
                response.respondent_name,
                response.respondent_email,
                response.respondent_phone,
                response.respondent_company,
                *answers,
            ]
        )
    return headings, rows
