"""The admin of the customer records' integrations (Integrations menu): API
tokens, webhooks and the webhook delivery log. Customer managers and superusers
only: every view checks the crm apitoken / webhook / webhookdelivery permissions
through its viewset's permission policy, so hiding the menu is not all there is."""

import secrets

from django import forms
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from crm import webhooks
from crm.models import ApiToken, Webhook, WebhookDelivery

CONFIRM_TEMPLATE = "crm/integrations/confirm.html"


def labels(values, choices):
    names = dict(choices)
    return ", ".join(str(names.get(value, value)) for value in values) or "—"


class ConfirmView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """A question with one button; the action happens on POST only."""

    template_name = CONFIRM_TEMPLATE
    model = None
    permission_required = "change"
    index_url_name = None
    index_label = ""
    question = ""
    button = ""

    @cached_property
    def object(self):
        return get_object_or_404(self.model, pk=self.kwargs["pk"])

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": self.index_label},
            {"label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            object=self.object,
            question=self.question,
            button=self.button,
            cancel_url=reverse(self.index_url_name),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        self.act()
        return redirect(self.index_url_name)


# API tokens


class ApiTokenForm(WagtailAdminModelForm):
    scopes = forms.MultipleChoiceField(
        label=_("Scopes"),
        choices=ApiToken.Scope.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "What the system may read. A token with only “Aggregated reports” "
            "sees no personal data."
        ),
    )

    class Meta:
        model = ApiToken
        fields = ["name", "scopes"]


class CreateApiTokenView(generic.CreateView):
    """Makes the key, and shows it in a message this once: only its hash is kept."""

    # The key can only be shown in the message after the redirect.
    expects_json_response = False

    def save_instance(self):
        self.key = self.form.instance.issue_key()
        return super().save_instance()

    def get_success_message(self, instance):
        return _(
            "API token “%(name)s” created. Its key is %(key)s — copy it now: it "
            "is not shown again."
        ) % {"name": instance.name, "key": self.key}


class RevokeApiTokenView(ConfirmView):
    model = ApiToken
    page_title = _("Revoke API token")
    header_icon = "key"
    index_label = _("API tokens")
    question = _(
        "Revoke this token? Systems using it are refused from now on; this cannot "
        "be undone (make a new token instead)."
    )
    button = _("Yes, revoke")

    def act(self):
        revoked = ApiToken.objects.filter(
            pk=self.object.pk, revoked_at__isnull=True
        ).update(revoked_at=timezone.now())
        if revoked:
            messages.success(
                self.request,
                _("API token “%(name)s” revoked.") % {"name": self.object.name},
            )


class ApiTokenIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.revoked_at is None and self.user_has_permission("change"):
            buttons.append(
                MenuItem(
                    _("Revoke"),
                    url=reverse("crm_api_tokens:revoke", args=[instance.pk]),
                    icon_name="lock",
                    priority=25,
                )
            )
        return buttons


class ApiTokenViewSet(ModelViewSet):
    model = ApiToken
    name = "crm_api_tokens"
    url_prefix = "crm/api-tokens"
    icon = "key"
    menu_label = _("API tokens")
    menu_order = 100
    add_view_class = CreateApiTokenView
    index_view_class = ApiTokenIndexView
    copy_view_enabled = False
    edit_handler = ObjectList(
        [FieldPanel("name"), FieldPanel("scopes")], base_form_class=ApiTokenForm
    )
    list_display = [
        "name",
        Column("prefix", label=_("key starts with")),
        Column(
            "scopes",
            label=_("scopes"),
            accessor=lambda token: labels(token.scopes, ApiToken.Scope.choices),
        ),
        DateColumn("created_at", label=_("created")),
        DateColumn("last_used_at", label=_("last used")),
        DateColumn("revoked_at", label=_("revoked")),
    ]
    ordering = "-created_at"

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(
                "revoke/<int:pk>/",
                RevokeApiTokenView.as_view(
                    permission_policy=self.permission_policy,
                    index_url_name=self.get_url_name("index"),
                ),
                name="revoke",
            ),
        ]


# Webhooks


class EditOnlyPanel(FieldPanel):
    """Shown when editing, not when adding: the signing secret (read only; a new
    webhook's is made when it is saved) and the option to replace it."""

    class BoundPanel(FieldPanel.BoundPanel):
        def is_shown(self):
            return bool(self.instance.pk) and super().is_shown()


