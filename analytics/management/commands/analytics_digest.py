from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import get_connection
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from analytics import digest


class Command(BaseCommand):
    help = (
        "Send the weekly audience digest to Marketers now (once a week, as the "
        "scheduled task does), or a copy to one address."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="print who would receive it and the text; send and record nothing",
        )
        parser.add_argument(
            "--to",
            metavar="EMAIL",
            help="send a copy to this address only, in LANGUAGE_CODE; the week is "
            "not recorded as sent",
        )

    def handle(self, *args, **options):
        address = options["to"]
        if address:
            try:
                validate_email(address)
            except ValidationError as error:
                raise CommandError(
                    _("%(email)r is not an e-mail address") % {"email": address}
                ) from error
            people = [(address, settings.LANGUAGE_CODE)]
        else:
            people = digest.recipients()
        today = timezone.localdate()
        start, end = digest.period(today)
        if options["dry_run"]:
            self.preview(people, start, end)
            return
        if address:
            connection = get_connection()
            sent = connection.send_messages(
                digest.messages(people, start, end, connection)
            )
        else:
            sent = digest.send_weekly(today)
            if people and not sent:
                self.stdout.write(
                    _(
                        "The digest of week %(week)s was sent already; use --to to "
                        "send a copy."
                    )
                    % {"week": digest.week_of(today)}
                )
        sent = sent or 0
        self.stdout.write(
            ngettext("%(count)s e-mail sent.", "%(count)s e-mails sent.", sent)
            % {"count": sent}
        )

    def preview(self, people, start, end):
        if not people:
            self.stdout.write(_("No active Marketer has an e-mail address."))
        for email, language in people:
            self.stdout.write(f"{email} ({language})")
        sample = people[:1] or [("", settings.LANGUAGE_CODE)]
        for mail in digest.messages(sample, start, end):
            self.stdout.write(f"\n{mail.subject}\n\n{mail.body}")
