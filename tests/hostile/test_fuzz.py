"""Every public endpoint under random and hostile input: oversized and malformed
bodies, wrong types and content types, NUL, lone surrogates and RTL marks,
forged ids and tokens, wrong methods and foreign origins.

What must hold whatever is sent: never a server error; a refused request stores
nothing (at most the record of the refusal that staff read); an accepted one
stores exactly what a valid form would, so hostile input never lands in the
database half-checked. Valid requests still work beside them.
"""

import datetime
import itertools
import json
import re
import string
import uuid
import xml.etree.ElementTree as ElementTree
from decimal import Decimal, InvalidOperation
from urllib.parse import quote, quote_plus, urlsplit

from django.core import mail
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.test import Client
from django.utils.datastructures import MultiValueDict

from wagtail.contrib.forms.utils import get_field_clean_name

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from analytics.collect import BEACON_MAX_BYTES, EVENTS, SERVER_EVENTS
from analytics.models import PendingHit
from surveys.forms import OTHER_MAX_LENGTH, phone_validator
from surveys.models import (
    Feedback,
    PollVote,
    QuestionnaireAttempt,
    QuestionnairePage,
    QuestionnaireResponse,
    ServiceRequest,
)
from tests.hostile.conftest import added_rows, stored_rows

pytestmark = pytest.mark.django_db

