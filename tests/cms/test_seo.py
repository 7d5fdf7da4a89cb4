import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_sitemap_lists_live_pages_in_both_languages(client, site_tree):
    site_tree.articles[1].unpublish()
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = {loc.text for loc in root.findall("s:url/s:loc", SITEMAP_NS)}
    paths = {url.split("localhost", 1)[1] for url in urls}
    assert {"/en/", "/ru/", "/en/about/", "/ru/about/", "/en/news/monitoring/"} <= paths
    assert "/ru/news/monitoring/" in paths
    assert "/en/news/steel-prices/" not in paths
    assert len(root.findall("s:url/s:lastmod", SITEMAP_NS)) == len(urls)


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_pages_carry_canonical_and_opengraph_tags(client, site_tree):
    article = site_tree.articles[0]
    article.search_description = "How remote monitoring saves downtime."
    article.save_revision().publish()
    html = client.get("/en/news/monitoring/").content.decode()
    assert '<link rel="canonical" href="http://localhost/en/news/monitoring/">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="Remote crane monitoring">' in html
    assert (
        '<meta name="description" content="How remote monitoring saves downtime.">'
        in html
    )
    assert '<meta property="og:locale" content="en_GB">' in html


def test_language_switcher_links_translations(client, site_tree):
    html = client.get("/en/news/monitoring/").content.decode()
    assert 'href="/ru/news/monitoring/" hreflang="ru"' in html
    html = client.get("/en/news/steel-prices/").content.decode()
    # No Russian translation: the switcher leads to the Russian home page.
    assert 'href="/ru/" hreflang="ru"' in html
