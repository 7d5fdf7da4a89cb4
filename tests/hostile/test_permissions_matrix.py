"""Who may open which admin screen of our apps, and which API token may read what.

The tables below are the access policy. Every admin URL our apps register must
have a row (a guard test walks the URL resolver), and every cell is checked:

- anonymous visitors are sent to the sign-in page (302 to /admin/login/?next=…);
- a signed-in user without "Can access Wagtail admin" is sent there too, with
  "You do not have permission to access the admin";
- staff refused a screen are sent to the dashboard (302 to /admin/) with
  "Sorry, you do not have permission to access this area." That is Wagtail's
  require_admin_access: a PermissionDenied raised by the view, or a permission
  policy's refusal, becomes that redirect (a 403 only for XMLHttpRequest);
- a screen that opens answers 200 (or what ALLOWED_STATUS says);
- posting to a refused screen is refused the same way.
"""

import functools
import re

from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.db import transaction
from django.template.response import SimpleTemplateResponse
from django.test import Client
from django.urls import URLResolver, get_resolver, reverse

from wagtail.admin.viewsets import viewsets

import pytest

from crm.models import ApiToken

OUR_APPS = ("cms", "surveys", "analytics", "crm", "portal")
STAFF = ["Editors", "Moderators", "Marketers", "Customer managers", "admin"]
ROLES = ["anonymous", "no group", *STAFF]

