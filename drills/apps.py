from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DrillsConfig(AppConfig):
    name = "drills"
    verbose_name = _("Drills")

    def ready(self):
        from drills import checks, signals  # noqa: F401
        from drills.admin_visibility import register_page_permission_policy

        register_page_permission_policy()
