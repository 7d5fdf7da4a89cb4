"""While the database cannot be reached, visitors and editors get a short 503 page
that asks them to come back, and the site recovers by itself when it returns."""

import contextlib
import socket
import threading

from django.db import OperationalError, connection

import pytest

from tests.portal.test_security_headers import (
    ProductionServer,
    database_url,
    free_port,
    require_production_services,
)

pytestmark = pytest.mark.django_db


class Outage:
    """The database refusing connections, from start() to end()."""

    def __init__(self, monkeypatch):
        self.monkeypatch = monkeypatch

    def start(self):
        # Every query asks for a connection first: the one place to cut them all.
        self.monkeypatch.setattr(connection, "ensure_connection", self.refuse)

    def end(self):
        self.monkeypatch.undo()

    @staticmethod
    def refuse():
        raise OperationalError(
            'connection failed: connection to server at "127.0.0.1", port 5432 '
            "failed: Connection refused"
        )


@pytest.fixture
def outage(monkeypatch):
    return Outage(monkeypatch)


def test_visitors_get_a_503_page_and_the_site_comes_back(client, site_tree, outage):
    outage.start()
    response = client.get("/en/news/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert "The site is temporarily unavailable" in html
    assert "Traceback" not in html and "Connection refused" not in html
    assert "Сайт временно недоступен" in client.get("/ru/news/").content.decode()

    outage.end()
    response = client.get("/en/news/")
    assert response.status_code == 200  # the 503 page was not cached either
    assert "Remote crane monitoring" in response.content.decode()


def test_cached_pages_are_still_served_while_the_database_is_down(
    client, site_tree, outage
):
    client.get("/en/news/monitoring/")
    outage.start()
    response = client.get("/en/news/monitoring/")
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "hit"


def test_signed_in_editors_get_the_503_page_and_stay_signed_in(
    client, site_tree, admin_user, outage
):
    client.force_login(admin_user)
    outage.start()
    response = client.get("/admin/")
    assert response.status_code == 503
    assert "temporarily unavailable" in response.content.decode()

    outage.end()
    assert client.get("/admin/").status_code == 200


class DatabaseLink:
    """A TCP relay in front of PostgreSQL that can be cut as a failing network or
    server would be: while it is cut, new connections are refused and open ones
    are dropped."""

    def __init__(self, host, port):
        self.target = (host, port)
        self.port = free_port()
        self.sockets = set()
        self.listener = None

    def restore(self):
        self.listener = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self.accept, args=(self.listener,), daemon=True).start()

    def cut(self):
        self.listener.shutdown(socket.SHUT_RDWR)  # wakes accept() up
        self.listener.close()
        for sock in list(self.sockets):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        self.sockets.clear()

    def accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:  # cut
                return
            server = socket.create_connection(self.target)
            self.sockets |= {client, server}
            for source, sink in ((client, server), (server, client)):
                threading.Thread(
                    target=self.pump, args=(source, sink), daemon=True
                ).start()

    @staticmethod
    def pump(source, sink):
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_real_server_answers_503_while_postgresql_is_away_and_recovers(
    site_tree, tmp_path
):
    require_production_services()
    settings = connection.settings_dict
    link = DatabaseLink(settings["HOST"] or "127.0.0.1", int(settings["PORT"] or 5432))
    link.restore()
    server = ProductionServer(
        database_url(port=link.port), tmp_path / "static", tmp_path / "log"
    )
    with server.running():
        # Each address once: a page the cache has not seen needs the database.
        assert server.get("/en/news/?visit=1").status_code == 200, server.log()

        link.cut()
        down = server.get("/en/news/?visit=2")
        assert down.status_code == 503, server.log()
        assert down.headers["Retry-After"] == "30"
        assert "The site is temporarily unavailable" in down.text
        assert "Content-Security-Policy" in down.headers
        # Pages in the cache are still served, from Redis.
        assert server.get("/en/news/?visit=1").headers["X-Page-Cache"] == "hit"

        link.restore()
        assert server.get("/en/news/?visit=3").status_code == 200, server.log()

        # A restart between two requests leaves the worker a dead connection:
        # the health check replaces it before the next request uses it.
        link.cut()
        link.restore()
        assert server.get("/en/news/?visit=4").status_code == 200, server.log()
    link.cut()
