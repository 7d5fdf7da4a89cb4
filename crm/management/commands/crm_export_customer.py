from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from crm import privacy


class Command(BaseCommand):
    help = _(
        "Print what is held about a customer (the record, consents, timeline and "
        "cases) as JSON."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help=_("The customer's e-mail address."))

    def handle(self, *args, email, **options):
        customer = privacy.find_customer(email)
        if customer is None:
            raise CommandError(
                _("No customer has the e-mail address %(email)s.") % {"email": email}
            )
        self.stdout.write(privacy.export_json(customer))
        log(customer, "crm.export")
