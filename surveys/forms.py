from django import forms
from django.core.validators import ProhibitNullCharactersValidator, RegexValidator
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from surveys.models import Feedback, PollVoteChoice
from surveys.models.feedback import MESSAGE_MAX_LENGTH
from surveys.models.questionnaires import SCALE_TYPES

SHORT_TEXT_MAX = 500
LONG_TEXT_MAX = 5000
phone_validator = RegexValidator(
    r"^\+?[\d\s\-().]{5,25}$", _("Enter a phone number, such as +7 912 345-67-89.")
)


class PollAdminForm(WagtailAdminModelForm):
    """Refuses to delete a choice that already has votes: the votes would be lost."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("choices")
        if formset is not None:
            for form in formset.deleted_forms:
                choice = form.instance
                if choice.pk and PollVoteChoice.objects.filter(choice=choice).exists():
                    self.add_error(
                        None,
                        _(
                            "“%(choice)s” has votes and cannot be removed; edit its wording instead."
                        )
                        % {"choice": choice.text},
                    )
        return cleaned


OTHER_MAX_LENGTH = 200


def read_vote(poll, data):
    """The choices and "other" text a visitor posted to a poll, checked against it.

    Raises ValidationError with a message for the visitor. A plain function, not a
    Form: a vote is two fields, and building a Form costs more than the vote itself.
    """
    by_id = {str(choice.id): choice for choice in poll.choices.all()}
    picked = data.getlist("choice")
    if any(key not in by_id for key in picked):
        raise forms.ValidationError(_("Choose one of the answers offered."))
    other = data.get("other", "").strip() if poll.allow_other else ""
    ProhibitNullCharactersValidator()(other)  # as every form field does
    if len(other) > OTHER_MAX_LENGTH:
        raise forms.ValidationError(
            _("Keep your own answer under %(limit)s characters.")
            % {"limit": OTHER_MAX_LENGTH}
        )
    if not picked and not other:
        raise forms.ValidationError(_("Choose an answer."))
    if not poll.multiple and len(set(picked)) + bool(other) > 1:
        raise forms.ValidationError(_("Choose only one answer."))
    return [by_id[key] for key in dict.fromkeys(picked)], other


class SpamFieldsMixin(forms.Form):
    """The honeypot (surveys.spam.HONEYPOT_FIELD) and the signed time the form was
    shown (surveys.spam.TIMESTAMP_FIELD)."""

    website = forms.CharField(required=False, label=_("Leave this empty"))
    rendered = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class ContactFormMixin(forms.Form):
    """Optional contact details; leaving any of them requires consent."""

    consent_text = ""
    name = forms.CharField(label=_("Name"), required=False, max_length=200)
    email = forms.EmailField(label=_("E-mail"), required=False, max_length=254)
    phone = forms.CharField(
        label=_("Phone"), required=False, max_length=40, validators=[phone_validator]
    )
    company = forms.CharField(label=_("Company"), required=False, max_length=200)
    consent = forms.BooleanField(label=_("I agree"), required=False)

    def clean(self):
        cleaned = super().clean()
        contact = any(
            cleaned.get(name) for name in ("name", "email", "phone", "company")
        )
        if contact and not cleaned.get("consent"):
            self.add_error(
                "consent", _("Please agree so that we may use your contact details.")
            )
        return cleaned


class FeedbackForm(SpamFieldsMixin, ContactFormMixin, forms.Form):
    kind = forms.ChoiceField(
        label=_("What is it about?"), choices=Feedback.Kind.choices
    )
    message = forms.CharField(
        label=_("Message"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=MESSAGE_MAX_LENGTH,
    )
    field_order = ["kind", "message", "name", "email", "phone", "company", "consent"]

    consent_label = _(
        "I agree that my contact details are processed to answer this message."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = self.consent_label


class QuestionnaireForm(BaseForm):
    """Answers to a questionnaire; questions hidden by skip logic are neither
    required nor stored."""

    def __init__(self, *args, questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)

    def visible(self, question, cleaned):
        if not question.show_if_question:
            return True
        depends = next(
            (q for q in self.questions if q.label == question.show_if_question), None
        )
        if depends is None:
            return True
        answer = cleaned.get(depends.clean_name)
        values = answer if isinstance(answer, list) else [answer]
        return question.show_if_value in [str(value) for value in values]

    def full_clean(self):
        super().full_clean()
        if not self.is_bound:
            return
        for question in self.questions:
            if not self.visible(question, self.cleaned_data):
                self.errors.pop(question.clean_name, None)
                self.cleaned_data.pop(question.clean_name, None)


class QuestionnaireFormBuilder(FormBuilder):
    """Wagtail's form builder with the questionnaire's own question types."""

    def __init__(self, page):
        self.page = page
        super().__init__(list(page.questions.all()))

    def create_singleline_field(self, field, options):
        options["max_length"] = SHORT_TEXT_MAX
        return forms.CharField(**options)

    def create_multiline_field(self, field, options):
        options["max_length"] = LONG_TEXT_MAX
        return forms.CharField(widget=forms.Textarea(attrs={"rows": 5}), **options)

    def create_number_field(self, field, options):
        return forms.DecimalField(max_digits=15, decimal_places=4, **options)

    def create_phone_field(self, field, options):
        return forms.CharField(
            max_length=40,
            validators=[phone_validator],
            widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            **options,
        )

    def create_date_field(self, field, options):
        return forms.DateField(
            widget=forms.DateInput(attrs={"type": "date"}), **options
        )

    def create_scale_field(self, field, options, scale):
        options.pop("initial", None)
        return forms.TypedChoiceField(
            choices=[(str(value), str(value)) for value in scale],
            coerce=int,
            widget=forms.RadioSelect(
                attrs={"class": f"scale scale-{field.field_type}"}
            ),
            **options,
        )

    def create_rating_field(self, field, options):
        return self.create_scale_field(field, options, SCALE_TYPES["rating"])

    def create_nps_field(self, field, options):
        return self.create_scale_field(field, options, SCALE_TYPES["nps"])

    def get_form_class(self):
        questions = self.fields
        base = super().get_form_class()

        class Form(
            QuestionnaireContactForm
            if self.page.identified
            else QuestionnaireAnonymousForm,
            base,
        ):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, questions=questions, **kwargs)

        return Form


class QuestionnaireAnonymousForm(SpamFieldsMixin, QuestionnaireForm):
    attempt = forms.UUIDField(required=False, widget=forms.HiddenInput)
    invitation = forms.CharField(
        required=False, max_length=64, widget=forms.HiddenInput
    )


class QuestionnaireContactForm(ContactFormMixin, QuestionnaireAnonymousForm):
    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("consent"):
            self.add_error(
                "consent", _("Please agree so that we may use your answers.")
            )
        return cleaned


class ServiceRequestForm(SpamFieldsMixin, ContactFormMixin, forms.Form):
    """A request of one type: its own fields, then contact details (an e-mail or a
    phone is needed to answer)."""

    def __init__(self, request_type, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.request_type = request_type
        self.answer_fields = []
        for index, block in enumerate(request_type.fields):
            spec = block.value
            name = f"field_{index}"
            self.fields[name] = self.make_field(spec)
            self.answer_fields.append((name, spec["label"]))
        self.order_fields([name for name, _ in self.answer_fields])

    @staticmethod
    def make_field(spec):
        options = {
            "label": spec["label"],
            "required": spec["required"],
            "help_text": spec.get("help_text", ""),
        }
        kind = spec["field_type"]
        if kind == "textarea":
            return forms.CharField(
                widget=forms.Textarea(attrs={"rows": 4}),
                max_length=LONG_TEXT_MAX,
                **options,
            )
        if kind == "number":
            return forms.DecimalField(max_digits=15, decimal_places=4, **options)
        if kind == "date":
            return forms.DateField(
                widget=forms.DateInput(attrs={"type": "date"}), **options
            )
        if kind == "choice":
            raw = spec.get("choices") or ""
            separator = "\n" if "\n" in raw else ","
            values = [value.strip() for value in raw.split(separator) if value.strip()]
            return forms.ChoiceField(
                choices=[("", "—"), *[(v, v) for v in values]], **options
            )
        return forms.CharField(max_length=SHORT_TEXT_MAX, **options)

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("email") and not cleaned.get("phone"):
            raise forms.ValidationError(
                _("Leave an e-mail or a phone number so we can reply.")
            )
        if not cleaned.get("consent"):
            self.add_error(
                "consent", _("Please agree so that we may handle your request.")
            )
        return cleaned

    def answers(self):
        return {
            label: str(self.cleaned_data.get(name) or "")
            for name, label in self.answer_fields
        }
