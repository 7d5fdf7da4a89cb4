"""StreamField blocks for page bodies."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from surveys.blocks import (
    FeedbackFormBlock,
    PollBlock,
    QuestionnaireBlock,
    ServiceRequestBlock,
)


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
