"""Outgoing webhooks: new feedback, new service requests and case status changes
are POSTed as JSON to the addresses managers configure, signed with each
webhook's secret, retried with backoff, and logged as WebhookDelivery rows.

Signing: X-Portal-Signature is "sha256=" and the hex HMAC-SHA256 of the raw body
with the secret. The body carries the send time ("sent_at", also in the
X-Portal-Timestamp header), so the signature covers it and a receiver can refuse
old replays. X-Portal-Delivery is the same on every attempt of one delivery:
receivers use it to ignore a repeat (delivery is at least once).
"""

import datetime
import hashlib
import hmac
import http.client
import json
import logging
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone

from celery import shared_task

from crm.models import Case, Webhook, WebhookDelivery
from portal.celery import queue_after_commit
from surveys.models import Feedback, ServiceRequest

logger = logging.getLogger(__name__)

Event = Webhook.Event
TIMEOUT = 10  # seconds
MAX_ATTEMPTS = 6
# A delivery being sent is claimed for this long: a worker that dies mid-send
# leaves it to the next sweep. Well above TIMEOUT.
CLAIM = datetime.timedelta(minutes=2)
SWEEP_BATCH = 500
USER_AGENT = "portal-webhooks/1"
# Errors of sending that a later attempt may not meet: refused or reset
# connections, timeouts, DNS, HTTP errors (urllib's are OSErrors), garbled replies.
SEND_ERRORS = (OSError, http.client.HTTPException)


def signature(secret, body):
    """The X-Portal-Signature value of a raw body."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def backoff(attempts):
    """How long to wait after this many failed attempts: 1, 2, 4, 8, 16 minutes."""
    return datetime.timedelta(minutes=2 ** (attempts - 1))


def queue(event, key, payload):
    """A delivery of this event to every active webhook subscribed to it, sent
    once the transaction commits. The key makes queueing twice a no-op."""
    created = []
    for webhook in Webhook.objects.filter(active=True):
        if event not in webhook.events:
            continue
        delivery, new = WebhookDelivery.objects.get_or_create(
            webhook=webhook,
            key=key,
            defaults={
                "event": event,
                "payload": payload,
                "next_attempt_at": timezone.now(),
            },
        )
        if new:  # retry_webhooks sends it if the broker is away
            queue_after_commit(deliver_webhook, delivery.id)
            created.append(delivery)
    return created


def claim(delivery_id, now):
    """The delivery, if it is due and this caller is the one to send it: the
    conditional update lets one of two concurrent tasks through."""
    claimed = WebhookDelivery.objects.filter(
        pk=delivery_id, delivered_at__isnull=True, next_attempt_at__lte=now
    ).update(next_attempt_at=now + CLAIM)
    if not claimed:
        return None
    return WebhookDelivery.objects.select_related("webhook").get(pk=delivery_id)


def body_of(delivery, now):
    return json.dumps(
        {
            "id": delivery.id,
            "event": delivery.event,
            "created_at": delivery.created_at,
            "sent_at": int(now.timestamp()),
            "data": delivery.payload,
        },
        cls=DjangoJSONEncoder,
        separators=(",", ":"),
    ).encode()


class RefuseRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is reported as the 3xx it is: a POST is not silently turned
    into a GET, nor sent somewhere the manager did not configure."""

    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(RefuseRedirects)


