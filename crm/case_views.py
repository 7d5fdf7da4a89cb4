"""The cases inbox (Cases › Cases): managers filter cases, open one, move it
through its statuses, assign it, write internal notes and e-mail replies; and
the SLA targets and assignment rules behind new cases."""

from datetime import timedelta

from django import forms
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column, DateColumn, Table, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log

import django_filters

from crm import cases
from crm.models import AssignmentRule, Case, SlaTarget
from portal.spreadsheets import SafeExportIndexView
from portal.viewsets import WithoutAddView
from surveys.models import Feedback

CHANNELS = Feedback.Channel.choices


class ManagerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        return user.get_full_name() or user.get_username()


def manager_choices():
    return cases.managers().order_by("first_name", "last_name", "username")


class CaseFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[("open", _("Open (new, in progress, waiting)"))] + Case.Status.choices,
        method="filter_status",
        empty_label=_("Any status"),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=Case.Kind.choices, empty_label=_("Any kind")
    )
    assignee = django_filters.ModelChoiceFilter(
        label=_("Assignee"),
        queryset=lambda request: manager_choices(),
        null_label=_("Unassigned"),
        empty_label=_("Anyone"),
    )
    due = django_filters.ChoiceFilter(
        label=_("Due"),
        choices=[
            ("overdue", _("Overdue")),
            ("today", _("Due today")),
            ("week", _("Due within 7 days")),
            ("none", _("No due time")),
        ],
        method="filter_due",
        empty_label=_("Any time"),
    )
    channel = django_filters.ChoiceFilter(
        label=_("Channel"), choices=CHANNELS, empty_label=_("Any channel")
    )

    class Meta:
        model = Case
        fields = ["status", "kind", "assignee", "due", "channel"]

    def filter_status(self, queryset, name, value):
        if value == "open":
            return queryset.filter(status__in=Case.OPEN_STATUSES)
        return queryset.filter(status=value)

    def filter_due(self, queryset, name, value):
        now = timezone.now()
        if value == "none":
            return queryset.filter(due_at__isnull=True)
        open_cases = queryset.filter(status__in=Case.OPEN_STATUSES)
        if value == "overdue":
            return open_cases.filter(due_at__lt=now)
        if value == "today":
            end = timezone.localtime(now).replace(
                hour=0, minute=0, second=0, microsecond=0
            ) + timedelta(days=1)
            return open_cases.filter(due_at__gte=now, due_at__lt=end)
        return open_cases.filter(due_at__gte=now, due_at__lt=now + timedelta(days=7))


class CaseTable(Table):
    def get_row_classname(self, instance):
        return "case-overdue" if instance.is_overdue else ""


class DueColumn(Column):
    """The due time, marked when the case is open and past it."""

    cell_template_name = "crm/cases/due_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["overdue"] = instance.is_overdue
        return context


class CaseIndexView(SafeExportIndexView):
    table_class = CaseTable
    default_ordering = "-opened_at"
    page_title = _("Cases")

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("customer", "assignee")

    def get_add_url(self):
        # Cases are opened from submissions; calls and letters are logged as
        # feedback (Surveys › Feedback), which opens the case.
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["overdue_count"] = cases.overdue_cases().count()
        return context


