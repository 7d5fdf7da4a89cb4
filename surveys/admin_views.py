from wagtail.admin.views.generic import CreateView, EditView
from wagtail.contrib.forms.views import SubmissionsListView

from portal.spreadsheets import SafeExportMixin
from surveys.models import ServiceRequest


class LogFeedbackView(CreateView):
    """Staff log feedback received by phone, e-mail or in person."""

    def save_instance(self):
        feedback = self.form.save(commit=False)
        feedback.logged_by = self.request.user
        feedback.save()
        return feedback


class ChangeRequestStatusView(EditView):
    """A status change is recorded in the request's history and e-mailed."""

    def save_instance(self):
        service_request = ServiceRequest.objects.get(pk=self.object.pk)
        status = self.form.cleaned_data["status"]
        note = self.form.cleaned_data.get("note", "")
        if status != service_request.status or note:
            service_request.change_status(status, note=note, author=self.request.user)
        return service_request


class ResponsesListView(SafeExportMixin, SubmissionsListView):
    """A questionnaire's responses (the page's "Responses"), whose exports quote
    answers a spreadsheet would run as formulas."""
