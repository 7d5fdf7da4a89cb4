import logging

from django.core.management import call_command
from django.core.management.base import BaseCommand

from cms.demo.audience import build_audience
from cms.demo.build import DemoBuilder


class Command(BaseCommand):
    help = (
        "Load the demo company's pages, news, topics and menus in English and Russian."
    )

    def handle(self, *args, **options):
        # Wagtail logs every page created and published: hundreds of lines here.
        logging.getLogger("wagtail").setLevel(logging.WARNING)
        logging.getLogger("django_tasks").setLevel(logging.WARNING)
        created = DemoBuilder().build()
        if created:
            call_command("update_index", verbosity=0)
            self.stdout.write(
                self.style.SUCCESS(f"Demo content loaded: {created} objects created.")
            )
        else:
            self.stdout.write("Demo content already in place: nothing changed.")
        hits = build_audience()
        if hits:
            self.stdout.write(
                self.style.SUCCESS(f"Demo audience made: {hits} visits and events.")
            )
