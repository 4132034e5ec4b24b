"""Apps replace single Wagtail admin views by URL name, behind Wagtail's own admin checks."""

import pytest
from django.contrib.messages.storage.fallback import FallbackStorage
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponse
from django.urls import include, path

from cms.admin_overrides import replace_admin_views


def original(request):
    return HttpResponse("original")


def replacement(request):
    return HttpResponse("replacement")


def patterns():
    inner = [path("locked/", original, name="locked_pages")]
    return [path("choose/", original, name="choose"), path("reports/", include((inner, "reports")))]


def admin_request(rf, user):
    request = rf.get("/reports/locked/")
    request.user = user
    request.session = {}
    request._messages = FallbackStorage(request)
    return request


def test_a_view_is_replaced_by_its_url_name_even_inside_a_namespace(rf, django_user_model):
    urlpatterns = patterns()
    replace_admin_views(urlpatterns, {"reports:locked_pages": replacement})
    assert urlpatterns[0].callback is original

    admin = django_user_model.objects.create_superuser("override-admin", password="pw")
    response = urlpatterns[1].url_patterns[0].callback(admin_request(rf, admin))
    assert response.content == b"replacement"
    assert "no-cache" in response["Cache-Control"]


def test_the_replacement_keeps_the_admin_access_check(rf, django_user_model):
    urlpatterns = patterns()
    replace_admin_views(urlpatterns, {"reports:locked_pages": replacement})
    no_access = django_user_model.objects.create_user("override-no-access", password="pw")
    response = urlpatterns[1].url_patterns[0].callback(admin_request(rf, no_access))
    assert response.status_code == 302 and "login" in response["Location"]


def test_a_url_name_that_is_gone_stops_the_start_instead_of_leaving_the_original_in_place():
    with pytest.raises(ImproperlyConfigured, match="renamed_in_wagtail"):
        replace_admin_views(patterns(), {"renamed_in_wagtail": replacement})
