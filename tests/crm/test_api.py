"""The read-only API: tokens and scopes, pagination, filters, bad parameters, and
reports that carry no personal data."""

import datetime
import json

from django.utils import timezone

import pytest

from crm import api
from crm.models import ApiToken, Case, CaseNote, Customer, TimelineEvent
from tests.crm import factories

pytestmark = pytest.mark.django_db

BASE = "/api/crm/v1/"
ALL_SCOPES = [scope.value for scope in ApiToken.Scope]


def issue(scopes=ALL_SCOPES, name="ERP"):
    token = ApiToken(name=name, scopes=list(scopes))
    key = token.issue_key()
    token.save()
    return token, key


def get(client, path, key=None, scheme="Bearer", **params):
    headers = {"Authorization": f"{scheme} {key}"} if key else {}
    return client.get(BASE + path, params, headers=headers)


@pytest.fixture
def customer(db):
    return Customer.objects.create(
        name="Anna Petrova",
        email="anna@example.com",
        phone="+79123456789",
        lifecycle=Customer.Lifecycle.AT_RISK,
    )


@pytest.fixture
def case(customer):
    return Case.objects.create(
        customer=customer, kind=Case.Kind.COMPLAINT, subject="Broken crane"
    )


def endpoints(customer, case):
    return [
        ("customers/", "customers"),
        (f"customers/{customer.id}/", "customers"),
        (f"customers/{customer.id}/timeline/", "timeline"),
        ("cases/", "cases"),
        (f"cases/{case.id}/", "cases"),
        ("reports/", "reports"),
    ]


def test_each_endpoint_needs_a_token_and_its_scope(client, customer, case):
    for path, scope in endpoints(customer, case):
        response = get(client, path)
        assert response.status_code == 401, path
        assert "error" in response.json()
        assert response["WWW-Authenticate"].startswith("Bearer")

        assert get(client, path, "not-a-key").status_code == 401, path

        others = [other for other in ALL_SCOPES if other != scope]
        _token, key = issue(others, name=f"without {scope}")
        response = get(client, path, key)
        assert response.status_code == 403, path
        assert scope in response.json()["error"]

        _token, key = issue([scope], name=f"with {scope}")
        assert get(client, path, key).status_code == 200, path
        assert get(client, path, key, scheme="Token").status_code == 200, path


def test_a_revoked_token_is_refused(client, customer):
    token, key = issue()
    assert get(client, "customers/", key).status_code == 200
    token.revoked_at = timezone.now()
    token.save()
    response = get(client, "customers/", key)
    assert response.status_code == 401
    assert "revoked" in response.json()["error"]


def test_only_get_is_allowed(client, customer):
    _token, key = issue()
    response = client.post(
        BASE + "customers/", {}, headers={"Authorization": f"Bearer {key}"}
    )
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert "error" in response.json()


def test_last_use_is_written_at_most_once_a_minute(client, customer):
    token, key = issue()
    get(client, "customers/", key)
    token.refresh_from_db()
    first = token.last_used_at
    assert first is not None
    get(client, "customers/", key)
    token.refresh_from_db()
    assert token.last_used_at == first
    ApiToken.objects.filter(pk=token.pk).update(
        last_used_at=first - datetime.timedelta(minutes=2)
    )
    get(client, "customers/", key)
    token.refresh_from_db()
    assert token.last_used_at > first


def test_customer_detail_and_missing_or_merged_ones(client, customer):
    _token, key = issue(["customers"])
    body = get(client, f"customers/{customer.id}/", key).json()
    assert body["email"] == "anna@example.com"
    assert body["lifecycle"] == "at_risk"
    assert body["url"] == f"{BASE}customers/{customer.id}/"

    assert get(client, "customers/999999/", key).status_code == 404
    duplicate = Customer.objects.create(name="Anna P.", merged_into=customer)
    response = get(client, f"customers/{duplicate.id}/", key)
    assert response.status_code == 404
    assert response.json()["merged_into"] == customer.id
    ids = [row["id"] for row in get(client, "customers/", key).json()["results"]]
    assert ids == [customer.id]


