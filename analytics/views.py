"""The audience report in the admin (Reports › Audience): headline figures, visitors
and page views per day, the top pages, sources, campaigns, devices and locales,
each table as CSV or XLSX, and the whole report as JSON."""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView

from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from analytics import drain, reports
from analytics.models import Device
from portal.spreadsheets import spreadsheet

PERMISSION = "analytics.view_dailyrollup"
PRESETS = (7, 30, 90, 365)
DEFAULT_DAYS = 30
# A range is read day by day for the chart: ten years is more than anyone asks for.
MAX_DAYS = 3660
HOURLY_DAYS = 7
FILTERS = ("page", "source", "campaign", "locale", "device")

HEADLINES = (
    ("visitors", _("Visitors")),
    ("visits", _("Visits")),
    ("pageviews", _("Page views")),
    ("views_per_visit", _("Views per visit")),
    ("bounce_rate", _("Bounce rate")),
    ("visit_duration", _("Visit duration")),
)

# name: (title, columns as (report field, heading)), in the order shown.
VISITORS = ("visitors", _("Visitors"))
PAGEVIEWS = ("pageviews", _("Page views"))
VISITS = ("visits", _("Visits"))
CAMPAIGN = (
    ("utm_source", "utm_source"),
    ("utm_medium", "utm_medium"),
    ("utm_campaign", "utm_campaign"),
)
GOALS = (
    ("feedback_sent", _("Feedback")),
    ("request_sent", _("Service requests")),
    ("questionnaire_completed", _("Questionnaires")),
    ("poll_voted", _("Votes")),
)
TABLES = {
    "pages": (_("Top pages"), (("path", _("Page")), PAGEVIEWS, VISITORS)),
    "articles": (
        _("Top news articles"),
        (("title", _("Article")), ("topic", _("Topic")), PAGEVIEWS, VISITORS),
    ),
    "topics": (
        _("Topics"),
        (("topic", _("Topic")), PAGEVIEWS, ("articles", _("Articles read"))),
    ),
    "entry_pages": (_("Entry pages"), (("path", _("Page")), VISITS)),
    "exit_pages": (_("Exit pages"), (("path", _("Page")), VISITS)),
    "sources": (_("Sources"), (("source", _("Source")), VISITORS, PAGEVIEWS)),
    "referrers": (_("Referrers"), (("referrer", _("Site")), VISITORS, VISITS)),
    "campaigns": (_("Campaigns"), (*CAMPAIGN, VISITORS, PAGEVIEWS)),
    "devices": (_("Devices"), (("device", _("Device")), VISITORS)),
    "browsers": (_("Browsers"), (("browser", _("Browser")), VISITORS)),
    "os": (_("Operating systems"), (("os", _("Operating system")), VISITORS)),
    "locales": (_("Site languages"), (("locale", _("Language")), PAGEVIEWS)),
    "languages": (
        _("Visitors' languages"),
        (("language", _("Language")), VISITORS),
    ),
    "polls": (
        _("Polls: from page views to votes"),
        (
            ("poll", _("Poll")),
            ("page_views", _("Views of its pages")),
            ("poll_views", _("Poll views")),
            ("votes", _("Votes")),
            ("vote_rate", _("Votes per view, %")),
        ),
    ),
    "questionnaires": (
        _("Questionnaires: from views to answers"),
        (
            ("questionnaire", _("Questionnaire")),
            ("views", _("Views")),
            ("starts", _("Started")),
            ("completions", _("Completed")),
            ("completion_rate", _("Completed per start, %")),
        ),
    ),
    "conversions_by_source": (
        _("Goals by source"),
        (("source", _("Source")), *GOALS),
    ),
    "conversions_by_campaign": (_("Goals by campaign"), (*CAMPAIGN, *GOALS)),
}
# The report's sections, each a row of tables side by side.
SECTIONS = (
    (_("Content"), ("pages", "articles", "topics", "entry_pages", "exit_pages")),
    (_("Acquisition"), ("sources", "referrers", "campaigns")),
    (_("Technology"), ("devices", "browsers", "os", "locales", "languages")),
    (
        _("Engagement"),
        ("polls", "questionnaires", "conversions_by_source", "conversions_by_campaign"),
    ),
)


class AudienceMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


