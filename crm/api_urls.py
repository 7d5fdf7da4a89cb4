"""The customer records' read-only API, mounted at /api/crm/ (docs/api.md)."""

from django.urls import path, re_path

from crm import api

app_name = "crm_api"

urlpatterns = [
    path("v1/customers/", api.customers, name="customers"),
    path("v1/customers/<int:customer_id>/", api.customer, name="customer"),
    path("v1/customers/<int:customer_id>/timeline/", api.timeline, name="timeline"),
    path("v1/cases/", api.cases, name="cases"),
    path("v1/cases/<int:case_id>/", api.case, name="case"),
    path("v1/reports/", api.reports, name="reports"),
    re_path(r"^(?P<path>.*)$", api.not_found),
]
