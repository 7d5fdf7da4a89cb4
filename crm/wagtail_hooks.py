"""Registers the customer records' admin: each module below registers its own
screens with @hooks.register when imported."""

from crm import (  # noqa: F401
    case_views,
    dashboard,
    integration_views,
    privacy,
    segment_views,
    viewsets,
)
