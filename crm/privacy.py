"""A customer's rights over their data, and how long it is kept.

export_customer() gathers what the company holds about a person; erase_customer()
blanks their personal data in the customer record and in the submissions it was
built from, keeping what the reports count (NPS, CSAT, cases and their statuses).
The retention task anonymises identified submissions given without consent to
keep them once they are older than CRM_RETENTION_DAYS. Every export, erasure and
view of a record is written to Wagtail's audit log.
"""

import datetime
import json

from django import forms
from django.apps import apps
from django.conf import settings
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import NoReverseMatch, include, path, reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail import hooks
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from celery import shared_task

from crm.matching import normalise_email
from crm.models import Aggregated, Case, CaseNote, Consent, Customer, TimelineEvent

PERMISSION = "crm.change_customer"
DEFAULT_RETENTION_DAYS = 730
BATCH_SIZE = 500
# Question types whose answers are contact details, and those that are free text
# a person may have signed; an erasure clears both, the retention the first.
CONTACT_ANSWERS = ("email", "phone")
TEXT_ANSWERS = ("singleline", "multiline")
# Timeline events whose summary quotes what someone wrote.
QUOTING_KINDS = (
    TimelineEvent.Kind.FEEDBACK,
    TimelineEvent.Kind.NOTE,
    TimelineEvent.Kind.EMAIL,
    TimelineEvent.Kind.STATUS,  # a case's subject: the feedback's first words
    TimelineEvent.Kind.MERGE,  # the merged record's name and address
    TimelineEvent.Kind.CONSENT,  # how, in a manager's words
)
SUBMISSIONS = {
    # label: (time field, contact fields)
    "surveys.feedback": ("created_at", ("name", "email", "phone", "company")),
    "surveys.servicerequest": ("created_at", ("name", "email", "phone", "company")),
    "surveys.questionnaireresponse": (
        "submit_time",
        (
            "respondent_name",
            "respondent_email",
            "respondent_phone",
            "respondent_company",
        ),
    ),
}


