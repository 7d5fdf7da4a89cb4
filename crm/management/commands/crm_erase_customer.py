import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from crm import privacy


class Command(BaseCommand):
    help = _(
        "Erase a customer's personal data from their record and the submissions it "
        "was built from; figures and counts are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help=_("The customer's e-mail address."))
        parser.add_argument(
            "--yes",
            action="store_true",
            help=_("Erase without asking for confirmation."),
        )

    def handle(self, *args, email, yes, **options):
        customer = privacy.find_customer(email)
        if customer is None:
            raise CommandError(
                _("No customer has the e-mail address %(email)s.") % {"email": email}
            )
        if not yes:
            if not sys.stdin.isatty():
                raise CommandError(_("Confirm the erasure with --yes."))
            answer = input(
                _("Erase the personal data of %(customer)s (#%(id)s)? Type yes: ")
                % {"customer": customer, "id": customer.id}
            )
            if answer.strip().lower() not in ("yes", _("yes")):
                raise CommandError(_("Nothing was erased."))
        privacy.erase_customer(customer)
        self.stdout.write(
            self.style.SUCCESS(
                _("Customer #%(id)s: personal data erased.") % {"id": customer.id}
            )
        )
