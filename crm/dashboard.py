"""The customer dashboard in the admin (Reports › Customers): customers by lifecycle
stage, NPS and CSAT by month with their margins, complaints opened and resolved
with the time to resolution, wishes, and service requests by type and source.

Aggregates only, for Marketers and Customer managers (crm.view_reports): no name,
address or phone is shown, and the wishes' subjects are shown with any e-mail
address or phone number in them masked.
"""

import datetime
import math
import re
import statistics
from collections import Counter, defaultdict

from django import forms
from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.urls import include, path, reverse
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from crm.models import Case, Customer, TimelineEvent
from surveys import results

PERMISSION = "crm.view_reports"
PERIODS = (3, 6, 12)
DEFAULT_MONTHS = 6
WISHES_SHOWN = 10
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
PHONE = re.compile(r"\+?\d[\d\s().-]{5,}\d")


class CustomersMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


class PeriodForm(forms.Form):
    months = forms.TypedChoiceField(
        label=_("Period"),
        required=False,
        coerce=int,
        empty_value=DEFAULT_MONTHS,
        choices=[],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Built here, so that each request reads them in its own language.
        self.fields["months"].choices = [
            (months, _("Last %(months)d months") % {"months": months})
            for months in PERIODS
        ]

    def chosen_months(self):
        return self.cleaned_data.get("months") or DEFAULT_MONTHS


def month_starts(count, today=None):
    """The first days of the last `count` months, this one included, oldest first."""
    today = today or timezone.localdate()
    year, month = today.year, today.month
    starts = []
    for _index in range(count):
        starts.append(datetime.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return starts[::-1]


def month_of(moment):
    return timezone.localtime(moment).date().replace(day=1)


def start_of(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def proportion(part, n):
    """A share in percent with its 95% margin of error, like the survey reports'
    NPS (surveys.results)."""
    if not n:
        return {**results.sample(0), "score": None, "margin": None}
    p = part / n
    return {
        **results.sample(n),
        "score": results.percent(part, n),
        "margin": round(results.Z_95 * math.sqrt(p * (1 - p) / n) * 100, 1),
    }


def lifecycle_stages():
    """Customers (not merged away) by lifecycle stage, now."""
    counts = dict(
        Customer.objects.filter(merged_into__isnull=True, erased_at__isnull=True)
        .values_list("lifecycle")
        .annotate(n=Count("id"))
    )
    total = sum(counts.values())
    return [
        {
            "stage": stage.value,
            "label": stage.label,
            "count": counts.get(stage.value, 0),
            "percent": results.percent(counts.get(stage.value, 0), total),
        }
        for stage in Customer.Lifecycle
    ]


def scores_by_month(months, since):
    """NPS and CSAT of the questionnaire answers in each month."""
    nps, csat = defaultdict(list), defaultdict(list)
    answers = TimelineEvent.objects.filter(
        kind=TimelineEvent.Kind.RESPONSE, at__gte=since
    ).values_list("at", "data")
    for at, data in answers.iterator(chunk_size=5000):
        month = month_of(at)
        value = data.get("nps")
        if isinstance(value, int) and 0 <= value <= 10:
            nps[month].append(value)
        csat[month] += [v for v in data.get("csat", []) if isinstance(v, int)]
    rows = []
    for month in months:
        ratings = csat[month]
        rows.append(
            {
                "month": month,
                "nps": results.nps(nps[month]),
                "csat": proportion(sum(1 for v in ratings if v >= 4), len(ratings)),
            }
        )
    return rows


def complaints_by_month(months, since):
    """Complaints opened and resolved in each month, and the median time from
    opening to resolution of those resolved."""
    complaints = Case.objects.filter(kind=Case.Kind.COMPLAINT)
    opened = Counter(
        month_of(at)
        for at in complaints.filter(opened_at__gte=since).values_list(
            "opened_at", flat=True
        )
    )
    durations = defaultdict(list)
    for opened_at, resolved_at in complaints.filter(resolved_at__gte=since).values_list(
        "opened_at", "resolved_at"
    ):
        hours = (resolved_at - opened_at).total_seconds() / 3600
        durations[month_of(resolved_at)].append(max(hours, 0))
    rows = [
        {
            "month": month,
            "opened": opened[month],
            "resolved": len(durations[month]),
            "median_hours": median(durations[month]),
        }
        for month in months
    ]
    everything = [hours for month in months for hours in durations[month]]
    return rows, median(everything), len(everything)


def median(hours):
    return round(statistics.median(hours), 1) if hours else None


def masked(text):
    return PHONE.sub("…", EMAIL.sub("…", text))


def wishes(months, since):
    """The latest wishes' subjects, and how many wishes came each month."""
    cases = Case.objects.filter(kind=Case.Kind.WISH, opened_at__gte=since)
    per_month = Counter(
        month_of(at) for at in cases.values_list("opened_at", flat=True)
    )
    latest = [
        {"subject": masked(subject), "opened_at": opened_at}
        for subject, opened_at in cases.order_by("-opened_at", "-id").values_list(
            "subject", "opened_at"
        )[:WISHES_SHOWN]
    ]
    return latest, [{"month": month, "count": per_month[month]} for month in months]


def requests(since):
    """Service requests by request type and by the customers' source."""
    events = TimelineEvent.objects.filter(
        kind=TimelineEvent.Kind.REQUEST, at__gte=since
    )
    by_type = Counter(
        data.get("request_type") for data in events.values_list("data", flat=True)
    )
    RequestType = apps.get_model("surveys", "RequestType")
    names = dict(
        RequestType.objects.filter(
            id__in=[key for key in by_type if isinstance(key, int)]
        ).values_list("id", "name")
    )
    total = sum(by_type.values())
    types = [
        {
            "name": names.get(key) or _("Unknown"),
            "count": count,
            "percent": results.percent(count, total),
        }
        for key, count in by_type.most_common()
    ]
    by_source = events.values_list("customer__source").annotate(n=Count("id"))
    # The most frequent first; customers of unknown source last.
    by_source = sorted(by_source, key=lambda row: (not row[0], -row[1], row[0]))
    sources = [
        {
            "name": source or _("Unknown"),
            "count": count,
            "percent": results.percent(count, total),
        }
        for source, count in by_source
    ]
    return types, sources, total


def month_label(month):
    return formats.date_format(month, "YEAR_MONTH_FORMAT")


def chart_data(scores, complaints):
    labels = [month_label(row["month"]) for row in scores]

    def band(key, lowest, highest):
        figures = [row[key] for row in scores]

        def bound(figure, sign):
            if figure["score"] is None:
                return None
            value = round(figure["score"] + sign * figure["margin"], 1)
            return min(max(value, lowest), highest)

        return {
            "score": [f["score"] for f in figures],
            "low": [bound(f, -1) for f in figures],
            "high": [bound(f, 1) for f in figures],
            "n": [f["n"] for f in figures],
            "lowSample": [f["low_sample"] for f in figures],
        }

    return {
        "labels": labels,
        "nps": {"label": str(_("NPS")), **band("nps", -100, 100)},
        "csat": {"label": str(_("CSAT, %")), **band("csat", 0, 100)},
        "margin": str(_("95% margin")),
        "sampleNote": str(_("n = %(n)s")),
        "complaints": {
            "opened": [row["opened"] for row in complaints],
            "resolved": [row["resolved"] for row in complaints],
            "openedLabel": str(_("Complaints opened")),
            "resolvedLabel": str(_("Complaints resolved")),
        },
    }


def report(months):
    """Every figure of the dashboard for the last `months` months."""
    starts = month_starts(months)
    since = start_of(starts[0])
    scores = scores_by_month(starts, since)
    complaints, median_hours, resolved = complaints_by_month(starts, since)
    latest_wishes, wish_counts = wishes(starts, since)
    types, sources, request_total = requests(since)
    return {
        "since": starts[0],
        "lifecycle": lifecycle_stages(),
        "scores": scores,
        "complaints": complaints,
        "median_hours": median_hours,
        "resolved": resolved,
        "wishes": latest_wishes,
        "wish_counts": wish_counts,
        "request_types": types,
        "request_sources": sources,
        "request_total": request_total,
        "chart": chart_data(scores, complaints),
    }


class CustomerDashboardView(WagtailAdminTemplateMixin, TemplateView):
    """Checks the permission on the view itself, not only by hiding the menu."""

    template_name = "crm/dashboard/index.html"
    page_title = _("Customers")
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = PeriodForm(self.request.GET or {"months": DEFAULT_MONTHS})
        valid = form.is_valid()
        context.update(
            form=form,
            report=report(form.chosen_months()) if valid else None,
            min_sample=results.min_sample(),
        )
        return context

    def render_to_response(self, context, **kwargs):
        if context["report"] is None:
            kwargs["status"] = 400
        return super().render_to_response(context, **kwargs)


urlpatterns = [path("", CustomerDashboardView.as_view(), name="index")]


@hooks.register("register_admin_urls")
def register_dashboard_urls():
    return [
        path(
            "reports/customers/",
            include((urlpatterns, "crm_dashboard"), namespace="crm_dashboard"),
        )
    ]


@hooks.register("register_reports_menu_item")
def register_dashboard_menu_item():
    return CustomersMenuItem(
        _("Customers"),
        reverse("crm_dashboard:index"),
        name="customers",
        icon_name="group",
        order=1100,
    )