def post(url, body, headers):
    """The response's status code; raises one of SEND_ERRORS on failure."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise OSError(f"not an http(s) address: {url}")
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    with opener.open(request, timeout=TIMEOUT) as response:
        response.read(65536)
        return response.status


def deliver(delivery_id):
    """Send one delivery if it is due and not delivered yet; True when it was
    delivered by this call."""
    now = timezone.now()
    delivery = claim(delivery_id, now)
    if delivery is None:
        return False
    webhook = delivery.webhook
    body = body_of(delivery, now)
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-Portal-Event": delivery.event,
        "X-Portal-Delivery": str(delivery.id),
        "X-Portal-Timestamp": str(int(now.timestamp())),
        "X-Portal-Signature": signature(webhook.secret, body),
    }
    status, error = None, ""
    try:
        status = post(webhook.url, body, headers)
    except urllib.error.HTTPError as failure:
        status, error = failure.code, f"HTTP {failure.code} {failure.reason}"
    except SEND_ERRORS as failure:
        error = f"{type(failure).__name__}: {failure}"
    attempts = delivery.attempts + 1
    done = timezone.now()
    if not error and status is not None and 200 <= status < 300:
        fields = {"delivered_at": done, "next_attempt_at": None, "error": ""}
    else:
        error = error or f"HTTP {status}"
        gave_up = attempts >= MAX_ATTEMPTS
        fields = {
            "error": error[:300],
            "next_attempt_at": None if gave_up else done + backoff(attempts),
        }
        logger.warning(
            "webhook %s: delivery %s attempt %s failed: %s%s",
            webhook.id,
            delivery.id,
            attempts,
            error,
            " (giving up)" if gave_up else "",
        )
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        attempts=attempts, status_code=status, **fields
    )
    return "delivered_at" in fields


def retry_now(deliveries):
    """Make these undelivered deliveries due at once (a given-up one gets another
    attempt) and send them; returns how many."""
    ids = list(
        deliveries.filter(delivered_at__isnull=True).values_list("id", flat=True)
    )
    WebhookDelivery.objects.filter(id__in=ids).update(next_attempt_at=timezone.now())
    for delivery_id in ids:
        deliver_webhook.delay_on_commit(delivery_id)
    return len(ids)


@shared_task(name="crm.deliver_webhook", acks_late=True)
def deliver_webhook(delivery_id):
    """Send one delivery; a delivered or not yet due one is left alone."""
    return deliver(delivery_id)


@shared_task(name="crm.retry_webhooks")
def retry_webhooks():
    """Send the deliveries whose next attempt is due (beat runs this every minute)."""
    due = WebhookDelivery.objects.filter(
        delivered_at__isnull=True, next_attempt_at__lte=timezone.now()
    ).order_by("next_attempt_at")
    ids = list(due.values_list("id", flat=True)[:SWEEP_BATCH])
    for delivery_id in ids:
        deliver_webhook.delay(delivery_id)
    return len(ids)


# Events. Payloads carry ids and kinds; feedback and requests also the contact
# details left with them, for the systems the managers connect.


def contact(submission):
    return {
        "name": submission.name,
        "email": submission.email,
        "phone": submission.phone,
        "company": submission.company,
        "locale": submission.locale,
    }


def feedback_payload(feedback):
    return {
        "feedback": {
            "id": feedback.id,
            "kind": feedback.kind,
            "channel": feedback.channel,
            "created_at": feedback.created_at.isoformat(),
            "contact": contact(feedback),
        }
    }


def request_payload(request):
    return {
        "request": {
            "id": request.id,
            "reference": request.reference,
            "type": {"id": request.request_type_id, "name": request.request_type.name},
            "status": request.status,
            "created_at": request.created_at.isoformat(),
            "contact": contact(request),
        }
    }


def case_payload(case, old, new):
    return {
        "case": {
            "id": case.id,
            "kind": case.kind,
            "customer": case.customer_id,
            "old_status": old,
            "status": new,
        }
    }


@receiver(post_save, sender=Feedback, dispatch_uid="crm.webhooks.feedback")
def feedback_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        transaction.on_commit(
            lambda: queue(
                Event.FEEDBACK,
                f"{Event.FEEDBACK}:{instance.id}",
                feedback_payload(instance),
            )
        )


@receiver(post_save, sender=ServiceRequest, dispatch_uid="crm.webhooks.request")
def request_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        # After the commit: the reference is written by a second query in save().
        transaction.on_commit(
            lambda: queue(
                Event.REQUEST,
                f"{Event.REQUEST}:{instance.id}",
                request_payload(instance),
            )
        )


def case_status_changed_receiver(sender, case, old, new, **kwargs):
    # Each change is its own event, even back to an earlier status.
    at = int(timezone.now().timestamp() * 1000)
    transaction.on_commit(
        lambda: queue(
            Event.CASE_STATUS,
            f"{Event.CASE_STATUS}:{case.id}:{at}",
            case_payload(case, old, new),
        )
    )


try:
    from crm.cases import case_status_changed
except ImportError:  # the cases module predates the signal
    logger.warning("crm.cases.case_status_changed is missing: no case webhooks")
else:
    case_status_changed.connect(
        case_status_changed_receiver, sender=Case, dispatch_uid="crm.webhooks.case"
    )
