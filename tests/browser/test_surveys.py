"""A visitor votes, answers a questionnaire step by step and writes to the
company, in a real Chromium, with JavaScript and without."""

import pytest

from surveys.models import Feedback, FeedbackPage, PollVote, QuestionnaireResponse
from tests.browser.test_site import shoot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def no_minimum_fill_time(settings):
    settings.SURVEYS_MIN_FILL_SECONDS = 0


def test_visitor_votes_with_javascript(page, live_server, article_with_poll, poll):
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.goto(live_server.url + article_with_poll.url)
    poll_box = page.locator(f"[data-poll='{poll.id}']")
    poll_box.get_by_label("Gantry").check()
    poll_box.get_by_role("button", name="Vote").click()
    page.wait_for_selector(".poll__results:not([hidden]) progress")
    assert "Thank you, your vote is counted." in poll_box.inner_text()
    assert "100% (1)" in poll_box.inner_text()
    assert page.url.endswith(article_with_poll.url)  # voted in place, no reload
    poll_box.scroll_into_view_if_needed()
    shoot(page, "poll-voted")

    page.reload()  # fresh results arrive even though the page is cached
    page.wait_for_selector(".poll__results:not([hidden]) progress")
    assert page.locator(".poll__form").count() == 0
    assert PollVote.objects.count() == 1


def test_visitor_votes_without_javascript(
    browser, live_server, article_with_poll, poll
):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 1000}
    )
    page = context.new_page()
    page.goto(live_server.url + article_with_poll.url)
    page.get_by_label("Jib").check()
    page.get_by_role("button", name="Vote").click()
    page.wait_for_url(f"**{article_with_poll.url}#poll-{poll.id}")
    assert "Thank you, your vote is counted." in page.content()
    assert "100% (1)" in page.locator(".poll").inner_text()
    page.reload()  # no resubmission: still one vote
    assert PollVote.objects.count() == 1
    context.close()


def test_visitor_completes_a_multi_step_questionnaire(page, live_server, questionnaire):
    page.set_viewport_size({"width": 1280, "height": 1100})
    page.goto(live_server.url + questionnaire.url)
    assert page.locator(".progress__label").inner_text() == "1 / 2"
    assert not page.get_by_role("button", name="Send answers").is_visible()
    page.locator("label:has-text('9') input[type=radio]").first.check()
    page.locator(".scale-rating label:has-text('5') input").check()
    page.get_by_label("Hoists").check()
    shoot(page, "questionnaire-step-1")
    page.get_by_role("button", name="Next").click()

    assert page.locator(".progress__label").inner_text() == "2 / 2"
    assert not page.get_by_label("Your phone").is_visible()
    page.get_by_label("Phone", exact=True).check()
    assert page.get_by_label("Your phone").is_visible()  # skip logic
    page.get_by_label("Your phone").fill("+7 912 345-67-89")
    page.get_by_label("What should we improve?").fill("Faster spare parts")
    page.get_by_label("I agree to be contacted").check()
    shoot(page, "questionnaire-step-2")
    page.get_by_role("button", name="Send answers").click()
    page.wait_for_url("**/survey/thanks/")
    assert "Thank you for your answers!" in page.content()

    answer = QuestionnaireResponse.objects.get()
    assert answer.attempt is not None  # the script numbered the attempt
    names = {q.label: q.clean_name for q in questionnaire.questions.all()}
    assert answer.form_data[names["How likely are you to recommend us?"]] == 9
    assert answer.form_data[names["Your phone"]] == "+7 912 345-67-89"


def test_visitor_sends_feedback(page, live_server, site_tree):
    feedback_page = FeedbackPage(title="Write to us", slug="write-to-us")
    site_tree.home.add_child(instance=feedback_page)
    feedback_page.save_revision().publish()
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.goto(live_server.url + feedback_page.url)
    page.get_by_label("What is it about?").select_option("wish")
    page.get_by_label("Message", exact=True).fill(
        "Please add a price list to the site."
    )
    page.get_by_label("E-mail").fill("buyer@plant.example")
    page.get_by_label("I agree that my contact details").check()
    shoot(page, "feedback-form")
    page.get_by_role("button", name="Send").click()
    page.wait_for_url("**/write-to-us/#feedback")
    assert "Your message has been received." in page.content()
    stored = Feedback.objects.get()
    assert stored.kind == "wish" and stored.email == "buyer@plant.example"
