"""What visitors post: votes, questionnaire answers, feedback and requests.

Every view stores first and answers after; anything slower (e-mails) is queued
after the commit. Scripts get JSON (Accept: application/json); plain form posts
get a redirect back with a message, so a reload never sends twice.
"""

import re
import uuid

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from wagtail.models import Page

from analytics.collect import record_event
from cms.cache import skip_page_cache
from portal.celery import queue_after_commit
from surveys import visitors
from surveys.forms import FeedbackForm, ServiceRequestForm, read_vote
from surveys.models import (
    Feedback,
    Invitation,
    Poll,
    QuestionnaireAttempt,
    QuestionnairePage,
    QuestionnaireResponse,
    RefusedSubmission,
    RequestType,
    ServiceRequest,
)
from surveys.spam import Refused, check_rate, public_form, wants_json
from surveys.tasks import notify_managers_of_request
from surveys.voting import already_voted, cast_vote, poll_for_voting

SUBMISSIONS_PER_MINUTE = 20


def back_url(request, fallback="/"):
    """Where the form was: the posted `next`, if it is on this site."""
    url = request.POST.get("next") or request.META.get("HTTP_REFERER") or fallback
    # Addresses only: redirect() takes other text ("home", "0") for a view name.
    if url.startswith(("/", "http://", "https://")) and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}
    ):
        return url
    return fallback


def posted_page_id(request):
    """The id of the page a form says it was sent from (a hidden field), or None."""
    try:
        page_id = int(request.POST.get("page", ""))
    except ValueError:
        return None
    return page_id if 0 < page_id < 2**31 else None


# Personal links carry secrets.token_urlsafe(): anything else is no token, and
# a NUL in it would be an error on PostgreSQL rather than a miss.
LINK_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,64}")


def link_token(value):
    """Whether the value can be a personal link's token at all."""
    return bool(value and LINK_TOKEN.fullmatch(value))


def source_page(request):
    """The page a form was sent from, when it exists."""
    page_id = posted_page_id(request)
    if page_id is None:
        return None
    return Page.objects.filter(id=page_id).only("id", "locale_id").first()


def reply(request, ok, message, status=200, anchor="", **data):
    """JSON for scripts; otherwise a message and a redirect back to the page."""
    if wants_json(request):
        return JsonResponse({"ok": ok, "message": message, **data}, status=status)
    (messages.success if ok else messages.error)(request, message)
    return redirect(back_url(request).split("#")[0] + anchor)


# Polls


def poll_payload(poll, has_voted, counts=None):
    payload = {"id": poll.id, "voted": has_voted, "open": poll.is_open}
    if poll.results_visible(has_voted):
        results = poll.tallies(counts)
        # The script shows this line as it is: translated here, like the template's.
        results["total"] = ngettext(
            "%(counter)s vote", "%(counter)s votes", results["voters"]
        ) % {"counter": results["voters"]}
        payload["results"] = results
    return payload


@require_POST
@public_form("poll")
def vote(request, poll_id):
    poll = poll_for_voting(poll_id)
    if poll is None:
        raise Http404(_("No such poll."))
    check_rate(visitors.address_key(request), SUBMISSIONS_PER_MINUTE)
    fingerprint = visitors.visitor_key(request)
    visitor = visitors.ensure_cookie_id(request)
    anchor = f"#poll-{poll.id}"
    page_id = posted_page_id(request)
    try:
        choices, other = read_vote(poll, request.POST)
    except ValidationError as error:
        return reply(request, False, " ".join(error), status=400, anchor=anchor)
    try:
        counts = cast_vote(
            poll,
            choices,
            other,
            visitor=visitor,
            fingerprint=fingerprint,
            user=request.user,
            page_id=page_id,
            locale=get_language(),
        )
    except Refused as error:
        response = reply(
            request,
            False,
            error.message,
            error.status,
            anchor,
            **poll_payload(poll, True),
        )
    else:
        record_event(request, "poll_voted", poll.id, page_id=page_id)
        response = reply(
            request,
            True,
            _("Thank you, your vote is counted."),
            200,
            anchor,
            **poll_payload(poll, True, counts),
        )
    return visitors.set_cookie_id(request, response)


