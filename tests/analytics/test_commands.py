"""analytics_flush and analytics_report, as an operator runs them."""

import io
import json

from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

import pytest

from tests.analytics.test_collection import visitor

pytestmark = pytest.mark.django_db


def test_flush_then_report_prints_the_figures_as_json(site_tree):
    url = site_tree.articles[0].url
    for ip in ("10.4.0.1", "10.4.0.2", "10.4.0.2"):
        visitor(ip, HTTP_REFERER="https://yandex.ru/search/").get(url)
    out = io.StringIO()
    call_command("analytics_flush", stdout=out)
    assert "3" in out.getvalue()
    today = timezone.localdate().isoformat()
    out = io.StringIO()
    call_command("analytics_report", start=today, end=today, json=True, stdout=out)
    figures = json.loads(out.getvalue())
    assert (figures["visitors"], figures["visits"], figures["pageviews"]) == (2, 2, 3)
    assert figures["bounce_rate"] == 50.0  # one visit of two saw a single page
    assert figures["pages"] == [{"path": url, "pageviews": 3, "visitors": 2}]
    assert figures["sources"] == [{"source": "Yandex", "visitors": 2, "pageviews": 3}]
    assert figures["locales"] == [{"locale": "en", "pageviews": 3}]


@pytest.mark.parametrize(
    "start, end", [("2026-13-01", "2026-12-01"), ("2026-02-02", "2026-02-01")]
)
def test_bad_dates_give_a_clear_error(start, end):
    with pytest.raises(CommandError):
        call_command("analytics_report", start=start, end=end, json=True)
