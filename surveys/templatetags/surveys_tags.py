from django import template

from surveys.forms import FeedbackForm, ServiceRequestForm
from surveys.models import Poll
from surveys.spam import form_timestamp
from surveys.views import poll_context, questionnaire_context

register = template.Library()


@register.inclusion_tag("surveys/components/poll.html", takes_context=True)
def poll(context, poll):
    """An embedded poll: {% poll page.featured_poll %} or {% poll 12 %}."""
    if not isinstance(poll, Poll):
        poll = Poll.objects.filter(id=poll).first()
    if poll is None or not poll.live:
        return {"poll": None}
    request = context["request"]
    return {
        **poll_context(request, poll),
        "request": request,
        "page": context.get("page"),
        "rendered": form_timestamp(),
    }


@register.simple_tag
def form_rendered_at():
    """The signed time a form is shown, for the minimum fill time check."""
    return form_timestamp()


@register.inclusion_tag("surveys/components/feedback_form.html", takes_context=True)
def feedback_form(context):
    return {
        "form": FeedbackForm(),
        "request": context["request"],
        "page": context.get("page"),
    }


@register.inclusion_tag(
    "surveys/components/service_request_form.html", takes_context=True
)
def service_request_form(context, request_type):
    return {
        "form": ServiceRequestForm(request_type),
        "request_type": request_type,
        "request": context["request"],
        "page": context.get("page"),
    }


@register.inclusion_tag(
    "surveys/components/questionnaire_form.html", takes_context=True
)
def questionnaire_form(context, questionnaire):
    """A questionnaire embedded in another page (its own page renders it too)."""
    questionnaire = questionnaire.specific.localized
    request = context["request"]
    return {
        **questionnaire_context(request, questionnaire),
        "request": request,
        "page": context.get("page"),
    }
