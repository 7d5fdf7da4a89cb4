"""What the company knows about its customers: records built by Celery from what
visitors submit (surveys/), their timelines, cases, segments, and the tokens and
webhooks through which other systems read them."""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from surveys.models import ServiceRequest


class Company(models.Model):
    """An organisation several customers work for (Customers › Companies)."""

    name = models.CharField(_("name"), max_length=200)
    # Lower case, spaces and legal forms folded: "OOO Romashka" = "romashka".
    key = models.CharField(_("matching key"), max_length=200, unique=True)
    domain = models.CharField(
        _("e-mail domain"),
        max_length=200,
        blank=True,
        db_index=True,
        help_text=_("Contacts with an address at this domain join the company."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("company")
        verbose_name_plural = _("companies")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Customer(models.Model):
    """A person the company deals with, and what is derived about them
    (Customers › Customers; personal data: Customer managers only)."""

    class Lifecycle(models.TextChoices):
        PROSPECT = "prospect", _("Prospect")
        CUSTOMER = "customer", _("Customer")
        AT_RISK = "at_risk", _("At risk")

    class NpsCategory(models.TextChoices):
        PROMOTER = "promoter", _("Promoter")
        PASSIVE = "passive", _("Passive")
        DETRACTOR = "detractor", _("Detractor")

    name = models.CharField(_("name"), max_length=200, blank=True)
    # Normalised (see crm.matching); empty when unknown, unique when known.
    email = models.CharField(_("email"), max_length=254, blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    company = models.ForeignKey(
        Company,
        verbose_name=_("company"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contacts",
    )
    company_name = models.CharField(_("company as given"), max_length=200, blank=True)
    locale = models.CharField(_("language"), max_length=8, blank=True)
    source = models.CharField(
        _("source"),
        max_length=200,
        blank=True,
        help_text=_("The first referrer or campaign, when known."),
    )
    first_contact_at = models.DateTimeField(_("first contact"), null=True, blank=True)
    last_contact_at = models.DateTimeField(
        _("last contact"), null=True, blank=True, db_index=True
    )
    # Derived by crm.aggregation.recompute(); never edited by hand.
    nps_score = models.PositiveSmallIntegerField(_("latest NPS"), null=True, blank=True)
    nps_category = models.CharField(
        _("NPS category"), max_length=10, blank=True, choices=NpsCategory.choices
    )
    nps_at = models.DateTimeField(_("NPS answered"), null=True, blank=True)
    csat_average = models.DecimalField(
        _("CSAT average"), max_digits=3, decimal_places=2, null=True, blank=True
    )
    complaints_open = models.PositiveIntegerField(_("open complaints"), default=0)
    complaints_resolved = models.PositiveIntegerField(
        _("resolved complaints"), default=0
    )
    interests = models.JSONField(_("interests"), default=list, blank=True)
    lifecycle = models.CharField(
        _("lifecycle stage"),
        max_length=10,
        choices=Lifecycle.choices,
        default=Lifecycle.PROSPECT,
    )
    consent_processing = models.BooleanField(_("consents to processing"), default=False)
    consent_marketing = models.BooleanField(_("consents to marketing"), default=False)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    erased_at = models.DateTimeField(_("erased"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("customer")
        verbose_name_plural = _("customers")
        ordering = ["-last_contact_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["email"],
                condition=~Q(email="") & Q(merged_into__isnull=True),
                name="crm_customer_unique_email",
            )
        ]
        # A plain index: db_index on a text field adds a LIKE index beside it,
        # which nothing uses and every write pays for. The lifecycle has none:
        # with three values it picks too many rows to be worth one.
        indexes = [models.Index(fields=["phone"], name="crm_customer_phone")]

    def __str__(self):
        return (
            self.name
            or self.email
            or self.phone
            or _("Customer %(id)s") % {"id": self.id}
        )


class Consent(models.Model):
    """A consent given or withdrawn, with when and how: the record keeps every
    one, the customer's flags show the latest per purpose."""

    class Purpose(models.TextChoices):
        PROCESSING = "processing", _("Data processing")
        MARKETING = "marketing", _("Marketing")

    customer = models.ForeignKey(
        Customer, on_delete=models.CASCADE, related_name="consents"
    )
    purpose = models.CharField(_("purpose"), max_length=12, choices=Purpose.choices)
    given = models.BooleanField(_("given"), default=True)
    wording = models.TextField(_("wording"), blank=True)
    how = models.CharField(_("how"), max_length=200, blank=True)
    source = models.CharField(_("source"), max_length=60, blank=True)
    at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["-at", "-id"]
        constraints = [
            # A submission's consent is recorded once, however often it is processed.
            models.UniqueConstraint(
                fields=["customer", "purpose", "source"],
                condition=~Q(source=""),
                name="crm_consent_once_per_source",
            )
        ]

    def __str__(self):
        return f"{self.get_purpose_display()}: {self.given}"


class TimelineEvent(models.Model):
    """Something that happened with a customer, shown newest first on their record."""

    class Kind(models.TextChoices):
        VOTE = "vote", _("Poll vote")
        RESPONSE = "response", _("Questionnaire response")
        FEEDBACK = "feedback", _("Feedback")
        REQUEST = "request", _("Service request")
        INVITATION_SENT = "invitation_sent", _("Invitation sent")
        INVITATION_ANSWERED = "invitation_answered", _("Invitation answered")
        EMAIL = "email", _("E-mail sent")
        STATUS = "status", _("Status change")
        NOTE = "note", _("Manager's note")
        CONSENT = "consent", _("Consent")
        MERGE = "merge", _("Records merged")

    customer = models.ForeignKey(
        Customer, on_delete=models.CASCADE, related_name="timeline"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    summary = models.CharField(_("summary"), max_length=300)
    detail = models.TextField(_("detail"), blank=True)
    # Figures the derived fields are recomputed from ({"nps": 9, "csat": [4, 5]}).
    data = models.JSONField(_("data"), default=dict, blank=True)
    # What it came from ("surveys.feedback:12"); with the kind, the key that makes
    # processing a submission twice leave one event.
    source = models.CharField(_("source"), max_length=60, blank=True)
    url = models.CharField(_("link"), max_length=300, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("timeline event")
        verbose_name_plural = _("timeline events")
        ordering = ["-at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "kind"],
                condition=~Q(source=""),
                name="crm_timeline_once_per_source",
            )
        ]

    def __str__(self):
        return self.summary


class Aggregated(models.Model):
    """A submission the aggregation has taken into the customer records; the
    sweep looks for submissions without one."""

    source = models.CharField(max_length=60)
    customer = models.ForeignKey(
        Customer, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("aggregated submission")
        # Aggregates without personal data: the dashboard, segment counts, cross-tabs.
        # Not on Customer: any permission on a model shows its audit log entries
        # (who opened which customer) in Reports › Site history.
        permissions = [("view_reports", _("Can see customer reports"))]
        # A constraint rather than unique=True, which adds an unused LIKE index.
        constraints = [
            models.UniqueConstraint(
                fields=["source"], name="crm_aggregated_once_per_source"
            )
        ]

    def __str__(self):
        return self.source


class Case(models.Model):
    """A complaint, wish, question or request a manager handles (Customers › Cases)."""

    class Kind(models.TextChoices):
        COMPLAINT = "complaint", _("Complaint")
        WISH = "wish", _("Wish")
        QUESTION = "question", _("Question")
        PRAISE = "praise", _("Praise")
        REQUEST = "request", _("Service request")
        UNHAPPY = "unhappy", _("Unhappy answer")

    # A request's case moves with the request (crm.cases, crm.signals): one set.
    Status = ServiceRequest.Status

    OPEN_STATUSES = (Status.NEW, Status.IN_PROGRESS, Status.WAITING)

    customer = models.ForeignKey(
        Customer,
        verbose_name=_("customer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cases",
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=Status.choices,
        default=Status.NEW,
    )
    channel = models.CharField(_("channel"), max_length=20, blank=True)
    subject = models.CharField(_("subject"), max_length=300)
    message = models.TextField(_("message"), blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assignee"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="crm_cases",
    )
    source = models.CharField(_("source"), max_length=60, blank=True)
    opened_at = models.DateTimeField(_("opened"), default=timezone.now, db_index=True)
    due_at = models.DateTimeField(_("due"), null=True, blank=True, db_index=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        ordering = ["-opened_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["source"],
                condition=~Q(source=""),
                name="crm_case_once_per_source",
            )
        ]
        indexes = [models.Index(fields=["status"], name="crm_case_status")]

    def __str__(self):
        return self.subject

    @property
    def is_open(self):
        return self.status in self.OPEN_STATUSES

    @property
    def is_overdue(self):
        return bool(self.is_open and self.due_at and self.due_at < timezone.now())


class CaseNote(models.Model):
    """A manager's internal note on a case, or a reply e-mailed to the customer."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.TextField(_("text"), max_length=10000)
    is_reply = models.BooleanField(_("reply to the customer"), default=False)
    status = models.CharField(
        _("status set"), max_length=12, blank=True, choices=Case.Status.choices
    )
    created_at = models.DateTimeField(_("time"), default=timezone.now)
    emailed_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)

    class Meta:
        verbose_name = _("case note")
        ordering = ["created_at", "id"]

    def __str__(self):
        return self.text[:60]


class SlaTarget(models.Model):
    """How soon a case of a kind must be resolved (Customers › SLA targets)."""

    kind = models.CharField(
        _("kind"), max_length=12, choices=Case.Kind.choices, unique=True
    )
    hours = models.PositiveIntegerField(_("resolve within (hours)"))

    class Meta:
        verbose_name = _("SLA target")
        verbose_name_plural = _("SLA targets")
        ordering = ["kind"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.hours} h"


class AssignmentRule(models.Model):
    """Who gets new cases of a kind (and channel) automatically; the first
    matching rule by order wins (Customers › Assignment rules)."""

    kind = models.CharField(
        _("kind"), max_length=12, choices=Case.Kind.choices, blank=True
    )
    channel = models.CharField(_("channel"), max_length=20, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assign to"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("assignment rule")
        verbose_name_plural = _("assignment rules")
        ordering = ["sort_order", "id"]

    def __str__(self):
        return f"{self.kind or '*'}/{self.channel or '*'} → {self.assignee}"


class Segment(models.Model):
    """A rule-based group of customers, refreshed by Celery (Customers › Segments)."""

    name = models.CharField(_("name"), max_length=200)
    rules = models.JSONField(_("rules"), default=dict, blank=True)
    members = models.ManyToManyField(
        Customer, through="SegmentMember", related_name="segments", blank=True
    )
    refreshed_at = models.DateTimeField(_("refreshed"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("segment")
        verbose_name_plural = _("segments")
        ordering = ["name"]

    def __str__(self):
        return self.name


class SegmentMember(models.Model):
    segment = models.ForeignKey(Segment, on_delete=models.CASCADE)
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["segment", "customer"], name="crm_segment_member_once"
            )
        ]

    def __str__(self):
        return f"{self.segment_id}:{self.customer_id}"


class SegmentCount(models.Model):
    """A segment's size on a day, for its chart over time."""

    segment = models.ForeignKey(
        Segment, on_delete=models.CASCADE, related_name="counts"
    )
    day = models.DateField()
    customers = models.PositiveIntegerField()

    class Meta:
        ordering = ["day"]
        constraints = [
            models.UniqueConstraint(
                fields=["segment", "day"], name="crm_segment_count_per_day"
            )
        ]

    def __str__(self):
        return f"{self.day}: {self.customers}"


def hash_token(key):
    return hashlib.sha256(key.encode()).hexdigest()


class ApiToken(models.Model):
    """A key another system (ERP, a partner) uses to read the API, limited to its
    scopes; only its hash is stored (Customers › API tokens)."""

    class Scope(models.TextChoices):
        CUSTOMERS = "customers", _("Customers")
        TIMELINE = "timeline", _("Timelines")
        CASES = "cases", _("Cases")
        REPORTS = "reports", _("Aggregated reports (no personal data)")

    name = models.CharField(_("name"), max_length=100)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(_("key starts with"), max_length=8, editable=False)
    scopes = models.JSONField(_("scopes"), default=list)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    def issue_key(self):
        """A new secret key (shown once); only its hash is kept."""
        key = secrets.token_urlsafe(32)
        self.key_hash = hash_token(key)
        self.prefix = key[:8]
        return key


class Webhook(models.Model):
    """An address told about new feedback, requests and case status changes,
    each delivery signed with HMAC-SHA256 (Customers › Webhooks)."""

    class Event(models.TextChoices):
        FEEDBACK = "feedback.created", _("New feedback")
        REQUEST = "request.created", _("New service request")
        CASE_STATUS = "case.status_changed", _("Case status changed")

    name = models.CharField(_("name"), max_length=100)
    url = models.URLField(_("address"), max_length=500)
    secret = models.CharField(
        _("signing secret"), max_length=64, default=secrets.token_hex
    )
    events = models.JSONField(_("events"), default=list)
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("webhook")
        verbose_name_plural = _("webhooks")

    def __str__(self):
        return self.name


class WebhookDelivery(models.Model):
    """One event sent (or being retried) to a webhook: the delivery log."""

    webhook = models.ForeignKey(
        Webhook, on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(_("event"), max_length=40)
    # The event's own key ("case.status_changed:5:12"): one delivery per webhook.
    key = models.CharField(max_length=100)
    payload = models.JSONField(_("payload"))
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    status_code = models.PositiveSmallIntegerField(
        _("last response"), null=True, blank=True
    )
    error = models.CharField(_("last error"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    next_attempt_at = models.DateTimeField(
        _("next attempt"), null=True, blank=True, db_index=True
    )
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["webhook", "key"], name="crm_webhook_delivery_once"
            )
        ]

    def __str__(self):
        return f"{self.event} → {self.webhook_id}"