@require_GET
@never_cache
def poll_state(request, poll_id):
    """Whether this visitor voted, and the results they may see: fetched by the
    page's script, so cached pages show fresh results."""
    poll = get_object_or_404(Poll.objects.prefetch_related("choices"), id=poll_id)
    visitor = visitors.cookie_id(request)
    has_voted = already_voted(
        poll, visitor or "-", visitors.visitor_key(request), request.user
    )
    return JsonResponse(poll_payload(poll, has_voted))


def poll_context(request, poll):
    """Template context of an embedded poll. Personal state (already voted) only
    when the page is rendered for this visitor alone, never into the shared cache."""
    context = {"poll": poll, "voted": False, "results": None}
    visitor = visitors.cookie_id(request)
    if visitor and "messages" in request.COOKIES:
        skip_page_cache(request)
        context["voted"] = already_voted(
            poll, visitor, visitors.visitor_key(request), request.user
        )
    if poll.results_visible(context["voted"]):
        context["results"] = poll.tallies()
    return context


# Feedback


@require_POST
@public_form("feedback")
def submit_feedback(request):
    check_rate(visitors.address_key(request), SUBMISSIONS_PER_MINUTE)
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        if wants_json(request):
            return JsonResponse({"ok": False, "errors": form.errors}, status=400)
        return render(
            request, "surveys/feedback_form_page.html", {"form": form}, status=400
        )
    data = form.cleaned_data
    page = source_page(request)
    Feedback.objects.create(
        kind=data["kind"],
        message=data["message"],
        name=data["name"],
        email=data["email"],
        phone=data["phone"],
        company=data["company"],
        consent_text=str(form.consent_label) if data["consent"] else "",
        channel=Feedback.Channel.WEB,
        page=page,
        locale=get_language(),
    )
    record_event(request, "feedback_sent", data["kind"], page_id=page and page.id)
    return reply(
        request,
        True,
        _("Thank you! Your message has been received."),
        anchor="#feedback",
    )


# Questionnaires


def questionnaire_context(request, page, form=None):
    """Context of a questionnaire, on its page or embedded in another."""
    invitation = None
    token = request.GET.get("invitation") or (form and form.data.get("invitation"))
    if token:
        skip_page_cache(request)  # personal: it carries the invitation
    if link_token(token):
        invitation = Invitation.objects.filter(
            token=token, page__translation_key=page.translation_key
        ).first()
        if invitation and invitation.opened_at is None:
            Invitation.objects.filter(pk=invitation.pk).update(opened_at=timezone.now())
    if form is None:
        form = page.get_form(page=page, user=None, initial={"invitation": token or ""})
    return {
        "questionnaire": page,
        "form": form,
        "invitation": invitation,
        "already_answered": bool(invitation and invitation.completed_at),
        "steps": page.steps(),
    }


@require_POST
@public_form("questionnaire")
def submit_questionnaire(request, page_id):
    page = get_object_or_404(QuestionnairePage.objects.live(), id=page_id)
    check_rate(visitors.address_key(request), SUBMISSIONS_PER_MINUTE)
    form = page.get_form(request.POST, page=page, user=request.user)
    invitation = None
    token = request.POST.get("invitation")
    if token:
        if link_token(token):
            invitation = Invitation.objects.filter(
                token=token, page__translation_key=page.translation_key
            ).first()
        if invitation is None:
            form.add_error(None, _("This invitation link is not valid."))
        elif invitation.completed_at:
            raise Refused(
                RefusedSubmission.Reason.DUPLICATE,
                _("This invitation has already been answered. Thank you!"),
                409,
            )
    if not form.is_valid():
        if wants_json(request):
            return JsonResponse({"ok": False, "errors": form.errors}, status=400)
        context = questionnaire_context(request, page, form)
        response = page.render(request, context_overrides=context)
        response.status_code = 400
        return response
    save_response(request, page, form, invitation)
    thanks = page.url + page.reverse_subpage("thanks")
    if wants_json(request):
        return JsonResponse(
            {
                "ok": True,
                "message": _("Thank you for your answers!"),
                "redirect": thanks,
            }
        )
    return redirect(thanks)


def save_response(request, page, form, invitation):
    data = form.cleaned_data
    answers = {
        question.clean_name: data[question.clean_name]
        for question in form.questions
        if question.clean_name in data
    }
    now = timezone.now()
    try:
        with transaction.atomic():
            return store_response(request, page, form, invitation, answers, now)
    except IntegrityError as error:  # the same attempt (or invitation) sent twice
        raise Refused(
            RefusedSubmission.Reason.DUPLICATE,
            _("These answers have already been received. Thank you!"),
            409,
        ) from error


