"""The audience report's admin URLs, under /admin/reports/audience/."""

from django.urls import path, re_path

from analytics import views

app_name = "analytics_reports"
urlpatterns = [
    path("", views.AudienceReportView.as_view(), name="overview"),
    path("data.json", views.AudienceDataView.as_view(), name="data"),
    path("realtime.json", views.RealtimeView.as_view(), name="realtime"),
    re_path(
        rf"^(?P<table>{'|'.join(views.TABLES)})\.(?P<file_format>csv|xlsx)$",
        views.AudienceExportView.as_view(),
        name="export",
    ),
]
