from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CrmConfig(AppConfig):
    name = "crm"
    verbose_name = _("Customers")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from crm import signals  # noqa: F401  queues aggregation after each submission
