from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from cms.models.mixins import BasePage

MESSAGE_MAX_LENGTH = 5000


class VisitorSubmission(models.Model):
    """What every visitor's submission carries: the contact details they may leave,
    with the consent wording they agreed to, the page it was sent from and the
    language."""

    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    company = models.CharField(_("company"), max_length=200, blank=True)
    consent_text = models.TextField(_("consent given"), blank=True)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("sent from page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    locale = models.CharField(_("language"), max_length=8, blank=True)

    class Meta:
        abstract = True


class Feedback(VisitorSubmission):
    """A complaint, wish, question or praise: sent from the site, or logged by staff
    from a call, a letter or a meeting (Surveys › Feedback)."""

    class Kind(models.TextChoices):
        COMPLAINT = "complaint", _("Complaint")
        WISH = "wish", _("Wish")
        QUESTION = "question", _("Question")
        PRAISE = "praise", _("Praise")

    class Channel(models.TextChoices):
        WEB = "web", _("Website")
        PHONE = "phone", _("Phone")
        EMAIL = "email", _("E-mail")
        IN_PERSON = "in_person", _("In person")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    message = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH)
    channel = models.CharField(
        _("channel"), max_length=20, choices=Channel.choices, default=Channel.WEB
    )
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("logged by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)

    panels = [
        FieldPanel("kind"),
        FieldPanel("channel"),
        FieldPanel("message"),
        FieldPanel("name"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("company"),
    ]

    class Meta:
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.message[:60]}"


class FeedbackPage(BasePage):
    """A page with the feedback form, such as "Write to us"."""

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage", "cms.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("feedback page")
