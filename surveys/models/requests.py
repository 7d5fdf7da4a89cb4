import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from cms.models.mixins import BasePage
from surveys.models.feedback import VisitorSubmission


class RequestFieldBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("label"), max_length=200)
    field_type = blocks.ChoiceBlock(
        label=_("type"),
        choices=[
            ("text", _("Short text")),
            ("textarea", _("Long text")),
            ("number", _("Number")),
            ("date", _("Date")),
            ("choice", _("Choice")),
        ],
        default="text",
    )
    required = blocks.BooleanBlock(label=_("required"), required=False, default=True)
    choices = blocks.CharBlock(
        label=_("choices"),
        required=False,
        help_text=_("For a choice: one per line or comma-separated."),
    )
    help_text = blocks.CharBlock(label=_("help text"), required=False, max_length=255)


class RequestType(index.Indexed, models.Model):
    """A kind of online request, such as "Request a quote" or "Order a callback",
    with its own fields (Snippets › Request types)."""

    name = models.CharField(_("name"), max_length=100)
    description = models.TextField(_("description"), blank=True)
    fields = StreamField(
        [("field", RequestFieldBlock())], verbose_name=_("fields"), blank=True
    )
    notify_emails = models.CharField(
        _("notify"),
        max_length=500,
        blank=True,
        help_text=_(
            "E-mail addresses of the managers to tell about new requests, comma-separated."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("fields"),
        FieldPanel("notify_emails"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("request type")
        verbose_name_plural = _("request types")

    def __str__(self):
        return self.name

    def manager_emails(self):
        return [
            email.strip() for email in self.notify_emails.split(",") if email.strip()
        ]


def new_token():
    return secrets.token_urlsafe(24)  # 192 bits


class ServiceRequest(VisitorSubmission):
    """A request a visitor sent online; its reference number and private status link
    let them follow it (Surveys › Service requests)."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_PROGRESS = "in_progress", _("In progress")
        WAITING = "waiting", _("Waiting for customer")
        RESOLVED = "resolved", _("Resolved")
        CLOSED = "closed", _("Closed")

    request_type = models.ForeignKey(
        RequestType,
        verbose_name=_("request type"),
        on_delete=models.PROTECT,
        related_name="requests",
    )
    reference = models.CharField(_("reference"), max_length=20, unique=True, blank=True)
    token = models.CharField(
        _("status link token"), max_length=64, unique=True, default=new_token
    )
    data = models.JSONField(_("answers"), default=dict)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW
    )
    created_at = models.DateTimeField(
        _("received"), default=timezone.now, db_index=True
    )
    managers_notified_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("service request")
        verbose_name_plural = _("service requests")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.reference} {self.request_type}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if not self.reference:
            # Derived from the id, so it is unique and readable over the phone.
            self.reference = f"R-{self.created_at:%y}-{self.id:06d}"
            type(self).objects.filter(pk=self.pk).update(reference=self.reference)

    def get_status_url(self):
        return reverse("surveys:request_status", args=[self.token])

    def change_status(self, status, note="", author=None):
        """Record a status change (and a public note); the requester is e-mailed."""
        from portal.celery import queue_after_commit
        from surveys.tasks import email_request_status

        event = self.events.create(status=status, note=note, author=author)
        type(self).objects.filter(pk=self.pk).update(status=status)
        self.status = status
        queue_after_commit(email_request_status, event.id)
        return event


class ServiceRequestEvent(models.Model):
    """A step in a request's history, shown on its private status page."""

    request = models.ForeignKey(
        ServiceRequest, on_delete=models.CASCADE, related_name="events"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ServiceRequest.Status.choices
    )
    note = models.TextField(_("note to the requester"), blank=True, max_length=5000)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("time"), default=timezone.now)
    emailed_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("request status change")
        ordering = ["created_at", "id"]

    def __str__(self):
        return self.get_status_display()


class ServiceRequestPage(BasePage):
    """A page where visitors send one kind of request, such as "Request a quote"."""

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )
    request_type = models.ForeignKey(
        RequestType,
        verbose_name=_("request type"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("request_type"),
    ]
    parent_page_types = ["cms.HomePage", "cms.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("service request page")
