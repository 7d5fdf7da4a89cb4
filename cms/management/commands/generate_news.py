import datetime
import random

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from wagtail.models import Locale

from cms.models import NewsIndexPage, NewsPage, Topic

WORDS = (
    "crane hoist gantry port steel plant warehouse load safety service modernisation "
    "automation girder trolley rail drive inverter inspection contract market demand "
    "logistics energy efficiency digital remote monitoring maintenance capacity"
).split()


class Command(BaseCommand):
    help = "Add N random published news articles to the English news index (for benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, count, seed, **options):
        if count < 1:
            raise CommandError("count must be 1 or more.")
        locale = Locale.objects.get(language_code="en")
        index = NewsIndexPage.objects.filter(locale=locale).first()
        if index is None:
            raise CommandError("No English news index: run load_demo_content first.")
        topics = list(Topic.objects.filter(locale=locale)) or [None]
        rng = random.Random(seed)
        start = index.get_children().count()
        for number in range(start, start + count):
            words = rng.sample(WORDS, 6)
            title = " ".join(words).capitalize()
            paragraphs = [
                "<p>" + " ".join(rng.choices(WORDS, k=60)).capitalize() + ".</p>"
                for _ in range(4)
            ]
            article = NewsPage(
                title=title,
                slug=f"generated-{number}",
                lead=" ".join(rng.choices(WORDS, k=25)).capitalize() + ".",
                date=timezone.localdate()
                - datetime.timedelta(days=rng.randint(0, 365)),
                topic=rng.choice(topics),
                body=[("paragraph", text) for text in paragraphs],
                first_published_at=timezone.now(),
            )
            index.add_child(instance=article)
        self.stdout.write(self.style.SUCCESS(f"Added {count} news articles."))
