import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation

from celery import shared_task

from surveys import invitations, visitors
from surveys.models import ServiceRequest, ServiceRequestEvent

# SMTP hiccups are worth a retry; anything else is a bug to see at once.
TRANSIENT = (ConnectionError, TimeoutError, OSError)


def mail_task(name):
    """A task that sends e-mail: retried with backoff when the mail server fails."""
    return shared_task(
        name=name, autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5
    )


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


@mail_task("surveys.notify_managers_of_request")
def notify_managers_of_request(request_id):
    """E-mail the request type's managers about a new request, once."""
    service_request = ServiceRequest.objects.select_related("request_type").get(
        id=request_id
    )
    recipients = service_request.request_type.manager_emails()
    if service_request.managers_notified_at or not recipients:
        return
    with translation.override(settings.LANGUAGE_CODE):
        body = render_to_string(
            "surveys/emails/request_new.txt",
            {
                "service_request": service_request,
                "admin_url": absolute(
                    f"/admin/surveys/servicerequest/edit/{service_request.id}/"
                ),
            },
        )
        subject = translation.gettext("New request %(reference)s: %(type)s") % {
            "reference": service_request.reference,
            "type": service_request.request_type.name,
        }
    send_mail(subject, body, None, recipients)
    ServiceRequest.objects.filter(id=request_id).update(
        managers_notified_at=timezone.now()
    )


@mail_task("surveys.email_request_status")
def email_request_status(event_id):
    """Tell the requester their request's status changed, once per change."""
    event = ServiceRequestEvent.objects.select_related("request__request_type").get(
        id=event_id
    )
    service_request = event.request
    if event.emailed_at or not service_request.email:
        return
    with translation.override(service_request.locale or settings.LANGUAGE_CODE):
        body = render_to_string(
            "surveys/emails/request_status.txt",
            {
                "service_request": service_request,
                "event": event,
                "status_url": absolute(service_request.get_status_url()),
            },
        )
        subject = translation.gettext("Your request %(reference)s: %(status)s") % {
            "reference": service_request.reference,
            "status": event.get_status_display(),
        }
    send_mail(subject, body, None, [service_request.email])
    ServiceRequestEvent.objects.filter(id=event_id).update(emailed_at=timezone.now())


@shared_task(name="surveys.purge_old_salts")
def purge_old_salts():
    """Forget the salts of past days so visitor keys cannot be traced to an IP."""
    return visitors.purge_old_salts()


@shared_task(name="surveys.sweep_notifications")
def sweep_notifications(older_than_minutes=5):
    """Queue again the e-mails whose task never ran (broker down, worker lost)."""
    cutoff = timezone.now() - datetime.timedelta(minutes=older_than_minutes)
    requests = ServiceRequest.objects.filter(
        managers_notified_at__isnull=True, created_at__lt=cutoff
    ).exclude(request_type__notify_emails="")
    for request_id in requests.values_list("id", flat=True):
        notify_managers_of_request.delay(request_id)
    events = ServiceRequestEvent.objects.filter(
        emailed_at__isnull=True, created_at__lt=cutoff, request__email__gt=""
    ).exclude(status=ServiceRequest.Status.NEW)
    for event_id in events.values_list("id", flat=True):
        email_request_status.delay(event_id)


@mail_task("surveys.send_invitations")
def send_invitations(page_id):
    """E-mail a questionnaire's unsent invitations; a second run sends nothing."""
    return invitations.send_invitations(page_id)


@mail_task("surveys.send_reminders")
def send_reminders():
    """Remind invited people who have not answered (daily, from the beat schedule)."""
    return invitations.send_reminders()
