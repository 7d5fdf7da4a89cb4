"""Questionnaires sent to named people: personal links by e-mail, answered once.

Recipients come from an uploaded CSV file (the admin's upload view) or from
another app through `invite()`, which takes plain (email, name) pairs so that
callers such as customer records depend on surveys and never the other way.
"""

import csv
import io
import logging
import secrets
import smtplib
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.base_user import BaseUserManager
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage, get_connection
from django.core.validators import validate_email
from django.db.models import Count, F, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from surveys.models import Invitation

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_ROWS = 10_000
EMAIL_COLUMNS = ("email", "e-mail")
NAME_COLUMNS = ("name",)
NAME_MAX_LENGTH = Invitation._meta.get_field("name").max_length


def new_token():
    """A personal link's secret: 24 random bytes, 192 bits."""
    return secrets.token_urlsafe(24)


def normalize_email(email):
    return BaseUserManager.normalize_email((email or "").strip())


# Recipients from a CSV file


class InvalidFile(ValidationError):
    """The whole file is refused: too big, not UTF-8, no e-mail column, too long."""


@dataclass
class RowError:
    row: int
    message: str


@dataclass
class Recipients:
    """What a CSV file holds: who to invite, and the rows that were left out."""

    recipients: list = field(default_factory=list)  # (email, name) pairs
    errors: list = field(default_factory=list)  # RowError, by row number
    rows: int = 0


