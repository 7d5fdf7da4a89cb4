"""Segments: rules pick customers, refreshing is idempotent and counted per day,
members are exported and invited, cross-tabs count answers by hand-checked
numbers, and only those who may see customers see who is in a segment."""

import csv
import datetime
import io
from decimal import Decimal

from django.core import mail
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

import openpyxl
import pytest

from crm import segments
from crm.models import Company, Customer, Segment, SegmentCount, TimelineEvent
from surveys.models import Invitation
from tests.surveys.results_factories import answer

pytestmark = pytest.mark.django_db(transaction=False)

_numbers = iter(range(1, 10_000))


def customer(**fields):
    number = next(_numbers)
    fields.setdefault("name", f"Customer {number}")
    fields.setdefault("email", f"customer{number}@example.com")
    return Customer.objects.create(**fields)


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def picked(rules):
    return set(segments.matching(rules))


def make_segment(name="Detractors", **rules):
    return Segment.objects.create(name=name, rules=rules)


def url(name, *args):
    return reverse(f"crm_segments:{name}", args=args)


def denied(response):
    """Wagtail's admin turns a refusal into a redirect to the dashboard."""
    return response.status_code == 302 and response.url == "/admin/"


# Rules


def test_lifecycle_rule(db):
    risky = customer(lifecycle="at_risk")
    buyer = customer(lifecycle="customer")
    customer(lifecycle="prospect")
    assert picked({"lifecycle": ["at_risk"]}) == {risky}
    assert picked({"lifecycle": ["at_risk", "customer"]}) == {risky, buyer}


def test_nps_category_answered_within_days(db):
    recent = customer(nps_score=3, nps_category="detractor", nps_at=days_ago(10))
    customer(nps_score=4, nps_category="detractor", nps_at=days_ago(120))
    customer(nps_score=10, nps_category="promoter", nps_at=days_ago(5))
    customer()  # never answered
    rules = {"nps_categories": ["detractor"], "nps_within_days": 90}
    assert picked(rules) == {recent}
    assert len(picked({"nps_categories": ["detractor"]})) == 2


def test_csat_below(db):
    low = customer(csat_average=Decimal("2.50"))
    customer(csat_average=Decimal("3.00"))
    customer()  # never rated
    assert picked({"csat_below": 3}) == {low}


def test_open_complaints_yes_and_no(db):
    unhappy = customer(complaints_open=2)
    calm = customer(complaints_open=0, complaints_resolved=1)
    assert picked({"complaints_open": True}) == {unhappy}
    assert picked({"complaints_open": False}) == {calm}


def test_interest_matches_entries_in_any_case(db):
    hoists = customer(interests=["Electric hoists", "Gantry cranes"])
    russian = customer(interests=["Тали электрические"])
    customer(interests=["Overhead cranes"])
    customer(interests=[])
    assert picked({"interest": "hoist"}) == {hoists}
    assert picked({"interest": "ТАЛИ"}) == {russian}
    assert picked({"interest": "gantry CRANES"}) == {hoists}


def test_marketing_consent_and_not_contacted_for_days(db):
    quiet = customer(consent_marketing=True, last_contact_at=days_ago(200))
    never = customer(consent_marketing=True, last_contact_at=None)
    customer(consent_marketing=True, last_contact_at=days_ago(20))
    silent_refuser = customer(consent_marketing=False, last_contact_at=days_ago(300))
    rules = {"consent_marketing": True, "not_contacted_days": 180}
    assert picked(rules) == {quiet, never}
    assert picked({"consent_marketing": False}) == {silent_refuser}


def test_language_and_company(db):
    crane_works = Company.objects.create(name="Crane Works", key="crane works")
    ru = customer(locale="ru", company=crane_works)
    given = customer(locale="ru-RU", company_name="OOO Crane Works")
    customer(locale="en", company_name="Steel Ltd")
    assert picked({"language": "ru"}) == {ru, given}
    assert picked({"company": "crane works"}) == {ru, given}
    assert picked({"company": "crane", "language": "en"}) == set()


def test_conditions_are_anded_and_merged_or_erased_never_belong(db):
    keep = customer(lifecycle="at_risk", complaints_open=1)
    customer(lifecycle="at_risk", complaints_open=0)
    customer(lifecycle="at_risk", complaints_open=1, merged_into=keep)
    customer(lifecycle="at_risk", complaints_open=1, erased_at=timezone.now())
    assert picked({"lifecycle": ["at_risk"], "complaints_open": True}) == {keep}
    assert len(picked({})) == 2  # no rules: every live customer