class RangeForm(forms.Form):
    """The last N days, or a range of dates when either date is given; how the
    chart groups them; and filters that keep only the matching visits."""

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
    interval = forms.ChoiceField(
        label=_("Chart by"),
        required=False,
        choices=[
            ("day", _("day")),
            ("hour", _("hour")),
            ("week", _("week")),
            ("month", _("month")),
        ],
    )
    page = forms.CharField(
        label=_("Page or section"),
        required=False,
        max_length=300,
        help_text=_("An address such as /en/news/: the page and the pages under it."),
        widget=forms.TextInput(attrs={"placeholder": "/en/news/"}),
    )
    source = forms.ChoiceField(label=_("Source"), required=False)
    campaign = forms.ChoiceField(label=_("Campaign"), required=False)
    locale = forms.ChoiceField(label=_("Site language"), required=False)
    device = forms.TypedChoiceField(
        label=_("Device"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Built here, so that each request reads them in its own language and
        # sees the sources and campaigns counted so far.
        anything = [("", _("All"))]
        self.fields["days"].choices = [
            (days, _("Last %(days)d days") % {"days": days}) for days in PRESETS
        ]
        self.fields["source"].choices = anything + [
            (key, reports.source_name(key)) for key in reports.keys_of("source")
        ]
        self.fields["campaign"].choices = anything + [
            (name, name) for name in reports.campaign_names()
        ]
        self.fields["locale"].choices = anything + list(
            settings.WAGTAIL_CONTENT_LANGUAGES
        )
        self.fields["device"].choices = anything + [
            (device.value, device.label) for device in Device if device != Device.BOT
        ]

    def clean_page(self):
        page = self.cleaned_data["page"].strip()
        if page and not page.startswith("/"):
            raise forms.ValidationError(_("Give an address on this site, from /."))
        return page

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        start, end = cleaned.get("start"), cleaned.get("end")
        if start is None and end is None:
            start, end = reports.last_days(cleaned.get("days") or DEFAULT_DAYS)
            cleaned["start"], cleaned["end"] = start, end
        elif start is None:
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
        if self.errors:
            return cleaned
        if cleaned.get("interval") == "hour" and (end - start).days + 1 > HOURLY_DAYS:
            self.add_error(
                "interval",
                _("Hourly figures cover at most %(days)d days.")
                % {"days": HOURLY_DAYS},
            )
        kept_since = reports.raw_kept_since()
        if self.filters() and start < kept_since:
            self.add_error(
                None,
                _(
                    "Filtered figures are computed from the visits kept in detail, "
                    "since %(day)s: choose a period from that day."
                )
                % {"day": formats.date_format(kept_since, "SHORT_DATE_FORMAT")},
            )
        return cleaned

    def period(self):
        return self.cleaned_data["start"], self.cleaned_data["end"]

    def filters(self):
        return reports.active_filters(
            {name: self.cleaned_data.get(name) for name in FILTERS}
        )

    def chart_interval(self):
        return self.cleaned_data.get("interval") or "day"

    def report(self):
        return reports.report(*self.period(), self.filters(), self.chart_interval())


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
            value = duration(value)
            previous = None if previous is None else duration(previous)
        elif name == "bounce_rate":
            value = f"{value}%"
            previous = None if previous is None else f"{previous}%"
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
        "labels": [point["period"] for point in series],
        "datasets": [
            {"label": str(_("Visitors")), "data": [p["visitors"] for p in series]},
            {"label": str(_("Page views")), "data": [p["pageviews"] for p in series]},
        ],
    }


def fresh():
    """Without a Celery worker (the embedded default) nothing drains the buffer in
    the background: the report does it before reading, so it is never stale."""
    if settings.CELERY_TASK_ALWAYS_EAGER:
        drain.drain()


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
        fresh()
        self.form = RangeForm(request.GET or {"days": DEFAULT_DAYS})
        self.data = self.form.report() if self.form.is_valid() else None
        return super().get(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            form=self.form,
            report=self.data,
            query=self.request.GET.urlencode(),
            realtime=reports.realtime(),
        )
        if self.data is not None:
            start, end = self.form.period()
            figures = reports.overview(start, end, self.data, self.form.filters())
            context.update(
                start=start,
                end=end,
                filtered=bool(self.form.filters()),
                headlines=headline_figures(figures),
                chart=chart_data(self.data["series"]),
                sections=[
                    {
                        "title": title,
                        "tables": [self.table(name) for name in names],
                    }
                    for title, names in SECTIONS
                ],
            )
        return context

    def table(self, name):
        title, columns = TABLES[name]
        return {
            "name": name,
            "title": title,
            "headings": [heading for _field, heading in columns],
            "rows": table_rows(self.data, name),
        }


class AudienceExportView(AudienceReportView):
    """One table of the report as CSV or XLSX; a bad period shows the form again."""

    def get(self, request, *args, **kwargs):
        self.form = RangeForm(request.GET or {"days": DEFAULT_DAYS})
        if not self.form.is_valid():
            self.data = None
            return TemplateView.get(self, request, *args, **kwargs)
        start, end = self.form.period()
        name = kwargs["table"]
        data = self.form.report()
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
        fresh()
        form = RangeForm(request.GET or {"days": DEFAULT_DAYS})
        if not form.is_valid():
            return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
        response = JsonResponse(form.report())
        response["Cache-Control"] = "private, no-store"
        return response


class RealtimeView(AudiencePermissionMixin, View):
    """Visitors of the last 30 minutes, which the report refreshes every 30 s."""

    def get(self, request):
        fresh()
        response = JsonResponse(reports.realtime())
        response["Cache-Control"] = "private, no-store"
        return response
