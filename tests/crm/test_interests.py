"""Customers' interests and source from the analytics visit in which they sent
something: a made-up visit stored the way the drain stores hits."""

import datetime
import secrets

from django.utils import timezone

import pytest

from analytics import drain
from analytics.models import Device, Source
from crm import interests
from crm.models import Customer
from tests.crm import factories

pytestmark = pytest.mark.django_db

CONSENT = "I agree to the processing of my data."


def hit(when, visitor, page=None, **fields):
    return {
        "id": secrets.randbits(63),
        "t": when.timestamp(),
        "v": visitor,
        "path": f"/en/{page.slug}/" if page else "/en/",
        **({"p": page.id} if page else {}),
        "src": Source.INTERNAL,
        "dev": Device.DESKTOP,
        **fields,
    }


def minutes(value):
    return datetime.timedelta(minutes=value)


@pytest.fixture
def sent():
    return timezone.now() - datetime.timedelta(hours=1)


@pytest.fixture
def visits(site_tree, sent):
    """Visitor 7 comes from a campaign, reads two technology articles (one of
    them twice) and a market review, then sends a question; after it, reads
    another review. Visitor 8 reads a review and sends a complaint at nearly the
    same moment."""
    monitoring, steel, inverters = site_tree.articles
    drain.store(
        [
            hit(
                sent - minutes(10),
                7,
                steel,
                src=Source.SEARCH,
                sn="Google",
                ref="google.com",
                utm_campaign="spring-cranes",
            ),
            hit(sent - minutes(8), 7, monitoring),
            hit(sent - minutes(6), 7, inverters),
            hit(sent - minutes(4), 7, monitoring),
            hit(sent - minutes(1), 7, site_tree.contacts),
            hit(
                sent + datetime.timedelta(seconds=2),
                7,
                ev="feedback_sent",
                tg="question",
            ),
            hit(sent + minutes(2), 7, steel),
            hit(sent - minutes(3), 8, steel, src=Source.SOCIAL, sn="VK"),
            hit(
                sent + datetime.timedelta(milliseconds=500),
                8,
                ev="feedback_sent",
                tg="complaint",
            ),
        ]
    )
    return site_tree


def test_interests_and_source_from_the_visit(visits, sent):
    factories.feedback(
        "question", when=sent, email="anna@example.com", consent_text=CONSENT
    )
    factories.feedback("complaint", when=sent, email="boris@example.com")
    anna = Customer.objects.get(email="anna@example.com")
    boris = Customer.objects.get(email="boris@example.com")
    assert anna.consent_processing and not boris.consent_processing

    found = interests.interests_for([anna.id, boris.id])
    # Boris did not consent: nothing is looked up for him.
    assert found == {
        anna.id: {
            "interests": ["Technologies", "Market reviews"],
            "source": "spring-cranes",
        }
    }


def test_the_site_a_visit_came_from_when_there_was_no_campaign(visits, sent):
    factories.feedback(
        "complaint", when=sent, email="vera@example.com", consent_text=CONSENT
    )
    vera = Customer.objects.get()
    assert interests.interests_for([vera.id]) == {
        vera.id: {"interests": ["Market reviews"], "source": "VK"}
    }


def test_a_submission_far_from_any_event_finds_nothing(visits, sent):
    factories.feedback(
        "question",
        when=sent - minutes(5),
        email="anna@example.com",
        consent_text=CONSENT,
    )
    assert interests.interests_for(Customer.objects.values_list("id", flat=True)) == {}


def test_nothing_quietly_without_hits(site_tree, sent):
    factories.feedback(
        "question", when=sent, email="anna@example.com", consent_text=CONSENT
    )
    assert interests.interests_for([Customer.objects.get().id]) == {}


def test_aggregation_and_the_task_store_them_and_a_second_run_changes_nothing(
    visits, sent
):
    factories.feedback(
        "question", when=sent, email="anna@example.com", consent_text=CONSENT
    )
    # The aggregation after the message reads them at once (its visit is drained).
    anna = Customer.objects.get()
    assert anna.interests == ["Technologies", "Market reviews"]
    assert anna.source == "spring-cranes"
    Customer.objects.update(interests=[], source="")
    assert interests.refresh_interests.delay([anna.id]).get() == 1
    anna.refresh_from_db()
    assert anna.interests == ["Technologies", "Market reviews"]
    assert interests.refresh_interests([anna.id]) == 0


def test_a_known_source_is_kept_and_interests_go_without_consent(visits, sent):
    factories.feedback(
        "question", when=sent, email="anna@example.com", consent_text=CONSENT
    )
    Customer.objects.update(source="Partner fair")
    anna = Customer.objects.get()
    interests.refresh([anna.id])
    anna.refresh_from_db()
    assert anna.source == "Partner fair"
    assert anna.interests
    Customer.objects.update(consent_processing=False)
    interests.refresh([anna.id])
    anna.refresh_from_db()
    assert anna.interests == []


def test_time_ranges_merge_close_moments():
    now = timezone.now()
    ranges = interests.time_ranges(
        [now, now + minutes(10), now + minutes(200)], minutes(1), minutes(1)
    )
    assert ranges == [
        [now - minutes(1), now + minutes(11)],
        [now + minutes(199), now + minutes(201)],
    ]
