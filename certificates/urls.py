"""The public verification pages, added to the site outside the language prefix by the cms_public_urls hook (see
certificates.wagtail_hooks): the address printed on a certificate never changes (certificates.links)."""

from django.urls import path

from certificates import views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.verify_form, name="verify_form"),
    path("verify/<path:code>/", views.verify, name="verify"),
]
