import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import (
    AbstractForm,
    AbstractFormField,
    AbstractFormSubmission,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from modelcluster.fields import ParentalKey

from cms.models.mixins import BasePage

CHOICE_TYPES = ("radio", "checkboxes", "dropdown")
SCALE_TYPES = {"rating": range(1, 6), "nps": range(0, 11)}


class Question(AbstractFormField):
    """A question of a questionnaire, edited inline on the questionnaire page."""

    class Kind(models.TextChoices):
        RADIO = "radio", _("Single choice")
        CHECKBOXES = "checkboxes", _("Multiple choice")
        DROPDOWN = "dropdown", _("Dropdown")
        RATING = "rating", _("Rating 1–5 (CSAT)")
        NPS = "nps", _("Net Promoter 0–10")
        SINGLELINE = "singleline", _("Short text")
        MULTILINE = "multiline", _("Long text")
        NUMBER = "number", _("Number")
        DATE = "date", _("Date")
        EMAIL = "email", _("Email")
        PHONE = "phone", _("Phone")
        CHECKBOX = "checkbox", _("Consent checkbox")

    page = ParentalKey(
        "surveys.QuestionnairePage", on_delete=models.CASCADE, related_name="questions"
    )
    field_type = models.CharField(
        _("question type"), max_length=16, choices=Kind.choices
    )
    step = models.PositiveSmallIntegerField(
        _("step"),
        default=1,
        help_text=_("Questions with the same step are shown together."),
    )
    show_if_question = models.CharField(
        _("show only if question"),
        max_length=255,
        blank=True,
        help_text=_("The label of an earlier question."),
    )
    show_if_value = models.CharField(_("has the answer"), max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("label"), FieldPanel("field_type")]),
        FieldRowPanel([FieldPanel("required"), FieldPanel("step")]),
        FieldPanel("choices"),
        FieldPanel("help_text"),
        FieldRowPanel([FieldPanel("show_if_question"), FieldPanel("show_if_value")]),
    ]

    class Meta(AbstractFormField.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")


class QuestionnairePage(RoutablePageMixin, AbstractForm, BasePage):
    """A questionnaire with its own address that can also be embedded in any page.

    Editors add questions in steps, with simple skip logic; answers are listed and
    exported under the page's "Responses", and summarised in Reports.
    """

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )
    thank_you_text = RichTextField(
        _("thank-you text"), blank=True, features=["bold", "italic", "link"]
    )
    identified = models.BooleanField(
        _("ask for contact details"),
        default=False,
        help_text=_("Asks for name, e-mail, phone and company, with consent."),
    )
    consent_text = models.TextField(
        _("consent wording"),
        blank=True,
        default=_(
            "I agree that my answers and contact details are processed to handle my feedback."
        ),
        help_text=_("Stored with every answer given with contact details."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        InlinePanel("questions", label=_("questions")),
        MultiFieldPanel(
            [FieldPanel("identified"), FieldPanel("consent_text")],
            heading=_("Respondents"),
        ),
        FieldPanel("thank_you_text"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["cms.HomePage", "cms.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("questionnaire")
        verbose_name_plural = _("questionnaires")

    def get_submission_class(self):
        return QuestionnaireResponse

    def get_form_fields(self):
        # Wagtail's submissions listing and export read them under this name.
        return self.questions.all()

    def get_submissions_list_view_class(self):
        from surveys.admin_views import ResponsesListView

        return ResponsesListView

    def get_form_class(self):
        from surveys.forms import QuestionnaireFormBuilder

        return QuestionnaireFormBuilder(self).get_form_class()

    def get_data_fields(self):
        return [
            ("submit_time", _("Submission date")),
            ("locale", _("Language")),
            ("respondent_name", _("Name")),
            ("respondent_email", _("Email")),
            ("respondent_phone", _("Phone")),
            ("respondent_company", _("Company")),
            *[(field.clean_name, field.label) for field in self.get_form_fields()],
        ]

    @path("")
    def index(self, request):
        from surveys.views import questionnaire_context

        return self.render(
            request, context_overrides=questionnaire_context(request, self)
        )

    @path("thanks/", name="thanks")
    def thanks(self, request):
        return self.render(request, template=self.get_landing_page_template(request))

    def serve(self, request, *args, **kwargs):
        # Answers are posted to surveys.views.submit_questionnaire; the page only shows.
        return RoutablePageMixin.serve(self, request, *args, **kwargs)

    def get_landing_page_template(self, request, *args, **kwargs):
        return "surveys/questionnaire_page_landing.html"

    def steps(self):
        return sorted({question.step for question in self.questions.all()})


class QuestionnaireResponse(AbstractFormSubmission):
    """One completed questionnaire: every answer, with where, when and in which
    language it was given, and who gave it when they chose to say."""

    locale = models.CharField(_("language"), max_length=8, blank=True)
    embedded_on = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("answered on page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    attempt = models.UUIDField(_("attempt"), null=True, blank=True, unique=True)
    invitation = models.OneToOneField(
        "surveys.Invitation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="response",
    )
    respondent_name = models.CharField(_("name"), max_length=200, blank=True)
    respondent_email = models.EmailField(_("email"), blank=True)
    respondent_phone = models.CharField(_("phone"), max_length=40, blank=True)
    respondent_company = models.CharField(_("company"), max_length=200, blank=True)
    consent_text = models.TextField(_("consent given"), blank=True)

    class Meta:
        verbose_name = _("questionnaire response")
        verbose_name_plural = _("questionnaire responses")

    def get_data(self):
        return {
            **super().get_data(),
            "locale": self.locale,
            "respondent_name": self.respondent_name,
            "respondent_email": self.respondent_email,
            "respondent_phone": self.respondent_phone,
            "respondent_company": self.respondent_company,
        }


class QuestionnaireAttempt(models.Model):
    """How far one visitor got in a questionnaire: the basis of drop-off per step."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    page = models.ForeignKey(
        QuestionnairePage, on_delete=models.CASCADE, related_name="attempts"
    )
    locale = models.CharField(_("language"), max_length=8, blank=True)
    last_step = models.PositiveSmallIntegerField(_("last step reached"), default=1)
    started_at = models.DateTimeField(_("started"), auto_now_add=True, db_index=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        verbose_name = _("questionnaire attempt")

    def __str__(self):
        return str(self.id)


class Invitation(models.Model):
    """A personal link to a questionnaire sent by e-mail; it can be answered once."""

    page = models.ForeignKey(
        QuestionnairePage, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("email"))
    name = models.CharField(_("name"), max_length=200, blank=True)
    token = models.CharField(_("token"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    opened_at = models.DateTimeField(_("opened"), null=True, blank=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    reminders_sent = models.PositiveSmallIntegerField(_("reminders sent"), default=0)
    last_reminded_at = models.DateTimeField(_("last reminder"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "email"], name="one_invitation_per_email"
            )
        ]

    def __str__(self):
        return self.email
