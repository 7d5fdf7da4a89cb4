"""Blocks that put surveys into any page body. Models are named by string so
that cms can import these blocks without importing surveys' models."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class PollBlock(blocks.StructBlock):
    poll = SnippetChooserBlock("surveys.Poll", label=_("poll"))

    class Meta:
        icon = "list-ul"
        label = _("Poll")
        template = "surveys/blocks/poll_block.html"


class QuestionnaireBlock(blocks.StructBlock):
    questionnaire = blocks.PageChooserBlock(
        page_type="surveys.QuestionnairePage", label=_("questionnaire")
    )

    class Meta:
        icon = "form"
        label = _("Questionnaire")
        template = "surveys/blocks/questionnaire_block.html"


class FeedbackFormBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=200)
    intro = blocks.TextBlock(label=_("introduction"), required=False)

    class Meta:
        icon = "mail"
        label = _("Feedback form")
        template = "surveys/blocks/feedback_form_block.html"


class ServiceRequestBlock(blocks.StructBlock):
    request_type = SnippetChooserBlock("surveys.RequestType", label=_("request type"))
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=200)

    class Meta:
        icon = "clipboard-list"
        label = _("Service request form")
        template = "surveys/blocks/service_request_block.html"
