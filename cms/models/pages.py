from django.core.paginator import Paginator
from django.core.validators import slug_re
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.blocks import StreamBlock
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase

from cms.blocks import BodyBlock, CallToActionBlock
from cms.models.mixins import BasePage
from cms.models.snippets import Topic

NEWS_PER_PAGE = 12


class HomePage(BasePage):
    """The front page of one language: hero, featured news and sections, a call to action."""

    hero_title = models.CharField(_("hero title"), max_length=200)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_link = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("hero link"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_link_text = models.CharField(_("hero link text"), max_length=60, blank=True)
    featured_poll = models.ForeignKey(
        "surveys.Poll",
        verbose_name=_("featured poll"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    call_to_action = StreamField(
        StreamBlock([("call_to_action", CallToActionBlock())], max_num=1),
        verbose_name=_("call to action"),
        blank=True,
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_link"),
                FieldPanel("hero_link_text"),
            ],
            heading=_("Hero"),
        ),
        InlinePanel(
            "featured_news",
            label=_("featured news"),
            help_text=_("Leave empty to show the latest news."),
            max_num=6,
        ),
        InlinePanel("featured_sections", label=_("featured sections"), max_num=6),
        FieldPanel("featured_poll"),
        FieldPanel("call_to_action"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("hero_title"),
        index.SearchField("hero_text"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cms.SectionPage",
        "cms.ContactsPage",
        "cms.NewsIndexPage",
        "surveys.QuestionnairePage",
        "surveys.FeedbackPage",
        "surveys.ServiceRequestPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_featured_news(self):
        """The articles the editor picked, or else the latest six."""
        news = (
            NewsPage.objects.live()
            .public()
            .select_related("topic", "listing_image", "hero_image")
        )
        ids = [item.page_id for item in self.featured_news.all()]
        if not ids:
            return news.descendant_of(self).order_by("-date", "-first_published_at")[:6]
        return sorted(news.filter(id__in=ids), key=lambda page: ids.index(page.id))

    def get_featured_sections(self):
        ids = [item.page_id for item in self.featured_sections.all()]
        pages = Page.objects.live().public().filter(id__in=ids).specific()
        return sorted(pages, key=lambda page: ids.index(page.id))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_news"] = self.get_featured_news()
        context["featured_sections"] = self.get_featured_sections()
        return context


class HomePageFeaturedNews(Orderable):
    """An article picked for the home page (home page editor, "featured news")."""

    home = ParentalKey(HomePage, related_name="featured_news")
    page = models.ForeignKey(
        "cms.NewsPage",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [FieldPanel("page")]


class HomePageFeaturedSection(Orderable):
    """A section shown as a card on the home page (home page editor, "featured sections")."""

    home = ParentalKey(HomePage, related_name="featured_sections")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [FieldPanel("page")]


class SectionPage(BasePage):
    """A corporate page: About, Products, Services, Careers and their subpages."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["cms.HomePage", "cms.SectionPage"]
    subpage_types = [
        "cms.SectionPage",
        "cms.ContactsPage",
        "surveys.QuestionnairePage",
        "surveys.FeedbackPage",
        "surveys.ServiceRequestPage",
    ]

    class Meta:
        verbose_name = _("section page")

    @property
    def card_summary(self):
        return super().card_summary or self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subpages"] = self.get_children().live().public().in_menu().specific()
        return context


class ContactsPage(BasePage):
    """The contacts page: address, phones, e-mail and opening hours, without a map."""

    intro = models.TextField(_("introduction"), blank=True)
    address = models.TextField(_("address"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")],
            heading=_("Contacts"),
        ),
        InlinePanel("opening_hours", label=_("opening hours")),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("address"),
        index.SearchField("body"),
    ]

    parent_page_types = ["cms.HomePage", "cms.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("contacts page")


class OpeningHours(Orderable):
    """One line of a contacts page's opening hours, such as "Mon–Fri: 9:00–18:00"."""

    page = ParentalKey(ContactsPage, related_name="opening_hours")
    days = models.CharField(_("days"), max_length=60)
    hours = models.CharField(_("hours"), max_length=60)

    panels = [FieldPanel("days"), FieldPanel("hours")]


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The news section: articles filtered by topic and tag, with RSS and Atom feeds."""

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.NewsPage"]

    class Meta:
        verbose_name = _("news index page")

    def get_news(self):
        return (
            NewsPage.objects.live()
            .child_of(self)
            # Children share this page's ancestors, so only their own restrictions count.
            .filter(view_restrictions__isnull=True)
            .select_related("topic", "listing_image", "hero_image")
            .order_by("-date", "-first_published_at")
        )

    def get_topics(self):
        return Topic.objects.filter(locale_id=self.locale_id)

    def find_topic(self, slug):
        """The topic with this slug in the page's language, or None."""
        # Anything but a slug is no topic (and a NUL would upset PostgreSQL).
        if not slug or not slug_re.match(slug):
            return None
        return self.get_topics().filter(slug=slug).first()

    @path("")
    def index(self, request):
        news = self.get_news()
        topic = self.find_topic(request.GET.get("topic"))
        if topic:
            news = news.filter(topic__translation_key=topic.translation_key)
        # No tag holds a NUL, and PostgreSQL refuses one in a query.
        tag = request.GET.get("tag", "").replace("\x00", "")[:100]
        if tag:
            news = news.filter(tags__name=tag)
        paginator = Paginator(news, NEWS_PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        return self.render(
            request,
            context_overrides={
                "page_obj": page_obj,
                "news": page_obj.object_list,
                "topics": self.get_topics(),
                "current_topic": topic,
                "current_tag": tag,
            },
        )

    @path("feed/rss/", name="rss")
    @path("feed/rss/<slug:topic_slug>/", name="rss_topic")
    def rss(self, request, topic_slug=None):
        from cms.feeds import NewsRssFeed

        return NewsRssFeed()(
            request, index_page=self, topic=self.feed_topic(topic_slug)
        )

    @path("feed/atom/", name="atom")
    @path("feed/atom/<slug:topic_slug>/", name="atom_topic")
    def atom(self, request, topic_slug=None):
        from cms.feeds import NewsAtomFeed

        return NewsAtomFeed()(
            request, index_page=self, topic=self.feed_topic(topic_slug)
        )

    def feed_topic(self, slug):
        if slug is None:
            return None
        topic = self.find_topic(slug)
        if topic is None:
            raise Http404(_("Unknown topic"))
        return topic


class NewsPageTag(TaggedItemBase):
    """A free tag on a news article (news editor, "tags")."""

    content_object = ParentalKey("cms.NewsPage", related_name="tagged_items")


def today():
    return timezone.localdate()


class NewsPage(BasePage):
    """A news article, market review or technology story in the news section."""

    lead = models.TextField(
        _("lead"), help_text=_("One or two sentences under the headline.")
    )
    date = models.DateField(_("publication date"), default=today)
    author = models.CharField(_("author"), max_length=120, blank=True)
    topic = models.ForeignKey(
        Topic,
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    tags = ClusterTaggableManager(
        through=NewsPageTag, blank=True, verbose_name=_("tags")
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldPanel("author"),
                FieldPanel("topic"),
                FieldPanel("tags"),
            ],
            heading=_("About the article"),
        ),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        InlinePanel("related_links", label=_("related articles"), max_num=6),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("author"),
        index.FilterField("date"),
        index.RelatedFields("topic", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    parent_page_types = ["cms.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    @property
    def card_summary(self):
        return super().card_summary or self.lead

    @property
    def card_image(self):
        return self.listing_image or self.hero_image

    @cached_property
    def local_topic(self):
        """The topic in the article's language, whichever translation was chosen."""
        if self.topic is None or self.topic.locale_id == self.locale_id:
            return self.topic
        return (
            Topic.objects.filter(
                translation_key=self.topic.translation_key, locale_id=self.locale_id
            ).first()
            or self.topic
        )

    def get_related_news(self):
        """The articles the editor linked, filled up with the latest of the same topic."""
        linked = self.related_links.filter(page_id=OuterRef("pk"))
        same_topic = Q(topic_id=self.topic_id) if self.topic_id else Q()
        return (
            NewsPage.objects.live()
            # Siblings share this page's ancestors, so only their own restrictions count.
            .filter(view_restrictions__isnull=True)
            .filter(Q(Exists(linked)) | (Q(locale_id=self.locale_id) & same_topic))
            .exclude(id=self.id)
            .annotate(linked=Exists(linked))
            .select_related("listing_image", "hero_image", "topic")
            .order_by("-linked", "-date", "-first_published_at")[:3]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_news"] = self.get_related_news()
        return context


class NewsPageRelatedLink(Orderable):
    """An article an editor links below another (news editor, "related articles")."""

    news = ParentalKey(NewsPage, related_name="related_links")
    page = models.ForeignKey(
        NewsPage, verbose_name=_("article"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("page")]
