"""Submissions stored the way surveys stores them, for the customer-record tests."""

import itertools

from django.test import TestCase
from django.utils import timezone

from surveys.models import Feedback, RequestType, ServiceRequest

_numbers = itertools.count(1)


def feedback(kind="complaint", message=None, when=None, **contact):
    """A feedback message; contact: name, email, phone, company, consent_text."""
    with committed():
        item = Feedback(
            kind=kind,
            message=message or f"Message {next(_numbers)}",
            locale=contact.pop("locale", "en"),
            **contact,
        )
        item.save()
        if when is not None:
            # created_at is set on insert; moved before the task runs on commit.
            Feedback.objects.filter(pk=item.pk).update(created_at=when)
            item.created_at = when
    return item


def request_type(name="Order a callback"):
    return RequestType.objects.get_or_create(name=name)[0]


def service_request(type_name="Order a callback", when=None, **contact):
    with committed():
        return ServiceRequest.objects.create(
            request_type=request_type(type_name),
            data={"When to call": "morning"},
            locale=contact.pop("locale", "en"),
            created_at=when or timezone.now(),
            **contact,
        )


def committed():
    """Runs what is queued on commit (the aggregation task, eager in tests) when
    the block ends, as a real commit would."""
    return TestCase.captureOnCommitCallbacks(execute=True)