@pytest.mark.parametrize(
    "rules",
    [
        {"lifecycle": ["vip"]},
        {"nps_within_days": 0},
        {"nps_within_days": "soon"},
        {"csat_below": "nine"},
        {"csat_below": 7},
        {"complaints_open": "yes"},
        {"language": "de"},
        {"no_such_rule": 1},
        ["not", "a", "dict"],
    ],
)
def test_unusable_rules_are_refused(db, rules):
    with pytest.raises(segments.InvalidRules):
        segments.clean_rules(rules)


def test_a_segment_with_unusable_stored_rules_is_skipped_not_fatal(db):
    broken = make_segment("Broken", csat_below="nine")
    fine = make_segment("Fine", lifecycle=["at_risk"])
    customer(lifecycle="at_risk")
    assert segments.refresh_segments.delay().get() == 1
    assert fine.members.count() == 1
    assert broken.members.count() == 0
    assert segments.describe(broken.rules) != segments.describe(fine.rules)


# Refreshing


def test_refresh_is_idempotent_with_one_count_per_day(db):
    segment = make_segment(complaints_open=True)
    first, second = customer(complaints_open=1), customer(complaints_open=3)
    customer(complaints_open=0)
    assert segments.refresh_segment.delay(segment.id).get() == 2
    assert segments.refresh_segment.delay(segment.id).get() == 2
    assert set(segment.members.all()) == {first, second}
    assert SegmentCount.objects.filter(segment=segment).count() == 1
    assert segment.counts.get().customers == 2
    segment.refresh_from_db()
    assert segment.refreshed_at is not None

    # A complaint resolved later the same day: the member leaves, today's count follows.
    Customer.objects.filter(pk=first.pk).update(complaints_open=0)
    segments.refresh(segment)
    assert list(segment.members.all()) == [second]
    assert segment.counts.get().customers == 1


def test_refresh_all_twice_changes_nothing(db):
    one = make_segment("One", lifecycle=["prospect"])
    two = make_segment("Two", consent_marketing=True)
    customer(consent_marketing=True)
    customer()
    segments.refresh_segments.delay()
    segments.refresh_segments.delay()
    assert one.members.count() == 2 and two.members.count() == 1
    assert SegmentCount.objects.count() == 2


def test_counts_over_time(db):
    segment = make_segment(lifecycle=["at_risk"])
    customer(lifecycle="at_risk")
    segments.refresh(segment, now=days_ago(2))
    customer(lifecycle="at_risk")
    segments.refresh(segment, now=days_ago(1))
    segments.refresh(segment)
    today = timezone.localdate()
    assert segments.count_series(segment) == [
        (today - datetime.timedelta(days=2), 1),
        (today - datetime.timedelta(days=1), 2),
        (today, 2),
    ]


def test_a_deleted_segment_is_not_refreshed(db):
    assert segments.refresh_segment.delay(123456).get() is None


# The admin


@pytest.fixture
def manager(client, member):
    client.force_login(member("Customer managers"))
    return client


@pytest.fixture
def marketer(client, member):
    client.force_login(member("Marketers"))
    return client


@pytest.fixture
def editor(client, member):
    client.force_login(member("Editors"))
    return client


FORM = {
    "name": "Quiet consenting customers",
    "lifecycle": ["customer", "at_risk"],
    "nps_categories": [],
    "nps_within_days": "",
    "csat_below": "",
    "complaints_open": "",
    "interest": "",
    "consent_marketing": "yes",
    "not_contacted_days": "180",
    "language": "",
    "company": "",
}


def test_a_manager_builds_a_segment_and_it_is_refreshed_after_saving(manager):
    quiet = customer(
        lifecycle="customer", consent_marketing=True, last_contact_at=days_ago(200)
    )
    customer(lifecycle="customer", consent_marketing=False, last_contact_at=None)
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = manager.post(url("add"), FORM)
    assert response.status_code == 302
    segment = Segment.objects.get()
    assert segment.rules == {
        "lifecycle": ["at_risk", "customer"],
        "consent_marketing": True,
        "not_contacted_days": 180,
    }
    assert list(segment.members.all()) == [quiet]
    assert segment.counts.get().customers == 1

    page = manager.get(url("edit", segment.pk))
    assert page.status_code == 200
    assert 'value="180"' in page.content.decode()

    index = manager.get(url("index"))
    assert index.status_code == 200
    assert "Quiet consenting customers" in index.content.decode()


@pytest.mark.parametrize(
    "field, value",
    [
        ("csat_below", "9"),
        ("csat_below", "abc"),
        ("nps_within_days", "-5"),
        ("not_contacted_days", "forever"),
        ("lifecycle", "vip"),
        ("language", "xx"),
        ("consent_marketing", "maybe"),
        ("interest", "x" * 300),
    ],
)
def test_bad_input_is_a_form_error(manager, field, value):
    response = manager.post(url("add"), {**FORM, field: value})
    assert response.status_code == 200
    assert Segment.objects.count() == 0


