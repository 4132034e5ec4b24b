"""Tracking's URLs outside the admin, added to the site by the cms_public_urls hook (see tracking.wagtail_hooks).
Admin views are registered through Wagtail's viewsets and register_admin_urls instead."""

app_name = "tracking"

urlpatterns = []

# The private calendar feed: the token is the secret (secrets.token_urlsafe(32), 43 characters).
from django.urls import path  # noqa: E402

from tracking.feeds import calendar_feed  # noqa: E402

urlpatterns += [
    path("calendar/<str:token>.ics", calendar_feed, name="calendar_feed"),
]
