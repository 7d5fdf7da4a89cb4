"""Admin views for invitations: questionnaires with their invitation counts, the
CSV upload with its report and confirmation, and each questionnaire's status."""

from django import forms
from django.core import signing
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from surveys.invitations import (
    MAX_FILE_BYTES,
    MAX_ROWS,
    InvalidFile,
    invite,
    invited_emails,
    parse_recipients,
    statistics,
)
from surveys.models import QuestionnairePage

URL_NAMESPACE = "survey_invitations"
PAYLOAD_SALT = "surveys.invitation-upload"
PAYLOAD_MAX_AGE = 60 * 60  # a report left open longer is uploaded again


def url(name, *args):
    return reverse(f"{URL_NAMESPACE}:{name}", args=args)


def questionnaire_label(page):
    return f"{page.title} ({page.locale.get_display_name()})"


class QuestionnaireChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return questionnaire_label(obj)


def questionnaires():
    """Questionnaires people can be invited to: live ones."""
    return (
        QuestionnairePage.objects.live()
        .select_related("locale")
        .order_by("title", "locale__language_code")
    )


class UploadForm(forms.Form):
    page = QuestionnaireChoiceField(
        label=_("Questionnaire"), queryset=QuestionnairePage.objects.none()
    )
    recipients = forms.FileField(
        label=_("Recipients (CSV file)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["page"].queryset = questionnaires()
        self.fields["recipients"].help_text = _(
            "A header row with an “email” column and optionally “name”, separated "
            "by commas or semicolons, saved as UTF-8; at most %(size)s MB and "
            "%(rows)s rows."
        ) % {"size": MAX_FILE_BYTES // (1024 * 1024), "rows": f"{MAX_ROWS:,}"}

    def clean_recipients(self):
        uploaded = self.cleaned_data["recipients"]
        try:
            self.parsed = parse_recipients(uploaded)
        except InvalidFile as error:
            raise forms.ValidationError(error.messages) from error
        if not self.parsed.recipients:
            raise forms.ValidationError(
                _("No row of the file has a valid e-mail to invite.")
            )
        return uploaded


class ConfirmForm(forms.Form):
    """The parsed recipients, signed, carried from the report to the confirmation
    so that nothing is stored before the marketer confirms."""

    payload = forms.CharField(widget=forms.HiddenInput)

    def clean_payload(self):
        try:
            return signing.loads(
                self.cleaned_data["payload"], salt=PAYLOAD_SALT, max_age=PAYLOAD_MAX_AGE
            )
        except signing.SignatureExpired as error:
            raise forms.ValidationError(
                _("The report is more than an hour old. Please upload the file again.")
            ) from error
        except signing.BadSignature as error:
            raise forms.ValidationError(
                _("The report could not be read. Please upload the file again.")
            ) from error


class InvitationPermissionMixin:
    """Checked on the view itself: hiding the menu item is not enough."""

    permission_required = "surveys.view_invitation"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission_required):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


class InvitationsView(
    InvitationPermissionMixin, WagtailAdminTemplateMixin, TemplateView
):
    """Every questionnaire with how many were invited and answered."""

    page_title = _("Invitations")
    header_icon = "mail"
    template_name = "surveys/invitations/index.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"label": self.page_title}]

    def get_header_buttons(self):
        if not self.request.user.has_perm("surveys.add_invitation"):
            return []
        return [
            HeaderButton(_("Invite recipients"), url=url("upload"), icon_name="plus")
        ]

    def get_context_data(self, **kwargs):
        pages = (
            QuestionnairePage.objects.select_related("locale")
            .annotate(
                invited=Count("invitations"),
                sent=Count("invitations", filter=Q(invitations__sent_at__isnull=False)),
                completed=Count(
                    "invitations", filter=Q(invitations__completed_at__isnull=False)
                ),
            )
            .order_by("title", "locale__language_code")
        )
        rows = [
            {
                "page": page,
                "label": questionnaire_label(page),
                "status_url": url("status", page.id),
                "invited": page.invited,
                "sent": page.sent,
                "completed": page.completed,
                "rate": page.completed / page.sent if page.sent else None,
            }
            for page in pages
        ]
        return super().get_context_data(
            rows=rows,
            can_invite=self.request.user.has_perm("surveys.add_invitation"),
            upload_url=url("upload"),
            **kwargs,
        )


class UploadInvitationsView(
    InvitationPermissionMixin, WagtailAdminTemplateMixin, TemplateView
):
    """Pick a questionnaire and upload recipients; see the report, then confirm."""

    permission_required = "surveys.add_invitation"
    page_title = _("Invite recipients")
    header_icon = "mail"
    template_name = "surveys/invitations/upload.html"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": url("index"), "label": _("Invitations")},
            {"label": self.page_title},
        ]

    def get(self, request, *args, **kwargs):
        form = UploadForm(initial={"page": request.GET.get("page")})
        return self.render_to_response(self.get_context_data(form=form))

    def post(self, request, *args, **kwargs):
        if "payload" in request.POST:
            return self.confirm(request)
        form = UploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        page = form.cleaned_data["page"]
        parsed = form.parsed
        invited = invited_emails(page)
        already = [
            email for email, _name in parsed.recipients if email.lower() in invited
        ]
        payload = signing.dumps(
            {"page": page.id, "recipients": parsed.recipients},
            salt=PAYLOAD_SALT,
            compress=True,
        )
        return self.render_to_response(
            self.get_context_data(
                form=form,
                page=page,
                page_label=questionnaire_label(page),
                parsed=parsed,
                already_invited=len(already),
                to_invite=len(parsed.recipients) - len(already),
                confirm_form=ConfirmForm(initial={"payload": payload}),
            )
        )

    def confirm(self, request):
        form = ConfirmForm(request.POST)
        if not form.is_valid():
            for error in form.errors.get("payload", []):
                messages.error(request, error)
            return redirect(url("upload"))
        data = form.cleaned_data["payload"]
        page = get_object_or_404(questionnaires(), id=data["page"])
        result = invite(page, [tuple(pair) for pair in data["recipients"]])
        messages.success(request, result.summary())
        return redirect(url("status", page.id))


class InvitationStatusView(
    InvitationPermissionMixin, WagtailAdminTemplateMixin, TemplateView
):
    """One questionnaire's invitations: the counts, and each person's progress."""

    header_icon = "mail"
    template_name = "surveys/invitations/status.html"
    per_page = 100

    @cached_property
    def page(self):
        return get_object_or_404(
            QuestionnairePage.objects.select_related("locale"),
            id=self.kwargs["page_id"],
        )

    def get_page_title(self):
        return _("Invitations")

    def get_page_subtitle(self):
        return questionnaire_label(self.page)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": url("index"), "label": _("Invitations")},
            {"label": questionnaire_label(self.page)},
        ]

    def get_header_buttons(self):
        if not (
            self.page.live and self.request.user.has_perm("surveys.add_invitation")
        ):
            return []
        return [
            HeaderButton(
                _("Invite recipients"),
                url=f"{url('upload')}?page={self.page.id}",
                icon_name="plus",
            )
        ]

    def get_context_data(self, **kwargs):
        invitations = self.page.invitations.order_by("-created_at", "email")
        paginator = Paginator(invitations, self.per_page)
        page_obj = paginator.get_page(self.request.GET.get("p"))
        return super().get_context_data(
            questionnaire=self.page,
            stats=statistics(self.page),
            invitations=page_obj,
            elided_page_range=paginator.get_elided_page_range(page_obj.number),
            **kwargs,
        )