def test_manager_sees_members_chart_and_exports(manager):
    segment = make_segment(lifecycle=["at_risk"])
    customer(
        name='=HYPERLINK("http://evil")',
        email="anna@example.com",
        lifecycle="at_risk",
        nps_score=3,
        nps_category="detractor",
    )
    customer(name="Boris", email="boris@example.com", lifecycle="at_risk")
    segments.refresh(segment, now=days_ago(1))
    segments.refresh(segment)
    page = manager.get(url("detail", segment.pk)).content.decode()
    assert "anna@example.com" in page and "Boris" in page
    assert "<polyline" in page and page.count("<circle") == 2

    response = manager.get(url("export", segment.pk, "csv"))
    assert response["Content-Disposition"].endswith('.csv"')
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:2] == ["Name", "Email"]
    by_email = {row[1]: row for row in rows[1:]}
    assert set(by_email) == {"anna@example.com", "boris@example.com"}
    assert by_email["anna@example.com"][0] == '\'=HYPERLINK("http://evil")'

    response = manager.get(url("export", segment.pk, "xlsx"))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.values)
    assert values[0][1] == "Email"
    assert {row[1] for row in values[1:]} == {"anna@example.com", "boris@example.com"}
    assert "'=HYPERLINK" in {row[0][:11] for row in values[1:]}

    unknown = manager.get(url("export", segment.pk, "pdf"), follow=True)
    assert unknown.status_code == 404


def test_marketers_see_counts_and_reports_but_no_personal_data(marketer):
    segment = make_segment(lifecycle=["at_risk"])
    customer(name="Anna Petrova", email="anna@example.com", lifecycle="at_risk")
    segments.refresh(segment)
    page = marketer.get(url("detail", segment.pk))
    assert page.status_code == 200
    content = page.content.decode()
    assert "Anna" not in content and "anna@example.com" not in content
    assert url("export", segment.pk, "csv") not in content

    report = marketer.get(url("report"))
    assert report.status_code == 200
    assert segment.name in report.content.decode()
    assert "anna@" not in report.content.decode()
    assert marketer.get(url("crosstab", segment.pk)).status_code == 200

    assert denied(marketer.get(url("export", segment.pk, "csv")))
    assert denied(marketer.get(url("export", segment.pk, "xlsx")))
    assert denied(marketer.get(url("invite", segment.pk)))
    assert denied(marketer.post(url("refresh", segment.pk)))
    assert denied(marketer.get(url("edit", segment.pk)))
    assert denied(marketer.get(url("index")))


def test_editors_are_denied_everything(editor):
    segment = make_segment(lifecycle=["at_risk"])
    for name, args in [
        ("detail", [segment.pk]),
        ("report", []),
        ("crosstab", [segment.pk]),
        ("export", [segment.pk, "csv"]),
        ("invite", [segment.pk]),
    ]:
        assert denied(editor.get(url(name, *args))), name
    assert denied(editor.get(url("index")))
    assert denied(editor.get(url("edit", segment.pk)))
    assert denied(editor.post(url("add"), FORM))
    assert denied(editor.post(url("invite", segment.pk), {"page": 1}))
    assert Segment.objects.count() == 1


# Invitations


def test_invite_creates_one_invitation_per_member_email_and_not_twice(
    manager, survey, settings
):
    settings.WAGTAILADMIN_BASE_URL = "http://testserver"
    segment = make_segment(lifecycle=["at_risk"])
    customer(
        name="Anna",
        email="anna@example.com",
        lifecycle="at_risk",
        consent_marketing=True,
    )
    customer(
        name="Boris",
        email="boris@example.com",
        lifecycle="at_risk",
        consent_marketing=True,
    )
    customer(name="Vera", email="vera@example.com", lifecycle="at_risk")
    customer(
        name="No e-mail",
        email="",
        phone="+79120000000",
        lifecycle="at_risk",
        consent_marketing=True,
    )
    segments.refresh(segment)

    assert manager.get(url("invite", segment.pk)).status_code == 200
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = manager.post(
            url("invite", segment.pk), {"page": survey.pk, "consented_only": "on"}
        )
    assert response.status_code == 302
    assert set(Invitation.objects.values_list("email", flat=True)) == {
        "anna@example.com",
        "boris@example.com",
    }
    assert len(mail.outbox) == 2

    with TestCase.captureOnCommitCallbacks(execute=True):
        manager.post(url("invite", segment.pk), {"page": survey.pk})
    # Vera (no marketing consent, now included) is added; nobody is invited twice.
    assert Invitation.objects.count() == 3
    assert len(mail.outbox) == 3
    result = segments.invite(segment, survey, consented_only=False)
    assert result.created == 0 and result.already_invited == 3


