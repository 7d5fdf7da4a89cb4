from django.test import override_settings

import pytest

pytestmark = pytest.mark.django_db


def test_unknown_url_gets_a_styled_404(client, site_tree):
    for path in [
        "/en/no-such-page/",
        "/ru/news/nothing/",
        "/en/news/monitoring/extra/",
        "/xx/",
    ]:
        response = client.get(path, follow=True)
        assert response.status_code == 404, path
        assert (
            b"Page not found" in response.content
            or "Страница не найдена".encode() in response.content
        )
        assert b"site-header" in response.content


def test_russian_404_speaks_russian(client, site_tree):
    response = client.get("/ru/no-such-page/")
    assert "Страница не найдена" in response.content.decode()


@override_settings(DEBUG=False)
def test_server_error_page_is_styled_and_needs_no_database(
    client, monkeypatch, site_tree
):
    from cms.models import NewsPage

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(NewsPage, "get_context", broken)
    client.raise_request_exception = False
    response = client.get("/en/news/monitoring/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong" in html and "Что-то пошло не так" in html
    assert "portal" in html and "css" in html


def test_healthz_answers_ok(client):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert client.post("/healthz/").status_code == 405


def test_root_redirects_to_a_language(client, site_tree):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru-RU,ru;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/ru/"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de")
    assert response["Location"] == "/en/"
