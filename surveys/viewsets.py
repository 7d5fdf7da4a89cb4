from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from surveys.forms import PollAdminForm
from surveys.models import (
    Feedback,
    Poll,
    RefusedSubmission,
    RequestType,
    ServiceRequest,
)


class PollViewSet(SnippetViewSet):
    model = Poll
    icon = "list-ul"
    menu_label = _("Polls")
    list_display = ["question", "results_shown", "closes_at", "live"]
    list_filter = ["live", "multiple", "results_shown"]
    search_fields = ["question"]
    edit_handler = ObjectList(Poll.panels, base_form_class=PollAdminForm)


class RequestTypeViewSet(SnippetViewSet):
    model = RequestType
    icon = "clipboard-list"
    menu_label = _("Request types")
    list_display = ["name", "notify_emails"]


class FeedbackForm(WagtailAdminModelForm):
    class Meta:
        model = Feedback
        fields = ["kind", "channel", "message", "name", "email", "phone", "company"]


class FeedbackViewSet(ModelViewSet):
    """Feedback from the site, and feedback staff log from calls, letters, visits."""

    model = Feedback
    icon = "mail"
    menu_label = _("Feedback")
    form_fields = ["kind", "channel", "message", "name", "email", "phone", "company"]
    list_display = ["created_at", "kind", "channel", "message", "email", "locale"]
    list_filter = ["kind", "channel", "locale", "created_at"]
    search_fields = ["message", "name", "email", "company"]
    list_export = [
        "created_at",
        "kind",
        "channel",
        "message",
        "name",
        "email",
        "phone",
        "company",
        "locale",
    ]
    copy_view_enabled = False
    inspect_view_enabled = True

    def get_form_class(self, for_update=False):
        return FeedbackForm

    @property
    def create_view_class(self):
        from surveys.admin_views import LogFeedbackView

        return LogFeedbackView


class ServiceRequestForm(WagtailAdminModelForm):
    note = forms.CharField(
        label=_("Note to the requester"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Shown on the requester's status page and e-mailed with the status."
        ),
    )

    class Meta:
        model = ServiceRequest
        fields = ["status"]


class ServiceRequestViewSet(ModelViewSet):
    """Requests sent online: managers change their status; requesters are told."""

    model = ServiceRequest
    icon = "clipboard-list"
    menu_label = _("Service requests")
    list_display = [
        "reference",
        "request_type",
        "status",
        "name",
        "email",
        "created_at",
    ]
    list_filter = ["status", "request_type", "created_at"]
    search_fields = ["reference", "name", "email", "company"]
    list_export = [
        "reference",
        "request_type",
        "status",
        "name",
        "email",
        "phone",
        "company",
        "created_at",
    ]
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = True

    def get_form_class(self, for_update=False):
        return ServiceRequestForm

    @property
    def edit_view_class(self):
        from surveys.admin_views import ChangeRequestStatusView

        return ChangeRequestStatusView


class RefusedSubmissionViewSet(ModelViewSet):
    """What the spam defences turned away, for staff to check."""

    model = RefusedSubmission
    icon = "warning"
    menu_label = _("Refused submissions")
    list_display = ["created_at", "form", "reason", "path"]
    list_filter = ["form", "reason", "created_at"]
    form_fields = []
    create_view_enabled = False
    copy_view_enabled = False


class SurveysViewSetGroup(ViewSetGroup):
    menu_label = _("Surveys")
    menu_icon = "form"
    menu_order = 250
    items = (
        PollViewSet,
        RequestTypeViewSet,
        FeedbackViewSet,
        ServiceRequestViewSet,
        RefusedSubmissionViewSet,
    )
