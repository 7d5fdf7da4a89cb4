import re

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import get_language

from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def search(request):
    """Full-text search over the live pages in the visitor's language."""
    # Control characters (NUL above all) mean nothing in a search and upset databases.
    query = CONTROL_CHARACTERS.sub("", request.GET.get("q", ""))
    # The SQLite backend quotes each word without escaping quotes inside it: a
    # double quote would be a full-text syntax error.
    query = query.replace('"', " ").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        locale = Locale.objects.filter(language_code=get_language()).first()
        pages = Page.objects.live().public().specific()
        if locale:
            pages = pages.filter(locale=locale)
        results = pages.search(query)
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "cms/search.html",
        {"query": query, "page_obj": page_obj, "results": page_obj.object_list},
    )
