"""CSV and XLSX downloads of survey responses and results summaries.

Cells that a spreadsheet would run as a formula are quoted: answers come from
the public.
"""

import csv
import datetime
import io
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from surveys.results import ChoiceMatcher, questionnaire_responses

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMATS = ("csv", "xlsx")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def safe_cell(value):
    """A value a spreadsheet shows as it is and never evaluates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float | Decimal):
        return value
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).replace(tzinfo=None)
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, list | tuple):
        value = ", ".join(str(item) for item in value)
    value = str(value)
    if value.startswith(FORMULA_STARTS):
        value = "'" + value
    return value


def spreadsheet(headings, rows, filename, file_format):
    """A download of the rows as CSV or XLSX."""
    headings = [safe_cell(str(heading)) for heading in headings]
    rows = [[safe_cell(value) for value in row] for row in rows]
    if file_format == "xlsx":
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet()
        sheet.append(headings)
        for row in rows:
            sheet.append(
                [
                    ILLEGAL_CHARACTERS_RE.sub("", value)
                    if isinstance(value, str)
                    else value
                    for value in row
                ]
            )
        buffer = io.BytesIO()
        workbook.save(buffer)
        response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    else:
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response.write("\ufeff")  # so that Excel reads UTF-8
        writer = csv.writer(response)
        writer.writerow(headings)
        for row in rows:
            writer.writerow(
                [
                    value.strftime("%Y-%m-%d %H:%M:%S")
                    if isinstance(value, datetime.datetime)
                    else value
                    for value in row
                ]
            )
    response["Content-Disposition"] = f'attachment; filename="{filename}.{file_format}"'
    return response


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
