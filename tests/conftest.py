import datetime
import os
import shutil

from django.conf import settings
from django.utils import timezone

from wagtail.models import Locale, Page, Site

import pytest

from cms.models import (
    ContactsPage,
    HomePage,
    NavigationSettings,
    NewsIndexPage,
    NewsPage,
    SectionPage,
    SiteSettings,
    Topic,
)
from surveys.models import Poll, PollChoice, Question, QuestionnairePage

# pytest-django's live server runs in a thread beside Playwright's event loop.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

IN_CI = os.environ.get("CI") == "true"
CHROMIUM = "/usr/bin/chromium"


def require(service, error):
    """Skip a test whose service is missing, but fail it under CI=true."""
    if error is None:
        return
    message = f"{service} is not available: {error}"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(autouse=True)
def clear_cache():
    from django.core.cache import cache

    from analytics import drain
    from analytics import visitors as analytics_visitors
    from surveys import visitors, voting

    cache.clear()
    # Each test's database starts without today's salts, labels or polls.
    visitors._salts.clear()
    analytics_visitors._salts.clear()
    drain._label_ids.clear()
    voting._polls.clear()


@pytest.fixture(autouse=True, scope="session")
def media_root():
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


class SiteTree:
    """A small two-language site: home, about, contacts, news with three articles."""

    def __init__(self):
        # get_or_create: a transactional test before this one may have flushed
        # what the migrations created.
        self.en, _ = Locale.objects.get_or_create(language_code="en")
        self.ru, _ = Locale.objects.get_or_create(language_code="ru")
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=self.en)
        )
        self.home = HomePage(
            title="Home", slug="home-en", hero_title="Cranes that lift"
        )
        root.add_child(instance=self.home)
        publish(self.home)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "root_page": self.home},
        )
        # Wagtail's placeholder "Welcome" page.
        Page.objects.filter(depth=2, content_type__model="page").delete()

        self.home_ru = self.translate(self.home, title="Главная", hero_title="Краны")
        self.about = self.add(
            self.home,
            SectionPage(
                title="About us", slug="about", intro="Since 1998.", show_in_menus=True
            ),
        )
        self.about_ru = self.translate(
            self.about, title="О компании", intro="С 1998 года."
        )
        self.contacts = self.add(
            self.home,
            ContactsPage(
                title="Contacts",
                slug="contacts",
                address="1 Main St",
                show_in_menus=True,
            ),
        )
        self.news_index = self.add(
            self.home, NewsIndexPage(title="News", slug="news", show_in_menus=True)
        )
        self.news_index_ru = self.translate(self.news_index, title="Новости")

        self.topic = Topic.objects.create(
            locale=self.en, name="Technologies", slug="technologies"
        )
        self.topic_ru = Topic.objects.create(
            locale=self.ru,
            name="Технологии",
            slug="technologies",
            translation_key=self.topic.translation_key,
        )
        self.market = Topic.objects.create(
            locale=self.en, name="Market reviews", slug="market"
        )
        today = timezone.localdate()
        self.articles = [
            self.add(
                self.news_index,
                NewsPage(
                    title=title,
                    slug=slug,
                    lead=f"Lead of {title}.",
                    date=today - datetime.timedelta(days=days),
                    topic=topic,
                    author="Anna Smirnova",
                    body=[
                        ("paragraph", f"<p>Body of {title} about gantry girders.</p>")
                    ],
                ),
                tags=tags,
            )
            for title, slug, days, topic, tags in [
                ("Remote crane monitoring", "monitoring", 1, self.topic, ["digital"]),
                ("Steel prices in spring", "steel-prices", 5, self.market, ["steel"]),
                (
                    "Inverter drives explained",
                    "inverters",
                    9,
                    self.topic,
                    ["digital", "drives"],
                ),
            ]
        ]
        self.article_ru = self.translate(
            self.articles[0],
            title="Удалённый мониторинг кранов",
            lead="Краткое содержание.",
            topic=self.topic_ru,
        )
        site = Site.objects.get(is_default_site=True)
        navigation = NavigationSettings.for_site(site)
        navigation.main_menu_items = [
            navigation.main_menu_items.model(page=page)
            for page in (self.about, self.news_index, self.contacts)
        ]
        navigation.save()
        site_settings = SiteSettings.for_site(site)
        site_settings.company_name = "Uralkran"
        site_settings.save()

    def add(self, parent, page, tags=()):
        parent.add_child(instance=page)
        if tags:
            page.tags.set(tags)
        return publish(page)

    def translate(self, page, **fields):
        translation = page.copy_for_translation(self.ru)
        for name, value in fields.items():
            setattr(translation, name, value)
        return publish(translation)


@pytest.fixture
def member(django_user_model):
    """make(group name): a new user in that staff group, named after it."""

    def make(group_name):
        from django.contrib.auth.models import Group

        user = django_user_model.objects.create_user(
            username=group_name.lower().replace(" ", "-"), password="pw"
        )
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture
def site_tree(db):
    return SiteTree()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    require("Chromium", None if os.path.exists(CHROMIUM) else f"{CHROMIUM} is missing")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture
def make_poll(db):
    def make(
        question="Which crane do you use most?",
        choices=("Overhead", "Gantry", "Jib"),
        **fields,
    ):
        poll = Poll(question=question, **fields)
        poll.choices = [PollChoice(text=text) for text in choices]
        poll.save()
        poll.save_revision().publish()
        poll.refresh_from_db()
        return poll

    return make


@pytest.fixture
def poll(make_poll):
    return make_poll()


@pytest.fixture
def article_with_poll(site_tree, poll):
    article = site_tree.articles[0]
    article.body = [
        *article.body.raw_data,
        {"type": "poll", "value": {"poll": poll.id}},
    ]
    article.save_revision().publish()
    return article


QUESTIONS = [
    # label, type, choices, required, step, show_if (question, value)
    ("How likely are you to recommend us?", "nps", "", True, 1, None),
    ("How satisfied are you with service?", "rating", "", True, 1, None),
    (
        "Which products do you use?",
        "checkboxes",
        "Overhead cranes\nGantry cranes\nHoists",
        False,
        1,
        None,
    ),
    ("Preferred contact", "radio", "E-mail\nPhone", True, 2, None),
    ("Your phone", "phone", "", True, 2, ("Preferred contact", "Phone")),
    ("Region", "dropdown", "Urals\nSiberia\nVolga", False, 2, None),
    ("Cranes in operation", "number", "", False, 2, None),
    ("Last inspection", "date", "", False, 2, None),
    ("E-mail for the report", "email", "", False, 2, None),
    ("Short comment", "singleline", "", False, 2, None),
    ("What should we improve?", "multiline", "", False, 2, None),
    ("I agree to be contacted", "checkbox", "", True, 2, None),
]


@pytest.fixture
def questionnaire(site_tree):
    """A two-step questionnaire with one question of every type and skip logic."""
    page = QuestionnairePage(title="Customer survey", slug="survey")
    page.questions = [
        Question(
            label=label,
            field_type=kind,
            choices=choices,
            required=required,
            step=step,
            show_if_question=show_if[0] if show_if else "",
            show_if_value=show_if[1] if show_if else "",
        )
        for label, kind, choices, required, step, show_if in QUESTIONS
    ]
    site_tree.home.add_child(instance=page)
    page.save_revision().publish()
    return QuestionnairePage.objects.get(id=page.id)