def parse_recipients(uploaded):
    """Read an uploaded CSV file of recipients: a header row naming an `email`
    column and optionally `name`, separated by `;` or `,`, in UTF-8.

    Rows are numbered as a spreadsheet shows them (the header is row 1). Raises
    InvalidFile when the file as a whole cannot be used.
    """
    if uploaded.size > MAX_FILE_BYTES:
        raise InvalidFile(
            _("The file is too big: at most %(size)s MB.")
            % {"size": MAX_FILE_BYTES // (1024 * 1024)}
        )
    try:
        text = uploaded.read().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidFile(
            _("The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.")
        ) from error
    return parse_recipients_text(text)


def parse_recipients_text(text):
    lines = text.splitlines()
    header = lines[0] if lines else ""
    delimiter = ";" if ";" in header else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        columns = [column.strip().lower() for column in next(reader)]
    except StopIteration:
        raise InvalidFile(_("The file is empty.")) from None
    email_at = next((columns.index(c) for c in EMAIL_COLUMNS if c in columns), None)
    if email_at is None:
        raise InvalidFile(
            _("The first row must name the columns, with one called “email”.")
        )
    name_at = next((columns.index(c) for c in NAME_COLUMNS if c in columns), None)

    result = Recipients()
    first_seen = {}
    for number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        result.rows += 1
        if result.rows > MAX_ROWS:
            raise InvalidFile(
                _("The file has too many rows: at most %(rows)s.")
                % {"rows": f"{MAX_ROWS:,}"}
            )
        cell = row[email_at] if email_at < len(row) else ""
        email = normalize_email(cell)
        name = (
            row[name_at].strip() if name_at is not None and name_at < len(row) else ""
        )
        if not email:
            result.errors.append(RowError(number, _("The e-mail is missing.")))
            continue
        try:
            validate_email(email)
        except ValidationError:
            result.errors.append(
                RowError(
                    number,
                    _("“%(email)s” is not a valid e-mail.") % {"email": cell.strip()},
                )
            )
            continue
        key = email.lower()
        if key in first_seen:
            result.errors.append(
                RowError(
                    number,
                    _("%(email)s is already in row %(row)s.")
                    % {"email": email, "row": first_seen[key]},
                )
            )
            continue
        first_seen[key] = number
        result.recipients.append((email, name[:NAME_MAX_LENGTH]))
    return result


# Invitations


@dataclass
class Invited:
    """What `invite()` did: invitations created, and recipients left out."""

    created: int = 0
    already_invited: int = 0
    invalid: list = field(default_factory=list)  # e-mails that are not valid

    def summary(self):
        parts = [
            ngettext(
                "%(count)s invitation created.",
                "%(count)s invitations created.",
                self.created,
            )
            % {"count": self.created}
        ]
        if self.already_invited:
            parts.append(
                ngettext(
                    "%(count)s recipient was already invited and is skipped.",
                    "%(count)s recipients were already invited and are skipped.",
                    self.already_invited,
                )
                % {"count": self.already_invited}
            )
        if self.invalid:
            parts.append(
                ngettext(
                    "%(count)s invalid e-mail is skipped.",
                    "%(count)s invalid e-mails are skipped.",
                    len(self.invalid),
                )
                % {"count": len(self.invalid)}
            )
        return " ".join(parts)


def invited_emails(page):
    return {email.lower() for email in page.invitations.values_list("email", flat=True)}


def invite(page, recipients, send=True):
    """Invite people to answer a questionnaire page: `recipients` are (email, name)
    pairs. Anyone already invited to this page is skipped, as are invalid e-mails.

    With `send`, the e-mails go out after the transaction commits.
    """
    result = Invited()
    existing = invited_emails(page)
    new = []
    for email, name in recipients:
        email = normalize_email(email)
        try:
            validate_email(email)
        except ValidationError:
            result.invalid.append(email)
            continue
        if email.lower() in existing:
            result.already_invited += 1
            continue
        existing.add(email.lower())
        new.append(
            Invitation(
                page=page,
                email=email,
                name=(name or "").strip()[:NAME_MAX_LENGTH],
                token=new_token(),
            )
        )
    # Conflicts only arise when the same people are invited at the same moment.
    Invitation.objects.bulk_create(new, batch_size=500, ignore_conflicts=True)
    result.created = len(new)
    if send and new:
        from surveys.tasks import send_invitations

        send_invitations.delay_on_commit(page.id)
    return result


def personal_link(invitation):
    """The questionnaire's absolute address, carrying the invitation's token."""
    url = invitation.page.get_url()
    if url.startswith("/"):
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url
    return f"{url}?invitation={invitation.token}"


def statistics(page):
    """How a questionnaire's invitations fared; opening and starting are implied
    by the later steps, since a visitor's script may not report every one."""
    completed = Q(completed_at__isnull=False)
    started = Q(started_at__isnull=False) | completed
    opened = Q(opened_at__isnull=False) | started
    counts = page.invitations.aggregate(
        invited=Count("id"),
        sent=Count("id", filter=Q(sent_at__isnull=False)),
        opened=Count("id", filter=opened),
        started=Count("id", filter=started),
        completed=Count("id", filter=completed),
        reminded=Count("id", filter=Q(reminders_sent__gt=0)),
    )
    counts["rate"] = counts["completed"] / counts["sent"] if counts["sent"] else None
    return counts


# E-mails


def message(invitation, reminder=False):
    page = invitation.page
    with translation.override(page.locale.language_code):
        body = render_to_string(
            "surveys/emails/invitation_reminder.txt"
            if reminder
            else "surveys/emails/invitation.txt",
            {
                "invitation": invitation,
                "page": page,
                "link": personal_link(invitation),
            },
        )
        subject = (
            translation.gettext("Reminder: %(title)s")
            if reminder
            else translation.gettext("Your opinion, please: %(title)s")
        ) % {"title": page.title}
    return EmailMessage(subject, body, None, [invitation.email])


def send_invitations(page_id):
    """E-mail every invitation to the page not sent yet; each is marked sent only
    once its e-mail has gone, so running again sends only what is left."""
    pending = (
        Invitation.objects.filter(
            page_id=page_id, page__live=True, sent_at__isnull=True
        )
        .select_related("page__locale")
        .order_by("id")
    )
    sent = 0
    with get_connection() as connection:
        for invitation in pending.iterator():
            email = message(invitation)
            email.connection = connection
            try:
                email.send()
            except smtplib.SMTPRecipientsRefused:
                # One bad address must not hold up the others or retry forever.
                logger.warning(
                    "Invitation %s refused by the mail server", invitation.id
                )
                continue
            Invitation.objects.filter(pk=invitation.pk).update(sent_at=timezone.now())
            sent += 1
    return sent


def due_for_reminder(now=None):
    """Invitations sent long enough ago, unanswered, with reminders left, and not
    reminded recently."""
    now = now or timezone.now()
    cutoff = now - timezone.timedelta(days=settings.SURVEYS_REMINDER_DAYS)
    return Invitation.objects.filter(
        Q(last_reminded_at__isnull=True) | Q(last_reminded_at__lte=cutoff),
        page__live=True,
        sent_at__lte=cutoff,
        completed_at__isnull=True,
        reminders_sent__lt=settings.SURVEYS_MAX_REMINDERS,
    )


def send_reminders():
    """Remind whoever has not answered; a reminder is counted once it is sent, so a
    second run the same day finds nothing due."""
    sent = 0
    due = due_for_reminder().select_related("page__locale").order_by("id")
    with get_connection() as connection:
        for invitation in due.iterator():
            email = message(invitation, reminder=True)
            email.connection = connection
            try:
                email.send()
            except smtplib.SMTPRecipientsRefused:
                logger.warning("Reminder %s refused by the mail server", invitation.id)
                continue
            Invitation.objects.filter(
                pk=invitation.pk, reminders_sent=invitation.reminders_sent
            ).update(
                reminders_sent=F("reminders_sent") + 1,
                last_reminded_at=timezone.now(),
            )
            sent += 1
    return sent
