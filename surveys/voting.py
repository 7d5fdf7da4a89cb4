"""Casting a vote: one row per vote, counters moved in the same transaction."""

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.dispatch import receiver
from django.utils.translation import gettext as _

from wagtail.signals import published

from surveys.models import Poll, PollTally, PollVote, PollVoteChoice, RefusedSubmission
from surveys.spam import Refused


def already_voted(poll, visitor, fingerprint, user=None):
    match = Q(visitor=visitor) | Q(fingerprint=fingerprint)
    if user is not None and user.is_authenticated:
        match |= Q(user=user)
    return poll.votes.filter(match).exists()


def cast_vote(
    poll, choices, other, visitor, fingerprint, user=None, page=None, locale=""
):
    """Store a vote and count it, or raise Refused.

    The unique constraints on PollVote decide between concurrent votes of the same
    visitor, so exactly one of them is stored and counted.
    """
    refusal = poll.refusal()
    if refusal:
        raise Refused(RefusedSubmission.Reason.CLOSED, refusal, 409)
    user = user if user is not None and user.is_authenticated else None
    try:
        try:
            return store_vote(
                poll, choices, other, visitor, fingerprint, user, page, locale
            )
        except MissingTally:
            # A poll or choice that has never been counted: make its counters
            # (committed on their own) and store the vote again from scratch.
            ensure_tallies(poll)
            return store_vote(
                poll, choices, other, visitor, fingerprint, user, page, locale
            )
    except IntegrityError as error:
        raise Refused(
            RefusedSubmission.Reason.DUPLICATE,
            _("You have already voted in this poll."),
            409,
        ) from error


class MissingTally(Exception):
    pass


@transaction.atomic
def store_vote(poll, choices, other, visitor, fingerprint, user, page, locale):
    vote = PollVote.objects.create(
        poll=poll,
        other=other,
        visitor=visitor,
        fingerprint=fingerprint,
        user=user,
        page=page,
        locale=locale,
    )
    PollVoteChoice.objects.bulk_create(
        [PollVoteChoice(vote=vote, choice=choice) for choice in choices]
    )
    counted = [choice.id for choice in choices]
    updated = (
        PollTally.objects.filter(poll=poll)
        .filter(Q(choice__isnull=True) | Q(choice_id__in=counted))
        .update(votes=F("votes") + 1)
    )
    if updated != len(counted) + 1:
        raise MissingTally  # rolls the vote back
    return vote


def ensure_tallies(poll):
    """A counter for the poll's voters and for each of its choices."""
    existing = set(
        PollTally.objects.filter(poll=poll).values_list("choice_id", flat=True)
    )
    for choice_id in [None, *poll.choices.values_list("id", flat=True)]:
        if choice_id in existing:
            continue
        try:
            with transaction.atomic():
                PollTally.objects.create(poll=poll, choice_id=choice_id, votes=0)
        except IntegrityError:
            pass  # made by a vote at the same moment


def recount(poll):
    """Rebuild the poll's counters from its vote rows (they are the truth)."""
    with transaction.atomic():
        PollTally.objects.filter(poll=poll).delete()
        voters = poll.votes.count()
        PollTally.objects.create(poll=poll, choice=None, votes=voters)
        for choice in poll.choices.all():
            votes = PollVoteChoice.objects.filter(
                vote__poll=poll, choice=choice
            ).count()
            PollTally.objects.create(poll=poll, choice=choice, votes=votes)


@receiver(published, sender=Poll)
def count_from_publication(sender, instance, **kwargs):
    """Counters exist once a poll is published, so votes only ever update them."""
    ensure_tallies(instance)
