from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrackingConfig(AppConfig):
    name = "tracking"
    verbose_name = _("Session tracking")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from tracking.reports import signals  # noqa: F401  (connects the report's summary-table marks)
