from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from analytics.drain import drain


class Command(BaseCommand):
    help = "Store every buffered hit now and refresh the daily figures."

    def handle(self, *args, **options):
        count = drain()
        self.stdout.write(_("%(count)s hits drained.") % {"count": count})
