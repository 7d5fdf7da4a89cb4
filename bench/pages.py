"""Page throughput against the bare-view ceiling.

`make bench` runs it: gunicorn (2 workers) under production settings on
PostgreSQL and Redis serves the demo site; wrk measures a bare Django view
(/healthz/, the ceiling), the home page, the news index and a news article,
cached as visitors get them, and the article uncached (a session cookie skips
the page cache). Goal: the cached article at 0.5 of the ceiling or better.
"""

import urllib.request

from bench.harness import (
    BASE_URL,
    gunicorn,
    prepare_database,
    record,
    require_tools,
    wrk,
)

ROUNDS = 2


def first_article_url():
    html = urllib.request.urlopen(f"{BASE_URL}/en/news/").read().decode()
    start = html.index('class="card__title"><a href="') + len(
        'class="card__title"><a href="'
    )
    return html[start : html.index('"', start)]


def main():
    require_tools()
    prepare_database()
    with gunicorn(workers=2):
        article = first_article_url()
        targets = {
            "bare_view": ("/healthz/", ()),
            "home": ("/en/", ()),
            "news_index": ("/en/news/", ()),
            "news_article": (article, ()),
            "news_article_uncached": (article, ("Cookie: sessionid=benchmark",)),
        }
        for path, headers in targets.values():  # warm caches and connections
            wrk(BASE_URL + path, seconds=1, headers=headers)
        rates = {name: [] for name in targets}
        for _ in range(ROUNDS):  # interleaved, so drift hits every figure alike
            for name, (path, headers) in targets.items():
                rates[name].append(wrk(BASE_URL + path, headers=headers))
    best = {name: max(values) for name, values in rates.items()}
    ceiling = best["bare_view"]
    print(f"\n{'page':<24}{'req/s':>10}{'ratio':>8}")
    figures = {}
    for name, rate in best.items():
        ratio = rate / ceiling
        print(f"{name:<24}{rate:>10.0f}{ratio:>8.2f}")
        figures[f"pages.{name}.rps"] = (rate, "req/s")
        figures[f"pages.{name}.ratio"] = (ratio, "ratio to bare view")
    record(figures)
    goal = best["news_article"] / ceiling
    print(
        f"\nnews article at {goal:.2f} of the bare view (goal 0.5): "
        + ("met" if goal >= 0.5 else "NOT met")
    )


if __name__ == "__main__":
    main()
