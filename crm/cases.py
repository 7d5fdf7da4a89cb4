"""Cases: opened from submissions that need handling, assigned by rules, due by
their kind's SLA target; moved through their statuses by managers, who write
internal notes and replies that Celery e-mails to the customer."""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.dispatch import Signal
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from celery import shared_task

from crm import bulk
from crm.models import AssignmentRule, Case, CaseNote, SlaTarget, TimelineEvent

logger = logging.getLogger(__name__)

# Sent after the transaction that changed a case's status commits, with
# sender=Case, case=<Case>, old=<status>, new=<status>: webhooks announce it.
case_status_changed = Signal()

# SMTP hiccups are worth a retry; anything else is a bug to see at once.
TRANSIENT = (ConnectionError, TimeoutError, OSError)
REQUEST_SOURCE = "surveys.servicerequest:"


def open_cases(specs):
    """Open a case for each spec (kind, subject, message, channel, customer_id,
    source, opened_at), once per source; assigned by the first matching rule and
    due by the kind's SLA target."""
    if not specs:
        return
    rules = list(AssignmentRule.objects.all())
    targets = dict(SlaTarget.objects.values_list("kind", "hours"))
    rows = []
    for spec in specs:
        kind, channel = spec["kind"], spec.get("channel", "") or ""
        rows.append(
            {
                "customer_id": spec["customer_id"],
                "kind": kind,
                "channel": channel,
                "subject": spec["subject"][:300],
                "message": spec.get("message", ""),
                "source": spec["source"],
                "opened_at": spec["opened_at"],
                "due_at": due_by(targets.get(kind), spec["opened_at"]),
                "assignee_id": assignee_for(rules, kind, channel),
            }
        )
    bulk.insert_rows(Case, rows)


def due_by(hours, opened_at):
    return opened_at + timedelta(hours=hours) if hours else None


def assignee_for(rules, kind, channel):
    """The first rule (by order) whose kind and channel match or are blank wins."""
    for rule in rules:
        if rule.kind in ("", kind) and rule.channel in ("", channel):
            return rule.assignee_id
    return None


def managers():
    """Active users who handle cases: superusers and holders of change_case."""
    permission = Permission.objects.filter(
        content_type__app_label="crm", codename="change_case"
    )
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(
            Q(is_superuser=True)
            | Q(groups__permissions__in=permission)
            | Q(user_permissions__in=permission)
        )
        .distinct()
    )


def service_request_id(case):
    if case.kind == Case.Kind.REQUEST and case.source.startswith(REQUEST_SOURCE):
        number = case.source.removeprefix(REQUEST_SOURCE)
        return int(number) if number.isdigit() else None
    return None


def case_url(case):
    return reverse("crm_cases:edit", args=[case.pk])


def change_status(case, status, author=None):
    """Move a case to a status: stamps resolved/closed times, records the change
    as a note and on the customer's timeline, moves a service request's own
    status with it and recomputes the customer's figures. Returns the note, or
    None when the status is unchanged (then nothing happens at all)."""
    from crm.aggregation import recompute  # aggregation imports this module

    with transaction.atomic():
        locked = Case.objects.select_for_update().get(pk=case.pk)
        old = locked.status
        if status == old:
            return None
        now = timezone.now()
        case.status = status
        if status in Case.OPEN_STATUSES:
            # Reopened: it is neither resolved nor closed any more.
            case.resolved_at = case.closed_at = None
        else:
            case.resolved_at = locked.resolved_at or now
            case.closed_at = (locked.closed_at or now) if status == "closed" else None
        Case.objects.filter(pk=case.pk).update(
            status=status, resolved_at=case.resolved_at, closed_at=case.closed_at
        )
        note = CaseNote.objects.create(
            case=case, author=author, text="", status=status, created_at=now
        )
        # A request's own status event reaches the timeline through aggregation.
        if case.customer_id and service_request_id(case) is None:
            TimelineEvent.objects.create(
                customer_id=case.customer_id,
                kind=TimelineEvent.Kind.STATUS,
                at=now,
                summary=status_summary(case)[:300],
                source=f"crm.casenote:{note.id}",
                url=case_url(case),
                author=author,
                data={"case": case.pk, "old": old, "new": status},
            )
        sync_service_request(case, status, author)
        if case.customer_id:
            recompute([case.customer_id])
        transaction.on_commit(lambda: announce(case, old, status))
    return note


def status_summary(case):
    # Stored text: written in the site's language, like the rest of the timeline.
    with translation.override(settings.LANGUAGE_CODE):
        return translation.gettext("Case “%(subject)s”: %(status)s") % {
            "subject": case.subject[:200],
            "status": case.get_status_display(),
        }


def sync_service_request(case, status, author):
    """A request case's status is the request's: the requester's status link
    shows it (and surveys e-mails them about it)."""
    from surveys.models import ServiceRequest

    request_id = service_request_id(case)
    if request_id is None:
        return
    service_request = ServiceRequest.objects.filter(pk=request_id).first()
    if service_request and service_request.status != status:
        service_request.change_status(status, note="", author=author)


