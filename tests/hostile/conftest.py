"""What the fuzz, XSS and CSRF tests share: a request type with a field of every
kind, and a count of every row the public endpoints could store."""

from django.apps import apps

import pytest

from surveys.models import RequestType

STORING_APPS = ("surveys", "analytics", "crm")
# The day's salt is made by the day's first visitor, whatever they send.
NOT_VISITOR_DATA = {"surveys.DailySalt", "analytics.DailySalt"}


def stored_rows():
    """{model label: rows} of every model of the apps visitors' posts reach."""
    return {
        model._meta.label: model._base_manager.count()
        for app in STORING_APPS
        for model in apps.get_app_config(app).get_models()
        if model._meta.label not in NOT_VISITOR_DATA
    }


def added_rows(before, after):
    """{model label: rows added} for the models whose count changed."""
    return {
        label: after[label] - count
        for label, count in before.items()
        if after[label] != count
    }


@pytest.fixture
def every_field_request_type(db):
    """A request type with one field of each type."""
    return RequestType.objects.create(
        name="Order a service visit",
        notify_emails="service@uralkran.example",
        fields=[
            {"type": "field", "value": spec}
            for spec in [
                {"label": "Crane model", "field_type": "text", "required": True},
                {"label": "Capacity, t", "field_type": "number", "required": True},
                {
                    "label": "Crane type",
                    "field_type": "choice",
                    "required": True,
                    "choices": "Overhead\nGantry",
                },
                {"label": "Visit by", "field_type": "date", "required": False},
                {"label": "What is wrong", "field_type": "textarea", "required": False},
            ]
        ],
    )
