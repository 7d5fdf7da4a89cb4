"""Admin reports of survey results (Reports › Survey results): the index of polls
and questionnaires, the results of each, and their CSV/XLSX exports."""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.urls import path, re_path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import Button
from wagtail.models import Locale, Page

from portal.spreadsheets import FORMATS, spreadsheet
from surveys import exports, results
from surveys.models import Poll, PollVote, QuestionnairePage, QuestionnaireResponse

POLL_PERMISSION = "surveys.view_poll"
RESPONSES_PERMISSION = "surveys.view_questionnaireresponse"
REPORT_PERMISSIONS = (POLL_PERMISSION, RESPONSES_PERMISSION)

CHART_WIDTH, CHART_HEIGHT = 600, 160
MAX_DAYS_CHARTED = 366


class SurveyResultsMenuItem(MenuItem):
    def is_shown(self, request):
        return any(request.user.has_perm(name) for name in REPORT_PERMISSIONS)


def results_button(url, priority):
    return Button(_("Results"), url, icon_name="form", priority=priority)


def poll_results_buttons(poll, user):
    if isinstance(poll, Poll) and user.has_perm(POLL_PERMISSION):
        yield results_button(reverse("surveys_reports:poll", args=[poll.pk]), 60)


def questionnaire_results_buttons(page, user):
    if issubclass(page.specific_class or Page, QuestionnairePage) and user.has_perm(
        RESPONSES_PERMISSION
    ):
        yield results_button(
            reverse("surveys_reports:questionnaire", args=[page.pk]), 60
        )


class ResultsFilterForm(forms.Form):
    """Narrows a report to a period, a page it was answered on and a language."""

    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    page = forms.TypedChoiceField(
        label=_("Page"), required=False, coerce=int, empty_value=None
    )
    locale = forms.ChoiceField(label=_("Language"), required=False)

    def __init__(self, *args, pages=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["page"].choices = [("", _("All pages"))] + [
            (page.id, f"{page.get_admin_display_title()} ({page.locale.language_code})")
            for page in pages
        ]
        self.fields["locale"].choices = [("", _("All languages"))] + list(
            settings.WAGTAIL_CONTENT_LANGUAGES
        )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("The end date is before the start date."))
        return cleaned

    def filters(self):
        data = self.cleaned_data
        return results.Filters(
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
            page_id=data.get("page"),
            locale=data.get("locale") or "",
        )


def bar_chart(series):
    """Bars of counts per day as coordinates for an inline SVG (no script, no
    style attribute: the admin runs under a strict CSP)."""
    if not series:
        return None
    counts = {point["day"]: point["count"] for point in series}
    last = series[-1]["day"]
    first = max(series[0]["day"], last - datetime.timedelta(days=MAX_DAYS_CHARTED - 1))
    days = [
        first + datetime.timedelta(days=offset)
        for offset in range((last - first).days + 1)
    ]
    top = max(counts.get(day, 0) for day in days) or 1
    step = CHART_WIDTH / len(days)
    bars = []
    for index, day in enumerate(days):
        count = counts.get(day, 0)
        height = round(CHART_HEIGHT * count / top, 1)
        bars.append(
            {
                "x": round(index * step, 1),
                "y": round(CHART_HEIGHT - height, 1),
                "width": round(max(step - 1, 1), 1),
                "height": height,
                "day": day,
                "count": count,
            }
        )
    return {
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "bars": bars,
        "first": days[0],
        "last": days[-1],
        "top": top,
    }


def line_chart(series, key, low=-100, high=100):
    """A line of weekly NPS (from -100 to 100) for an inline SVG."""
    points = [point for point in series if point.get(key) is not None]
    if not points:
        return None
    step = CHART_WIDTH / max(len(points) - 1, 1)
    coordinates = []
    for index, point in enumerate(points):
        x = round(index * step, 1)
        y = round(CHART_HEIGHT * (high - point[key]) / (high - low), 1)
        coordinates.append({"x": x, "y": y, **point})
    return {
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "points": coordinates,
        "polyline": " ".join(f"{p['x']},{p['y']}" for p in coordinates),
        "zero": CHART_HEIGHT / 2,
        "first": points[0]["week"],
        "last": points[-1]["week"],
    }


class SurveyReportMixin(WagtailAdminTemplateMixin):
    """Checks the permission on the view itself, not only by hiding the menu."""

    permissions = ()
    header_icon = "form"

    def dispatch(self, request, *args, **kwargs):
        if not any(request.user.has_perm(name) for name in self.permissions):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        items = [*self.breadcrumbs_items]
        if not isinstance(self, SurveyResultsReportView):
            items.append(
                {
                    "url": reverse("surveys_reports:index"),
                    "label": SurveyResultsReportView.page_title,
                }
            )
        return [*items, {"url": "", "label": self.get_page_title()}]


