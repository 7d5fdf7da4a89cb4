"""Casting a vote: one row per vote, counters moved in the same transaction."""

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils.translation import gettext as _

from surveys.models import PollTally, PollVote, PollVoteChoice, RefusedSubmission
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
        with transaction.atomic():
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
            if updated < len(counted) + 1:
                create_missing_tallies(poll, counted)
    except IntegrityError as error:
        raise Refused(
            RefusedSubmission.Reason.DUPLICATE,
            _("You have already voted in this poll."),
            409,
        ) from error
    return vote


def create_missing_tallies(poll, counted):
    """Counters for choices voted for the first time (a new poll or a new choice)."""
    existing = set(
        PollTally.objects.filter(poll=poll).values_list("choice_id", flat=True)
    )
    missing = [choice_id for choice_id in [None, *counted] if choice_id not in existing]
    for choice_id in missing:
        with transaction.atomic():
            # Another vote may create the same counter at the same moment.
            try:
                PollTally.objects.create(poll=poll, choice_id=choice_id, votes=0)
            except IntegrityError:
                pass
    counters = Q(
        choice_id__in=[choice_id for choice_id in missing if choice_id is not None]
    )
    if None in missing:
        counters |= Q(choice__isnull=True)
    PollTally.objects.filter(poll=poll).filter(counters).update(votes=F("votes") + 1)


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