def test_customers_are_paginated_with_next_links(client):
    Customer.objects.bulk_create(Customer(email=f"c{n}@example.com") for n in range(5))
    _token, key = issue(["customers"])
    first = get(client, "customers/", key, page_size=2).json()
    assert first["count"] == 5
    assert len(first["results"]) == 2
    assert first["previous"] is None
    assert first["next"].startswith("http://testserver/api/crm/v1/customers/?")
    assert "page_size=2" in first["next"] and "page=2" in first["next"]

    seen = [row["id"] for row in first["results"]]
    url = first["next"]
    while url:
        body = client.get(url, headers={"Authorization": f"Bearer {key}"}).json()
        seen += [row["id"] for row in body["results"]]
        url = body["next"]
    assert sorted(seen) == sorted(Customer.objects.values_list("id", flat=True))
    assert len(seen) == 5

    assert get(client, "customers/", key, page=4, page_size=2).status_code == 404


@pytest.mark.parametrize(
    "params",
    [
        {"page": "0"},
        {"page": "two"},
        {"page_size": "201"},
        {"page_size": "-5"},
        {"page_size": "²"},
        {"updated_since": "yesterday"},
        {"updated_since": "2025-13-45"},
        {"updated_since": "2025-02-30T10:00:00"},
        {"lifecycle": "vip"},
        {"email": "not an address"},
    ],
)
def test_bad_customer_parameters_are_a_400_with_a_message(client, customer, params):
    _token, key = issue(["customers"])
    response = get(client, "customers/", key, **params)
    assert response.status_code == 400
    assert next(iter(params)) in response.json()["error"]


def test_customer_filters(client, customer):
    other = Customer.objects.create(email="ivan@example.com")
    long_ago = timezone.now() - datetime.timedelta(days=30)
    Customer.objects.filter(pk=other.pk).update(updated_at=long_ago)
    _token, key = issue(["customers"])

    def ids(**params):
        body = get(client, "customers/", key, **params).json()
        return [row["id"] for row in body["results"]]

    assert ids(email=" ANNA@Example.com ") == [customer.id]
    assert ids(lifecycle="at_risk") == [customer.id]
    assert ids(lifecycle="prospect") == [other.id]
    since = (timezone.now() - datetime.timedelta(days=1)).date().isoformat()
    assert ids(updated_since=since) == [customer.id]
    assert ids(updated_since=(long_ago - datetime.timedelta(hours=1)).isoformat()) == [
        customer.id,
        other.id,
    ]
    # An offset's "+" sent unencoded arrives as a space.
    response = client.get(
        BASE + "customers/?updated_since=2000-01-01T00:00:00+03:00",
        headers={"Authorization": f"Bearer {key}"},
    )
    assert response.status_code == 200 and response.json()["count"] == 2


def test_timeline_newest_first_and_filtered(client, customer):
    old = TimelineEvent.objects.create(
        customer=customer,
        kind="feedback",
        summary="Complaint",
        at=timezone.now() - datetime.timedelta(days=3),
    )
    new = TimelineEvent.objects.create(customer=customer, kind="note", summary="Called")
    _token, key = issue(["timeline"])
    path = f"customers/{customer.id}/timeline/"
    body = get(client, path, key).json()
    assert [row["id"] for row in body["results"]] == [new.id, old.id]
    assert body["results"][1]["kind"] == "feedback"
    assert [
        row["id"] for row in get(client, path, key, kind="feedback").json()["results"]
    ] == [old.id]
    assert get(client, path, key, kind="party").status_code == 400
    assert get(client, "customers/424242/timeline/", key).status_code == 404


def test_cases_filters(client, customer, case):
    wish = Case.objects.create(
        kind=Case.Kind.WISH,
        subject="More colours",
        status=Case.Status.RESOLVED,
        opened_at=timezone.now() - datetime.timedelta(days=40),
    )
    _token, key = issue(["cases"])

    def ids(**params):
        response = get(client, "cases/", key, **params)
        assert response.status_code == 200, response.json()
        return [row["id"] for row in response.json()["results"]]

    assert ids() == [case.id, wish.id]
    assert ids(status="resolved") == [wish.id]
    assert ids(kind="complaint") == [case.id]
    week_ago = (timezone.now() - datetime.timedelta(days=7)).isoformat()
    assert ids(updated_since=week_ago) == [case.id]
    CaseNote.objects.create(case=wish, text="Done", status=Case.Status.RESOLVED)
    assert ids(updated_since=week_ago) == [case.id, wish.id]
    for params in ({"status": "open"}, {"kind": "x"}, {"updated_since": "soon"}):
        assert get(client, "cases/", key, **params).status_code == 400

    body = get(client, f"cases/{case.id}/", key).json()
    assert body["customer"] == customer.id and body["subject"] == "Broken crane"
    assert get(client, "cases/999999/", key).status_code == 404