def store_response(request, page, form, invitation, answers, now):
    data = form.cleaned_data
    response = QuestionnaireResponse.objects.create(
        page=page,
        form_data=answers,
        locale=page.locale.language_code,
        embedded_on=source_page(request),
        attempt=data.get("attempt"),
        invitation=invitation,
        respondent_name=data.get("name", ""),
        respondent_email=data.get("email", ""),
        respondent_phone=data.get("phone", ""),
        respondent_company=data.get("company", ""),
        consent_text=page.consent_text if data.get("consent") else "",
    )
    record_event(request, "questionnaire_completed", page.id, page_id=page.id)
    last_step = max(page.steps() or [1])
    attempt, _created = QuestionnaireAttempt.objects.get_or_create(
        id=data.get("attempt") or uuid.uuid4(),
        defaults={"page": page, "locale": response.locale},
    )
    QuestionnaireAttempt.objects.filter(pk=attempt.pk).update(
        last_step=last_step, completed_at=now
    )
    if invitation:
        Invitation.objects.filter(pk=invitation.pk).update(completed_at=now)
    return response


@require_POST
@public_form("questionnaire_progress", human_check=False)
def questionnaire_progress(request, page_id):
    """A step reached by a visitor's script: counts starts and drop-off per step."""
    page = get_object_or_404(QuestionnairePage.objects.live(), id=page_id)
    check_rate(visitors.address_key(request), 120)
    try:
        step = int(request.POST.get("step", ""))
        attempt_id = uuid.UUID(request.POST.get("attempt", ""))
    except ValueError:
        return JsonResponse(
            {"ok": False, "message": _("Invalid progress.")}, status=400
        )
    if step not in page.steps():
        return JsonResponse(
            {"ok": False, "message": _("Invalid progress.")}, status=400
        )
    attempt, created = QuestionnaireAttempt.objects.get_or_create(
        id=attempt_id,
        defaults={"page": page, "locale": page.locale.language_code, "last_step": step},
    )
    if attempt.page_id != page.id:
        return JsonResponse(
            {"ok": False, "message": _("Invalid progress.")}, status=400
        )
    if not created and step > attempt.last_step:
        QuestionnaireAttempt.objects.filter(pk=attempt.pk, last_step__lt=step).update(
            last_step=step
        )
    token = request.POST.get("invitation")
    if link_token(token):
        Invitation.objects.filter(token=token, started_at__isnull=True).update(
            started_at=timezone.now()
        )
    return JsonResponse({"ok": True}, status=202)


# Service requests


@require_POST
@public_form("service_request")
def submit_request(request, type_id):
    request_type = get_object_or_404(RequestType, id=type_id)
    check_rate(visitors.address_key(request), SUBMISSIONS_PER_MINUTE)
    form = ServiceRequestForm(request_type, request.POST)
    if not form.is_valid():
        if wants_json(request):
            return JsonResponse({"ok": False, "errors": form.errors}, status=400)
        return render(
            request,
            "surveys/service_request_form_page.html",
            {"form": form, "request_type": request_type},
            status=400,
        )
    data = form.cleaned_data
    with transaction.atomic():
        service_request = ServiceRequest.objects.create(
            request_type=request_type,
            data=form.answers(),
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            company=data["company"],
            consent_text=_(
                "I agree that my contact details are processed to handle my request."
            ),
            page=source_page(request),
            locale=get_language(),
        )
        service_request.events.create(status=ServiceRequest.Status.NEW)
        queue_after_commit(notify_managers_of_request, service_request.id)
        record_event(request, "request_sent", request_type.id)
    message = _("Your request %(reference)s has been received.") % {
        "reference": service_request.reference
    }
    if wants_json(request):
        return JsonResponse(
            {
                "ok": True,
                "message": message,
                "reference": service_request.reference,
                "status_url": service_request.get_status_url(),
            }
        )
    messages.success(request, message)
    return redirect(service_request.get_status_url())


@require_GET
@never_cache
def request_status(request, token):
    """The requester's private page: the request and every status change."""
    if not link_token(token):
        raise Http404
    service_request = get_object_or_404(
        ServiceRequest.objects.select_related("request_type"), token=token
    )
    response = render(
        request,
        "surveys/request_status.html",
        {"service_request": service_request, "events": service_request.events.all()},
    )
    response["X-Robots-Tag"] = "noindex"
    return response