class SurveyResultsReportView(SurveyReportMixin, TemplateView):
    """Polls and questionnaires with how many answered each."""

    template_name = "surveys/reports/index.html"
    page_title = _("Survey results")
    permissions = REPORT_PERMISSIONS

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context["polls"] = (
            Poll.objects.annotate(voters=Count("votes")).order_by("-created_at")
            if user.has_perm(POLL_PERMISSION)
            else None
        )
        context["questionnaires"] = (
            self.questionnaires() if user.has_perm(RESPONSES_PERMISSION) else None
        )
        return context

    def questionnaires(self):
        """One row per questionnaire, its translations counted together and shown
        in the admin's language when there is such a translation."""
        counts = dict(
            QuestionnaireResponse.objects.values_list("page__translation_key")
            .annotate(count=Count("id"))
            .order_by()
        )
        active = Locale.get_active().id
        chosen = {}
        for page in QuestionnairePage.objects.select_related("locale").order_by(
            "title"
        ):
            current = chosen.get(page.translation_key)
            if current is None or (
                page.locale_id == active and current.locale_id != active
            ):
                chosen[page.translation_key] = page
        rows = [
            {"page": page, "responses": counts.get(key, 0)}
            for key, page in chosen.items()
        ]
        return sorted(rows, key=lambda row: row["page"].title.lower())


class ResultsReportView(SurveyReportMixin, TemplateView):
    """Results with a filter form, and their summary as CSV or XLSX (?export=)."""

    def get_filter_pages(self):
        return []

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        self.form = ResultsFilterForm(
            request.GET if self.is_filtering() else None,
            pages=self.get_filter_pages(),
        )
        self.results = None
        if not self.form.is_bound:
            self.results = self.compute(results.NO_FILTERS)
        elif self.form.is_valid():
            self.results = self.compute(self.form.filters())
        export = request.GET.get("export")
        if export in FORMATS and self.results is not None:
            return self.export(export)
        return super().get(request, *args, **kwargs)

    def is_filtering(self):
        return any(self.request.GET.get(name) for name in ResultsFilterForm.base_fields)

    def query_string(self):
        query = self.request.GET.copy()
        query.pop("export", None)
        return query.urlencode()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            object=self.object,
            form=self.form,
            results=self.results,
            query=self.query_string(),
            min_sample=results.min_sample(),
        )
        if self.results is not None:
            context["trend_chart"] = bar_chart(self.results["trend"])
        return context

    def export_filename(self, kind):
        return f"{kind}-{self.object.pk}-{timezone.localdate():%Y-%m-%d}"


class PollResultsReportView(ResultsReportView):
    template_name = "surveys/reports/poll_results.html"
    permissions = (POLL_PERMISSION,)

    def get_object(self):
        return get_object_or_404(Poll, pk=self.kwargs["poll_id"])

    def get_page_title(self):
        return _("Poll results: %(question)s") % {"question": self.object.question}

    def get_filter_pages(self):
        ids = PollVote.objects.filter(poll=self.object).values("page_id")
        return Page.objects.filter(id__in=ids).select_related("locale")

    def compute(self, filters):
        return results.poll_results(self.object, filters)

    def export(self, file_format):
        headings, rows = results.poll_summary_rows(self.object, self.results)
        return spreadsheet(
            headings, rows, self.export_filename("poll-results"), file_format
        )


class QuestionnaireResultsReportView(ResultsReportView):
    template_name = "surveys/reports/questionnaire_results.html"
    permissions = (RESPONSES_PERMISSION,)

    def get_object(self):
        return get_object_or_404(
            QuestionnairePage.objects.select_related("locale"),
            pk=self.kwargs["page_id"],
        )

    def get_page_title(self):
        return _("Questionnaire results: %(title)s") % {"title": self.object.title}

    def get_filter_pages(self):
        pages = results.translations(self.object).values("id")
        embedded = QuestionnaireResponse.objects.filter(page__in=pages).values(
            "embedded_on_id"
        )
        return (
            Page.objects.filter(Q(id__in=pages) | Q(id__in=embedded))
            .select_related("locale")
            .order_by("title")
        )

    def compute(self, filters):
        return results.questionnaire_results(self.object, filters)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.results is not None:
            context["nps_chart"] = line_chart(self.results["nps_trend"], "score")
        context["translations"] = results.translations(self.object).select_related(
            "locale"
        )
        return context

    def export(self, file_format):
        headings, rows = results.summary_rows(self.results)
        return spreadsheet(
            headings, rows, self.export_filename("questionnaire-results"), file_format
        )


class QuestionnaireResponsesExportView(QuestionnaireResultsReportView):
    """Every response in every language, one column per question."""

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        file_format = kwargs["file_format"]
        form = ResultsFilterForm(
            request.GET if self.is_filtering() else None,
            pages=self.get_filter_pages(),
        )
        filters = results.NO_FILTERS
        if form.is_bound:
            if not form.is_valid():
                # Shows the form with its errors on the results page.
                return QuestionnaireResultsReportView.as_view()(
                    request, page_id=self.object.pk
                )
            filters = form.filters()
        headings, rows = exports.response_rows(self.object, filters)
        return spreadsheet(
            headings, rows, self.export_filename("questionnaire-responses"), file_format
        )


urlpatterns = [
    path("", SurveyResultsReportView.as_view(), name="index"),
    path("polls/<int:poll_id>/", PollResultsReportView.as_view(), name="poll"),
    path(
        "questionnaires/<int:page_id>/",
        QuestionnaireResultsReportView.as_view(),
        name="questionnaire",
    ),
    re_path(
        r"^questionnaires/(?P<page_id>\d+)/responses\.(?P<file_format>csv|xlsx)$",
        QuestionnaireResponsesExportView.as_view(),
        name="questionnaire_responses",
    ),
]