class CaseForm(WagtailAdminModelForm):
    """Status, assignee and due time, with a note or reply written at once."""

    NOTE, REPLY = "note", "reply"

    text = forms.CharField(
        label=_("Note or reply"),
        required=False,
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    note_kind = forms.ChoiceField(
        label=_("This text is"),
        choices=[
            (NOTE, _("an internal note (managers only)")),
            (REPLY, _("a reply e-mailed to the customer")),
        ],
        initial=NOTE,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Case
        fields = ["status", "assignee", "due_at"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"] = ManagerChoiceField(
            label=_("Assignee"),
            queryset=manager_choices(),
            required=False,
            empty_label=_("Nobody"),
        )

    def clean(self):
        data = super().clean()
        text = (data.get("text") or "").strip()
        data["text"] = text
        if data.get("note_kind") == self.REPLY:
            if not text:
                self.add_error("text", _("Write the reply to send."))
            elif not cases.can_reply(self.instance):
                self.add_error(
                    "note_kind",
                    _("The customer has no e-mail address: write an internal note."),
                )
        return data


class CaseEditView(generic.EditView):
    """The case page: its message, the notes and replies so far, and the form."""

    template_name = "crm/cases/case.html"
    submit_button_label = _("Save")
    success_message = _("Case “%(object)s” updated.")

    def get_success_url(self):
        return self.get_edit_url()

    def save_instance(self):
        case = self.form.instance
        data = self.form.cleaned_data
        user = self.request.user
        with transaction.atomic():
            case.save(update_fields=["assignee", "due_at"])
            if data["text"]:
                cases.add_note(
                    case,
                    data["text"],
                    author=user,
                    is_reply=data["note_kind"] == CaseForm.REPLY,
                )
            cases.change_status(case, data["status"], author=user)
            log(instance=case, action="wagtail.edit", user=user)
        return case

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        case = self.object
        context["case"] = case
        context["notes"] = case.notes.select_related("author")
        context["customer_url"] = (
            AdminURLFinder(self.request.user).get_edit_url(case.customer)
            if case.customer
            else None
        )
        return context


class CaseViewSet(WithoutAddView, ModelViewSet):
    model = Case
    name = "crm_cases"
    url_prefix = "crm/cases"
    icon = "tasks"
    menu_label = _("Inbox")
    menu_order = 100
    index_view_class = CaseIndexView
    index_template_name = "crm/cases/index.html"
    edit_view_class = CaseEditView
    filterset_class = CaseFilterSet
    search_fields = ["subject", "message"]
    copy_view_enabled = False
    list_per_page = 50
    list_export = [
        "opened_at",
        "kind",
        "status",
        "channel",
        "subject",
        "customer",
        "assignee",
        "due_at",
        "resolved_at",
        "closed_at",
    ]

    @cached_property
    def list_display(self):
        return [
            TitleColumn(
                "subject",
                label=_("Subject"),
                sort_key="subject",
                get_url=self._edit_url,
            ),
            Column("kind", label=_("Kind"), accessor="get_kind_display"),
            Column(
                "status",
                label=_("Status"),
                accessor="get_status_display",
                sort_key="status",
            ),
            Column("customer", label=_("Customer")),
            Column("assignee", label=_("Assignee"), accessor=assignee_name),
            Column("channel", label=_("Channel"), accessor=channel_name),
            DueColumn("due_at", label=_("Due"), sort_key="due_at"),
            DateColumn("opened_at", label=_("Opened"), sort_key="opened_at"),
        ]

    def _edit_url(self, case):
        return reverse(self.get_url_name("edit"), args=[case.pk])

    def get_form_class(self, for_update=False):
        return CaseForm


def assignee_name(case):
    user = case.assignee
    return (user.get_full_name() or user.get_username()) if user else ""


def channel_name(case):
    return dict(CHANNELS).get(case.channel, case.channel)


class SlaTargetViewSet(ModelViewSet):
    model = SlaTarget
    name = "crm_sla_targets"
    url_prefix = "crm/sla-targets"
    icon = "time"
    menu_label = _("SLA targets")
    menu_order = 200
    form_fields = ["kind", "hours"]
    list_display = ["kind", "hours"]
    copy_view_enabled = False


class AssignmentRuleForm(WagtailAdminModelForm):
    channel = forms.ChoiceField(
        label=_("Channel"),
        choices=[("", _("Any channel"))] + CHANNELS,
        required=False,
    )

    class Meta:
        model = AssignmentRule
        fields = ["kind", "channel", "assignee", "sort_order"]
        help_texts = {
            "kind": _("Leave blank for any kind."),
            "sort_order": _(
                "Rules are tried from the lowest number; the first match wins."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("Any kind"))] + Case.Kind.choices
        self.fields["assignee"] = ManagerChoiceField(
            label=_("Assign to"), queryset=manager_choices()
        )


class AssignmentRuleViewSet(ModelViewSet):
    model = AssignmentRule
    name = "crm_assignment_rules"
    url_prefix = "crm/assignment-rules"
    icon = "user"
    menu_label = _("Assignment rules")
    menu_order = 300
    list_display = ["__str__", "kind", "channel", "assignee", "sort_order"]
    copy_view_enabled = False
    # Reordering by drag-and-drop would hide the plain number managers edit.
    sort_order_field = None

    def get_form_class(self, for_update=False):
        return AssignmentRuleForm


class CasesViewSetGroup(ViewSetGroup):
    menu_label = _("Cases")
    menu_icon = "tasks"
    menu_order = 260
    items = (CaseViewSet, SlaTargetViewSet, AssignmentRuleViewSet)


@hooks.register("register_admin_viewset")
def register_cases():
    return CasesViewSetGroup()
