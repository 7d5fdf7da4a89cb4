"""Casting a vote: one row per vote, counters moved in the same transaction."""

import contextlib
import time

from django.db import IntegrityError, connection, transaction
from django.db.models import F, Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal, receiver
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Page
from wagtail.signals import published

import psycopg

from surveys.models import (
    Poll,
    PollChoice,
    PollTally,
    PollVote,
    PollVoteChoice,
    RefusedSubmission,
)
from surveys.spam import Refused

# Each process keeps the polls it serves for a short while: a vote then needs no
# query and no cache round trip to read its poll. Saving a poll forgets it in this
# process at once and in the others within POLL_CACHE_SECONDS; whether a poll is
# live and open is decided again by the database in the vote statement itself.
POLL_CACHE_SECONDS = 30
_polls = {}

# Sent after a signed-in user's vote is stored (kwargs: vote_id), for those who
# keep records of people: on PostgreSQL the vote is one statement, not a save().
identified_vote_stored = Signal()


def poll_for_voting(poll_id):
    """The poll and its choices, or None when there is no such poll."""
    cached = _polls.get(poll_id)
    if cached and cached[0] > time.monotonic() and cached[1].is_open:
        return cached[1]
    # Not cached, expired, or cached as closed (it may have been reopened since).
    poll = Poll.objects.filter(id=poll_id).prefetch_related("choices").first()
    if poll is not None:
        _polls[poll_id] = (time.monotonic() + POLL_CACHE_SECONDS, poll)
    return poll


@receiver([post_save, post_delete], sender=Poll)
@receiver([post_save, post_delete], sender=PollChoice)
def forget_cached_poll(sender, instance, **kwargs):
    _polls.pop(instance.poll_id if sender is PollChoice else instance.id, None)


def already_voted(poll, visitor, fingerprint, user=None):
    match = Q(visitor=visitor) | Q(fingerprint=fingerprint)
    if user is not None and user.is_authenticated:
        match |= Q(user=user)
    return poll.votes.filter(match).exists()


def cast_vote(
    poll, choices, other, visitor, fingerprint, user=None, page_id=None, locale=""
):
    """Store a vote and count it, or raise Refused.

    page_id is the page the vote was sent from, as posted: kept only if that page
    exists. The unique constraints on PollVote decide between concurrent votes of the same
    visitor, so exactly one of them is stored and counted.
    """
    refusal = poll.refusal()
    if refusal:
        raise Refused(RefusedSubmission.Reason.CLOSED, refusal, 409)
    user = user if user is not None and user.is_authenticated else None
    try:
        try:
            counts = store_vote(
                poll, choices, other, visitor, fingerprint, user, page_id, locale
            )
        except MissingTally:
            # A poll or choice that has never been counted: make its counters
            # (committed on their own) and store the vote again from scratch.
            ensure_tallies(poll)
            counts = store_vote(
                poll, choices, other, visitor, fingerprint, user, page_id, locale
            )
    except PollClosed:
        _polls.pop(poll.id, None)
        fresh = poll_for_voting(poll.id)
        raise Refused(
            RefusedSubmission.Reason.CLOSED,
            (fresh and fresh.refusal()) or _("This poll is not open."),
            409,
        ) from None
    except (IntegrityError, MissingTally) as error:
        _polls.pop(poll.id, None)
        if poll.choices.filter(id__in=[c.id for c in choices]).count() < len(choices):
            # Removed since this process cached the poll.
            raise Refused(
                RefusedSubmission.Reason.CLOSED,
                _("This answer is no longer offered. Please reload the page."),
                409,
            ) from error
        raise Refused(
            RefusedSubmission.Reason.DUPLICATE,
            _("You have already voted in this poll."),
            409,
        ) from error
    if user is not None:
        vote_id = PollVote.objects.filter(poll=poll, user=user).values("id")[0]["id"]
        identified_vote_stored.send(sender=PollVote, vote_id=vote_id)
    return counts


class MissingTally(Exception):
    pass


class PollClosed(Exception):
    pass


