from django import forms
from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.spreadsheets import SafeExportIndexView
from portal.viewsets import WithoutAddView
from surveys.admin_views import ChangeRequestStatusView, LogFeedbackView
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
    index_view_class = SafeExportIndexView
    add_view_class = LogFeedbackView
    url_prefix = "surveys/feedback"
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


class ServiceRequestViewSet(WithoutAddView, ModelViewSet):
    """Requests sent online: managers change their status; requesters are told."""

    model = ServiceRequest
    index_view_class = SafeExportIndexView
    edit_view_class = ChangeRequestStatusView
    url_prefix = "surveys/servicerequest"
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
    copy_view_enabled = False
    inspect_view_enabled = True

    def get_form_class(self, for_update=False):
        return ServiceRequestForm


class RefusedSubmissionViewSet(WithoutAddView, ModelViewSet):
    """What the spam defences turned away, for staff to check."""

    model = RefusedSubmission
    url_prefix = "surveys/refusedsubmission"
    icon = "warning"
    menu_label = _("Refused submissions")
    list_display = ["created_at", "form", "reason", "path"]
    list_filter = ["form", "reason", "created_at"]
    form_fields = []
    copy_view_enabled = False


class InvitationMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("surveys.view_invitation")


class InvitationViewSet(ViewSet):
    """Questionnaires sent to recipients from a CSV file, and how they fared."""

    name = "survey_invitations"
    url_prefix = "surveys/invitations"
    icon = "mail"
    menu_label = _("Invitations")
    menu_item_class = InvitationMenuItem

    def get_urlpatterns(self):
        from surveys import invitation_views as views

        return [
            path("", views.InvitationsView.as_view(), name="index"),
            path("upload/", views.UploadInvitationsView.as_view(), name="upload"),
            path("<int:page_id>/", views.InvitationStatusView.as_view(), name="status"),
        ]


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
        InvitationViewSet,
    )
