from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SurveysConfig(AppConfig):
    name = "surveys"
    verbose_name = _("Surveys and requests")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from surveys import voting  # noqa: F401  connects the counters to publishing