class WebhookForm(WagtailAdminModelForm):
    url = forms.URLField(label=_("Address"), max_length=500, assume_scheme="https")
    events = forms.MultipleChoiceField(
        label=_("Events"),
        choices=Webhook.Event.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    new_secret = forms.BooleanField(
        label=_("Make a new signing secret"),
        required=False,
        help_text=_("The receiving system must be given the new one."),
    )

    class Meta:
        model = Webhook
        fields = ["name", "url", "events", "active"]

    def save(self, commit=True):
        if self.cleaned_data.get("new_secret"):
            self.instance.secret = secrets.token_hex()
        return super().save(commit)


class WebhookViewSet(ModelViewSet):
    model = Webhook
    name = "crm_webhooks"
    url_prefix = "crm/webhooks"
    icon = "link"
    menu_label = _("Webhooks")
    menu_order = 200
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("url"),
            FieldPanel("events"),
            FieldPanel("active"),
            EditOnlyPanel(
                "secret",
                read_only=True,
                help_text=_(
                    "The receiving system checks each delivery's "
                    "X-Portal-Signature with it (see the API documentation)."
                ),
            ),
            EditOnlyPanel("new_secret"),
        ],
        base_form_class=WebhookForm,
    )
    list_display = [
        "name",
        "url",
        Column(
            "events",
            label=_("events"),
            accessor=lambda hook: labels(hook.events, Webhook.Event.choices),
        ),
        "active",
    ]
    ordering = "name"


# The delivery log


def delivery_status(delivery):
    if delivery.delivered_at:
        return _("Delivered")
    if delivery.next_attempt_at is None:
        return _("Gave up")
    return _("Waiting") if not delivery.attempts else _("Failing, will retry")


class RetryDeliveryView(ConfirmView):
    model = WebhookDelivery
    page_title = _("Retry delivery")
    header_icon = "resubmit"
    index_label = _("Webhook deliveries")
    question = _("Send this delivery again now?")
    button = _("Retry now")

    def act(self):
        queued = webhooks.retry_now(WebhookDelivery.objects.filter(pk=self.object.pk))
        if queued:
            messages.success(self.request, _("The delivery is being sent again."))
        else:
            messages.warning(self.request, _("It was delivered already."))


class DeliveryIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("webhook")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.delivered_at is None and self.user_has_permission("change"):
            buttons.append(
                MenuItem(
                    _("Retry now"),
                    url=reverse("crm_webhook_deliveries:retry", args=[instance.pk]),
                    icon_name="resubmit",
                    priority=5,
                )
            )
        return buttons


class WebhookDeliveryViewSet(ModelViewSet):
    """Read-only: deliveries are made by the events, not by hand."""

    model = WebhookDelivery
    name = "crm_webhook_deliveries"
    url_prefix = "crm/webhook-deliveries"
    icon = "history"
    menu_label = _("Webhook deliveries")
    menu_order = 300
    index_view_class = DeliveryIndexView
    inspect_view_enabled = True
    copy_view_enabled = False
    inspect_view_fields = [
        "webhook",
        "event",
        "key",
        "payload",
        "attempts",
        "status_code",
        "error",
        "created_at",
        "next_attempt_at",
        "delivered_at",
    ]
    list_display = [
        Column(
            "event",
            label=_("event"),
            accessor=lambda delivery: labels([delivery.event], Webhook.Event.choices),
        ),
        "webhook",
        Column("status", label=_("status"), accessor=delivery_status),
        "attempts",
        Column("status_code", label=_("last response")),
        Column("error", label=_("last error")),
        DateColumn("next_attempt_at", label=_("next attempt")),
        DateColumn("created_at", label=_("created")),
    ]
    list_filter = ["event", "webhook"]
    ordering = "-created_at"

    @cached_property
    def url_finder_class(self):
        # A webhook's usage screen links each delivery: to its inspect screen, as
        # there is no edit screen to link to.
        return type(
            "DeliveryURLFinder",
            (ModelAdminURLFinder,),
            {"edit_url_name": self.get_url_name("inspect")},
        )

    def get_common_view_kwargs(self, **kwargs):
        # No add, edit or delete screens: their links are not offered either.
        return super().get_common_view_kwargs(
            **{
                "add_url_name": None,
                "edit_url_name": None,
                "delete_url_name": None,
                "history_url_name": None,
                "usage_url_name": None,
                **kwargs,
            }
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path(
                "retry/<int:pk>/",
                RetryDeliveryView.as_view(
                    permission_policy=self.permission_policy,
                    index_url_name=self.get_url_name("index"),
                ),
                name="retry",
            ),
        ]


class IntegrationsViewSetGroup(ModelViewSetGroup):
    menu_label = _("Integrations")
    menu_icon = "link"
    menu_order = 270
    items = (ApiTokenViewSet, WebhookViewSet, WebhookDeliveryViewSet)


@hooks.register("register_admin_viewset")
def register_integrations():
    return IntegrationsViewSetGroup()
