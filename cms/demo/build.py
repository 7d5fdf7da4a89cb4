"""Builds the demo site from cms.demo.content: pages in both languages, topics,
menus and site settings. Everything is looked up before it is created, so a
second run finds it all in place and changes nothing."""

import datetime
import io

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from cms.demo import content
from cms.demo.images import PALETTES, draw_image
from cms.demo.surveys import build_surveys
from cms.models import (
    ContactsPage,
    HomePage,
    NavigationSettings,
    NewsIndexPage,
    NewsPage,
    OpeningHours,
    SectionPage,
    SiteSettings,
    Topic,
)

LANGUAGES = ("en", "ru")


class DemoBuilder:
    def __init__(self):
        self.created = 0
        self.locales = {
            code: Locale.objects.get_or_create(language_code=code)[0]
            for code in LANGUAGES
        }

    @transaction.atomic
    def build(self):
        self.images = self.build_images()
        self.topics = self.build_topics()
        home = self.build_home()
        contacts = self.build_contacts(home)
        sections = [
            self.build_section(home, spec, contacts) for spec in content.SECTIONS
        ]
        news_index = self.build_news_index(home)
        for spec in content.NEWS:
            self.build_article(news_index, spec, contacts)
        self.build_home_links(home, sections)
        self.build_settings(home, sections, news_index, contacts)
        build_surveys(self, home)
        return self.created

    # Images and topics

    def build_images(self):
        Image = get_image_model()
        images = {}
        for key in PALETTES:
            title = f"Demo: {key}"
            image = Image.objects.filter(title=title).first()
            if image is None:
                image = Image(title=title)
                image.file = ImageFile(
                    io.BytesIO(draw_image(key)), name=f"demo-{key}.png"
                )
                image.save()
                self.created += 1
            images[key] = image
        return images

    def build_topics(self):
        topics = {}
        for order, spec in enumerate(content.TOPICS):
            original = None
            for code in LANGUAGES:
                topic = Topic.objects.filter(
                    locale=self.locales[code], slug=spec["slug"]
                ).first()
                if topic is None:
                    topic = Topic(
                        locale=self.locales[code],
                        slug=spec["slug"],
                        name=spec[code],
                        description=spec[f"description_{code}"],
                        sort_order=order,
                    )
                    if original is not None:
                        topic.translation_key = original.translation_key
                    topic.save()
                    self.created += 1
                original = original or topic
                topics[(spec["slug"], code)] = topic
        return topics

    # Pages

    def build_home(self):
        site = Site.objects.get(is_default_site=True)
        home = HomePage.objects.filter(locale=self.locales["en"]).first()
        if home is None:
            root = Page.get_first_root_node()
            welcome = site.root_page
            home = HomePage(slug="home-new", **self.home_fields("en"))
            root.add_child(instance=home)
            self.publish(home)
            site.root_page = home
            site.site_name = content.COMPANY["name"]
            site.save()
            if welcome.specific_class is Page:  # Wagtail's placeholder "Welcome" page
                welcome.delete()
            home.slug = "home"
            self.publish(home)
            home = HomePage.objects.get(id=home.id)  # with the new url_path
            self.created += 1
        self.translate(home, "ru", self.home_fields("ru"))
        return home

    def home_fields(self, code):
        spec = content.HOME[code]
        return {
            "title": spec["title"],
            "hero_title": spec["hero_title"],
            "hero_text": spec["hero_text"],
            "hero_link_text": spec["hero_link_text"],
            "hero_image": self.images["crane"],
            "search_description": spec["seo_description"],
        }

    def build_contacts(self, home):
        spec = content.CONTACTS

        def fields(code):
            return {
                "title": spec[code]["title"],
                "slug": spec["slug"],
                "intro": spec[code]["intro"],
                "address": spec[code]["address"],
                "phone": spec["phone"],
                "email": spec["email"],
                "show_in_menus": True,
                "opening_hours": [
                    OpeningHours(days=days, hours=hours)
                    for days, hours in spec[code]["hours"]
                ],
            }

        page = self.child(home, ContactsPage, fields("en"))
        self.translate(page, "ru", fields("ru"))
        return page

    def build_section(self, parent, spec, contacts):
        def fields(code):
            return {
                "title": spec[code]["title"],
                "slug": spec["slug"],
                "intro": spec[code]["intro"],
                "body": self.body(spec[code]["body"], contacts),
                "listing_image": self.images[spec.get("image", "factory")],
                "show_in_menus": True,
            }

        page = self.child(parent, SectionPage, fields("en"))
        self.translate(page, "ru", fields("ru"))
        for child_spec in spec.get("children", []):
            self.build_section(page, child_spec, contacts)
        return page

    def build_news_index(self, home):
        spec = content.NEWS_INDEX

        def fields(code):
            return {
                "title": spec[code]["title"],
                "slug": spec["slug"],
                "intro": f"<p>{spec[code]['intro']}</p>",
                "show_in_menus": True,
            }

        page = self.child(home, NewsIndexPage, fields("en"))
        self.translate(page, "ru", fields("ru"))
        return page

    def build_article(self, news_index, spec, contacts):
        date = timezone.localdate() - datetime.timedelta(days=spec["days_ago"])

        def fields(code):
            return {
                "title": spec[code]["title"],
                "slug": spec["slug"],
                "lead": spec[code]["lead"],
                "date": date,
                "author": spec["author"][code],
                "topic": self.topics[(spec["topic"], code)],
                "hero_image": self.images[spec["image"]],
                "body": self.body(spec[code]["body"], contacts),
            }

        page = self.child(
            news_index, NewsPage, fields("en"), tags=spec["tags"], date=date
        )
        self.translate(page, "ru", fields("ru"), tags=spec["tags"], date=date)

    def build_home_links(self, home, sections):
        for code in LANGUAGES:
            page = home.get_translation(self.locales[code]).specific
            if page.featured_sections.exists():
                continue
            page.hero_link = sections[0].get_translation(self.locales[code])
            featured = [s.get_translation(self.locales[code]) for s in sections[1:]]
            page.featured_sections = [
                page.featured_sections.model(page=section) for section in featured
            ]
            contacts = Page.objects.get(
                locale=self.locales[code], slug=content.CONTACTS["slug"]
            )
            cta = content.HOME[code]["cta"]
            page.call_to_action = [
                ("call_to_action", {**cta, "page": contacts, "url": ""})
            ]
            self.publish(page)
            self.created += 1

    def build_settings(self, home, sections, news_index, contacts):
        site = Site.objects.get(is_default_site=True)
        site_settings = SiteSettings.for_site(site)
        if site_settings.company_name != content.COMPANY["name"]:
            for field, value in content.COMPANY.items():
                setattr(
                    site_settings, "company_name" if field == "name" else field, value
                )
            site_settings.save()
            self.created += 1
        navigation = NavigationSettings.for_site(site)
        if not navigation.main_menu_items.exists():
            menu = [*sections, news_index, contacts]
            navigation.main_menu_items = [
                navigation.main_menu_items.model(page=page) for page in menu
            ]
            navigation.footer_menu_items = [
                navigation.footer_menu_items.model(page=page)
                for page in [sections[0], news_index, contacts]
            ]
            navigation.save()
            self.created += 1

    # Helpers

    def child(self, parent, model, fields, tags=(), date=None):
        """The parent's child with this slug, created and published if missing."""
        existing = parent.get_children().filter(slug=fields["slug"]).first()
        if existing:
            return existing.specific
        page = model(**{k: v for k, v in fields.items() if k != "opening_hours"})
        if "opening_hours" in fields:
            page.opening_hours = fields["opening_hours"]
        parent.add_child(instance=page)
        if tags:
            page.tags.set(tags)
        self.publish(page, date)
        self.created += 1
        return page

    def translate(self, page, code, fields, tags=(), date=None):
        """The page's translation into this language, created and published if missing."""
        locale = self.locales[code]
        existing = page.get_translation_or_none(locale)
        if existing:
            return existing.specific
        translation = page.copy_for_translation(locale)
        for name, value in fields.items():
            if name == "slug":
                continue
            setattr(translation, name, value)
        if tags:
            translation.tags.set(tags)
        self.publish(translation, date)
        self.created += 1
        return translation

    def publish(self, page, date=None):
        revision = page.save_revision(log_action=False)
        revision.publish(log_action=False)
        if date:
            moment = timezone.make_aware(
                datetime.datetime.combine(date, datetime.time(10))
            )
            Page.objects.filter(id=page.id).update(
                first_published_at=moment, last_published_at=moment
            )

    def body(self, blocks, contacts):
        return [self.block(kind, value, contacts) for kind, value in blocks]

    def block(self, kind, value, contacts):
        if kind == "heading":
            return ("heading", {"text": value, "level": "h2"})
        if kind == "image":
            return (
                "image",
                {
                    "image": self.images[value["image"]],
                    "caption": value["caption"],
                    "attribution": "",
                },
            )
        if kind == "table":
            return (
                "table",
                {
                    "data": [value["header"], *value["rows"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "",
                },
            )
        if kind == "cta":
            return ("call_to_action", {**value, "page": contacts, "url": ""})
        if kind == "two_columns":
            return (
                "two_columns",
                {
                    "left": self.body(value["left"], contacts),
                    "right": self.body(value["right"], contacts),
                },
            )
        return (kind, value)  # paragraph, quote
