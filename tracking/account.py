"""The "Session e-mails" panel in Wagtail's account settings (Account → Notifications): each vice principal and
school contact switches the tracking e-mails off or on, and a vice principal finds their calendar feed there."""

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.account import BaseSettingsPanel, notifications_tab

from tracking import access, services
from tracking.models import NotificationPreference, School


class SessionEmailForm(forms.ModelForm):
    class Meta:
        model = NotificationPreference
        fields = ["email"]
        labels = {"email": _("E-mail me about sessions")}
        help_texts = {
            "email": _(
                "Sessions awaiting my confirmation, sessions the school disputed, and a reminder the day before "
                "each of my sessions."
            )
        }

    def save(self, commit=True):
        services.notification_preference_set(user=self.instance.user, email=self.cleaned_data["email"])
        return self.instance


class SessionEmailSettingsPanel(BaseSettingsPanel):
    name = "tracking_email"
    title = _("Session e-mails")
    tab = notifications_tab
    order = 150
    form_class = SessionEmailForm
    template_name = "tracking/admin/account_session_email.html"

    def is_active(self):
        # Only people the tracking e-mails are for: vice principals and school contacts.
        return access.vice_principal_of(self.user) is not None or School.objects.filter(contacts=self.user).exists()

    def get_form(self):
        instance = NotificationPreference.objects.filter(user=self.user).first() or NotificationPreference(
            user=self.user
        )
        kwargs = {"instance": instance, "prefix": self.name}
        if self.request.method == "POST":
            return self.form_class(self.request.POST, **kwargs)
        return self.form_class(**kwargs)

    def get_context_data(self):
        context = super().get_context_data()
        if access.vice_principal_of(self.user) is not None:
            context["calendar_feed_url"] = reverse("tracking_calendar_feed")
        return context