def announce(case, old, new):
    # After the commit a receiver's failure must not turn the saved change into
    # an error page; it is logged instead.
    for receiver, result in case_status_changed.send_robust(
        sender=Case, case=case, old=old, new=new
    ):
        if isinstance(result, Exception):
            logger.error(
                "case_status_changed receiver %r failed",
                receiver,
                exc_info=(type(result), result, result.__traceback__),
            )


def add_note(case, text, author=None, is_reply=False):
    """An internal note, or a reply that is e-mailed to the customer once the
    transaction commits."""
    note = CaseNote.objects.create(
        case=case, author=author, text=text, is_reply=is_reply
    )
    if is_reply:
        email_case_reply.delay_on_commit(note.id)
    return note


def can_reply(case):
    customer = case.customer
    return bool(customer and customer.email and not customer.erased_at)


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def mail_task(name):
    """A task that sends e-mail: retried with backoff when the mail server fails."""
    return shared_task(
        name=name, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5
    )


@mail_task("crm.email_case_reply")
def email_case_reply(note_id):
    """E-mail a manager's reply to the customer, once, and put it on their
    timeline."""
    note = (
        CaseNote.objects.select_related("case__customer", "author")
        .filter(id=note_id, is_reply=True)
        .first()
    )
    if note is None or note.emailed_at or not can_reply(note.case):
        return False
    # Claimed before sending, so that two workers running the task at once send
    # one e-mail; released again if the mail server fails, for the retry.
    now = timezone.now()
    if not CaseNote.objects.filter(id=note_id, emailed_at__isnull=True).update(
        emailed_at=now
    ):
        return False
    case, customer = note.case, note.case.customer
    try:
        message = reply_message(note, case, customer)
        message.send()
    except BaseException:
        CaseNote.objects.filter(id=note_id).update(emailed_at=None)
        raise
    TimelineEvent.objects.bulk_create(
        [
            TimelineEvent(
                customer=customer,
                kind=TimelineEvent.Kind.EMAIL,
                at=now,
                summary=message.subject[:300],
                detail=note.text,
                source=f"crm.casenote:{note.id}",
                url=case_url(case),
                author=note.author,
                data={"case": case.pk},
            )
        ],
        ignore_conflicts=True,
    )
    return True


def reply_message(note, case, customer):
    status_url = ""
    request_id = service_request_id(case)
    if request_id is not None:
        from surveys.models import ServiceRequest

        service_request = ServiceRequest.objects.filter(pk=request_id).first()
        if service_request:
            status_url = absolute(service_request.get_status_url())
    with translation.override(customer.locale or settings.LANGUAGE_CODE):
        body = render_to_string(
            "crm/emails/case_reply.txt",
            {
                "note": note,
                "case": case,
                "customer": customer,
                "status_url": status_url,
            },
        )
        subject = translation.gettext("Re: %(subject)s") % {
            "subject": " ".join(case.subject.split())[:150]  # a header: one line
        }
    author_email = note.author.email if note.author else ""
    return EmailMessage(
        subject,
        body,
        None,
        [customer.email],
        reply_to=[author_email] if author_email else None,
    )


def overdue_cases(now=None):
    return (
        Case.objects.filter(
            status__in=Case.OPEN_STATUSES, due_at__lt=now or timezone.now()
        )
        .select_related("customer", "assignee")
        .order_by("due_at", "id")
    )


def preferred_language(user):
    from wagtail.users.models import UserProfile

    return (
        UserProfile.get_for_user(user).get_preferred_language()
        or settings.LANGUAGE_CODE
    )


@mail_task("crm.send_overdue_digest")
def send_overdue_digest():
    """E-mail each manager the open cases past their due time, theirs first;
    once a day however often beat or a redelivery runs it."""
    today = timezone.localdate()
    cases = list(overdue_cases())
    if not cases:
        return 0
    sent = 0
    for manager in managers().exclude(email=""):
        # A mark per manager and day: a retry after a failure halfway sends
        # only to those who did not get it.
        key = f"crm:overdue-digest:{today.isoformat()}:{manager.id}"
        if not cache.add(key, True, timeout=36 * 3600):
            continue
        try:
            mine = [case for case in cases if case.assignee_id == manager.id]
            others = [case for case in cases if case.assignee_id != manager.id]
            with translation.override(preferred_language(manager)):
                body = render_to_string(
                    "crm/emails/overdue_digest.txt",
                    {
                        "manager": manager,
                        "mine": [(case, absolute(case_url(case))) for case in mine],
                        "others": [(case, absolute(case_url(case))) for case in others],
                        "inbox_url": absolute(reverse("crm_cases:index"))
                        + "?due=overdue",
                    },
                )
                subject = translation.ngettext(
                    "%(count)d overdue case", "%(count)d overdue cases", len(cases)
                ) % {"count": len(cases)}
            EmailMessage(subject, body, None, [manager.email]).send()
        except BaseException:
            cache.delete(key)  # the retry sends this manager's digest
            raise
        sent += 1
    return sent