# Y: the screen opens. -: refused.
# fmt: off
#                                                          Editors
#                                                          |  Moderators
#                                                          |  |  Marketers
#                                                          |  |  |  Customer managers
#                                                          |  |  |  |  admin (superuser)
SCREENS = {
    # Topics (cms snippets)
    "wagtailsnippets_cms_topic:list":                       "Y  Y  -  -  Y",
    "wagtailsnippets_cms_topic:list_results":               "Y  Y  -  -  Y",
    "wagtailsnippets_cms_topic:add":                        "Y  Y  -  -  Y",
    "wagtailsnippets_cms_topic:edit":                       "Y  Y  -  -  Y",
    "wagtailsnippets_cms_topic:copy":                       "Y  Y  -  -  Y",
    "wagtailsnippets_cms_topic:delete":                     "-  Y  -  -  Y",
    "wagtailsnippets_cms_topic:history":                    "Y  Y  -  -  Y",
    "wagtailsnippets_cms_topic:history_results":            "Y  Y  -  -  Y",
    "wagtailsnippets_cms_topic:usage":                      "Y  Y  -  -  Y",
    # Wagtail's snippet choosers are open to all staff (names only); creating
    # from one needs the add permission.
    "wagtailsnippetchoosers_cms_topic:choose":              "Y  Y  Y  Y  Y",
    "wagtailsnippetchoosers_cms_topic:choose_results":      "Y  Y  Y  Y  Y",
    "wagtailsnippetchoosers_cms_topic:chosen":              "Y  Y  Y  Y  Y",
    "wagtailsnippetchoosers_cms_topic:chosen_multiple":     "Y  Y  Y  Y  Y",
    "wagtailsnippetchoosers_cms_topic:create":              "Y  Y  -  -  Y",
    # Surveys › Polls (snippets with drafts and publishing)
    "wagtailsnippets_surveys_poll:list":                    "Y  Y  Y  -  Y",
    "wagtailsnippets_surveys_poll:list_results":            "Y  Y  Y  -  Y",
    "wagtailsnippets_surveys_poll:add":                     "Y  Y  -  -  Y",
    "wagtailsnippets_surveys_poll:edit":                    "Y  Y  -  -  Y",
    "wagtailsnippets_surveys_poll:copy":                    "Y  Y  -  -  Y",
    "wagtailsnippets_surveys_poll:delete":                  "-  Y  -  -  Y",
    "wagtailsnippets_surveys_poll:unpublish":               "-  Y  -  -  Y",
    "wagtailsnippets_surveys_poll:history":                 "Y  Y  -  -  Y",
    "wagtailsnippets_surveys_poll:history_results":         "Y  Y  -  -  Y",
    "wagtailsnippets_surveys_poll:usage":                   "Y  Y  -  -  Y",
    "wagtailsnippets_surveys_poll:revisions_compare":       "Y  Y  -  -  Y",
    "wagtailsnippets_surveys_poll:revisions_revert":        "Y  Y  -  -  Y",
    "wagtailsnippets_surveys_poll:revisions_unschedule":    "-  Y  -  -  Y",
    "wagtailsnippetchoosers_surveys_poll:choose":           "Y  Y  Y  Y  Y",
    "wagtailsnippetchoosers_surveys_poll:choose_results":   "Y  Y  Y  Y  Y",
    "wagtailsnippetchoosers_surveys_poll:chosen":           "Y  Y  Y  Y  Y",
    "wagtailsnippetchoosers_surveys_poll:chosen_multiple":  "Y  Y  Y  Y  Y",
    "wagtailsnippetchoosers_surveys_poll:create":           "Y  Y  -  -  Y",
    # Surveys › Request types (snippets)
    "wagtailsnippets_surveys_requesttype:list":             "Y  Y  -  -  Y",
    "wagtailsnippets_surveys_requesttype:list_results":     "Y  Y  -  -  Y",
    "wagtailsnippets_surveys_requesttype:add":              "Y  Y  -  -  Y",
    "wagtailsnippets_surveys_requesttype:edit":             "Y  Y  -  -  Y",
    "wagtailsnippets_surveys_requesttype:copy":             "Y  Y  -  -  Y",
    "wagtailsnippets_surveys_requesttype:delete":           "-  Y  -  -  Y",
    "wagtailsnippets_surveys_requesttype:history":          "Y  Y  -  -  Y",
    "wagtailsnippets_surveys_requesttype:history_results":  "Y  Y  -  -  Y",
    "wagtailsnippets_surveys_requesttype:usage":            "Y  Y  -  -  Y",
    "wagtailsnippetchoosers_surveys_requesttype:choose":    "Y  Y  Y  Y  Y",
    "wagtailsnippetchoosers_surveys_requesttype:choose_results": "Y  Y  Y  Y  Y",
    "wagtailsnippetchoosers_surveys_requesttype:chosen":    "Y  Y  Y  Y  Y",
    "wagtailsnippetchoosers_surveys_requesttype:chosen_multiple": "Y  Y  Y  Y  Y",
    "wagtailsnippetchoosers_surveys_requesttype:create":    "Y  Y  -  -  Y",
    # Surveys › Feedback: Marketers read, managers log and edit, nobody deletes
    "feedback:index":                                       "-  -  Y  Y  Y",
    "feedback:index_results":                               "-  -  Y  Y  Y",
    "feedback:inspect":                                     "-  -  Y  Y  Y",
    "feedback:add":                                         "-  -  -  Y  Y",
    "feedback:edit":                                        "-  -  -  Y  Y",
    "feedback:delete":                                      "-  -  -  -  Y",
    "feedback:history":                                     "-  -  -  Y  Y",
    "feedback:history_results":                             "-  -  -  Y  Y",
    "feedback:usage":                                       "-  -  -  Y  Y",
    # Surveys › Service requests: only the site makes them (no add screen)
    "servicerequest:index":                                 "-  -  Y  Y  Y",
    "servicerequest:index_results":                         "-  -  Y  Y  Y",
    "servicerequest:inspect":                               "-  -  Y  Y  Y",
    "servicerequest:edit":                                  "-  -  -  Y  Y",
    "servicerequest:delete":                                "-  -  -  -  Y",
    "servicerequest:history":                               "-  -  -  Y  Y",
    "servicerequest:history_results":                       "-  -  -  Y  Y",
    "servicerequest:usage":                                 "-  -  -  Y  Y",
    # Surveys › Refused submissions: read-only for Marketers
    "refusedsubmission:index":                              "-  -  Y  -  Y",
    "refusedsubmission:index_results":                      "-  -  Y  -  Y",
    "refusedsubmission:edit":                               "-  -  -  -  Y",
    "refusedsubmission:delete":                             "-  -  -  -  Y",
    "refusedsubmission:history":                            "-  -  -  -  Y",
    "refusedsubmission:history_results":                    "-  -  -  -  Y",
    "refusedsubmission:usage":                              "-  -  -  -  Y",
    # Surveys › Invitations
    "survey_invitations:index":                             "-  -  Y  -  Y",
    "survey_invitations:upload":                            "-  -  Y  -  Y",
    "survey_invitations:status":                            "-  -  Y  -  Y",
    # Reports › Survey results, with the responses' export (CSV/XLSX)
    "surveys_reports:index":                                "Y  Y  Y  Y  Y",
    "surveys_reports:poll":                                 "Y  Y  Y  -  Y",
    "surveys_reports:questionnaire":                        "Y  Y  Y  Y  Y",
    "surveys_reports:questionnaire_responses":              "Y  Y  Y  Y  Y",
    # Reports › Audience, its JSON and CSV/XLSX exports
    "analytics_reports:overview":                           "-  -  Y  -  Y",
    "analytics_reports:data":                               "-  -  Y  -  Y",
    "analytics_reports:realtime":                           "-  -  Y  -  Y",
    "analytics_reports:export":                             "-  -  Y  -  Y",
    # Reports › Customers (aggregates only)
    "crm_dashboard:index":                                  "-  -  Y  Y  Y",
    # Customers › Customers, with the record's note, consent, export and erasure
    "crm_customer:index":                                   "-  -  -  Y  Y",
    "crm_customer:index_results":                           "-  -  -  Y  Y",
    "crm_customer:inspect":                                 "-  -  -  Y  Y",
    "crm_customer:add":                                     "-  -  -  Y  Y",
    "crm_customer:edit":                                    "-  -  -  Y  Y",
    "crm_customer:delete":                                  "-  -  -  Y  Y",
    "crm_customer:history":                                 "-  -  -  Y  Y",
    "crm_customer:history_results":                         "-  -  -  Y  Y",
    "crm_customer:usage":                                   "-  -  -  Y  Y",
    "crm_customer:note":                                    "-  -  -  Y  Y",
    "crm_customer:consent":                                 "-  -  -  Y  Y",
    "crm_privacy:export":                                   "-  -  -  Y  Y",
    "crm_privacy:erase":                                    "-  -  -  Y  Y",
    # Customers › Companies and Possible duplicates
    "crm_company:index":                                    "-  -  -  Y  Y",
    "crm_company:index_results":                            "-  -  -  Y  Y",
    "crm_company:add":                                      "-  -  -  Y  Y",
    "crm_company:edit":                                     "-  -  -  Y  Y",
    "crm_company:delete":                                   "-  -  -  Y  Y",
    "crm_company:history":                                  "-  -  -  Y  Y",
    "crm_company:history_results":                          "-  -  -  Y  Y",
    "crm_company:usage":                                    "-  -  -  Y  Y",
    "crm_duplicates:index":                                 "-  -  -  Y  Y",
    # Inbox (cases), SLA targets, assignment rules
    "crm_cases:index":                                      "-  -  -  Y  Y",
    "crm_cases:index_results":                              "-  -  -  Y  Y",
    "crm_cases:edit":                                       "-  -  -  Y  Y",
    "crm_cases:delete":                                     "-  -  -  Y  Y",
    "crm_cases:history":                                    "-  -  -  Y  Y",
    "crm_cases:history_results":                            "-  -  -  Y  Y",
    "crm_cases:usage":                                      "-  -  -  Y  Y",
    "crm_sla_targets:index":                                "-  -  -  Y  Y",
    "crm_sla_targets:index_results":                        "-  -  -  Y  Y",
    "crm_sla_targets:add":                                  "-  -  -  Y  Y",
    "crm_sla_targets:edit":                                 "-  -  -  Y  Y",
    "crm_sla_targets:delete":                               "-  -  -  Y  Y",
    "crm_sla_targets:history":                              "-  -  -  Y  Y",
    "crm_sla_targets:history_results":                      "-  -  -  Y  Y",
    "crm_sla_targets:usage":                                "-  -  -  Y  Y",
    "crm_assignment_rules:index":                           "-  -  -  Y  Y",
    "crm_assignment_rules:index_results":                   "-  -  -  Y  Y",
    "crm_assignment_rules:add":                             "-  -  -  Y  Y",
    "crm_assignment_rules:edit":                            "-  -  -  Y  Y",
    "crm_assignment_rules:delete":                          "-  -  -  Y  Y",
    "crm_assignment_rules:history":                         "-  -  -  Y  Y",
    "crm_assignment_rules:history_results":                 "-  -  -  Y  Y",
    "crm_assignment_rules:usage":                           "-  -  -  Y  Y",
    # Segments: Marketers see the aggregates (report, detail, cross-tabs), not
    # the members, their export or the invitations
    "crm_segments:report":                                  "-  -  Y  Y  Y",
    "crm_segments:detail":                                  "-  -  Y  Y  Y",
    "crm_segments:crosstab":                                "-  -  Y  Y  Y",
    "crm_segments:index":                                   "-  -  -  Y  Y",
    "crm_segments:index_results":                           "-  -  -  Y  Y",
    "crm_segments:add":                                     "-  -  -  Y  Y",
    "crm_segments:edit":                                    "-  -  -  Y  Y",
    "crm_segments:delete":                                  "-  -  -  Y  Y",
    "crm_segments:history":                                 "-  -  -  Y  Y",
    "crm_segments:history_results":                         "-  -  -  Y  Y",
    "crm_segments:usage":                                   "-  -  -  Y  Y",
    "crm_segments:export":                                  "-  -  -  Y  Y",
    "crm_segments:refresh":                                 "-  -  -  Y  Y",
    "crm_segments:invite":                                  "-  -  -  Y  Y",
    # Integrations › API tokens, webhooks, deliveries
    "crm_api_tokens:index":                                 "-  -  -  Y  Y",
    "crm_api_tokens:index_results":                         "-  -  -  Y  Y",
    "crm_api_tokens:add":                                   "-  -  -  Y  Y",
    "crm_api_tokens:edit":                                  "-  -  -  Y  Y",
    "crm_api_tokens:delete":                                "-  -  -  Y  Y",
    "crm_api_tokens:revoke":                                "-  -  -  Y  Y",
    "crm_api_tokens:history":                               "-  -  -  Y  Y",
    "crm_api_tokens:history_results":                       "-  -  -  Y  Y",
    "crm_api_tokens:usage":                                 "-  -  -  Y  Y",
    "crm_webhooks:index":                                   "-  -  -  Y  Y",
    "crm_webhooks:index_results":                           "-  -  -  Y  Y",
    "crm_webhooks:add":                                     "-  -  -  Y  Y",
    "crm_webhooks:edit":                                    "-  -  -  Y  Y",
    "crm_webhooks:delete":                                  "-  -  -  Y  Y",
    "crm_webhooks:history":                                 "-  -  -  Y  Y",
    "crm_webhooks:history_results":                         "-  -  -  Y  Y",
    "crm_webhooks:usage":                                   "-  -  -  Y  Y",
    "crm_webhook_deliveries:index":                         "-  -  -  Y  Y",
    "crm_webhook_deliveries:index_results":                 "-  -  -  Y  Y",
    "crm_webhook_deliveries:inspect":                       "-  -  -  Y  Y",
    "crm_webhook_deliveries:retry":                         "-  -  -  Y  Y",
}
# fmt: on

