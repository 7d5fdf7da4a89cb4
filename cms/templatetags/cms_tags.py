from django import template
from django.conf import settings
from django.db.models import Q, Value
from django.urls import reverse, translate_url
from django.utils.translation import get_language
from django.utils.translation import override as translation_override

from wagtail.models import Page, Site

from cms.models import FooterMenuItem, MainMenuItem

register = template.Library()


def localized_pages(page_ids):
    """The live translations in the current language of these pages, by page id.

    One query; a page with no translation is shown in its own language.
    """
    language = get_language()
    keys = Page.objects.filter(id__in=page_ids).values("translation_key")
    found = (
        Page.objects.live()
        .filter(
            Q(id__in=page_ids)
            | Q(translation_key__in=keys, locale__language_code=language)
        )
        .select_related("locale")
        .only("id", "title", "url_path", "translation_key", "depth", "path", "locale")
    )
    originals, translations = {}, {}
    for page in found:
        if page.id in page_ids:
            originals[page.id] = page
        if page.locale.language_code == language:
            translations[page.translation_key] = page
    return {
        page_id: translations.get(page.translation_key, page)
        for page_id, page in originals.items()
    }


def site_menus(request):
    """Both menus of the request's site, localized; built once per request."""
    if not hasattr(request, "_portal_menus"):
        site = Site.find_for_request(request)
        items = (
            MainMenuItem.objects.filter(settings__site=site)
            .order_by()
            .annotate(menu=Value("main"))
            .values_list("menu", "page_id", "sort_order")
            .union(
                FooterMenuItem.objects.filter(settings__site=site)
                .order_by()
                .annotate(menu=Value("footer"))
                .values_list("menu", "page_id", "sort_order"),
                all=True,
            )
            .order_by("sort_order")
        )
        menus = {"main": [], "footer": []}
        for menu, page_id, _order in items:
            menus[menu].append(page_id)
        pages = localized_pages(menus["main"] + menus["footer"])
        request._portal_menus = {
            name: [pages[page_id] for page_id in ids if page_id in pages]
            for name, ids in menus.items()
        }
    return request._portal_menus


def menu_items(context, name):
    request = context["request"]
    current = context.get("page")
    current_path = getattr(current, "url_path", None)
    return [
        {
            "title": page.title,
            "url": page.get_url(request),
            "active": bool(current_path and current_path.startswith(page.url_path)),
        }
        for page in site_menus(request)[name]
    ]


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    return {"items": menu_items(context, "main")}


@register.inclusion_tag("components/footer_menu.html", takes_context=True)
def footer_menu(context):
    return {"items": menu_items(context, "footer")}


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in the other languages, or else to their home pages."""
    request = context["request"]
    page = context.get("page")
    current = get_language()
    links = {}
    if isinstance(page, Page) and page.id:
        translations = (
            page.get_translations(inclusive=True).live().select_related("locale")
        )
        for translation in translations:
            links[translation.locale.language_code] = translation.get_url(request)
    languages = []
    for code, name in settings.LANGUAGES:
        if code in links:
            url = links[code]
        elif isinstance(page, Page):
            with translation_override(code):
                url = home_url()
        else:  # a view outside the page tree, such as search
            url = translate_url(request.get_full_path(), code)
        languages.append(
            {"code": code, "name": name, "url": url, "current": code == current}
        )
    return {"languages": languages}


@register.simple_tag
def home_url():
    """The home page of the current language: every language's home is at /<code>/."""
    return reverse("wagtail_serve", args=[""])
