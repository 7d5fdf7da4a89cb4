"""Each stored submission queues its aggregation once the transaction commits.
Invitations are marked sent with an update (no signal): the sweep takes them."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from crm.aggregation import source_key
from crm.tasks import aggregate_submission

WATCHED = {
    "surveys.feedback",
    "surveys.servicerequest",
    "surveys.servicerequestevent",
    "surveys.questionnaireresponse",
    "surveys.pollvote",
}


@receiver(post_save)
def queue_aggregation(sender, instance, created, raw=False, **kwargs):
    if not created or raw or sender._meta.label_lower not in WATCHED:
        return
    if sender._meta.label_lower == "surveys.pollvote" and instance.user_id is None:
        return  # an anonymous vote tells nothing about a customer
    aggregate_submission.delay_on_commit(source_key(instance))