def store_vote(poll, choices, other, visitor, fingerprint, user, page_id, locale):
    """Store the vote and move its counters atomically; return the poll's counters
    ({choice id, or None for voters: votes}) as they are after this vote."""
    row = {
        "poll_id": poll.id,
        "other": other,
        "visitor": visitor,
        "fingerprint": fingerprint,
        "user_id": user.id if user else None,
        "page_id": page_id,
        "locale": locale,
        "created_at": timezone.now(),
    }
    counted = [choice.id for choice in choices]
    if connection.vendor == "postgresql":
        return store_vote_in_one_statement(row, counted)
    return store_vote_with_orm(row, counted)


@transaction.atomic
def store_vote_with_orm(row, counted):
    now = row["created_at"]
    is_open = (
        Q(live=True)
        & (Q(opens_at__isnull=True) | Q(opens_at__lte=now))
        & (Q(closes_at__isnull=True) | Q(closes_at__gt=now))
    )
    if not Poll.objects.filter(is_open, id=row["poll_id"]).exists():
        raise PollClosed
    if not Page.objects.filter(id=row["page_id"]).exists():
        row = {**row, "page_id": None}
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
# transaction: the vote row (only if the poll is live and open as stored now), its
# picks, the counters moved (made if missing), and every counter of the poll read
# back after the move. It is a prepared statement, planned once per connection.
VOTE_SQL = """
WITH vote AS (
    INSERT INTO surveys_pollvote
        (poll_id, other, visitor, fingerprint, user_id, page_id, locale, created_at)
    SELECT id, %(other)s::text, %(visitor)s::text, %(fingerprint)s::text,
           %(user_id)s::integer,
           (SELECT id FROM wagtailcore_page WHERE id = %(page_id)s::integer),
           %(locale)s::text, %(created_at)s::timestamptz
    FROM surveys_poll
    WHERE id = %(poll_id)s::bigint AND live
        AND (opens_at IS NULL OR opens_at <= %(created_at)s::timestamptz)
        AND (closes_at IS NULL OR closes_at > %(created_at)s::timestamptz)
    RETURNING id
), picks AS (
    INSERT INTO surveys_pollvotechoice (vote_id, choice_id)
    SELECT vote.id, picked FROM vote, unnest(%(counted)s::bigint[]) AS picked
), voters AS (
    INSERT INTO surveys_polltally (poll_id, choice_id, votes)
    SELECT %(poll_id)s::bigint, NULL, 1 FROM vote
    ON CONFLICT (poll_id) WHERE choice_id IS NULL
    DO UPDATE SET votes = surveys_polltally.votes + 1
    RETURNING choice_id, votes
), chosen AS (
    INSERT INTO surveys_polltally (poll_id, choice_id, votes)
    SELECT %(poll_id)s::bigint, picked, 1 FROM vote, unnest(%(counted)s::bigint[]) AS picked
    ON CONFLICT (poll_id, choice_id)
    DO UPDATE SET votes = surveys_polltally.votes + 1
    RETURNING choice_id, votes
)
SELECT choice_id, votes FROM voters
UNION ALL SELECT choice_id, votes FROM chosen
UNION ALL
SELECT choice_id, votes FROM surveys_polltally
WHERE poll_id = %(poll_id)s::bigint AND choice_id IS NOT NULL
    AND NOT choice_id = ANY(%(counted)s::bigint[])
"""


def store_vote_in_one_statement(row, counted):
    # Alone, the statement is its own transaction. Inside an outer transaction a
    # savepoint keeps a refused duplicate from spoiling the rest of it.
    guard = (
        transaction.atomic() if connection.in_atomic_block else contextlib.nullcontext()
    )
    with guard, connection.wrap_database_errors:
        connection.ensure_connection()
        # Django's cursors bind parameters on the client, which rules out prepared
        # statements; planning this statement anew cost as much as running it.
        with psycopg.Cursor(connection.connection) as cursor:
            cursor.execute(VOTE_SQL, {**row, "counted": counted}, prepare=True)
            counts = dict(cursor.fetchall())
    if None not in counts:  # no vote row: the poll closed since it was cached
        raise PollClosed
    return counts


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