def retention_days():
    return getattr(settings, "CRM_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)


def find_customer(email):
    """The customer with this e-mail address however it is spelled (the live
    record rather than one merged into it), or None."""
    email = normalise_email(email)
    if not email:
        return None
    records = Customer.objects.filter(email=email)
    customer = (
        records.filter(merged_into__isnull=True).first()
        or records.order_by("-id").first()
    )
    if customer and customer.merged_into_id:
        return customer.merged_into  # the address of a record merged away
    return customer


def records_of(customer):
    """The customer and the duplicate records merged into it: one person."""
    merged = Customer.objects.filter(merged_into=customer).values_list("id", flat=True)
    return [customer.id, *merged]


def when(value):
    return value.isoformat() if value else None


# Export


def export_customer(customer):
    """What the company holds about this person, as JSON-ready data: the record,
    its consents, timeline and cases, and the records merged into it."""
    ids = records_of(customer)
    merged = Customer.objects.filter(id__in=ids[1:]).order_by("id")
    consents = Consent.objects.filter(customer_id__in=ids).order_by("at", "id")
    timeline = TimelineEvent.objects.filter(customer_id__in=ids).order_by("at", "id")
    cases = (
        Case.objects.filter(customer_id__in=ids)
        .prefetch_related("notes")
        .order_by("opened_at", "id")
    )
    return {
        "exported_at": when(timezone.now()),
        "customer": record(customer),
        "merged_records": [record(other) for other in merged],
        "consents": [
            {
                "purpose": consent.purpose,
                "given": consent.given,
                "wording": consent.wording,
                "how": consent.how,
                "at": when(consent.at),
            }
            for consent in consents
        ],
        "timeline": [
            {
                "kind": event.kind,
                "at": when(event.at),
                "summary": event.summary,
                "detail": event.detail,
                "data": event.data,
            }
            for event in timeline
        ],
        "cases": [
            {
                "kind": case.kind,
                "status": case.status,
                "subject": case.subject,
                "message": case.message,
                "opened_at": when(case.opened_at),
                "resolved_at": when(case.resolved_at),
                "replies": [
                    {"text": note.text, "at": when(note.created_at)}
                    for note in case.notes.all()
                    if note.is_reply
                ],
            }
            for case in cases
        ],
    }


def record(customer):
    return {
        "id": customer.id,
        "name": customer.name,
        "email": customer.email,
        "phone": customer.phone,
        "company": customer.company.name if customer.company else "",
        "company_name": customer.company_name,
        "language": customer.locale,
        "source": customer.source,
        "interests": customer.interests,
        "lifecycle": customer.lifecycle,
        "nps_score": customer.nps_score,
        "csat_average": (
            None if customer.csat_average is None else str(customer.csat_average)
        ),
        "consent_processing": customer.consent_processing,
        "consent_marketing": customer.consent_marketing,
        "first_contact_at": when(customer.first_contact_at),
        "last_contact_at": when(customer.last_contact_at),
        "created_at": when(customer.created_at),
        "erased_at": when(customer.erased_at),
    }


def export_json(customer):
    return json.dumps(
        export_customer(customer), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2
    )


# Erasure


def submission_ids(sources):
    """{label: [ids]} of the surveys rows among these source keys."""
    ids = {}
    for source in sources:
        label, _sep, pk = source.partition(":")
        if pk.isdigit():
            ids.setdefault(label, set()).add(int(pk))
    return ids


@transaction.atomic
def erase_customer(customer, user=None):
    """Blank the person's data in their record (and the records merged into it),
    its timeline and cases, and the submissions it was built from; figures,
    statuses and counts stay. Logged as "crm.erase"; returns the customer."""
    ids = records_of(customer)
    emails = set(
        Customer.objects.filter(id__in=ids)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    sources = set(
        TimelineEvent.objects.filter(customer_id__in=ids)
        .exclude(source="")
        .values_list("source", flat=True)
    )
    sources |= set(
        Aggregated.objects.filter(customer_id__in=ids).values_list("source", flat=True)
    )
    sources |= set(
        Case.objects.filter(customer_id__in=ids)
        .exclude(source="")
        .values_list("source", flat=True)
    )
    erase_submissions(submission_ids(sources), emails)

    erased = gettext("(erased)")
    now = timezone.now()
    Customer.objects.filter(id__in=ids).update(
        name="",
        email="",
        phone="",
        company_name="",
        company=None,
        interests=[],
        erased_at=now,
    )
    events = TimelineEvent.objects.filter(customer_id__in=ids)
    events.update(detail="")
    quoting = list(events.filter(kind__in=QUOTING_KINDS).only("id", "kind", "data"))
    for event in quoting:
        event.summary = summary_without_text(event)
    TimelineEvent.objects.bulk_update(quoting, ["summary"], batch_size=BATCH_SIZE)
    # A consent's "how" is the summary of the submission it came with.
    Consent.objects.filter(
        customer_id__in=ids, source__startswith="surveys.feedback:"
    ).update(how=str(TimelineEvent.Kind.FEEDBACK.label))
    person_cases = Case.objects.filter(customer_id__in=ids)
    person_cases.update(message="")
    # Subjects of feedback and of cases opened by hand quote the person; those of
    # requests and unhappy answers are made from a reference or a title.
    person_cases.filter(
        Q(source="") | Q(source__startswith="surveys.feedback:")
    ).update(subject=erased)
    CaseNote.objects.filter(case__customer_id__in=ids, is_reply=True).update(text="")

    customer.refresh_from_db()
    # Earlier entries of the audit log are labelled with the record's name.
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Customer),
        object_id__in=[str(pk) for pk in ids],
    ).update(label=str(customer)[:255])
    log(customer, "crm.erase", user=user, data={"records": len(ids)})
    return customer


def summary_without_text(event):
    if event.kind == TimelineEvent.Kind.FEEDBACK:
        Feedback = apps.get_model("surveys", "Feedback")
        kind = event.data.get("feedback", "")
        if kind in Feedback.Kind.values:
            return str(Feedback.Kind(kind).label)
    return str(event.get_kind_display())


