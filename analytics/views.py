"""The audience report in the admin (Reports › Audience): headline figures, visitors
and page views per day, the top pages, sources, campaigns, devices and locales,
each table as CSV or XLSX, and the whole report as JSON."""

import datetime

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView

from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from analytics import reports
from portal.spreadsheets import spreadsheet

PERMISSION = "analytics.view_dailyrollup"
PRESETS = (7, 30, 90, 365)
DEFAULT_DAYS = 30
# A range is read day by day for the chart: ten years is more than anyone asks for.
MAX_DAYS = 3660

HEADLINES = (
    ("visitors", _("Visitors")),
    ("visits", _("Visits")),
    ("pageviews", _("Page views")),
    ("views_per_visit", _("Views per visit")),
    ("bounce_rate", _("Bounce rate")),
    ("visit_duration", _("Visit duration")),
)

# name: (title, columns as (report field, heading))
TABLES = {
    "pages": (
        _("Top pages"),
        (
            ("path", _("Page")),
            ("pageviews", _("Page views")),
            ("visitors", _("Visitors")),
        ),
    ),
    "sources": (
        _("Sources"),
        (
            ("source", _("Source")),
            ("visitors", _("Visitors")),
            ("pageviews", _("Page views")),
        ),
    ),
    "campaigns": (
        _("Campaigns"),
        (
            ("utm_source", "utm_source"),
            ("utm_medium", "utm_medium"),
            ("utm_campaign", "utm_campaign"),
            ("visitors", _("Visitors")),
            ("pageviews", _("Page views")),
        ),
    ),
    "devices": (
        _("Devices"),
        (("device", _("Device")), ("visitors", _("Visitors"))),
    ),
    "locales": (
        _("Languages"),
        (("locale", _("Language")), ("pageviews", _("Page views"))),
    ),
}


class AudienceMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


class RangeForm(forms.Form):
    """The last N days, or a range of dates when either date is given."""

    days = forms.TypedChoiceField(
        label=_("Period"),
        required=False,
        coerce=int,
        empty_value=DEFAULT_DAYS,
    )
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Built here, so that each request reads them in its own language.
        self.fields["days"].choices = [
            (days, _("Last %(days)d days") % {"days": days}) for days in PRESETS
        ]

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        start, end = cleaned.get("start"), cleaned.get("end")
        if start is None and end is None:
            cleaned["start"], cleaned["end"] = reports.last_days(
                cleaned.get("days") or DEFAULT_DAYS
            )
            return cleaned
        if start is None:
            self.add_error("start", _("Give the first day of the period."))
        elif end is None:
            self.add_error("end", _("Give the last day of the period."))
        elif start > end:
            self.add_error("end", _("The end date is before the start date."))
        elif (end - start).days + 1 > MAX_DAYS:
            self.add_error(
                None,
                _("Choose a period of at most %(days)d days.") % {"days": MAX_DAYS},
            )
        return cleaned

    def period(self):
        return self.cleaned_data["start"], self.cleaned_data["end"]


def table_rows(data, name):
    columns = TABLES[name][1]
    return [[row.get(field) for field, _heading in columns] for row in data[name]]


def duration(seconds):
    return str(datetime.timedelta(seconds=int(seconds)))


def headline_figures(figures):
    rows = []
    for name, label in HEADLINES:
        figure = figures[name]
        value, previous = figure["value"], figure["previous"]
        if name == "visit_duration":
            value, previous = duration(value), duration(previous)
        elif name == "bounce_rate":
            value, previous = f"{value}%", f"{previous}%"
        rows.append(
            {
                "name": name,
                "label": label,
                "value": value,
                "previous": previous,
                "change": figure["change"],
            }
        )
    return rows


def chart_data(series):
    return {
        "labels": [point["day"] for point in series],
        "datasets": [
            {"label": str(_("Visitors")), "data": [p["visitors"] for p in series]},
            {"label": str(_("Page views")), "data": [p["pageviews"] for p in series]},
        ],
    }


class AudiencePermissionMixin:
    """Checks the permission on the view itself, not only by hiding the menu."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class AudienceReportView(
    AudiencePermissionMixin, WagtailAdminTemplateMixin, TemplateView
):
    """Headline figures, the chart and the tables for the chosen period."""

    template_name = "analytics/overview.html"
    page_title = _("Audience")
    header_icon = "view"

    def get(self, request, *args, **kwargs):
        self.form = RangeForm(request.GET or {})
        self.data = None
        if self.form.is_valid():
            self.data = reports.report(*self.form.period())
        return super().get(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def query_string(self):
        query = self.request.GET.copy()
        query.pop("export", None)
        return query.urlencode()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(form=self.form, report=self.data, query=self.query_string())
        if self.data is not None:
            start, end = self.form.period()
            context.update(
                start=start,
                end=end,
                headlines=headline_figures(reports.overview(start, end, self.data)),
                chart=chart_data(self.data["series"]),
                tables=[
                    {
                        "name": name,
                        "title": title,
                        "headings": [heading for _field, heading in columns],
                        "rows": table_rows(self.data, name),
                    }
                    for name, (title, columns) in TABLES.items()
                ],
            )
        return context


class AudienceExportView(AudienceReportView):
    """One table of the report as CSV or XLSX; a bad period shows the form again."""

    def get(self, request, *args, **kwargs):
        self.form = RangeForm(request.GET or {})
        if not self.form.is_valid():
            self.data = None
            return TemplateView.get(self, request, *args, **kwargs)
        start, end = self.form.period()
        name = kwargs["table"]
        data = reports.report(start, end)
        headings = [heading for _field, heading in TABLES[name][1]]
        return spreadsheet(
            headings,
            table_rows(data, name),
            f"audience-{name}-{start:%Y-%m-%d}-{end:%Y-%m-%d}",
            kwargs["file_format"],
        )


class AudienceDataView(AudiencePermissionMixin, View):
    """`report(start, end)` as JSON, for the chart and for other tools."""

    def get(self, request):
        form = RangeForm(request.GET or {})
        if not form.is_valid():
            return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
        response = JsonResponse(reports.report(*form.period()))
        response["Cache-Control"] = "private, no-store"
        return response
