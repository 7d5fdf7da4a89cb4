import datetime
import json

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from analytics.reports import report


def day(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(
            _("%(value)r is not a date like 2026-11-28") % {"value": value}
        ) from error


class Command(BaseCommand):
    help = "Print the audience figures for a date range (days in the site's time zone)."

    def add_arguments(self, parser):
        parser.add_argument("--start", required=True, help="first day, YYYY-MM-DD")
        parser.add_argument("--end", required=True, help="last day, YYYY-MM-DD")
        parser.add_argument("--json", action="store_true", help="print JSON")

    def handle(self, *args, **options):
        start, end = day(options["start"]), day(options["end"])
        if end < start:
            raise CommandError(_("--end must not be before --start"))
        figures = report(start, end)
        if options["json"]:
            self.stdout.write(json.dumps(figures, ensure_ascii=False, indent=2))
            return
        for name in ("visitors", "visits", "pageviews", "bounce_rate"):
            self.stdout.write(f"{name:<14}{figures[name]}")
        for page in figures["pages"][:10]:
            self.stdout.write(f"{page['pageviews']:>8}  {page['path']}")
