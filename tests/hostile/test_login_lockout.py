"""Password guessing at the admin sign-in: locked out after a few failures, by
username and by client address, with a clear message; the lock expires."""

import time

from django.core.cache import cache
from django.test import Client, RequestFactory

import pytest

from portal import lockout
from tests.conftest import require
from tests.services import REDIS_URL, redis_error

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
LOCKED = "Too many failed sign-in attempts"
WRONG = "didn&#x27;t match"


@pytest.fixture
def editor(member):
    return member("Editors")  # username "editors", password "pw"


def visitor(ip="198.51.100.7", **headers):
    return Client(REMOTE_ADDR=ip, **headers)


def sign_in(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password})


def signed_in(response):
    return response.status_code == 302 and response["Location"] == "/admin/"


def fail(client, username, times):
    for _ in range(times):
        response = sign_in(client, username, "guess")
        assert response.status_code == 200
        assert WRONG in response.content.decode()


@pytest.fixture
def clock(monkeypatch):
    """Moves the local-memory cache's clock forward."""
    from django.core.cache.backends import locmem

    class Clock:
        offset = 0.0

        def time(self):
            return time.time() + self.offset

    fake = Clock()
    monkeypatch.setattr(locmem, "time", fake)
    return fake


def test_five_failures_lock_the_username_even_for_the_right_password(editor):
    client = visitor()
    fail(client, "editors", 5)
    response = sign_in(client, "editors", "pw")
    assert response.status_code == 200  # the form again, not an error page
    text = response.content.decode()
    assert LOCKED in text
    assert "paused for 15 minutes" in text
    assert "_auth_user_id" not in client.session
    # From another address too: it is the account that is locked.
    assert LOCKED in sign_in(visitor("198.51.100.8"), "editors", "pw").content.decode()


def test_the_lock_expires(editor, clock, settings):
    client = visitor()
    fail(client, "editors", 5)
    clock.offset = settings.LOGIN_LOCKOUT_SECONDS - 5
    assert LOCKED in sign_in(client, "editors", "pw").content.decode()
    clock.offset = settings.LOGIN_LOCKOUT_SECONDS + 1
    assert signed_in(sign_in(client, "editors", "pw"))


def test_failures_spread_over_more_than_the_window_do_not_lock(editor, clock, settings):
    client = visitor()
    fail(client, "editors", 4)
    clock.offset = settings.LOGIN_LOCKOUT_SECONDS + 1
    fail(client, "editors", 4)
    assert signed_in(sign_in(client, "editors", "pw"))


def test_a_successful_sign_in_resets_the_count(editor):
    client = visitor()
    fail(client, "editors", 4)
    assert signed_in(sign_in(client, "editors", "pw"))
    client.logout()
    fail(client, "editors", 4)
    assert signed_in(sign_in(client, "editors", "pw"))


def test_one_address_guessing_many_usernames_is_locked(editor, member):
    guesser = visitor("203.0.113.50")
    for n in range(5):
        fail(guesser, f"someone-{n}", 1)
    assert LOCKED in sign_in(guesser, "editors", "pw").content.decode()
    # Staff elsewhere sign in as usual.
    assert signed_in(sign_in(visitor("198.51.100.9"), "editors", "pw"))


def test_addresses_behind_a_trusted_proxy_are_told_apart(editor, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]

    def behind_proxy(ip):
        return visitor("10.0.0.2", HTTP_X_FORWARDED_FOR=ip)

    for n in range(5):
        fail(behind_proxy("203.0.113.60"), f"someone-{n}", 1)
    assert LOCKED in sign_in(behind_proxy("203.0.113.60"), "x", "y").content.decode()
    assert signed_in(sign_in(behind_proxy("198.51.100.10"), "editors", "pw"))


def test_unknown_usernames_lock_the_same_way():
    """The lockout does not tell which accounts exist."""
    client = visitor()
    fail(client, "nobody-here", 5)
    unknown = sign_in(client, "nobody-here", "guess").content.decode()
    assert LOCKED in unknown


def test_the_message_is_translated(editor):
    client = visitor(HTTP_ACCEPT_LANGUAGE="ru")
    fail_ru = [sign_in(client, "editors", "guess") for _ in range(5)]
    assert all(response.status_code == 200 for response in fail_ru)
    text = sign_in(client, "editors", "pw").content.decode()
    assert "Слишком много неудачных попыток входа" in text


def test_neither_address_nor_username_is_stored(editor):
    fail(visitor("203.0.113.70"), "editors", 5)
    stored = repr(dict(cache._cache)) + repr(list(cache._cache))
    assert "203.0.113.70" not in stored
    assert "editors" not in stored
    assert any("lockout:" in key for key in cache._cache)


def test_an_administrator_can_unlock_a_user(editor):
    client = visitor()
    fail(client, "editors", 5)
    lockout.unlock("Editors")
    # The address is still counted, so sign in from another one.
    assert signed_in(sign_in(visitor("198.51.100.11"), "editors", "pw"))


def test_the_counts_work_in_redis_as_in_production(editor, settings):
    require("Redis", redis_error())
    settings.CACHES = {
        "default": {
            "BACKEND": "portal.cache.SharedClientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "test-lockout",
        }
    }
    request = RequestFactory().post(LOGIN, REMOTE_ADDR="198.51.100.12")
    keys = lockout.subject_keys(request, "editors")
    lockout.clear(keys)
    try:
        client = visitor("198.51.100.12")
        fail(client, "editors", 5)
        assert LOCKED in sign_in(client, "editors", "pw").content.decode()
        assert lockout.is_locked(keys)
    finally:
        lockout.clear(keys)
