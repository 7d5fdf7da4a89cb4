"""Celery tasks of the customer records: thin, idempotent, taking keys and ids."""

from django.db import IntegrityError, OperationalError

from celery import shared_task

from crm import aggregation, interests
from crm.models import Aggregated

# Two tasks making the same new customer at once: one wins the unique e-mail, the
# other retries and finds it. A dropped database connection is worth a retry too.
TRANSIENT = (IntegrityError, OperationalError)
INTERESTS_DELAY_SECONDS = 60


@shared_task(
    name="crm.aggregate_submission",
    acks_late=True,
    autoretry_for=TRANSIENT,
    retry_backoff=True,
    max_retries=5,
)
def aggregate_submission(key):
    """Take one stored submission ("surveys.feedback:12") into the customer records."""
    taken = aggregation.aggregate([key])
    customer_id = (
        Aggregated.objects.filter(source=key)
        .values_list("customer_id", flat=True)
        .first()
    )
    if taken and customer_id:
        # The visit that led to it reaches analytics' raw hits within seconds
        # (the drain); the interests are read again once it is there.
        interests.refresh_interests.apply_async(
            [[customer_id]], countdown=INTERESTS_DELAY_SECONDS
        )
    return taken


@shared_task(name="crm.sweep_submissions", acks_late=True)
def sweep_submissions():
    """Aggregate whatever a lost task left behind."""
    return aggregation.sweep()


# The tasks of cases, segments, webhooks and privacy live beside their logic;
# importing them here lets Celery's autodiscovery find them.
from crm import cases, privacy, segments, webhooks  # noqa: E402, F401
