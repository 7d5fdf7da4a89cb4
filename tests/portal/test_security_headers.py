"""The headers that keep browsers safe: a Content-Security-Policy everywhere (strict
on the site, looser where the Wagtail admin needs it), and under production
settings HTTPS only (HSTS, secure cookies), read from a real gunicorn."""

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

from django.conf import global_settings
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory

import pytest
import redis
import requests

from cms.cache import PageCacheMiddleware
from portal.middleware import ContentSecurityPolicyMiddleware
from tests.commands import GUNICORN
from tests.conftest import require
from tests.services import REDIS_URL, redis_error

ROOT = Path(__file__).resolve().parents[2]
# What the TLS-terminating proxy in front of gunicorn adds to every request.
HTTPS = {"X-Forwarded-Proto": "https"}


def directives(policy):
    """{'script-src': ["'self'"], ...} from a Content-Security-Policy header."""
    parts = (part.split() for part in policy.split(";") if part.strip())
    return {name: sources for name, *sources in parts}


@pytest.mark.django_db
def test_site_pages_run_only_the_sites_own_scripts(client, site_tree):
    for expected in ("miss", "hit"):  # cached copies carry the policy too
        response = client.get("/en/news/monitoring/")
        assert response["X-Page-Cache"] == expected
        policy = directives(response["Content-Security-Policy"])
        assert policy["default-src"] == ["'self'"]
        assert policy["script-src"] == ["'self'"]
        assert policy["style-src"] == ["'self'"]
        assert policy["object-src"] == ["'none'"]
        assert policy["frame-ancestors"] == ["'self'"]
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_the_admin_runs_no_inline_script_only_inline_styles(client):
    policy = directives(client.get("/admin/login/")["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["object-src"] == ["'none'"]


def test_an_inline_script_with_the_nonce_runs_for_every_visitor():
    """A page whose script carries the nonce is not shared through the page cache:
    a cached copy would go out with another nonce, and its script blocked."""

    def view(request):
        return HttpResponse(f'<script nonce="{request.csp_nonce}">go()</script>')

    handler = ContentSecurityPolicyMiddleware(PageCacheMiddleware(view))
    nonces = []
    for _ in range(2):
        response = handler(RequestFactory().get("/en/inline/"))
        nonce = re.search(r'nonce="([^"]+)"', response.content.decode())[1]
        policy = directives(response["Content-Security-Policy"])
        assert policy["script-src"] == ["'self'", f"'nonce-{nonce}'"]
        assert "X-Page-Cache" not in response
        nonces.append(nonce)
    assert nonces[0] != nonces[1]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ProductionServer:
    """gunicorn under production settings, as docker/compose.yaml runs it, on the
    test database (PostgreSQL) and Redis; one worker, so one kept connection."""

    def __init__(self, database_url, static_root, log_path):
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        clean = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
        self.env = {
            **clean,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": "production-test-only-" + "k7Qz" * 10,
            "DATABASE_URL": database_url,
            "REDIS_URL": REDIS_URL,
            "ALLOWED_HOSTS": "127.0.0.1",
            "STATIC_ROOT": str(static_root),
            "LOG_LEVEL": "WARNING",
        }

    def get(self, path, headers=HTTPS, **kwargs):
        return requests.get(
            self.base_url + path, headers=headers, allow_redirects=False, **kwargs
        )

    def post(self, path, headers, **kwargs):
        return requests.post(
            self.base_url + path, headers=headers, allow_redirects=False, **kwargs
        )

    def log(self):
        return self.log_path.read_text()[-3000:]

    @contextlib.contextmanager
    def running(self):
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=ROOT,
            env=self.env,
            check=True,
            timeout=300,
        )
        executable = shutil.which("gunicorn", path=str(Path(sys.executable).parent))
        with self.log_path.open("w") as log:
            process = subprocess.Popen(
                [*GUNICORN, "--bind", f"127.0.0.1:{self.port}", "--workers", "1"],
                cwd=ROOT,
                env=self.env,
                executable=executable,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        try:
            self.wait_until_up(process)
            yield self
        finally:
            process.terminate()
            process.wait(timeout=30)

    def wait_until_up(self, process, timeout=60):
        for _ in range(timeout * 4):
            if process.poll() is not None:
                raise RuntimeError(f"gunicorn exited:\n{self.log()}")
            with contextlib.suppress(requests.RequestException):
                # Exempt from the HTTPS redirect, as the compose health check needs.
                if self.get("/healthz/", headers={}, timeout=2).status_code == 200:
                    return
            time.sleep(0.25)
        raise RuntimeError(f"gunicorn did not answer within {timeout} s:\n{self.log()}")


def require_production_services():
    """PostgreSQL for the test database gunicorn shares, and Redis it caches in."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: gunicorn shares the test database")
    require("Redis", redis_error())
    redis.Redis.from_url(REDIS_URL).flushdb()


def database_url(port=None):
    settings = connection.settings_dict
    host = settings["HOST"] or "127.0.0.1"
    return f"postgres://{settings['USER']}@{host}:{port or settings['PORT'] or 5432}/{settings['NAME']}"


def cookie(response, name):
    """The Set-Cookie line for `name`, with its attributes."""
    for line in response.raw.headers.getlist("Set-Cookie"):
        if line.startswith(f"{name}="):
            return line
    raise AssertionError(f"no {name} cookie in {response.headers}")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_production_serves_https_only_with_secure_cookies(
    site_tree, django_user_model, settings, tmp_path
):
    require_production_services()
    # Hashed as production checks it (the test settings' hasher is not there).
    settings.PASSWORD_HASHERS = global_settings.PASSWORD_HASHERS
    django_user_model.objects.create_superuser("admin", "a@example.com", "pw-Admin-1")
    server = ProductionServer(database_url(), tmp_path / "static", tmp_path / "log")
    with server.running():
        plain = server.get("/en/", headers={})
        assert plain.status_code == 301
        assert plain.headers["Location"] == f"https://127.0.0.1:{server.port}/en/"

        page = server.get("/en/")
        assert page.status_code == 200, server.log()
        assert page.headers["Strict-Transport-Security"] == (
            "max-age=31536000; includeSubDomains; preload"
        )
        policy = directives(page.headers["Content-Security-Policy"])
        assert policy["script-src"] == ["'self'"]
        assert page.headers["X-Content-Type-Options"] == "nosniff"
        assert page.headers["Referrer-Policy"] == "same-origin"
        assert page.headers["X-Frame-Options"] == "SAMEORIGIN"

        login = server.get("/admin/login/")
        csrf = cookie(login, "csrftoken")
        assert "; Secure" in csrf and "; HttpOnly" in csrf
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login.text)[1]
        origin = f"https://127.0.0.1:{server.port}"
        signed_in = server.post(
            "/admin/login/",
            headers={
                **HTTPS,
                "Origin": origin,
                "Referer": f"{origin}/admin/login/",
                "Cookie": csrf.split(";")[0],
            },
            data={
                "csrfmiddlewaretoken": token,
                "username": "admin",
                "password": "pw-Admin-1",
            },
        )
        assert signed_in.status_code == 302, server.log()
        session = cookie(signed_in, "sessionid")
        assert "; Secure" in session and "; HttpOnly" in session
        assert "SameSite=Lax" in session
