"""The customer dashboard (Reports › Customers): figures worked out by hand, who
may see it, and that it shows no personal data."""

import datetime

from django.urls import reverse
from django.utils import timezone

import pytest

from crm import dashboard
from crm.models import Case, Customer, TimelineEvent
from tests.crm import factories

pytestmark = pytest.mark.django_db

NAME, EMAIL, PHONE = "Anna Secretname", "anna.secret@example.com", "+79120001122"


def in_month(months_ago, day=1, hours=0):
    """A moment in a month before this one: on its `day` (from 1), at noon."""
    start = dashboard.month_starts(months_ago + 1)[0]
    moment = datetime.datetime.combine(start, datetime.time(12)) + datetime.timedelta(
        days=day, hours=hours
    )
    return timezone.make_aware(moment)


def customer(lifecycle="prospect", source="", **fields):
    return Customer.objects.create(
        name=NAME, email=fields.pop("email", ""), lifecycle=lifecycle, source=source
    )


def response(person, at, nps=None, csat=()):
    data = {}
    if nps is not None:
        data["nps"] = nps
    if csat:
        data["csat"] = list(csat)
    return TimelineEvent.objects.create(
        customer=person, kind="response", at=at, summary="Answered", data=data
    )


def complaint(person, opened, hours=None):
    return Case.objects.create(
        customer=person,
        kind="complaint",
        subject="Broken",
        opened_at=opened,
        resolved_at=opened + datetime.timedelta(hours=hours) if hours else None,
        status="resolved" if hours else "new",
    )


@pytest.fixture
def data():
    anna = customer("at_risk", "Google", email=EMAIL)
    Customer.objects.filter(pk=anna.pk).update(phone=PHONE)
    others = [
        customer("prospect", "Google"),
        customer("prospect"),
        customer("customer"),
    ]
    # Two months ago: NPS 10, 9, 8, 3 and ratings 5, 4, 2, 1, 3.
    two_ago = in_month(2)
    for score in (10, 9, 8):
        response(others[0], two_ago, nps=score)
    response(anna, two_ago, nps=3, csat=[5, 4, 2, 1])
    response(anna, two_ago, csat=[3])
    # Last month: 30 promoters.
    for _index in range(30):
        response(others[1], in_month(1, day=3), nps=10)
    # Five months ago: only the longer periods see it.
    response(others[2], in_month(5), nps=0)

    complaint(anna, in_month(2, day=1), hours=10)
    complaint(anna, in_month(1, day=1), hours=30)
    complaint(others[0], in_month(1, day=3), hours=50)
    complaint(others[0], in_month(1, day=5))
    complaint(others[0], in_month(24), hours=5)  # long before any period

    for index in range(12):
        Case.objects.create(
            kind="wish",
            subject=f"Wish {index}",
            opened_at=in_month(1, day=index),
            customer=others[1],
        )
    Case.objects.create(
        kind="wish",
        subject=f"Night delivery; call me at {EMAIL} or +7 (912) 000-11-22",
        opened_at=in_month(0, day=0, hours=-11),  # the 1st of this month, 01:00
        customer=anna,
    )

    callback = factories.request_type("Order a callback")
    quote = factories.request_type("Request a quote")
    for person, kind, months_ago in [
        (anna, callback, 1),
        (others[0], callback, 1),
        (others[1], callback, 2),
        (others[2], quote, 1),
        (others[2], quote, 20),  # before the period
    ]:
        TimelineEvent.objects.create(
            customer=person,
            kind="request",
            at=in_month(months_ago),
            summary="R-1",
            data={"request_type": kind.id},
        )
    return anna


def test_month_starts():
    assert dashboard.month_starts(3, datetime.date(2026, 2, 17)) == [
        datetime.date(2025, 12, 1),
        datetime.date(2026, 1, 1),
        datetime.date(2026, 2, 1),
    ]


