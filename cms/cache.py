"""The page cache: rendered pages served to anonymous visitors from the cache.

Every cached page is stored with the cache generation it was rendered in.
Publishing, unpublishing, moving or deleting a page, or changing a topic, a menu
or the site settings starts a new generation, so no visitor sees a page older than
the last change; pages of old generations are rendered afresh and replaced, or
expire. The generation and the page come back from the cache in one round trip.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.redis import RedisCache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished, post_page_move

import redis

from analytics import buffer, collect

logger = logging.getLogger(__name__)
GENERATION_KEY = "page-cache:generation"
SKIPPED_PREFIXES = ("/admin/", "/django-admin/", "/healthz")
# The generation, the cached page and, when the page's id is stored beside it for
# that generation, the page view appended to the analytics buffer: one round
# trip for a counted view of a cached page instead of two.
LOOKUP_AND_COUNT = """
local generation = redis.call('GET', KEYS[1])
local page = redis.call('GET', KEYS[2])
if page and generation and ARGV[1] ~= '' then
    local mark = redis.call('GET', KEYS[3])
    if mark then
        local colon = string.find(mark, ':', 1, true)
        if string.sub(mark, 1, colon - 1) == generation then
            redis.call('RPUSH', KEYS[4], ARGV[1] .. string.sub(mark, colon + 1) .. ARGV[2])
            return {generation, page, 1}
        end
    end
end
return {generation or false, page or false, 0}
"""
LOOKUP_SHA = hashlib.sha1(LOOKUP_AND_COUNT.encode()).hexdigest()


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
        # A shared cache never stores what credentials fetched (RFC 9111, 3.5).
        and "HTTP_AUTHORIZATION" not in request.META
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
        found = lookup(request, key)
        generation = found.get(GENERATION_KEY) or start_generation()
        stored = found.get(key)
        if stored is not None and stored[0] == generation:
            response = stored[1]
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if is_cacheable_response(request, response):
            cache.set(key, (generation, response), settings.PAGE_CACHE_SECONDS)
            remember_page_id(key, generation, response)
            response["X-Page-Cache"] = "miss"
        return response


def lookup(request, key):
    """{GENERATION_KEY: generation, key: stored page} as cache.get_many gives it.
    On Redis the page view is counted in the same round trip when the page is
    found (request.analytics_counted), instead of after the response."""
    template = collect.pageview_template(request) if uses_redis() else None
    if template is None:
        return cache.get_many([GENERATION_KEY, key])
    backend = caches["default"]._cache
    keys = [cache.make_and_validate_key(name) for name in (GENERATION_KEY, key)]
    keys += [f"{keys[1]}:page-id", buffer.QUEUE_KEY]
    try:
        generation, page, counted = run_lookup(keys, template)
    except redis.RedisError as error:  # as it would have without counting
        logger.warning("page cache: lookup failed: %s", error)
        return cache.get_many([GENERATION_KEY, key])
    request.analytics_counted = bool(counted)
    found = {}
    if generation:
        found[GENERATION_KEY] = int(generation)
    if page:
        found[key] = backend._serializer.loads(page)
    return found


def uses_redis():
    """Whether the page cache and the audience buffer share Redis (both read
    REDIS_URL), so that one script can find the page and count its view."""
    return isinstance(caches["default"], RedisCache) and buffer.uses_redis()


def run_lookup(keys, args):
    """The look-up script by its hash, loaded first if Redis does not know it, on
    the buffer's own connection (the lighter path, as for every hit)."""
    try:
        return buffer.command("EVALSHA", LOOKUP_SHA, len(keys), *keys, *args)
    except redis.exceptions.NoScriptError:
        buffer.command("SCRIPT", "LOAD", LOOKUP_AND_COUNT)
        return buffer.command("EVALSHA", LOOKUP_SHA, len(keys), *keys, *args)


def remember_page_id(key, generation, response):
    """Keep the cached page's id beside it, for counting its views in lookup()."""
    page_id = response.get(collect.PageViewMiddleware.header)
    if page_id is None or not uses_redis():
        return
    try:
        caches["default"]._cache.get_client(write=True).set(
            f"{cache.make_and_validate_key(key)}:page-id",
            f"{generation}:{page_id}",
            ex=settings.PAGE_CACHE_SECONDS,
        )
    except redis.RedisError as error:  # its views are counted the usual way
        logger.warning("page cache: Redis unreachable: %s", error)


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