def test_reports_give_figures_and_no_personal_data(client):
    factories.feedback(
        "complaint",
        "The hoist is broken",
        name="Anna Petrova",
        email="anna.petrova@example.com",
        phone="+7 912 345-67-89",
        company="Romashka",
    )
    factories.service_request(
        name="Ivan Sidorov", email="ivan.sidorov@example.com", phone="+79120001122"
    )
    Customer.objects.filter(email="anna.petrova@example.com").update(nps_score=3)
    Customer.objects.filter(email="ivan.sidorov@example.com").update(nps_score=10)
    customer = Customer.objects.get(email="ivan.sidorov@example.com")
    TimelineEvent.objects.create(
        customer=customer, kind="note", summary="survey", data={"csat": [5, 4, 2]}
    )
    _token, key = issue(["reports"])

    response = get(client, "reports/", key)
    assert response.status_code == 200
    text = response.content.decode()
    for personal in (
        "Anna",
        "Petrova",
        "Ivan",
        "Sidorov",
        "example.com",
        "@",
        "912",
        "Romashka",
        "hoist",
    ):
        assert personal not in text, personal
    body = json.loads(text)
    assert body["customers"]["total"] == 2
    assert body["customers"]["by_lifecycle"]["at_risk"] == 1
    assert body["nps"]["n"] == 2
    assert body["nps"]["score"] == 0.0  # one promoter, one detractor
    assert body["csat"]["n"] == 3 and body["csat"]["share_satisfied"] == 66.7
    month = f"{timezone.localdate():%Y-%m}"
    assert body["complaints_by_month"][-1] == {
        "month": month,
        "opened": 1,
        "resolved": 0,
    }
    assert len(body["complaints_by_month"]) == api.REPORT_MONTHS
    assert body["requests_by_type"] == [{"type": "Order a callback", "count": 1}]

    assert (
        len(get(client, "reports/", key, months=3).json()["complaints_by_month"]) == 3
    )
    assert get(client, "reports/", key, months=61).status_code == 400


def test_missing_things_are_json_404s_not_redirects(client):
    _token, key = issue()
    for path in (
        "customers/424242/",
        "cases/424242/",
        "nothing-here/",
        f"customers/{10**30}/timeline/",
        f"cases/{10**30}/",
    ):
        response = get(client, path, key)
        assert response.status_code == 404, path
        assert "error" in response.json()


def test_responses_stay_out_of_shared_caches(client, customer):
    _token, key = issue()
    response = get(client, "customers/", key)
    assert "no-store" in response["Cache-Control"]
    assert "Authorization" in response["Vary"]
    # The page cache keys on the URL: the same URL without a key is refused.
    assert get(client, "customers/").status_code == 401


def test_updated_since_sees_figures_the_aggregation_recomputed(client):
    factories.feedback("question", email="olga@example.com")
    customer = Customer.objects.get()
    long_ago = timezone.now() - datetime.timedelta(days=30)
    Customer.objects.filter(pk=customer.pk).update(updated_at=long_ago)
    TimelineEvent.objects.filter(customer=customer).update(at=long_ago)
    _token, key = issue(["customers"])
    since = (timezone.now() - datetime.timedelta(hours=1)).isoformat()
    assert get(client, "customers/", key, updated_since=since).json()["count"] == 0

    factories.feedback("complaint", email="olga@example.com")  # now at risk
    body = get(client, "customers/", key, updated_since=since).json()
    assert [row["id"] for row in body["results"]] == [customer.id]
    assert body["results"][0]["lifecycle"] == "at_risk"
