import pytest

pytestmark = pytest.mark.django_db


def result_titles(response):
    return [page.title for page in response.context["results"]]


def test_search_finds_pages_in_the_visitors_language(client, site_tree):
    response = client.get("/en/search/", {"q": "monitoring"})
    assert response.status_code == 200
    assert "Remote crane monitoring" in result_titles(response)
    assert "Удалённый мониторинг кранов" not in result_titles(response)
    response = client.get("/ru/search/", {"q": "мониторинг"})
    assert result_titles(response) == ["Удалённый мониторинг кранов"]


def test_search_reads_the_body(client, site_tree):
    response = client.get("/en/search/", {"q": "girders"})
    assert "Steel prices in spring" in result_titles(response)


def test_search_survives_odd_queries(client, site_tree):
    for query in ["", " ", "x" * 5000, "' OR 1=1 --", "<script>", "&&||!!", "\x00"]:
        response = client.get("/en/search/", {"q": query, "page": "abc"})
        assert response.status_code == 200, repr(query)
    html = client.get(
        "/en/search/", {"q": "<script>alert(1)</script>"}
    ).content.decode()
    assert "<script>alert(1)</script>" not in html


def test_search_says_when_nothing_is_found(client, site_tree):
    response = client.get("/en/search/", {"q": "zeppelin"})
    assert "Nothing found for “zeppelin”." in response.content.decode()


def test_the_next_page_of_results_keeps_the_query(client, site_tree):
    from cms.models import NewsPage

    for number in range(12):
        site_tree.add(
            site_tree.news_index,
            NewsPage(title=f"Gantry crane {number}", slug=f"gantry-{number}", lead="x"),
        )
    first = client.get("/en/search/", {"q": "gantry crane"})
    assert len(result_titles(first)) == 10
    assert 'rel="next" href="?q=gantry%20crane&amp;page=2"' in first.content.decode()
    second = client.get("/en/search/?q=gantry%20crane&page=2")
    found = result_titles(first) + result_titles(second)
    assert {f"Gantry crane {number}" for number in range(12)} <= set(found)
