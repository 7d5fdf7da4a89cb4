"""A customer manager opens a customer's record and reads the timeline built from
their messages; the screenshot illustrates docs/managers.md."""

from django.contrib.auth.models import Permission

import pytest

from crm.models import Customer
from tests.browser.test_site import shoot
from tests.browser.test_survey_reports import log_in
from tests.crm import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_manager_reads_a_customers_timeline(page, live_server, django_user_model):
    manager = django_user_model.objects.create_user(
        "manager", "manager@example.com", "pw-manager-1", first_name="Maria"
    )
    # The Customer managers group's grants, given directly: an earlier browser
    # test may have flushed the groups the migrations made.
    manager.user_permissions.add(
        *Permission.objects.filter(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="crm"),
    )
    factories.feedback(
        "question",
        "Can your gantry cranes work at -40 °C?",
        name="Anna Petrova",
        email="anna.petrova@severstal-example.ru",
        phone="8 (912) 345-67-89",
        company="Severstal Example",
        consent_text="I agree that my contact details are processed.",
    )
    factories.service_request(email="Anna.Petrova@severstal-example.ru")
    factories.feedback(
        "complaint",
        "The delivery was two weeks late.",
        email="anna.petrova@severstal-example.ru",
    )
    customer = Customer.objects.get()

    log_in(page, live_server, "manager", "pw-manager-1")
    page.goto(f"{live_server.url}/admin/crm/customers/")
    page.get_by_role("link", name="Anna Petrova").first.click()
    page.wait_for_url(f"**/admin/crm/customers/inspect/{customer.pk}/")
    events = page.locator(".crm-timeline__event")
    assert events.count() == 3
    assert "two weeks late" in events.first.inner_text()  # newest first
    assert page.locator("[data-lifecycle]").inner_text() == "At risk"

    page.fill("textarea[name=text]", "Called Anna: the delivery is on its way.")
    page.get_by_role("button", name="Add note").click()
    page.wait_for_url(f"**/admin/crm/customers/inspect/{customer.pk}/")
    assert "on its way" in page.locator(".crm-timeline__event").first.inner_text()
    shoot(page, "admin-customer")
