"""The page cache: rendered pages served to anonymous visitors from the cache.

Every cached page is stored with the cache generation it was rendered in.
Publishing, unpublishing, moving or deleting a page, or changing a topic, a menu
or the site settings starts a new generation, so no visitor sees a page older than
the last change; pages of old generations are rendered afresh and replaced, or
expire. The generation and the page come back from the cache in one round trip.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "page-cache:generation"
SKIPPED_PREFIXES = ("/admin/", "/django-admin/", "/healthz")


def start_generation():
    cache.add(GENERATION_KEY, 1, timeout=None)
    return cache.get(GENERATION_KEY, 1)


def clear_page_cache():
    """Start a new generation: every page is rendered afresh on its next view."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet: nothing is cached either
        cache.add(GENERATION_KEY, 1, timeout=None)


def is_cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        # A message waits for this visitor (after a form post): render it.
        and "messages" not in request.COOKIES
        and not request.path.startswith(SKIPPED_PREFIXES)
    )


def skip_page_cache(request):
    """Keep this response out of the page cache: it shows something personal."""
    request.page_cache_skip = True


def is_cacheable_response(request, response):
    cache_control = response.get("Cache-Control", "")
    return (
        not getattr(request, "page_cache_skip", False)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in cache_control
        and "no-cache" not in cache_control
    )


class PageCacheMiddleware:
    """Serve anonymous views from the page cache; store what is safe to share."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        url = request.build_absolute_uri().encode()
        key = f"page-cache:{hashlib.sha1(url).hexdigest()}"
        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY) or start_generation()
        stored = found.get(key)
        if stored is not None and stored[0] == generation:
            response = stored[1]
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if is_cacheable_response(request, response):
            cache.set(key, (generation, response), settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def clear_on_page_change(sender, **kwargs):
    clear_page_cache()


@receiver(post_save)
@receiver(post_delete)
def clear_on_content_change(sender, **kwargs):
    # Menus, topics, settings and deleted pages appear on many pages at once.
    from wagtail.models import Page

    if sender._meta.app_label == "cms" and not issubclass(sender, Page):
        clear_page_cache()
    elif kwargs.get("signal") is post_delete and issubclass(sender, Page):
        clear_page_cache()
