"""Tracking's URLs outside the admin, added to the site by the cms_public_urls hook (see tracking.wagtail_hooks).
Admin views are registered through Wagtail's viewsets and register_admin_urls instead."""

app_name = "tracking"

urlpatterns = []
