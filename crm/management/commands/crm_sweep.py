from django.core.management.base import BaseCommand

from crm import aggregation


class Command(BaseCommand):
    help = "Take into the customer records every stored submission not taken yet."

    def handle(self, **options):
        taken = aggregation.sweep(
            progress=lambda n: self.stderr.write(f"\r{n} submissions taken", ending="")
        )
        self.stderr.write("")
        self.stdout.write(f"{taken} submissions taken.")
