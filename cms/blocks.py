"""StreamField blocks for page bodies."""

from django.core.cache import cache
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from analytics import counters
from cms.cache import GENERATION_KEY, start_generation
from surveys.blocks import (
    FeedbackFormBlock,
    PollBlock,
    QuestionnaireBlock,
    ServiceRequestBlock,
)

# The Most read block counts the page views of this many days, today included.
MOST_READ_DAYS = 7
MOST_READ_SECONDS = 600


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[
            ("h2", _("Heading 2")),
            ("h3", _("Heading 3")),
            ("h4", _("Heading 4")),
        ],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)
    attribution = blocks.CharBlock(
        label=_("attribution"), required=False, max_length=250
    )

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "components/blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"))
    author = blocks.CharBlock(label=_("author"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote_block.html"


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    text = blocks.TextBlock(label=_("text"), required=False)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("or URL"), required=False)
    button_text = blocks.CharBlock(label=_("button text"), max_length=60)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "components/blocks/call_to_action_block.html"


def most_read_articles(count, request=None):
    """The `count` live, public news articles of the current language most read in
    the last seven days, most read first, as title, url, topic and views.

    Cached for ten minutes per language and count, and within the page cache's
    generation: an article unpublished or renamed leaves the list at once.
    """
    key = f"most-read:{get_language()}:{count}"
    found = cache.get_many([GENERATION_KEY, key])
    generation = found.get(GENERATION_KEY) or start_generation()
    stored = found.get(key)
    if stored is not None and stored[0] == generation:
        return stored[1]
    articles = find_most_read(count, request)
    cache.set(key, (generation, articles), MOST_READ_SECONDS)
    return articles


def find_most_read(count, request=None):
    from wagtail.models import Locale

    from cms.models import NewsPage

    views = dict(counters.most_viewed(MOST_READ_DAYS))
    if not views:
        return []
    pages = (
        NewsPage.objects.live()
        .public()
        .filter(locale=Locale.get_active(), id__in=views)
        .select_related("topic")
    )
    ranked = sorted(pages, key=lambda page: (-views[page.id], page.id))[:count]
    return [
        {
            "title": page.title,
            "url": page.get_url(request),
            "topic": page.local_topic.name if page.local_topic else "",
            "views": views[page.id],
        }
        for page in ranked
    ]


class MostReadBlock(blocks.StructBlock):
    """The news articles most read in the last seven days, in the page's language."""

    title = blocks.CharBlock(
        label=_("title"),
        max_length=100,
        required=False,
        help_text=_("Leave empty for “Most read”."),
    )
    count = blocks.IntegerBlock(
        label=_("number of articles"), default=5, min_value=3, max_value=10
    )

    class Meta:
        icon = "list-ol"
        label = _("Most read")
        template = "components/blocks/most_read_block.html"

    def get_context(self, value, parent_context=None):
        from cms.models import SiteSettings

        context = super().get_context(value, parent_context=parent_context)
        request = context.get("request")
        context["articles"] = most_read_articles(value["count"], request)
        context["show_views"] = (
            SiteSettings.for_request(request).show_view_counts if request else True
        )
        return context


class BaseContentBlock(blocks.StreamBlock):
    """Blocks that may stand anywhere, including inside a column."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Rich text"),
        icon="pilcrow",
        features=["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"],
    )
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    embed = EmbedBlock(
        label=_("Embed"),
        help_text=_(
            "A video or post URL. It is shown as a link if it cannot be embedded."
        ),
        icon="media",
        template="components/blocks/embed_block.html",
    )
    table = TableBlock(label=_("Table"), template="components/blocks/table_block.html")


class TwoColumnBlock(blocks.StructBlock):
    left = BaseContentBlock(label=_("left column"))
    right = BaseContentBlock(label=_("right column"))

    class Meta:
        icon = "doc-full"
        label = _("Two columns")
        template = "components/blocks/two_column_block.html"


class BodyBlock(BaseContentBlock):
    """The body of every page type."""

    two_columns = TwoColumnBlock()
    poll = PollBlock()
    questionnaire = QuestionnaireBlock()
    feedback_form = FeedbackFormBlock()
    service_request = ServiceRequestBlock()
    most_read = MostReadBlock()
