from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Content")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms import cache  # noqa: F401  connects the invalidation signals
        from cms.admin_scripts import write_chooser_scripts_as_data

        write_chooser_scripts_as_data()