def erase_submissions(ids, emails=()):
    """Blank contact details and what was written in these surveys rows (and in
    any other submission signed with one of these addresses, such as one not
    taken into the records yet); invitations get an address that goes nowhere."""
    Feedback = apps.get_model("surveys", "Feedback")
    ServiceRequest = apps.get_model("surveys", "ServiceRequest")
    ServiceRequestEvent = apps.get_model("surveys", "ServiceRequestEvent")
    Response = apps.get_model("surveys", "QuestionnaireResponse")
    Invitation = apps.get_model("surveys", "Invitation")
    blank = {"name": "", "email": "", "phone": "", "company": ""}

    feedback = Feedback.objects.filter(
        Q(id__in=ids.get("surveys.feedback", ())) | signed_with(emails, "email")
    )
    feedback_ids = list(feedback.values_list("id", flat=True))
    feedback.update(message=gettext("(erased)"), **blank)

    request_ids = set(
        ServiceRequest.objects.filter(
            Q(id__in=ids.get("surveys.servicerequest", ()))
            | signed_with(emails, "email")
        ).values_list("id", flat=True)
    )
    request_ids |= set(
        ServiceRequestEvent.objects.filter(
            id__in=ids.get("surveys.servicerequestevent", ())
        ).values_list("request_id", flat=True)
    )
    ServiceRequest.objects.filter(id__in=request_ids).update(data={}, **blank)
    ServiceRequestEvent.objects.filter(request_id__in=request_ids).update(note="")

    invitation_ids = set(
        Invitation.objects.filter(
            Q(id__in=ids.get("surveys.invitation", ())) | signed_with(emails, "email")
        ).values_list("id", flat=True)
    )
    responses = list(
        Response.objects.filter(
            Q(id__in=ids.get("surveys.questionnaireresponse", ()))
            | Q(invitation_id__in=invitation_ids)
            | signed_with(emails, "respondent_email")
        )
    )
    invitation_ids |= {r.invitation_id for r in responses if r.invitation_id}
    anonymise_responses(responses, CONTACT_ANSWERS + TEXT_ANSWERS)
    forget_webhook_contacts(
        [f"feedback.created:{pk}" for pk in feedback_ids]
        + [f"request.created:{pk}" for pk in request_ids]
    )
    # The address is unique per questionnaire: each gets its own that goes nowhere.
    for invitation_id in sorted(invitation_ids):
        Invitation.objects.filter(id=invitation_id).update(
            email=f"erased-{invitation_id}@invalid", name=""
        )


def forget_webhook_contacts(keys):
    """Blank the contact details kept in the webhook delivery log."""
    WebhookDelivery = apps.get_model("crm", "WebhookDelivery")
    deliveries = list(WebhookDelivery.objects.filter(key__in=keys))
    for delivery in deliveries:
        for item in delivery.payload.values():
            if isinstance(item, dict) and "contact" in item:
                item["contact"] = {}
    WebhookDelivery.objects.bulk_update(deliveries, ["payload"])


def signed_with(emails, field):
    """Rows with one of these addresses in the field, in any case; none if none."""
    query = Q(pk__in=[])
    for email in emails:
        if email:
            query |= Q(**{f"{field}__iexact": email})
    return query


def anonymise_responses(responses, answer_types):
    """Blank the respondent's details and their answers of these types."""
    Question = apps.get_model("surveys", "Question")
    Response = apps.get_model("surveys", "QuestionnaireResponse")
    pages = {response.page_id for response in responses}
    personal = {}
    for page_id, name in Question.objects.filter(
        page_id__in=pages, field_type__in=answer_types
    ).values_list("page_id", "clean_name"):
        personal.setdefault(page_id, set()).add(name)
    for response in responses:
        response.respondent_name = response.respondent_email = ""
        response.respondent_phone = response.respondent_company = ""
        data = dict(response.form_data or {})
        for name in personal.get(response.page_id, ()):
            if name in data:
                data[name] = ""
        response.form_data = data
    Response.objects.bulk_update(
        responses,
        [
            "respondent_name",
            "respondent_email",
            "respondent_phone",
            "respondent_company",
            "form_data",
        ],
        batch_size=BATCH_SIZE,
    )


