"""Outgoing webhooks: queued on new feedback, requests and case status changes,
signed, retried with backoff against a real local HTTP server, sent once; and
their admin screens."""

import datetime
import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

import pytest

from crm import webhooks
from crm.models import ApiToken, Case, Webhook, WebhookDelivery, hash_token
from tests.crm import factories

pytestmark = pytest.mark.django_db

Event = Webhook.Event


class Endpoint:
    """A local HTTP server answering with the given status codes in turn (the
    last one repeated), keeping what it received."""

    def __init__(self, statuses=(200,)):
        self.statuses = list(statuses)
        self.received = []
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                endpoint.received.append((dict(self.headers), body))
                status = (
                    endpoint.statuses.pop(0)
                    if len(endpoint.statuses) > 1
                    else endpoint.statuses[0]
                )
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def endpoint():
    servers = []

    def make(*statuses):
        server = Endpoint(statuses or (200,))
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.close()


def webhook(url, events=tuple(Event.values), **fields):
    return Webhook.objects.create(name="ERP", url=url, events=list(events), **fields)


def make_due(delivery):
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        next_attempt_at=timezone.now() - datetime.timedelta(seconds=1)
    )


def queue_now(event=Event.FEEDBACK, key="feedback.created:1", payload=None):
    with TestCase.captureOnCommitCallbacks(execute=True):
        created = webhooks.queue(event, key, payload or {"feedback": {"id": 1}})
    return created


def test_the_signature_is_an_hmac_of_the_raw_body(endpoint):
    server = endpoint(200)
    hook = webhook(server.url)
    [delivery] = queue_now()
    headers, body = server.received[0]
    expected = hmac.new(hook.secret.encode(), body, hashlib.sha256).hexdigest()
    assert headers["X-Portal-Signature"] == f"sha256={expected}"
    assert hmac.compare_digest(headers["X-Portal-Signature"], f"sha256={expected}")
    assert headers["X-Portal-Event"] == "feedback.created"
    assert headers["X-Portal-Delivery"] == str(delivery.id)
    assert headers["Content-Type"] == "application/json"
    data = json.loads(body)
    assert data["event"] == "feedback.created" and data["id"] == delivery.id
    assert data["data"] == {"feedback": {"id": 1}}
    # The timestamp is in the signed body and in its header.
    assert str(data["sent_at"]) == headers["X-Portal-Timestamp"]
    wrong = hmac.new(b"other secret", body, hashlib.sha256).hexdigest()
    assert headers["X-Portal-Signature"] != f"sha256={wrong}"
    delivery.refresh_from_db()
    assert delivery.delivered_at and delivery.status_code == 200
    assert delivery.attempts == 1 and delivery.next_attempt_at is None


def test_only_active_subscribed_webhooks_get_a_delivery_and_only_once(endpoint):
    server = endpoint(200)
    subscribed = webhook(server.url, [Event.FEEDBACK])
    webhook(server.url, [Event.REQUEST])
    webhook(server.url, [Event.FEEDBACK], active=False)
    assert len(queue_now()) == 1
    assert queue_now() == []  # the same key again
    assert list(WebhookDelivery.objects.values_list("webhook", flat=True)) == [
        subscribed.id
    ]
    assert len(server.received) == 1


def test_a_failing_endpoint_is_retried_with_backoff_and_logged(endpoint):
    server = endpoint(500, 500, 200)
    webhook(server.url)
    before = timezone.now()
    [delivery] = queue_now()
    delivery.refresh_from_db()
    assert delivery.attempts == 1 and delivery.status_code == 500
    assert "500" in delivery.error and delivery.delivered_at is None
    wait = delivery.next_attempt_at - before
    assert datetime.timedelta(seconds=55) < wait < datetime.timedelta(seconds=70)

    # Not due yet: the sweep leaves it.
    assert webhooks.retry_webhooks() == 0
    assert len(server.received) == 1

    make_due(delivery)
    before = timezone.now()
    assert webhooks.retry_webhooks() == 1
    delivery.refresh_from_db()
    assert delivery.attempts == 2 and delivery.status_code == 500
    wait = delivery.next_attempt_at - before
    assert datetime.timedelta(seconds=115) < wait < datetime.timedelta(seconds=130)

    make_due(delivery)
    webhooks.retry_webhooks()
    delivery.refresh_from_db()
    assert delivery.attempts == 3 and delivery.status_code == 200
    assert delivery.delivered_at and delivery.error == ""
    assert delivery.next_attempt_at is None
    # Every attempt carried the same delivery id, for the receiver to de-duplicate.
    ids = {headers["X-Portal-Delivery"] for headers, _body in server.received}
    assert ids == {str(delivery.id)}


