"""The segments' admin (Customers › Segments): the list, the rule form, each
segment's page with its count over time and members, the members' export, the
questionnaire invitation, and the cross-tab of questionnaire answers; and the
aggregates-only report (Reports › Customer segments) for marketers."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView, View

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus import MenuItem as ListingMenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import CreateView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from crm import segments
from crm.models import Customer, Segment
from portal.spreadsheets import FORMATS, spreadsheet
from surveys.models import QuestionnairePage
from surveys.results import min_sample

NAMESPACE = "crm_segments"
VIEW_SEGMENT = "crm.view_segment"
CHANGE_SEGMENT = "crm.change_segment"
VIEW_CUSTOMER = "crm.view_customer"
VIEW_REPORTS = "crm.view_reports"
MEMBERS_PER_PAGE = 50
CHART_WIDTH, CHART_HEIGHT = 600, 160
YES_NO = [("", _("Any")), ("yes", _("Yes")), ("no", _("No"))]


def url(name, *args):
    return reverse(f"{NAMESPACE}:{name}", args=args)


def may_see_aggregates(user):
    return user.has_perm(VIEW_REPORTS) or user.has_perm(VIEW_SEGMENT)


def may_see_members(user):
    return user.has_perm(VIEW_SEGMENT) and user.has_perm(VIEW_CUSTOMER)


def may_invite(user):
    return user.has_perm(CHANGE_SEGMENT) and user.has_perm(VIEW_CUSTOMER)


def customer_url(pk):
    """The customer's record in the admin, when the customers' viewset has one."""
    try:
        return reverse("crm_customer:inspect", args=[pk])
    except NoReverseMatch:
        return ""


def yes_no(value):
    return None if value in (None, "") else value == "yes"


# The rule form


class SegmentForm(WagtailAdminModelForm):
    """The name, and the rules as optional fields: every one filled must hold."""

    lifecycle = forms.MultipleChoiceField(
        label=_("Lifecycle stage is one of"),
        choices=Customer.Lifecycle.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    nps_categories = forms.MultipleChoiceField(
        label=_("Latest NPS category is one of"),
        choices=Customer.NpsCategory.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    nps_within_days = forms.IntegerField(
        label=_("NPS given within the last … days"),
        min_value=1,
        max_value=segments.MAX_DAYS,
        required=False,
        help_text=_("For example 90: only answers of the last three months count."),
    )
    csat_below = forms.DecimalField(
        label=_("CSAT average below"),
        min_value=1,
        max_value=5,
        decimal_places=2,
        required=False,
        help_text=_("From 1 to 5; customers who never rated are left out."),
    )
    complaints_open = forms.TypedChoiceField(
        label=_("Has open complaints"),
        choices=YES_NO,
        coerce=yes_no,
        empty_value=None,
        required=False,
    )
    interest = forms.CharField(
        label=_("Interested in"),
        max_length=segments.TEXT_MAX_LENGTH,
        required=False,
        help_text=_(
            "A topic or product: customers with an interest containing this text, "
            "in any case."
        ),
    )
    consent_marketing = forms.TypedChoiceField(
        label=_("Consents to marketing"),
        choices=YES_NO,
        coerce=yes_no,
        empty_value=None,
        required=False,
    )
    not_contacted_days = forms.IntegerField(
        label=_("Not contacted for … days"),
        min_value=1,
        max_value=segments.MAX_DAYS,
        required=False,
        help_text=_("For example 180 for six months; never contacted counts too."),
    )
    language = forms.ChoiceField(label=_("Language"), required=False)
    company = forms.CharField(
        label=_("Company name contains"),
        max_length=segments.TEXT_MAX_LENGTH,
        required=False,
    )

    class Meta:
        model = Segment
        fields = ["name"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("Any"))] + list(settings.LANGUAGES)
        if self.instance.pk and not self.is_bound:
            try:
                rules = segments.clean_rules(self.instance.rules)
            except segments.InvalidRules:
                rules = {}
            for key, value in rules.items():
                if isinstance(value, bool):
                    value = "yes" if value else "no"
                self.initial[key] = value

    def clean(self):
        cleaned = super().clean()
        rules = {
            key: cleaned.get(key)
            for key in segments.CHECKS
            if cleaned.get(key) not in (None, "", [])
        }
        if "csat_below" in rules:
            rules["csat_below"] = float(rules["csat_below"])
        try:
            self.instance.rules = segments.clean_rules(rules)
        except segments.InvalidRules as error:
            for key, message in error.errors.items():
                self.add_error(key if key in self.fields else None, message)
        return cleaned


# The model viewset: list, add, edit, delete


class RefreshAfterSave:
    """The members follow the new rules once the transaction commits."""

    def save_instance(self):
        instance = super().save_instance()
        segments.refresh_segment.delay_on_commit(instance.pk)
        return instance

    def get_success_url(self):
        return url("detail", self.form.instance.pk)


class SegmentCreateView(RefreshAfterSave, CreateView):
    pass


class SegmentEditView(RefreshAfterSave, EditView):
    pass


class SegmentIndexView(IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .annotate(
                member_count=Count(
                    "members",
                    filter=Q(
                        members__erased_at__isnull=True,
                        members__merged_into__isnull=True,
                    ),
                )
            )
        )

    def get_list_more_buttons(self, instance):
        return [
            ListingMenuItem(
                _("Members, chart and cross-tabs"),
                url=url("detail", instance.pk),
                icon_name="view",
                priority=5,
            ),
            *super().get_list_more_buttons(instance),
        ]

    @property
    def header_buttons(self):
        return [
            *super().header_buttons,
            HeaderButton(_("Segment report"), url=url("report"), icon_name="table"),
        ]


class SegmentViewSet(ModelViewSet):
    """Rule-based groups of customers, for managers with the segment permissions."""

    model = Segment
    name = NAMESPACE
    url_prefix = "crm/segments"
    icon = "group"
    menu_label = _("Segments")
    add_to_admin_menu = True
    menu_order = 262  # beside Customers
    index_view_class = SegmentIndexView
    add_view_class = SegmentCreateView
    edit_view_class = SegmentEditView
    copy_view_enabled = False
    list_display = [
        "name",
        Column("member_count", label=_("Members"), sort_key="member_count"),
        "refreshed_at",
    ]
    search_fields = ["name"]

    def get_form_class(self, for_update=False):
        return SegmentForm

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("report/", SegmentReportView.as_view(), name="report"),
            path("<int:pk>/", SegmentDetailView.as_view(), name="detail"),
            path(
                "<int:pk>/export/<str:file_format>/",
                ExportMembersView.as_view(),
                name="export",
            ),
            path("<int:pk>/refresh/", RefreshView.as_view(), name="refresh"),
            path("<int:pk>/invite/", InviteView.as_view(), name="invite"),
            path("<int:pk>/crosstab/", CrosstabView.as_view(), name="crosstab"),
        ]


# Views of one segment, each checking its permission itself


class SegmentViewMixin(WagtailAdminTemplateMixin):
    header_icon = "group"

    def allowed(self, user):
        return may_see_aggregates(user)

    def dispatch(self, request, *args, **kwargs):
        if not self.allowed(request.user):
            raise PermissionDenied
        if "pk" in kwargs:
            self.segment = get_object_or_404(Segment, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        items = [*self.breadcrumbs_items]
        user = self.request.user
        if user.has_perm(VIEW_SEGMENT):
            items.append({"url": url("index"), "label": _("Segments")})
        else:
            items.append({"url": url("report"), "label": _("Customer segments")})
        if hasattr(self, "segment") and not isinstance(self, SegmentDetailView):
            items.append({"url": url("detail", self.segment.pk), "label": self.segment})
        return [*items, {"url": "", "label": self.get_page_title()}]


def count_chart(series):
    """The daily counts as a line for an inline SVG (the admin's CSP allows no
    inline script or style)."""
    if not series:
        return None
    top = max(count for _day, count in series) or 1
    step = CHART_WIDTH / max(len(series) - 1, 1)
    points = [
        {
            "x": round(index * step, 1),
            "y": round(CHART_HEIGHT - CHART_HEIGHT * count / top, 1),
            "day": day,
            "count": count,
        }
        for index, (day, count) in enumerate(series)
    ]
    return {
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "points": points,
        "polyline": " ".join(f"{p['x']},{p['y']}" for p in points),
        "top": top,
        "first": series[0][0],
        "last": series[-1][0],
    }


class SegmentDetailView(SegmentViewMixin, TemplateView):
    """The segment's rules, size over time, and (for those who may see customers)
    its members."""

    template_name = "crm/segments/detail.html"

    def get_page_title(self):
        return str(self.segment)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        series = segments.count_series(self.segment)
        context.update(
            segment=self.segment,
            rules=segments.describe(self.segment.rules),
            member_count=segments.live_members(self.segment).count(),
            chart=count_chart(series),
            counts=series[-14:],
            nps=segments.member_nps(self.segment),
            may_see_members=may_see_members(user),
            may_invite=may_invite(user),
            may_change=user.has_perm(CHANGE_SEGMENT),
            formats=FORMATS,
            min_sample=min_sample(),
        )
        if context["may_see_members"]:
            members = (
                segments.live_members(self.segment)
                .select_related("company")
                .order_by("name", "email", "id")
            )
            context["members"] = Paginator(members, MEMBERS_PER_PAGE).get_page(
                self.request.GET.get("p")
            )
            context["member_rows"] = [
                (customer, customer_url(customer.pk)) for customer in context["members"]
            ]
        return context


class ExportMembersView(SegmentViewMixin, View):
    """The members with their contacts as CSV or XLSX: personal data."""

    def allowed(self, user):
        return may_see_members(user)

    def get(self, request, pk, file_format):
        if file_format not in FORMATS:
            raise Http404
        headings, rows = segments.member_rows(self.segment)
        filename = f"segment-{self.segment.pk}-{timezone.localdate():%Y-%m-%d}"
        return spreadsheet(headings, rows, filename, file_format)


class RefreshView(SegmentViewMixin, View):
    def allowed(self, user):
        return user.has_perm(CHANGE_SEGMENT)

    def post(self, request, pk):
        segments.refresh_segment.delay_on_commit(self.segment.pk)
        messages.success(
            request, _("The segment is being refreshed. Reload the page in a moment.")
        )
        return redirect(url("detail", self.segment.pk))


class QuestionnaireChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} ({obj.locale.language_code})"


class InviteForm(forms.Form):
    page = QuestionnaireChoiceField(
        label=_("Questionnaire"), queryset=QuestionnairePage.objects.none()
    )
    consented_only = forms.BooleanField(
        label=_("Only members who consent to marketing"),
        required=False,
        initial=True,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["page"].queryset = (
            QuestionnairePage.objects.live()
            .select_related("locale")
            .order_by("title", "locale__language_code")
        )


class InviteView(SegmentViewMixin, FormView):
    """Invitations to a live questionnaire for the members with an e-mail; anyone
    already invited to it is skipped."""

    template_name = "crm/segments/invite.html"
    form_class = InviteForm

    def allowed(self, user):
        return may_invite(user)

    def get_page_title(self):
        return _("Invite to a questionnaire")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        members = segments.live_members(self.segment).exclude(email="")
        context.update(
            segment=self.segment,
            with_email=members.count(),
            consenting=members.filter(consent_marketing=True).count(),
        )
        return context

    def form_valid(self, form):
        result = segments.invite(
            self.segment,
            form.cleaned_data["page"],
            consented_only=form.cleaned_data["consented_only"],
        )
        messages.success(self.request, result.summary())
        return redirect(url("detail", self.segment.pk))


class CrosstabForm(forms.Form):
    page = QuestionnaireChoiceField(
        label=_("Questionnaire"), queryset=QuestionnairePage.objects.none()
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["page"].queryset = QuestionnairePage.objects.select_related(
            "locale"
        ).order_by("title", "locale__language_code")


class CrosstabView(SegmentViewMixin, TemplateView):
    """A questionnaire's answers from the members beside everyone's: counts only,
    with the sample sizes."""

    template_name = "crm/segments/crosstab.html"

    def get_page_title(self):
        return _("Cross-tabs: %(segment)s") % {"segment": self.segment}

    def get(self, request, *args, **kwargs):
        self.form = CrosstabForm(request.GET if "page" in request.GET else None)
        self.result = None
        if self.form.is_bound and self.form.is_valid():
            self.result = segments.crosstab(
                self.segment, self.form.cleaned_data["page"]
            )
            file_format = request.GET.get("export")
            if file_format in FORMATS:
                headings, rows = segments.crosstab_rows(self.result)
                filename = f"segment-{self.segment.pk}-crosstab-{timezone.localdate():%Y-%m-%d}"
                return spreadsheet(headings, rows, filename, file_format)
        self.min_sample = min_sample()
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            segment=self.segment,
            form=self.form,
            result=self.result,
            min_sample=self.min_sample,
            formats=FORMATS,
            query=self.request.GET.urlencode() if self.result else "",
        )
        return context


class SegmentReportView(SegmentViewMixin, TemplateView):
    """Every segment with its size and its members' NPS: no personal data."""

    template_name = "crm/segments/report.html"
    page_title = _("Customer segments")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = [
            {
                "segment": segment,
                "members": segments.live_members(segment).count(),
                "nps": segments.member_nps(segment),
                "rules": segments.describe(segment.rules),
            }
            for segment in Segment.objects.order_by("name")
        ]
        context["min_sample"] = min_sample()
        return context


# Registration


class SegmentReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_aggregates(request.user)


@hooks.register("register_admin_viewset")
def register_segments():
    return SegmentViewSet()


@hooks.register("register_reports_menu_item")
def register_segment_report_menu_item():
    return SegmentReportMenuItem(
        _("Customer segments"),
        url("report"),
        name="customer-segments",
        icon_name="group",
        order=1100,
    )