# Retention


def identified(fields):
    query = Q()
    for name in fields:
        query |= ~Q(**{name: ""})
    return query


def expired_submissions(label, cutoff):
    """Submissions of this kind older than the cutoff that still name someone
    and were given without consent to keep the data."""
    time_field, fields = SUBMISSIONS[label]
    return apps.get_model(label).objects.filter(
        identified(fields),
        consent_text="",
        **{f"{time_field}__lt": cutoff},
    )


def anonymise_expired(days=None, batch_size=BATCH_SIZE):
    """Anonymise identified submissions without consent older than the retention
    period, in batches; returns how many. Running it again finds none."""
    days = retention_days() if days is None else days
    cutoff = timezone.now() - datetime.timedelta(days=days)
    total = 0
    for label, (_time, fields) in SUBMISSIONS.items():
        while True:
            with transaction.atomic():
                rows = list(
                    expired_submissions(label, cutoff)
                    .order_by("pk")
                    .select_for_update(skip_locked=True)[:batch_size]
                )
                if not rows:
                    break
                if label == "surveys.questionnaireresponse":
                    anonymise_responses(rows, CONTACT_ANSWERS)
                else:
                    apps.get_model(label).objects.filter(
                        pk__in=[row.pk for row in rows]
                    ).update(**dict.fromkeys(fields, ""))
                total += len(rows)
    return total


@shared_task(name="crm.anonymise_expired")
def anonymise_expired_task():
    """The beat's nightly retention run (CRM_RETENTION_DAYS)."""
    return anonymise_expired()


# Audit log and admin


def log_customer_view(request, customer):
    """Write an opening of a customer's record to the audit log."""
    return log(customer, "crm.view", user=request.user)


@hooks.register("register_log_actions")
def register_privacy_log_actions(actions):
    actions.register_action(
        "crm.export", _("Export customer data"), _("Customer data exported")
    )
    actions.register_action(
        "crm.erase", _("Erase customer data"), _("Customer's personal data erased")
    )


def customer_for(request, pk):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    return get_object_or_404(Customer, pk=pk)


def export_view(request, pk):
    """The customer's data as a JSON download."""
    customer = customer_for(request, pk)
    response = HttpResponse(
        export_json(customer), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="customer-{pk}.json"'
    response["Cache-Control"] = "private, no-store"
    log(customer, "crm.export", user=request.user)
    return response


class EraseForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand that the personal data cannot be restored."),
        required=True,
    )


class EraseView(WagtailAdminTemplateMixin, TemplateView):
    """A confirmation page; posting it erases the customer's personal data."""

    template_name = "crm/privacy/erase.html"
    page_title = _("Erase personal data")
    header_icon = "bin"

    def dispatch(self, request, pk):
        self.customer = customer_for(request, pk)
        self.form = EraseForm(request.POST or None)
        return super().dispatch(request, pk)

    def post(self, request, pk):
        if not self.form.is_valid():
            return self.render_to_response(self.get_context_data(), status=400)
        erase_customer(self.customer, user=request.user)
        messages.success(request, _("The customer's personal data has been erased."))
        return redirect(customer_url(self.customer))

    def get_page_subtitle(self):
        return str(self.customer)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            customer=self.customer,
            form=self.form,
            cancel_url=customer_url(self.customer),
            events=TimelineEvent.objects.filter(customer=self.customer).count(),
            cases=Case.objects.filter(customer=self.customer).count(),
            **kwargs,
        )


def customer_url(customer):
    try:
        return reverse("crm_customer:inspect", args=[customer.pk])
    except NoReverseMatch:  # the customer screens are not registered
        return reverse("wagtailadmin_home")


urlpatterns = [
    path("<int:pk>/export/", export_view, name="export"),
    path("<int:pk>/erase/", EraseView.as_view(), name="erase"),
]


@hooks.register("register_admin_urls")
def register_privacy_urls():
    return [
        path(
            "crm/customers/",
            include((urlpatterns, "crm_privacy"), namespace="crm_privacy"),
        )
    ]
