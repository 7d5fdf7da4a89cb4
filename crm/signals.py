"""Each stored submission queues its aggregation once the transaction commits.
Invitations are marked sent with an update (no signal): the sweep takes them.
Signed-in users' votes are stored by one SQL statement on PostgreSQL, so they
come through surveys' own signal rather than post_save."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from crm import cases
from crm.aggregation import source_key
from crm.models import Case
from crm.tasks import aggregate_submission
from portal.celery import queue_after_commit
from surveys.voting import identified_vote_stored

WATCHED = {
    "surveys.feedback",
    "surveys.servicerequest",
    "surveys.servicerequestevent",
    "surveys.questionnaireresponse",
}


@receiver(post_save)
def queue_aggregation(sender, instance, created, raw=False, **kwargs):
    if not created or raw or sender._meta.label_lower not in WATCHED:
        return
    queue_after_commit(aggregate_submission, source_key(instance))


@receiver(post_save, sender="surveys.ServiceRequestEvent")
def move_request_case(sender, instance, created, raw=False, **kwargs):
    """A request's status changed under Surveys moves its case too (the other way
    round, a case moves its request: crm.cases.change_status)."""
    if not created or raw:
        return
    case = Case.objects.filter(
        source=f"surveys.servicerequest:{instance.request_id}"
    ).first()
    if case is not None:
        cases.change_status(case, instance.status, author=instance.author)


@receiver(identified_vote_stored)
def queue_vote_aggregation(sender, vote_id, **kwargs):
    queue_after_commit(aggregate_submission, f"surveys.pollvote:{vote_id}")