SITE = "http://testserver"
FUZZ = settings(
    max_examples=50,
    deadline=None,
    # The site, polls and questionnaires are built once per test and only read
    # by the examples; each example makes its own client and counts rows itself.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
# Refused requests may leave this behind: the refusal log staff read.
REFUSAL_LOG = "surveys.RefusedSubmission"


@pytest.fixture(autouse=True)
def no_minimum_fill_time(settings):
    settings.SURVEYS_MIN_FILL_SECONDS = 0


# Strategies

TRICKY = [
    "\x00",
    "\u202e",  # right-to-left override
    "\u200f",  # right-to-left mark
    "\u2066",
    "\ufeff",
    "\ud800",  # lone surrogates: sent as their UTF-8-like bytes
    "\udfff",
    "\U0001f3d7",
    "\r\n",
    "\t",
    " ",
    "'",
    '"',
    "<script>alert(1)</script>",
    "&",
    "%00",
    "%",
    "+",
    "=cmd|' /C calc'!A0",
    "../",
    "\\",
    "NaN",
    "Infinity",
    "-0",
    "1e999999",
    "١٢",  # Arabic-Indic digits
    "0x1F",
    "9" * 40,
    "http://[",
]
hostile_text = st.one_of(
    st.text(max_size=30),
    st.lists(st.one_of(st.sampled_from(TRICKY), st.text(max_size=5)), max_size=6).map(
        "".join
    ),
    # Oversized: just over the limits, and far over them.
    st.builds(
        lambda char, n: char * n,
        st.sampled_from(["x", "\x00", "é", "\U0001d54f"]),
        st.sampled_from([201, 501, 5001, 20000]),
    ),
)
latin1_text = st.text(
    st.characters(
        codec="latin-1", exclude_categories=["Cc"], exclude_characters="\x7f"
    ),
    max_size=100,
)
field_names = st.text(string.ascii_letters + string.digits + "_-[].", max_size=12)


def mostly(value, others):
    """value seven times in ten, otherwise one of others."""
    return st.integers(0, 9).flatmap(lambda n: st.just(value) if n < 7 else others)


headers = st.fixed_dictionaries(
    {
        "HTTP_ORIGIN": mostly(
            SITE,
            st.one_of(
                st.none(),
                st.sampled_from(
                    [
                        "null",
                        "https://testserver",
                        "http://testserver:80",
                        "http://testserver.evil.example",
                        "http://evil.example",
                    ]
                ),
                latin1_text,
            ),
        ),
        "HTTP_REFERER": st.one_of(
            st.none(),
            st.sampled_from(
                [
                    f"{SITE}/en/contacts/",
                    "http://evil.example/",
                    "http://[",
                    "http://[::1",
                    "//[x]/",
                    "javascript:alert(1)",
                ]
            ),
            latin1_text,
        ),
        "HTTP_ACCEPT": st.sampled_from(
            ["application/json", "text/html", "", "*/*", "application/json;q=0"]
        ),
        "HTTP_USER_AGENT": latin1_text,
    }
).map(lambda found: {key: value for key, value in found.items() if value is not None})
encodings = mostly("urlencoded", st.sampled_from(["multipart", "json", "text", "none"]))


def edits(keys):
    """Fields removed, replaced or repeated with hostile values."""
    return st.lists(
        st.tuples(
            st.one_of(st.sampled_from(keys), field_names),
            st.sampled_from(["drop", "set", "add"]),
            hostile_text,
        ),
        max_size=4,
    )


def apply(base, changes):
    """The base form as (name, value) pairs, with the edits made."""
    pairs = [
        (name, value)
        for name, values in base.items()
        for value in (values if isinstance(values, list) else [values])
    ]
    for name, action, value in changes:
        if action != "add":
            pairs = [pair for pair in pairs if pair[0] != name]
        if action != "drop":
            pairs.append((name, value))
    return pairs


# Sending

_addresses = itertools.count(1)
BOUNDARY = "hostile-7MA4YWxkTrZu0gW"


def visitor():
    """A new browser at an address of its own: rate limits and "already voted"
    count per visitor, and each example is a visitor of its own."""
    n = next(_addresses)
    return Client(REMOTE_ADDR=f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}")


def wire(text):
    """The bytes a client sends for text; lone surrogates as their UTF-8-like
    bytes, as broken clients do."""
    return text.encode("utf-8", "surrogatepass")


def server_sees(text):
    return wire(text).decode("utf-8", "replace")


def urlencoded(pairs):
    return "&".join(
        f"{quote_plus(wire(name))}={quote_plus(wire(value))}" for name, value in pairs
    ).encode("ascii")


def multipart(pairs):
    lines = []
    for name, value in pairs:
        lines += [
            f"--{BOUNDARY}".encode(),
            f'Content-Disposition: form-data; name="{name}"'.encode(),
            b"",
            wire(value),
        ]
    return b"\r\n".join([*lines, f"--{BOUNDARY}--".encode(), b""])


def body_of(pairs, encoding):
    """(content type, body): a form, or the same fields in a type that is not one."""
    if encoding == "urlencoded":
        return "application/x-www-form-urlencoded", urlencoded(pairs)
    if encoding == "multipart":
        return f"multipart/form-data; boundary={BOUNDARY}", multipart(pairs)
    if encoding == "json":
        return "application/json", json.dumps(dict(pairs)).encode()
    if encoding == "text":
        return "text/plain", urlencoded(pairs)
    return "", urlencoded(pairs)


def post(path, pairs, encoding, extra):
    content_type, body = body_of(pairs, encoding)
    return visitor().generic("POST", path, body, content_type=content_type, **extra)


def posted(pairs, encoding):
    """request.POST as the view reads it."""
    if encoding not in ("urlencoded", "multipart"):
        return MultiValueDict()
    found = MultiValueDict()
    for name, value in pairs:
        found.appendlist(server_sees(name), server_sees(value))
    return found


def same_site(extra):
    """surveys.spam.check_origin, as a browser's headers decide it."""
    origin = extra.get("HTTP_ORIGIN")
    if origin is None:
        try:
            referer = urlsplit(extra.get("HTTP_REFERER", ""))
        except ValueError:
            return False
        origin = f"{referer.scheme}://{referer.netloc}" if referer.netloc else None
    return origin == SITE


def wants_json(extra):
    return "application/json" in extra.get("HTTP_ACCEPT", "")


def path_segment(text):
    return quote(wire(text), safe="")


# What a stored row may hold


def no_nul(*values):
    return all("\x00" not in str(value) for value in values)


def is_email(value):
    try:
        validate_email(value)
    except ValidationError:
        return False
    return True


def is_phone(value):
    try:
        phone_validator(value)
    except ValidationError:
        return False
    return True


def is_number(value):
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return False
    return number.is_finite() and len(number.as_tuple().digits) <= 15


def is_date(value):
    try:
        datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def assert_sound_contact(row, consent_needed):
    assert no_nul(row.name, row.email, row.phone, row.company)
    assert len(row.name) <= 200 and len(row.company) <= 200
    assert row.email == "" or is_email(row.email)
    assert row.phone == "" or is_phone(row.phone)
    if consent_needed or any((row.name, row.email, row.phone, row.company)):
        assert row.consent_text


def assert_refused_quietly(response, added, redirect_allowed=False):
    event("refused")  # --hypothesis-show-statistics: how often each side is hit
    allowed = (302,) if redirect_allowed else ()
    assert 400 <= response.status_code < 500 or response.status_code in allowed
    assert set(added) <= {REFUSAL_LOG}, added
    assert added.get(REFUSAL_LOG, 0) <= 1


# Polls


@pytest.fixture
def polls(make_poll):
    single = make_poll()
    open_ended = make_poll(
        question="What else do you lift?",
        choices=("Steel", "Timber"),
        multiple=True,
        allow_other=True,
    )
    return single, open_ended


def vote_counts(poll, data):
    """surveys.forms.read_vote's verdict, worked out from the rules the visitor
    reads: (counted, choice ids, other text)."""
    ids = {str(choice.id) for choice in poll.choices.all()}
    picked = data.getlist("choice")
    other = data.get("other", "").strip() if poll.allow_other else ""
    if data.get("website") or any(key not in ids for key in picked):
        return False, set(), ""
    if "\x00" in other or len(other) > OTHER_MAX_LENGTH:
        return False, set(), ""
    if not picked and not other:
        return False, set(), ""
    if not poll.multiple and len(set(picked)) + bool(other) > 1:
        return False, set(), ""
    return True, {int(key) for key in picked}, other


choice_values = st.one_of(
    st.integers(0, 4),  # an offered choice: this poll's, or the other poll's
    hostile_text,
    st.integers(-(2**70), 2**70).map(str),
)


@FUZZ
@given(
    which=st.sampled_from(["single", "open_ended", "forged"]),
    forged_id=st.one_of(st.integers(0, 2**70), st.sampled_from([0, 2**31, 2**63])),
    choices=st.lists(choice_values, max_size=4),
    other=st.one_of(st.none(), hostile_text),
    changes=edits(["website", "rendered", "page", "next"]),
    encoding=encodings,
    extra=headers,
)
# Addresses that are not a site's once broke the answer or the check of origin.
@example(
    which="single",
    forged_id=0,
    choices=[0],
    other=None,
    changes=[],
    encoding="urlencoded",
    extra={"HTTP_ORIGIN": SITE, "HTTP_REFERER": "0"},
)
@example(
    which="single",
    forged_id=0,
    choices=[0],
    other=None,
    changes=[],
    encoding="urlencoded",
    extra={"HTTP_ORIGIN": SITE, "HTTP_REFERER": "http://[", "HTTP_ACCEPT": "json"},
)
@example(
    which="single",
    forged_id=0,
    choices=[0],
    other=None,
    changes=[],
    encoding="urlencoded",
    extra={"HTTP_REFERER": "http://[::1"},
)
@example(  # NUL, which PostgreSQL refuses to store
    which="open_ended",
    forged_id=0,
    choices=[],
    other="steel\x00",
    changes=[],
    encoding="urlencoded",
    extra={"HTTP_ORIGIN": SITE, "HTTP_ACCEPT": "application/json"},
)
def test_fuzzed_votes_count_only_valid_ones(
    polls, which, forged_id, choices, other, changes, encoding, extra
):
    single, open_ended = polls
    poll = {"single": single, "open_ended": open_ended}.get(which)
    offered = [c.id for p in (poll or single, open_ended) for c in p.choices.all()]
    base = {
        "choice": [
            str(offered[value % len(offered)]) if isinstance(value, int) else value
            for value in choices
        ]
    }
    if other is not None:
        base["other"] = other
    pairs = apply(base, changes)
    poll_id = poll.id if poll else forged_id + open_ended.id + 1
    before = stored_rows()

    response = post(f"/en/surveys/polls/{poll_id}/vote/", pairs, encoding, extra)

    added = added_rows(before, stored_rows())
    counted, picked, other_text = (
        vote_counts(poll, posted(pairs, encoding))
        if poll and same_site(extra)
        else (False, set(), "")
    )
    if counted:
        event("stored")
        assert response.status_code == (200 if wants_json(extra) else 302)
        vote = PollVote.objects.latest("id")
        assert (vote.poll_id, vote.other) == (poll.id, other_text)
        assert set(vote.picked.values_list("choice_id", flat=True)) == picked
        assert added.get("surveys.PollVote") == 1
        assert set(added) <= {
            "surveys.PollVote",
            "surveys.PollVoteChoice",
            "analytics.PendingHit",
        }
    else:
        # Without a script the refusal is a message on the page it came from.
        assert_refused_quietly(response, added, redirect_allowed=not wants_json(extra))


# Feedback

GOOD_FEEDBACK = {
    "kind": "complaint",
    "message": "The hoist was delivered late.",
    "name": "Olga",
    "email": "olga@plant.example",
    "phone": "+7 912 345-67-89",
    "company": "Plant",
    "consent": "on",
}


@FUZZ
@given(
    changes=edits([*GOOD_FEEDBACK, "website", "rendered", "page", "next"]),
    encoding=encodings,
    extra=headers,
)
@example(changes=[], encoding="urlencoded", extra={"HTTP_REFERER": "http://["})
@example(
    changes=[("next", "set", "home")],
    encoding="urlencoded",
    extra={"HTTP_ORIGIN": SITE},
)
def test_fuzzed_feedback_is_stored_only_when_sound(
    db, django_capture_on_commit_callbacks, changes, encoding, extra
):
    pairs = apply(GOOD_FEEDBACK, changes)
    before = stored_rows()
    with django_capture_on_commit_callbacks(execute=True):
        response = post("/en/surveys/feedback/", pairs, encoding, extra)
    added = added_rows(before, stored_rows())

    if response.status_code not in (200, 302):
        assert_refused_quietly(response, added)
        return
    event("stored")
    assert same_site(extra)
    assert added.get("surveys.Feedback") == 1
    row = Feedback.objects.latest("id")
    data = posted(pairs, encoding)
    assert row.kind == data["kind"] in Feedback.Kind.values
    assert row.message == server_sees(data["message"]).strip()
    assert row.message and len(row.message) <= 5000 and no_nul(row.message)
    assert_sound_contact(row, consent_needed=False)


# Service requests

GOOD_REQUEST = {
    "field_0": "KM-20",
    "field_1": "20",
    "field_2": "Gantry",
    "field_3": "2026-10-01",
    "field_4": "The hoist brake slips.",
    "name": "Olga",
    "email": "olga@plant.example",
    "phone": "",
    "company": "Plant",
    "consent": "on",
}


@FUZZ
@given(
    changes=edits([*GOOD_REQUEST, "website", "rendered", "page"]),
    forged_type=st.one_of(st.none(), st.integers(1, 2**70)),
    encoding=encodings,
    extra=headers,
)
def test_fuzzed_service_requests_are_stored_only_when_sound(
    every_field_request_type,
    django_capture_on_commit_callbacks,
    changes,
    forged_type,
    encoding,
    extra,
):
    type_id = every_field_request_type.id + (forged_type or 0)
    pairs = apply(GOOD_REQUEST, changes)
    before = stored_rows()
    with django_capture_on_commit_callbacks(execute=True):
        response = post(f"/en/surveys/requests/{type_id}/", pairs, encoding, extra)
    added = added_rows(before, stored_rows())

    if response.status_code not in (200, 302):
        assert_refused_quietly(response, added)
        return
    event("stored")
    assert same_site(extra) and not forged_type
    assert added.get("surveys.ServiceRequest") == 1
    row = ServiceRequest.objects.latest("id")
    answers = row.data
    assert set(answers) == {
        "Crane model",
        "Capacity, t",
        "Crane type",
        "Visit by",
        "What is wrong",
    }
    assert answers["Crane model"] and len(answers["Crane model"]) <= 500
    assert is_number(answers["Capacity, t"])
    assert answers["Crane type"] in ("Overhead", "Gantry")
    assert answers["Visit by"] == "" or is_date(answers["Visit by"])
    assert len(answers["What is wrong"]) <= 5000
    assert no_nul(*answers.values())
    assert row.email or row.phone
    assert_sound_contact(row, consent_needed=True)
    # The status link works, whatever was sent.
    assert visitor().get(row.get_status_url()).status_code == 200


# Forged ids and tokens


@settings(FUZZ, max_examples=40)
@given(
    which=st.sampled_from(["poll state", "status link", "invitation link"]),
    forged_id=st.integers(1, 2**70),
    token=st.one_of(
        hostile_text,
        st.sampled_from(
            ["TOKEN", "TOKENx", "xTOKEN", "SWAPPED", "TOKEN\x00", "TOKEN/", "REFERENCE"]
        ),
    ),
    cookie=latin1_text,
    lang=st.sampled_from(["en", "ru"]),
)
@example(  # a NUL in the token broke its look-up on PostgreSQL
    which="status link", forged_id=1, token="\x00", cookie="", lang="en"
)
@example(which="invitation link", forged_id=1, token="\x00", cookie="", lang="en")
def test_forged_ids_and_tokens_find_nothing(
    poll, questionnaire, every_field_request_type, which, forged_id, token, cookie, lang
):
    client = visitor()
    client.cookies["portal_visitor"] = cookie
    before = stored_rows()
    if which == "invitation link":
        response = client.get(
            f"{questionnaire.url}?invitation={quote_plus(wire(token))}"
        )
        assert response.status_code == 200
        assert "already been answered" not in response.content.decode()
        assert set(added_rows(before, stored_rows())) <= {"analytics.PendingHit"}
        return
    if which == "poll state":
        response = client.get(f"/{lang}/surveys/polls/{poll.id + forged_id}/")
        assert response.status_code == 404
        assert client.get(f"/{lang}/surveys/polls/{poll.id}/").json()["id"] == poll.id
        assert added_rows(before, stored_rows()) == {}
        return
    row = ServiceRequest.objects.create(
        request_type=every_field_request_type, data={}, email="o@plant.example"
    )
    token = (
        token.replace("TOKEN", row.token)
        .replace("SWAPPED", row.token.swapcase())
        .replace("REFERENCE", row.reference)
    )
    response = client.get(f"/{lang}/surveys/requests/status/{path_segment(token)}/")
    assert response.status_code == (200 if token == row.token else 404)


# Questionnaires


GOOD_ANSWERS = {
    get_field_clean_name(label): value
    for label, value in {
        "How likely are you to recommend us?": "9",
        "How satisfied are you with service?": "4",
        "Which products do you use?": ["Overhead cranes", "Hoists"],
        "Preferred contact": "Phone",
        "Your phone": "+7 912 345-67-89",
        "Region": "Urals",
        "Cranes in operation": "12",
        "Last inspection": "2026-10-01",
        "E-mail for the report": "chief@plant.example",
        "Short comment": "Fine",
        "What should we improve?": "Faster spare parts.",
        "I agree to be contacted": "on",
    }.items()
}


def choices_of(question):
    return [line.strip() for line in question.choices.splitlines() if line.strip()]


def assert_sound_answers(page, response):
    """Every stored answer is one the question accepts."""
    questions = {question.clean_name: question for question in page.questions.all()}
    answers = response.form_data
    assert set(answers) <= set(questions)
    by_label = {question.label: name for name, question in questions.items()}
    for name, question in questions.items():
        value = answers.get(name)
        kind = question.field_type
        if question.required and not (
            question.show_if_question
            and answers.get(by_label[question.show_if_question])
            != question.show_if_value
        ):
            assert value not in (None, "", []), question.label
        if value in (None, "", []):
            continue
        if kind == "nps":
            assert value in range(0, 11)
        elif kind == "rating":
            assert value in range(1, 6)
        elif kind == "checkboxes":
            assert set(value) <= set(choices_of(question))
        elif kind in ("radio", "dropdown"):
            assert value in choices_of(question)
        elif kind == "phone":
            assert is_phone(value)
        elif kind == "number":
            assert is_number(value)
        elif kind == "date":
            assert is_date(value)
        elif kind == "email":
            assert is_email(value)
        elif kind == "singleline":
            assert len(value) <= 500 and no_nul(value)
        elif kind == "multiline":
            assert len(value) <= 5000 and no_nul(value)
        elif kind == "checkbox":
            assert value is True
    phone = by_label["Your phone"]
    if answers.get(by_label["Preferred contact"]) != "Phone":
        assert phone not in answers  # hidden by skip logic: neither asked nor kept
    assert (response.respondent_name, response.respondent_email) == ("", "")


@pytest.fixture
def other_attempt(site_tree):
    """An attempt at another questionnaire, whose id a visitor might replay."""
    page = QuestionnairePage(title="Another survey", slug="another-survey")
    site_tree.home.add_child(instance=page)
    page.save_revision().publish()
    return QuestionnaireAttempt.objects.create(page=page, locale="en")


@FUZZ
@given(
    changes=edits([*GOOD_ANSWERS, "attempt", "invitation", "website", "page"]),
    forged_page=st.one_of(st.none(), st.integers(1, 2**70)),
    encoding=encodings,
    extra=headers,
)
@example(  # a malformed Referer once broke counting the answers as an event
    changes=[],
    forged_page=None,
    encoding="urlencoded",
    extra={"HTTP_ORIGIN": SITE, "HTTP_REFERER": "http://["},
)
@example(  # a NUL in the invitation broke its look-up on PostgreSQL
    changes=[("invitation", "set", "\x00")],
    forged_page=None,
    encoding="urlencoded",
    extra={"HTTP_ORIGIN": SITE},
)
def test_fuzzed_questionnaire_answers_are_stored_only_when_sound(
    questionnaire,
    django_capture_on_commit_callbacks,
    changes,
    forged_page,
    encoding,
    extra,
):
    pairs = apply(GOOD_ANSWERS, changes)
    page_id = questionnaire.id + (forged_page or 0)
    before = stored_rows()
    with django_capture_on_commit_callbacks(execute=True):
        response = post(
            f"/en/surveys/questionnaires/{page_id}/", pairs, encoding, extra
        )
    added = added_rows(before, stored_rows())

    if response.status_code not in (200, 302):
        assert_refused_quietly(response, added)
        return
    event("stored")
    assert same_site(extra) and not forged_page
    assert added.get("surveys.QuestionnaireResponse") == 1
    assert_sound_answers(questionnaire, QuestionnaireResponse.objects.latest("id"))


@FUZZ
@given(
    step=st.one_of(
        st.sampled_from(["1", "2", "3", "0", "-1", " 2 ", "١"]), hostile_text
    ),
    attempt=st.one_of(st.just("other"), st.uuids().map(str), hostile_text),
    invitation=st.one_of(st.none(), hostile_text),
    forged_page=st.one_of(st.none(), st.integers(1, 2**70)),
    encoding=encodings,
    extra=headers,
)
@example(  # a NUL in the invitation broke its look-up on PostgreSQL
    step="2",
    attempt="5f0c7a9e-2b1d-4c3e-8f6a-9b8c7d6e5f4a",
    invitation="\x00",
    forged_page=None,
    encoding="urlencoded",
    extra={"HTTP_ORIGIN": SITE},
)
def test_fuzzed_progress_moves_only_this_questionnaires_attempts(
    questionnaire,
    other_attempt,
    step,
    attempt,
    invitation,
    forged_page,
    encoding,
    extra,
):
    attempt = str(other_attempt.id) if attempt == "other" else attempt
    pairs = [("step", step), ("attempt", attempt)]
    if invitation is not None:
        pairs.append(("invitation", invitation))
    page_id = questionnaire.id + (forged_page or 0)
    before = stored_rows()
    response = post(
        f"/en/surveys/questionnaires/{page_id}/progress/", pairs, encoding, extra
    )
    added = added_rows(before, stored_rows())

    other_attempt.refresh_from_db()
    assert other_attempt.last_step == 1  # never moved from another questionnaire
    if response.status_code != 202:
        assert_refused_quietly(response, added)
        return
    event("stored")
    assert same_site(extra) and not forged_page
    sent = posted(pairs, encoding)
    stored = QuestionnaireAttempt.objects.get(id=uuid.UUID(sent["attempt"]))
    assert stored.page_id == questionnaire.id
    assert int(sent["step"]) in questionnaire.steps()
    assert stored.last_step >= int(sent["step"])
    assert set(added) <= {"surveys.QuestionnaireAttempt"}


# The analytics beacon

PAGE_URL = f"{SITE}/en/news/"
beacon_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.sampled_from([0, 1, 42, 100, 101, 86400, 86401, 2**31]),
    st.floats(allow_nan=True),
    hostile_text,
    st.sampled_from(sorted(EVENTS)),
    st.sampled_from([PAGE_URL, f"{SITE}/\x00/", "https://testserver/", "/en/"]),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def storable(text):
    """Text a database column takes: JSON can carry NUL and lone surrogates."""
    return not re.search("[\x00\ud800-\udfff]", text)


def beacon_takes(data):
    """analytics.collect.read_beacon's verdict, from the fields' documented rules."""
    if not isinstance(data, dict):
        return False
    name, url = data.get("n"), data.get("u")
    if not isinstance(name, str) or name not in EVENTS or name in SERVER_EVENTS:
        return False
    if not isinstance(url, str) or len(url) > 1000 or not storable(url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or parts.netloc != "testserver":
        return False
    for field, highest in (("es", 86400), ("sd", 100)):
        value = data.get(field)
        if value is not None and (type(value) is not int or not 0 <= value <= highest):
            return False
    page_id = data.get("p")
    if page_id is not None and (type(page_id) is not int or not 0 < page_id < 2**31):
        return False
    target = data.get("t", "")
    return isinstance(target, str) and len(target) <= 100 and storable(target)


@settings(FUZZ, max_examples=80)
@given(
    data=st.one_of(
        st.fixed_dictionaries(
            {"n": st.sampled_from(sorted(EVENTS)), "u": st.just(PAGE_URL)},
            optional={key: beacon_values for key in ("p", "t", "es", "sd", "x")},
        ),
        st.dictionaries(st.sampled_from(["n", "u", "p", "t", "x"]), beacon_values),
        beacon_values,
    ),
    content_type=st.sampled_from(
        ["text/plain", "application/json", "application/x-www-form-urlencoded", ""]
    ),
    signed_in_cookie=st.booleans(),
    origin=st.sampled_from([SITE, "http://evil.example", None]),
)
@example(  # an unhashable event name once broke the check
    data={"n": [], "u": PAGE_URL},
    content_type="text/plain",
    signed_in_cookie=False,
    origin=None,
)
# What JSON can carry and no database column takes.
@example(
    data={"n": "outbound", "u": PAGE_URL, "t": "a\x00b"},
    content_type="text/plain",
    signed_in_cookie=False,
    origin=None,
)
@example(
    data={"n": "outbound", "u": PAGE_URL, "t": "\ud800"},
    content_type="text/plain",
    signed_in_cookie=True,
    origin=None,
)
@example(
    data={"n": "engagement", "u": f"{SITE}/en/\x00/"},
    content_type="text/plain",
    signed_in_cookie=False,
    origin=None,
)
def test_fuzzed_beacons_are_taken_only_when_sound(
    db, data, content_type, signed_in_cookie, origin
):
    body = json.dumps(data).encode()
    client = Client(HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0")
    if signed_in_cookie:
        client.cookies["sessionid"] = "forged-session"  # goes on to the view
    extra = {"HTTP_ORIGIN": origin} if origin else {}
    before = PendingHit.objects.count()
    response = client.generic(
        "POST", "/analytics/event/", body, content_type=content_type, **extra
    )
    taken = len(body) <= BEACON_MAX_BYTES and beacon_takes(data)
    assert response.status_code == (202 if taken else 400)
    assert PendingHit.objects.count() == before + taken


# Search and feeds


@settings(FUZZ, max_examples=40)
@given(
    query=st.one_of(
        hostile_text,
        st.sampled_from(
            [
                "' OR 1=1 --",
                '"unterminated',
                "crane & | ! ( ) :* <-> \\",
                "AND OR NOT",
                "*",
                "-",
                "%",
                "_",
            ]
        ),
    ),
    page=st.one_of(st.none(), hostile_text, st.integers(-(2**70), 2**70).map(str)),
    lang=st.sampled_from(["en", "ru"]),
)
@example(query='say "hello', page=None, lang="en")  # an FTS syntax error on SQLite
def test_fuzzed_searches_answer_calmly(site_tree, query, page, lang):
    params = f"q={quote_plus(wire(query))}"
    if page is not None:
        params += f"&page={quote_plus(wire(page))}"
    before = stored_rows()
    response = visitor().get(f"/{lang}/search/?{params}")
    assert response.status_code == 200
    assert added_rows(before, stored_rows()) == {}


@settings(FUZZ, max_examples=25)  # a page render each: the slowest here
@given(
    feed=st.sampled_from(["rss", "atom", None]),
    topic=st.one_of(
        st.none(),
        st.sampled_from(["technologies", "market", "TECHNOLOGIES", "technologies-"]),
        st.text(string.ascii_letters + string.digits + "-_", min_size=1, max_size=60),
        hostile_text.filter(bool),
    ),
    params=st.dictionaries(
        st.sampled_from(["topic", "tag", "page", "utm_campaign", "invitation"]),
        hostile_text,
        max_size=3,
    ),
    russian=st.booleans(),
)
@example(feed=None, topic=None, params={"topic": "\x00"}, russian=False)
@example(feed=None, topic=None, params={"tag": "\x00"}, russian=False)
@example(feed=None, topic=None, params={"utm_campaign": "\x00"}, russian=False)
def test_fuzzed_news_and_feed_addresses_answer_calmly(
    site_tree, feed, topic, params, russian
):
    """The news index (filtered by topic, tag and page) and its feeds."""
    index = site_tree.news_index_ru if russian else site_tree.news_index
    path = index.url
    if feed:
        path += f"feed/{feed}/"
        if topic is not None:
            path += f"{path_segment(topic)}/"
    query = "&".join(
        f"{name}={quote_plus(wire(value))}" for name, value in params.items()
    )
    before = stored_rows()
    response = visitor().get(f"{path}?{query}")
    if not feed:
        assert response.status_code == 200
    elif response.status_code != 404:  # an unknown topic
        assert response.status_code == 200
        ElementTree.fromstring(response.content)  # well-formed XML
    assert set(added_rows(before, stored_rows())) <= {"analytics.PendingHit"}


# Valid requests, beside all this


def test_valid_requests_still_work(
    polls, questionnaire, every_field_request_type, django_capture_on_commit_callbacks
):
    """One sound request per endpoint is still taken and does what it says."""
    single, _open_ended = polls
    gantry = single.choices.get(text="Gantry")
    response = visitor().post(
        f"/en/surveys/polls/{single.id}/vote/",
        {"choice": gantry.id},
        HTTP_ORIGIN=SITE,
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 200 and response.json()["ok"]
    assert single.votes.get().picked.get().choice == gantry
    assert visitor().get(f"/en/surveys/polls/{single.id}/").json()["id"] == single.id

    # A visitor's own words, RTL marks, emoji and quotes included, kept as written.
    words = "\u202eReversed\u202c «кран» 🏗 'quoted' \"double\""
    response = visitor().post(
        "/en/surveys/feedback/", {**GOOD_FEEDBACK, "message": words}, HTTP_ORIGIN=SITE
    )
    assert response.status_code == 302
    assert Feedback.objects.get().message == words

    with django_capture_on_commit_callbacks(execute=True):
        response = visitor().post(
            f"/en/surveys/requests/{every_field_request_type.id}/",
            GOOD_REQUEST,
            HTTP_ORIGIN=SITE,
        )
    service_request = ServiceRequest.objects.get()
    assert response.status_code == 302
    assert response["Location"] == service_request.get_status_url()
    assert "Gantry" in visitor().get(response["Location"]).content.decode()
    assert [message.to for message in mail.outbox] == [["service@uralkran.example"]]

    response = visitor().post(
        f"/en/surveys/questionnaires/{questionnaire.id}/",
        GOOD_ANSWERS,
        HTTP_ORIGIN=SITE,
    )
    assert response.status_code == 302 and response["Location"].endswith("/thanks/")
    assert_sound_answers(questionnaire, QuestionnaireResponse.objects.get())

    attempt = uuid.uuid4()
    response = visitor().post(
        f"/en/surveys/questionnaires/{questionnaire.id}/progress/",
        {"step": "2", "attempt": str(attempt)},
        HTTP_ORIGIN=SITE,
    )
    assert response.status_code == 202
    assert QuestionnaireAttempt.objects.get(id=attempt).last_step == 2

    hits = PendingHit.objects.count()
    response = Client(HTTP_USER_AGENT="Mozilla/5.0 Firefox/125.0").post(
        "/analytics/event/",
        json.dumps({"n": "outbound", "u": PAGE_URL, "t": "example.org"}),
        content_type="text/plain",
    )
    assert response.status_code == 202
    assert PendingHit.objects.count() == hits + 1

    html = visitor().get("/en/search/?q=gantry").content.decode()
    assert "Remote crane monitoring" in html
    feed = visitor().get("/en/news/feed/rss/technologies/")
    titles = [
        item.findtext("title")
        for item in ElementTree.fromstring(feed.content).iter("item")
    ]
    assert titles == ["Remote crane monitoring", "Inverter drives explained"]


# Wrong methods and oversized bodies

POST_ONLY = [
    "/en/surveys/polls/{poll}/vote/",
    "/en/surveys/feedback/",
    "/en/surveys/requests/{request_type}/",
    "/en/surveys/questionnaires/{questionnaire}/",
    "/en/surveys/questionnaires/{questionnaire}/progress/",
    "/analytics/event/",
]
GET_ONLY = [
    "/en/surveys/polls/{poll}/",
    "/en/surveys/requests/status/{token}/",
    "/en/search/?q=crane",
    "/en/news/feed/rss/",
]


@pytest.fixture
def addresses(poll, questionnaire, every_field_request_type):
    row = ServiceRequest.objects.create(request_type=every_field_request_type, data={})
    ids = {
        "poll": poll.id,
        "questionnaire": questionnaire.id,
        "request_type": every_field_request_type.id,
        "token": row.token,
    }
    return lambda template: template.format(**ids)


def test_wrong_methods_are_refused_and_store_nothing(addresses):
    client = Client(enforce_csrf_checks=True)  # as in production
    before = stored_rows()
    for template in POST_ONLY:
        for method in ("GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS"):
            response = client.generic(method, addresses(template), HTTP_ORIGIN=SITE)
            assert response.status_code == 405, (method, template)
    for template in GET_ONLY:
        for method in ("POST", "PUT", "DELETE"):
            response = client.generic(method, addresses(template), HTTP_ORIGIN=SITE)
            # Unsafe methods meet the CSRF check before the view can say 405.
            assert response.status_code in (403, 405), (method, template)
    assert added_rows(before, stored_rows()) == {}


def test_oversized_and_binary_bodies_are_refused(addresses):
    bodies = {
        "over 2.5 MB": b"message=" + b"x" * 3_000_000,
        "too many fields": b"&".join([b"choice=1"] * 10_001),
        "binary": b"\xff\xfe\x00" * 5000,
    }
    before = stored_rows()
    for name, body in bodies.items():
        for template in POST_ONLY:
            response = visitor().generic(
                "POST",
                addresses(template),
                body,
                content_type="application/x-www-form-urlencoded",
                HTTP_ORIGIN=SITE,
                HTTP_ACCEPT="application/json",
            )
            assert 400 <= response.status_code < 500, (name, template)
    assert set(added_rows(before, stored_rows())) <= {REFUSAL_LOG}