def test_figures_worked_out_by_hand(data):
    report = dashboard.report(3)
    assert [row["count"] for row in report["lifecycle"]] == [2, 1, 1]
    assert [row["percent"] for row in report["lifecycle"]] == [50.0, 25.0, 25.0]

    two_ago, last, this = report["scores"]
    # 2 promoters, 1 detractor of 4: 25; variance .5 + .25 - .25² = .6875,
    # margin 1.96 × √(.6875 / 4) = 81.3 points.
    assert two_ago["nps"]["score"] == 25.0
    assert two_ago["nps"]["margin"] == 81.3
    assert two_ago["nps"]["n"] == 4 and two_ago["nps"]["low_sample"]
    # 2 of 5 ratings are 4 or 5: 40%, margin 1.96 × √(.4 × .6 / 5) = 42.9.
    assert two_ago["csat"]["score"] == 40.0
    assert two_ago["csat"]["margin"] == 42.9
    assert two_ago["csat"]["n"] == 5
    assert last["nps"]["score"] == 100.0 and last["nps"]["margin"] == 0.0
    assert last["nps"]["n"] == 30 and not last["nps"]["low_sample"]
    assert last["csat"]["score"] is None and last["csat"]["n"] == 0
    assert this["nps"]["n"] == 0
    # The charts' margin bands stay within the scales.
    assert report["chart"]["nps"]["low"][0] == -56.3
    assert report["chart"]["nps"]["high"][0] == 100
    assert report["chart"]["csat"]["low"][0] == 0

    opened = [
        (row["opened"], row["resolved"], row["median_hours"])
        for row in report["complaints"]
    ]
    assert opened == [(1, 1, 10.0), (3, 2, 40.0), (0, 0, None)]
    assert report["median_hours"] == 30.0  # of 10, 30 and 50 hours
    assert report["resolved"] == 3

    assert len(report["wishes"]) == 10
    assert report["wishes"][0]["subject"] == "Night delivery; call me at … or …"
    assert report["wishes"][1]["subject"] == "Wish 11"
    assert [row["count"] for row in report["wish_counts"]] == [0, 12, 1]

    assert report["request_total"] == 4
    assert [(r["name"], r["count"]) for r in report["request_types"]] == [
        ("Order a callback", 3),
        ("Request a quote", 1),
    ]
    assert [(str(r["name"]), r["count"]) for r in report["request_sources"]] == [
        ("Google", 2),
        ("Unknown", 2),
    ]


def test_the_period_decides_what_is_counted(data):
    assert len(dashboard.report(3)["scores"]) == 3
    longer = dashboard.report(6)
    assert len(longer["scores"]) == 6
    assert longer["scores"][0]["nps"]["score"] == -100.0  # the answer 5 months ago
    assert dashboard.report(12)["request_total"] == 4
    assert dashboard.report(12)["median_hours"] == 30.0


def url(**query):
    base = reverse("crm_dashboard:index")
    return base + (
        "?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else ""
    )


@pytest.mark.parametrize("group", ["Marketers", "Customer managers"])
def test_marketers_and_managers_see_figures_without_personal_data(
    data, client, member, group
):
    client.force_login(member(group))
    response = client.get(url(months=3))
    assert response.status_code == 200
    html = response.content.decode()
    assert "25.0 ± 81.3" in html and "40.0 ± 42.9" in html
    assert "crm-dashboard__low" in html  # two months ago: n = 4
    assert "n = 30" in html
    assert "Order a callback" in html and "Night delivery" in html
    for personal in (NAME, "Anna", EMAIL, "anna.secret", PHONE, "912"):
        assert personal not in html


def test_the_default_period_is_six_months(data, admin_client):
    response = admin_client.get(url())
    assert response.status_code == 200
    assert len(response.context["report"]["scores"]) == 6


@pytest.mark.parametrize("months", ["5", "abc", "-1"])
def test_a_bad_period_is_a_form_error(admin_client, months):
    response = admin_client.get(url(months=months))
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_others_are_refused(client, member, group):
    client.force_login(member(group))
    response = client.get(url())
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_the_reports_menu_item_follows_the_permission(member, rf):
    item = dashboard.register_dashboard_menu_item()
    request = rf.get("/admin/")
    request.user = member("Marketers")
    assert item.is_shown(request)
    request.user = member("Editors")
    assert not item.is_shown(request)
    assert item.url == "/admin/reports/customers/"
