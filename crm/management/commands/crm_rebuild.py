from django.core.management.base import BaseCommand

from crm import aggregation


class Command(BaseCommand):
    help = (
        "Recompute every customer record from the stored submissions, in batches "
        "(constant memory); cases and managers' notes are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=aggregation.BATCH_SIZE)

    def handle(self, batch_size, **options):
        taken = aggregation.rebuild(
            batch_size=batch_size,
            progress=lambda n: self.stderr.write(f"\r{n} submissions taken", ending=""),
        )
        self.stderr.write("")
        self.stdout.write(f"Rebuilt from {taken} submissions.")
