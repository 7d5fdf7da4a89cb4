"""Casting a vote: one row per vote, counters moved in the same transaction."""

import contextlib

from django.core.cache import cache
from django.db import IntegrityError, connection, transaction
from django.db.models import F, Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.signals import published

from surveys.models import (
    Poll,
    PollChoice,
    PollTally,
    PollVote,
    PollVoteChoice,
    RefusedSubmission,
)
from surveys.spam import Refused


def poll_cache_key(poll_id):
    return f"surveys:poll:{poll_id}"


def poll_for_voting(poll_id):
    """The poll and its choices, from the cache: a vote needs no query to read them."""
    key = poll_cache_key(poll_id)
    poll = cache.get(key)
    if poll is None:
        poll = Poll.objects.filter(id=poll_id).prefetch_related("choices").first()
        if poll is not None:
            cache.set(key, poll, 600)
    return poll


@receiver([post_save, post_delete], sender=Poll)
@receiver([post_save, post_delete], sender=PollChoice)
def forget_cached_poll(sender, instance, **kwargs):
    cache.delete(
        poll_cache_key(instance.poll_id if sender is PollChoice else instance.id)
    )


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


def store_vote(poll, choices, other, visitor, fingerprint, user, page, locale):
    """Store the vote and move its counters atomically; return the poll's counters
    ({choice id, or None for voters: votes}) as they are after this vote."""
    row = {
        "poll_id": poll.id,
        "other": other,
        "visitor": visitor,
        "fingerprint": fingerprint,
        "user_id": user.id if user else None,
        "page_id": page.id if page else None,
        "locale": locale,
        "created_at": timezone.now(),
    }
    counted = [choice.id for choice in choices]
    if connection.vendor == "postgresql":
        return store_vote_in_one_statement(row, counted)
    return store_vote_with_orm(row, counted)


@transaction.atomic
def store_vote_with_orm(row, counted):
    vote = PollVote.objects.create(**row)
    PollVoteChoice.objects.bulk_create(
        [PollVoteChoice(vote=vote, choice_id=choice_id) for choice_id in counted]
    )
    tallies = PollTally.objects.filter(poll_id=row["poll_id"])
    moved = tallies.filter(Q(choice__isnull=True) | Q(choice_id__in=counted)).update(
        votes=F("votes") + 1
    )
    if moved != len(counted) + 1:
        raise MissingTally  # rolls the vote back
    return dict(tallies.values_list("choice_id", "votes"))


# PostgreSQL does the whole vote in one statement, so one round trip and its own
# transaction: the vote row, its picks, the counters moved (made if missing), and
# every counter of the poll read back after the move.
VOTE_SQL = """
WITH vote AS (
    INSERT INTO surveys_pollvote
        (poll_id, other, visitor, fingerprint, user_id, page_id, locale, created_at)
    VALUES (%(poll_id)s, %(other)s, %(visitor)s, %(fingerprint)s, %(user_id)s,
            %(page_id)s, %(locale)s, %(created_at)s)
    RETURNING id
), picks AS (
    INSERT INTO surveys_pollvotechoice (vote_id, choice_id)
    SELECT vote.id, picked FROM vote, unnest(%(counted)s::bigint[]) AS picked
), voters AS (
    INSERT INTO surveys_polltally (poll_id, choice_id, votes)
    SELECT %(poll_id)s, NULL, 1 FROM vote
    ON CONFLICT (poll_id) WHERE choice_id IS NULL
    DO UPDATE SET votes = surveys_polltally.votes + 1
    RETURNING choice_id, votes
), chosen AS (
    INSERT INTO surveys_polltally (poll_id, choice_id, votes)
    SELECT %(poll_id)s, picked, 1 FROM vote, unnest(%(counted)s::bigint[]) AS picked
    ON CONFLICT (poll_id, choice_id)
    DO UPDATE SET votes = surveys_polltally.votes + 1
    RETURNING choice_id, votes
)
SELECT choice_id, votes FROM voters
UNION ALL SELECT choice_id, votes FROM chosen
UNION ALL
SELECT choice_id, votes FROM surveys_polltally
WHERE poll_id = %(poll_id)s AND choice_id IS NOT NULL AND NOT choice_id = ANY(%(counted)s)
"""


def store_vote_in_one_statement(row, counted):
    # Alone, the statement is its own transaction. Inside an outer transaction a
    # savepoint keeps a refused duplicate from spoiling the rest of it.
    guard = (
        transaction.atomic() if connection.in_atomic_block else contextlib.nullcontext()
    )
    with guard, connection.cursor() as cursor:
        cursor.execute(VOTE_SQL, {**row, "counted": counted})
        return dict(cursor.fetchall())


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