def test_it_gives_up_after_six_attempts(endpoint):
    server = endpoint(503)
    webhook(server.url)
    [delivery] = queue_now()
    for _attempt in range(webhooks.MAX_ATTEMPTS - 1):
        make_due(delivery)
        webhooks.retry_webhooks()
    delivery.refresh_from_db()
    assert delivery.attempts == 6 and delivery.next_attempt_at is None
    assert delivery.delivered_at is None
    assert webhooks.retry_webhooks() == 0
    assert len(server.received) == 6
    assert [webhooks.backoff(n).seconds // 60 for n in range(1, 6)] == [1, 2, 4, 8, 16]

    # "Retry now" gives a given-up delivery one more attempt.
    server.statuses = [200]
    with TestCase.captureOnCommitCallbacks(execute=True):
        assert webhooks.retry_now(WebhookDelivery.objects.all()) == 1
    delivery.refresh_from_db()
    assert delivery.delivered_at and delivery.attempts == 7


def test_an_unreachable_address_is_recorded_as_an_error(endpoint):
    server = endpoint(200)
    url = server.url
    server.close()
    webhook(url)
    [delivery] = queue_now()
    delivery.refresh_from_db()
    assert delivery.status_code is None and delivery.attempts == 1
    assert delivery.error and delivery.next_attempt_at is not None


def test_delivered_once_even_if_the_task_runs_twice(endpoint):
    server = endpoint(200)
    webhook(server.url)
    [delivery] = queue_now()
    assert webhooks.deliver_webhook(delivery.id) is False
    assert webhooks.deliver_webhook(delivery.id) is False
    make_due(delivery)  # even when a sweep thinks it due
    assert webhooks.deliver_webhook(delivery.id) is False
    assert len(server.received) == 1
    delivery.refresh_from_db()
    assert delivery.attempts == 1


def test_a_delivery_claimed_by_another_worker_is_not_sent_again(endpoint):
    server = endpoint(200)
    hook = webhook(server.url)
    delivery = WebhookDelivery.objects.create(
        webhook=hook,
        event=Event.FEEDBACK,
        key="k",
        payload={},
        next_attempt_at=timezone.now(),
    )
    assert webhooks.claim(delivery.id, timezone.now()) is not None
    assert webhooks.deliver_webhook(delivery.id) is False
    assert server.received == []


def test_new_feedback_is_announced_with_contact_details(endpoint):
    server = endpoint(200)
    webhook(server.url, [Event.FEEDBACK])
    item = factories.feedback(
        "complaint", "Broken", name="Anna", email="anna@example.com", phone="+79120001"
    )
    delivery = WebhookDelivery.objects.get()
    assert delivery.key == f"feedback.created:{item.id}"
    assert delivery.delivered_at is not None
    data = json.loads(server.received[0][1])["data"]["feedback"]
    assert data["id"] == item.id and data["kind"] == "complaint"
    assert data["contact"]["email"] == "anna@example.com"
    assert data["contact"]["name"] == "Anna"


def test_new_service_request_is_announced(endpoint):
    server = endpoint(200)
    webhook(server.url, [Event.REQUEST])
    request = factories.service_request(email="ivan@example.com")
    delivery = WebhookDelivery.objects.get()
    assert delivery.event == "request.created"
    data = json.loads(server.received[0][1])["data"]["request"]
    assert data["id"] == request.id and data["reference"].startswith("R-")
    assert data["type"]["name"] == "Order a callback"
    assert data["contact"]["email"] == "ivan@example.com"


def test_case_status_change_is_announced(endpoint):
    try:
        from crm.cases import case_status_changed
    except ImportError:
        pytest.skip("crm.cases does not define case_status_changed yet")
    server = endpoint(200)
    webhook(server.url, [Event.CASE_STATUS])
    case = Case.objects.create(kind="complaint", subject="Slow")
    with TestCase.captureOnCommitCallbacks(execute=True):
        case_status_changed.send(sender=Case, case=case, old="new", new="resolved")
    data = json.loads(server.received[0][1])["data"]["case"]
    assert data == {
        "id": case.id,
        "kind": "complaint",
        "customer": None,
        "old_status": "new",
        "status": "resolved",
    }
    assert WebhookDelivery.objects.get().event == "case.status_changed"


def test_case_status_change_through_the_cases_module(endpoint):
    from crm import cases

    if not hasattr(cases, "change_status"):
        pytest.skip("crm.cases.change_status is not there yet")
    server = endpoint(200)
    webhook(server.url, [Event.CASE_STATUS])
    case = Case.objects.create(kind="complaint", subject="Slow")
    with TestCase.captureOnCommitCallbacks(execute=True):
        cases.change_status(case, "in_progress")
    with TestCase.captureOnCommitCallbacks(execute=True):
        cases.change_status(case, "resolved")
    statuses = [
        json.loads(body)["data"]["case"]["status"] for _h, body in server.received
    ]
    assert statuses == ["in_progress", "resolved"]
    assert WebhookDelivery.objects.count() == 2


# The admin


@pytest.fixture
def manager(member):
    return member("Customer managers")


ADMIN_URLS = [
    "crm_api_tokens:index",
    "crm_api_tokens:add",
    "crm_webhooks:index",
    "crm_webhooks:add",
    "crm_webhook_deliveries:index",
]


def test_marketers_cannot_open_the_integration_screens(client, member):
    client.force_login(member("Marketers"))
    for name in ADMIN_URLS:
        response = client.get(reverse(name))
        # Wagtail answers a refusal with a redirect to the dashboard.
        assert response.status_code in (302, 403), name


def test_managers_and_superusers_can_open_them(client, manager, admin_user):
    for user in (manager, admin_user):
        client.force_login(user)
        for name in ADMIN_URLS:
            assert client.get(reverse(name)).status_code == 200, (user, name)


def test_a_new_token_shows_its_key_once_and_keeps_only_the_hash(client, manager):
    client.force_login(manager)
    response = client.post(
        reverse("crm_api_tokens:add"),
        {"name": "ERP", "scopes": ["customers", "reports"]},
        follow=True,
    )
    assert response.status_code == 200
    token = ApiToken.objects.get()
    assert token.scopes == ["customers", "reports"]
    text = response.content.decode()
    shown = [
        word.strip("“”.,<>\"'")
        for word in text.split()
        if word.strip("“”.,<>\"'").startswith(token.prefix)
    ]
    keys = [word for word in shown if hash_token(word) == token.key_hash]
    assert keys, "the key is shown once after creating the token"
    assert keys[0] not in client.get(reverse("crm_api_tokens:index")).content.decode()

    listing = client.get(reverse("crm_api_tokens:index")).content.decode()
    assert token.prefix in listing

    response = client.post(reverse("crm_api_tokens:revoke", args=[token.id]))
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_webhook_edit_page_shows_the_secret(client, manager):
    client.force_login(manager)
    response = client.post(
        reverse("crm_webhooks:add"),
        {
            "name": "ERP",
            "url": "https://erp.example.com/hooks",
            "events": ["feedback.created", "case.status_changed"],
            "active": "on",
        },
    )
    assert response.status_code == 302
    hook = Webhook.objects.get()
    assert hook.events == ["feedback.created", "case.status_changed"]
    page = client.get(reverse("crm_webhooks:edit", args=[hook.id])).content.decode()
    assert hook.secret in page


def test_the_delivery_log_retries_now(client, manager, endpoint):
    server = endpoint(500, 200)
    webhook(server.url)
    [delivery] = queue_now()
    client.force_login(manager)
    listing = client.get(reverse("crm_webhook_deliveries:index")).content.decode()
    assert "HTTP 500" in listing
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            reverse("crm_webhook_deliveries:retry", args=[delivery.id])
        )
    assert response.status_code == 302
    delivery.refresh_from_db()
    assert delivery.delivered_at is not None and delivery.attempts == 2


def test_marketers_cannot_retry_or_revoke(client, member, endpoint):
    server = endpoint(500)
    webhook(server.url)
    [delivery] = queue_now()
    token = ApiToken(name="x", scopes=["reports"])
    token.issue_key()
    token.save()
    client.force_login(member("Marketers"))
    client.post(reverse("crm_webhook_deliveries:retry", args=[delivery.id]))
    client.post(reverse("crm_api_tokens:revoke", args=[token.id]))
    delivery.refresh_from_db()
    token.refresh_from_db()
    assert delivery.attempts == 1 and token.revoked_at is None