def test_invite_form_refuses_a_questionnaire_that_is_not_live(manager, survey):
    segment = make_segment()
    survey.unpublish()
    response = manager.post(url("invite", segment.pk), {"page": survey.pk})
    assert response.status_code == 200
    assert Invitation.objects.count() == 0
    response = manager.post(url("invite", segment.pk), {"page": "nonsense"})
    assert response.status_code == 200


# Cross-tabs


def answered_by(person, response):
    TimelineEvent.objects.create(
        customer=person,
        kind=TimelineEvent.Kind.RESPONSE,
        summary="Answered",
        source=f"surveys.questionnaireresponse:{response.id}",
    )


def test_crosstab_counts_members_beside_everyone(survey):
    segment = make_segment(lifecycle=["at_risk"])
    members = [customer(lifecycle="at_risk") for _ in range(3)]
    others = [customer(lifecycle="prospect") for _ in range(2)]
    segments.refresh(segment)
    for person, crane, nps, rating in zip(
        members + others,
        ["Overhead", "Overhead", "Gantry", "Jib", "Overhead"],
        ["10", "9", "3", "6", "8"],
        ["5", "4", "1", "2", "4"],
        strict=True,
    ):
        answered_by(person, answer(survey, crane=crane, nps=nps, rating=rating))
    answer(survey, crane="Jib")  # anonymous: everyone's only

    result = segments.crosstab(segment, survey)
    assert result["segment"]["n"] == 3 and result["everyone"]["n"] == 6
    questions = {question["type"]: question for question in result["questions"]}
    assert set(questions) == {"radio", "checkboxes", "rating", "nps"}

    crane = questions["radio"]
    assert [
        (a["text"], a["segment"]["count"], a["segment"]["percent"])
        for a in crane["answers"]
    ] == [("Overhead", 2, 66.7), ("Gantry", 1, 33.3), ("Jib", 0, 0.0)]
    assert [
        (a["text"], a["everyone"]["count"], a["everyone"]["percent"])
        for a in crane["answers"]
    ] == [("Overhead", 3, 50.0), ("Gantry", 1, 16.7), ("Jib", 2, 33.3)]
    assert crane["segment"]["n"] == 3 and crane["everyone"]["n"] == 6
    assert crane["segment"]["low_sample"] and crane["everyone"]["low_sample"]

    # Members 10, 9, 3: two promoters, one detractor of three = 33.3.
    # Everyone 10, 9, 3, 6, 8: two promoters, two detractors = 0.
    nps = questions["nps"]
    assert nps["segment"]["nps"]["score"] == 33.3
    assert nps["segment"]["n"] == 3
    assert nps["everyone"]["nps"]["score"] == 0.0
    assert nps["everyone"]["n"] == 5
    # Ratings 5, 4, 1: mean 3.33, two of three satisfied (4 or 5).
    rating = questions["rating"]
    assert rating["segment"]["mean"] == 3.33
    assert rating["segment"]["csat"] == 66.7
    assert rating["everyone"]["mean"] == 3.2

    headings, rows = segments.crosstab_rows(result)
    assert len(headings) == len(rows[0]) == 8


def test_crosstab_page_shows_sample_sizes_greyed(marketer, survey):
    segment = make_segment()
    person = customer()
    segments.refresh(segment)
    answered_by(person, answer(survey, crane="Gantry", nps="10"))
    page = marketer.get(url("crosstab", segment.pk), {"page": survey.pk})
    content = page.content.decode()
    assert page.status_code == 200
    assert "n = 1" in content and "survey-report__low" in content
    assert "Gantry" in content
    export = marketer.get(
        url("crosstab", segment.pk), {"page": survey.pk, "export": "csv"}
    )
    assert export["Content-Disposition"].endswith('.csv"')
    bad = marketer.get(url("crosstab", segment.pk), {"page": "999999"})
    assert bad.status_code == 200


def test_the_report_menu_item_is_shown_to_marketers_not_editors(client, member):
    client.force_login(member("Marketers"))
    assert url("report") in client.get("/admin/").content.decode()
    client.force_login(member("Editors"))
    assert url("report") not in client.get("/admin/").content.decode()


def test_segment_templates_need_no_inline_script_or_style():
    from django.conf import settings

    folder = settings.BASE_DIR / "templates" / "crm" / "segments"
    for template in folder.glob("*.html"):
        source = template.read_text()
        assert "<script" not in source and "style=" not in source, template.name
