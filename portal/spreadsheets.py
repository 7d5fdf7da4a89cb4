"""CSV and XLSX downloads of tables, for every report and export in the admin.

Cells that a spreadsheet would run as a formula are quoted: what visitors type
(answers, paths, referrers, campaign names) ends up in these files.
"""

import csv
import datetime
import io
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone

from wagtail.admin.views.generic import IndexView

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

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
    """A download of the rows as CSV or XLSX, named filename.<file_format>."""
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


def safe_text(value):
    value = str(value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


class SafeExportMixin:
    """For a Wagtail listing with CSV and XLSX exports: quotes formula-like text,
    as every other export here does (Wagtail's own exports write cells as typed)."""

    def preprocess_field_value(self, field, value, export_format):
        # After Wagtail's own preprocessing: a related object ("customer") or a
        # list becomes text there, and that text is a visitor's too.
        value = super().preprocess_field_value(field, value, export_format)
        return safe_text(value) if isinstance(value, str) else value


class SafeExportIndexView(SafeExportMixin, IndexView):
    """An admin listing whose exports quote formula-like text."""