# Screens that open with something other than 200 on a GET.
ALLOWED_STATUS = {
    "crm_customer:note": 302,  # a form on the record: back to it
    "crm_customer:consent": 302,
    "crm_segments:refresh": 405,  # POST only
}

# The customer records API: which token scope reads which address.
# fmt: off
#                                        customers
#                                        |  timeline
#                                        |  |  cases
#                                        |  |  |  reports
API = {
    "crm_api:customers":                 "Y  -  -  -",
    "crm_api:customer":                  "Y  -  -  -",
    "crm_api:timeline":                  "-  Y  -  -",
    "crm_api:cases":                     "-  -  Y  -",
    "crm_api:case":                      "-  -  Y  -",
    "crm_api:reports":                   "-  -  -  Y",
}
# fmt: on
SCOPES = ["customers", "timeline", "cases", "reports"]


def walk(patterns, prefix="", namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = (
                    f"{namespace}:{pattern.namespace}"
                    if namespace
                    else pattern.namespace
                )
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        else:
            yield prefix + str(pattern.pattern), namespace, pattern


def view_module(pattern):
    callback = pattern.callback
    view_class = getattr(callback, "view_class", None)
    return (view_class or callback).__module__


def our_namespaces():
    names = set()
    for viewset in viewsets.viewsets:
        model = getattr(viewset, "model", None)
        label = model if isinstance(model, str) else model and model._meta.label
        if type(viewset).__module__.split(".")[0] in OUR_APPS or (
            label and label.split(".")[0] in OUR_APPS
        ):
            names.add(viewset.url_namespace)
    return names


@functools.cache
def our_admin_urls():
    """Every URL name under /admin/ that our apps add: {name: route}."""
    patterns = list(walk(get_resolver().url_patterns))  # registers the viewsets
    namespaces = our_namespaces()
    found = {}
    for route, namespace, pattern in patterns:
        if not route.startswith("admin/"):
            continue
        if (
            view_module(pattern).split(".")[0] in OUR_APPS
            or namespace.split(":")[0] in namespaces
        ):
            assert pattern.name, f"admin URL without a name: {route}"
            found[f"{namespace}:{pattern.name}"] = route
    return found


# What fills the URL's parameters: the object each namespace's <pk> stands for.
PK_OBJECTS = {
    "wagtailsnippets_cms_topic": "topic",
    "wagtailsnippetchoosers_cms_topic": "topic",
    "wagtailsnippets_surveys_poll": "poll",
    "wagtailsnippetchoosers_surveys_poll": "poll",
    "wagtailsnippets_surveys_requesttype": "request_type",
    "wagtailsnippetchoosers_surveys_requesttype": "request_type",
    "feedback": "feedback",
    "servicerequest": "service_request",
    "refusedsubmission": "refused",
    "crm_cases": "case",
    "crm_sla_targets": "sla_target",
    "crm_assignment_rules": "assignment_rule",
    "crm_api_tokens": "api_token",
    "crm_webhooks": "webhook",
    "crm_webhook_deliveries": "delivery",
    "crm_segments": "segment",
    "crm_customer": "customer",
    "crm_privacy": "customer",
    "crm_company": "company",
}


def url_for(name, data):
    namespace = name.split(":")[0]
    route = our_admin_urls()[name]
    values = {
        "pk": lambda: data[PK_OBJECTS[namespace]].pk,
        "poll_id": lambda: data["poll"].pk,
        "page_id": lambda: data["questionnaire"].pk,
        "revision_id": lambda: data["poll"].latest_revision_id,
        "revision_id_a": lambda: "earliest",
        "revision_id_b": lambda: "latest",
        "file_format": lambda: "csv",
        "table": lambda: "pages",
    }
    parameters = re.findall(r"<(?:\w+:)?(\w+)>", route)
    return reverse(name, kwargs={key: values[key]() for key in parameters})


LOGIN = "sent to sign in"
NO_ADMIN = "sent to sign in: no admin access"
DENIED = "refused"
OPENS = "opens"
NOT_IN_ADMIN = "You do not have permission to access the admin"
NOT_HERE = "Sorry, you do not have permission to access this area."


def messages_of(response):
    return " ".join(str(message) for message in get_messages(response.wsgi_request))


def outcome(response, name):
    """What the user got, in the words of the table."""
    location = response.get("Location", "")
    if response.status_code == 302 and location.startswith("/admin/login/?next="):
        return NO_ADMIN if NOT_IN_ADMIN in messages_of(response) else LOGIN
    if response.status_code == 302 and location == reverse("wagtailadmin_home"):
        if NOT_HERE in messages_of(response):
            return DENIED
    if response.status_code == ALLOWED_STATUS.get(name, 200):
        return OPENS
    return f"{response.status_code} {location}"


def expected(name, table=SCREENS):
    cells = dict(zip(STAFF, table[name].split(), strict=True))
    return {
        "anonymous": LOGIN,
        "no group": NO_ADMIN,
        **{role: OPENS if cell == "Y" else DENIED for role, cell in cells.items()},
    }


@pytest.fixture
def draw_pages(monkeypatch):
    """draw_pages(False): screens are checked for who gets in without drawing
    them, which is most of a request's time; the superuser's pass draws them."""
    drawn = SimpleTemplateResponse.__dict__["rendered_content"]
    blank = property(lambda self: "")

    def draw(on):
        monkeypatch.setattr(
            SimpleTemplateResponse, "rendered_content", drawn if on else blank
        )

    return draw


def test_every_admin_screen_of_our_apps_is_in_the_table():
    registered = set(our_admin_urls())
    assert sorted(registered - set(SCREENS)) == [], "add these to SCREENS"
    assert sorted(set(SCREENS) - registered) == [], "these are gone: remove them"


def test_the_table_has_a_cell_for_every_staff_group():
    for name, row in SCREENS.items():
        assert len(row.split()) == len(STAFF) and set(row.split()) <= {"Y", "-"}, name


@pytest.mark.parametrize("name", sorted(SCREENS))
def test_who_opens_the_screen(name, matrix_data, db, draw_pages):
    """Each role opens the screen (GET) as its row says; whoever is refused is
    refused a POST to it as well."""
    url = url_for(name, matrix_data)
    got = {}
    for role in ROLES:
        draw_pages(role == "admin")
        got[role] = outcome(as_role(role, matrix_data).get(url), name)
    assert got == expected(name)

    refused = {role: result for role, result in got.items() if result != OPENS}
    posted = {
        role: outcome(as_role(role, matrix_data).post(url, {}), name)
        for role in refused
    }
    assert posted == refused


def as_role(role, data):
    """The role's client, signed in once for the module; without the messages
    of its previous request."""
    client = data["clients"][role]
    client.cookies.pop("messages", None)
    return client


def test_site_history_shows_customer_records_to_managers_only(matrix_data, db):
    """Opening a customer's record is written to the audit log; the log entries,
    with the customer's name, are shown only to those who may see customers."""
    customer = matrix_data["customer"]
    manager = as_role("Customer managers", matrix_data)
    assert manager.get(url_for("crm_customer:inspect", matrix_data)).status_code == 200
    for role in STAFF:
        html = as_role(role, matrix_data).get("/admin/reports/site-history/")
        assert html.status_code == 200
        shown = customer.name in html.content.decode()
        assert shown == (role in ("Customer managers", "admin")), role


# The API


def api_url(name, data):
    route = {
        "crm_api:customer": [data["customer"].pk],
        "crm_api:timeline": [data["customer"].pk],
        "crm_api:case": [data["case"].pk],
    }
    return reverse(name, args=route.get(name, []))


def test_every_api_address_is_in_the_table():
    from crm import api_urls

    names = {f"crm_api:{p.name}" for p in api_urls.urlpatterns if p.name}
    assert names == set(API)


def issue(scopes, revoked=False):
    from django.utils import timezone

    token = ApiToken(name="ERP", scopes=scopes)
    key = token.issue_key()
    token.revoked_at = timezone.now() if revoked else None
    token.save()
    return key


@pytest.mark.parametrize("name", sorted(API))
def test_which_token_reads_the_address(name, matrix_data, db):
    url = api_url(name, matrix_data)
    cells = dict(zip(SCOPES, API[name].split(), strict=True))
    got, want = {}, {}
    for scope, cell in cells.items():
        key = issue([scope])
        response = Client().get(url, headers={"Authorization": f"Bearer {key}"})
        got[scope], want[scope] = response.status_code, 200 if cell == "Y" else 403
    everything = issue(SCOPES)
    for label, headers, status in [
        ("no token", {}, 401),
        ("unknown key", {"Authorization": "Bearer " + "x" * 43}, 401),
        ("revoked", {"Authorization": f"Bearer {issue(SCOPES, revoked=True)}"}, 401),
        ("not bearer", {"Authorization": f"Basic {everything}"}, 401),
    ]:
        got[label], want[label] = Client().get(url, headers=headers).status_code, status
    post = Client().post(url, headers={"Authorization": f"Bearer {everything}"})
    got["POST"], want["POST"] = post.status_code, 405
    assert got == want


@pytest.fixture(scope="module")
def matrix_data(django_db_setup, django_db_blocker):
    """One set of objects for every screen, made once for the module and rolled
    back after it (each test runs in a savepoint inside)."""
    # The URLs first, as at start-up: registering the viewsets registers their
    # models for Wagtail's reference index, which the usage screens read.
    our_admin_urls()
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield make_objects()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def make_objects():
    from django.contrib.auth import get_user_model

    from cms.models import Topic
    from crm.models import (
        ApiToken,
        AssignmentRule,
        Case,
        Company,
        Customer,
        Segment,
        SlaTarget,
        Webhook,
        WebhookDelivery,
    )
    from surveys.models import (
        Feedback,
        Poll,
        PollChoice,
        Question,
        QuestionnairePage,
        RefusedSubmission,
        RequestType,
        ServiceRequest,
    )
    from tests.conftest import SiteTree

    User = get_user_model()
    users = {"anonymous": None}
    users["no group"] = User.objects.create_user("nogroup", password="pw")
    for group in ROLES[2:-1]:
        user = User.objects.create_user(group.lower().replace(" ", "-"), password="pw")
        user.groups.add(Group.objects.get(name=group))
        users[group] = user
    users["admin"] = User.objects.create_superuser("root", "root@example.com", "pw")

    tree = SiteTree()
    questionnaire = QuestionnairePage(title="Customer survey", slug="survey")
    questionnaire.questions = [
        Question(label="How likely are you to recommend us?", field_type="nps")
    ]
    tree.home.add_child(instance=questionnaire)
    questionnaire.save_revision().publish()

    poll = Poll(question="Which crane?")
    poll.choices = [PollChoice(text="Gantry"), PollChoice(text="Jib")]
    poll.save()
    poll.save_revision().publish()
    poll.refresh_from_db()

    request_type = RequestType.objects.create(name="Order a callback")
    customer = Customer.objects.create(name="Anna Petrova", email="anna@example.com")
    webhook = Webhook.objects.create(
        name="ERP", url="https://erp.example.com/hook", events=["feedback.created"]
    )
    token = ApiToken(name="ERP", scopes=["customers"])
    token.issue_key()
    token.save()
    clients = {role: Client() for role in ROLES}
    for role, user in users.items():
        if user is not None:
            clients[role].force_login(user)
    return {
        "users": users,
        "clients": clients,
        "topic": Topic.objects.get(pk=tree.topic.pk),
        "questionnaire": questionnaire,
        "poll": poll,
        "request_type": request_type,
        "feedback": Feedback.objects.create(kind="question", message="Hello?"),
        "service_request": ServiceRequest.objects.create(request_type=request_type),
        "refused": RefusedSubmission.objects.create(form="poll", reason="honeypot"),
        "customer": customer,
        "company": Company.objects.create(name="Crane Service", key="crane service"),
        "case": Case.objects.create(
            customer=customer, kind=Case.Kind.COMPLAINT, subject="Broken crane"
        ),
        "sla_target": SlaTarget.objects.create(kind=Case.Kind.COMPLAINT, hours=48),
        "assignment_rule": AssignmentRule.objects.create(
            kind=Case.Kind.COMPLAINT, assignee=users["Customer managers"]
        ),
        "api_token": token,
        "webhook": webhook,
        "delivery": WebhookDelivery.objects.create(
            webhook=webhook, event="feedback.created", key="f:1", payload={}
        ),
        "segment": Segment.objects.create(name="At risk", rules={}),
    }
