"""Error pages (400, 403, 404, 429, 500) in the site's look and the visitor's language, with DEBUG off, never a
traceback; 400 and 500 render without the database."""

import pytest
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext, ngettext

from tests.cms.error_urls import SECRET_DETAIL

LANGUAGES = ["zh-hans", "en"]
TRACEBACK_MARKERS = ["Traceback", SECRET_DETAIL, "RuntimeError", "SuspiciousOperation", 'File "']


@pytest.fixture
def failing_site(settings):
    settings.ROOT_URLCONF = "tests.cms.error_urls"
    settings.DEBUG = False
    return Client(raise_request_exception=False)


def assert_error_page(response, *, status: int, language: str, heading: str, menu: bool):
    html = response.content.decode()
    assert response.status_code == status
    assert response["Content-Type"].startswith("text/html")
    assert f'<html lang="{language}">' in html
    with translation.override(language):
        assert f"<h1>{gettext(heading)}</h1>" in html
        assert gettext("Protect Schools, Safe Campuses") in html  # the site's header
        assert gettext("Staff login") in html  # and footer
    assert 'class="site-header"' in html and 'class="lang-switch"' in html
    assert "cms/site.css" in html
    with translation.override(language):
        assert f'<a class="button" href="/{language}/">{gettext("Back to the home page")}</a>' in html
    for marker in TRACEBACK_MARKERS:
        assert marker not in html
    if menu:
        assert 'class="topics-nav"' in html and f'href="/{language}/lessons/' in html
    return html


@pytest.mark.parametrize("language", LANGUAGES)
def test_server_error_page_renders_without_the_database(failing_site, django_db_blocker, language):
    # The request never reaches the database: any query while the 500 page renders would raise here.
    with django_db_blocker.block():
        response = failing_site.get(f"/{language}/_test/fail/500/")
    assert_error_page(response, status=500, language=language, heading="Server error", menu=False)
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_bad_request_page(failing_site, django_db_blocker, language):
    with django_db_blocker.block():
        response = failing_site.get(f"/{language}/_test/fail/400/")
    assert_error_page(response, status=400, language=language, heading="Bad request", menu=False)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_host_the_site_does_not_serve_gets_the_bad_request_page(failing_site, language):
    response = failing_site.get(f"/{language}/", HTTP_HOST="attacker.example")
    html = assert_error_page(response, status=400, language=language, heading="Bad request", menu=False)
    assert "attacker.example" not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_permission_denied_page(failing_site, demo, language):
    response = failing_site.get(f"/{language}/_test/fail/403/")
    assert_error_page(response, status=403, language=language, heading="Access denied", menu=True)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_form_without_its_csrf_token_gets_the_site_403_page(demo, language):
    from courses.models import LessonPage

    lesson = LessonPage.objects.filter(locale__language_code=language).exclude(quiz=[]).first()
    client = Client(enforce_csrf_checks=True)
    response = client.post(lesson.url + "quiz/", {})
    assert_error_page(response, status=403, language=language, heading="The form could not be sent", menu=True)


@pytest.mark.parametrize("language", LANGUAGES)
def test_page_not_found(failing_site, demo, language):
    response = failing_site.get(f"/{language}/no-such-page-here/")
    assert_error_page(response, status=404, language=language, heading="Page not found", menu=True)
    response = failing_site.get(f"/{language}/_test/fail/404/")
    assert_error_page(response, status=404, language=language, heading="Page not found", menu=True)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_rate_limited_view_gets_the_429_page(failing_site, demo, language):
    from django.core.cache import cache

    cache.clear()
    assert failing_site.get(f"/{language}/_test/limited/").status_code == 200
    response = failing_site.get(f"/{language}/_test/limited/")
    assert_error_page(response, status=429, language=language, heading="Too many requests", menu=True)
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_429_page_says_when_to_try_again(rf, demo, language):
    from django.contrib.auth.models import AnonymousUser

    from cms.errors import too_many_requests

    with translation.override(language):
        request = rf.get(f"/{language}/")
        request.user = AnonymousUser()
        response = too_many_requests(request, retry_after=30)
        html = response.content.decode()
        assert response.status_code == 429 and response["Retry-After"] == "30"
        assert ngettext("Try again in %(seconds)s second.", "Try again in %(seconds)s seconds.", 30) % {
            "seconds": 30
        } in " ".join(html.split())
        assert f'<html lang="{language}">' in html


def test_the_site_wires_its_own_handlers():
    from cms import urls

    assert urls.handler400 == "cms.errors.bad_request"
    assert urls.handler403 == "cms.errors.permission_denied"
    assert urls.handler404 == "cms.errors.page_not_found"
    assert urls.handler500 == "cms.errors.server_error"


def test_the_500_page_falls_back_to_plain_text_in_both_languages(monkeypatch, rf):
    from cms import errors

    def broken(*args, **kwargs):
        raise RuntimeError("template engine down")

    monkeypatch.setattr(errors.loader, "get_template", broken)
    response = errors.server_error(rf.get("/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert "服务器出错" in html and "Server error" in html and "template engine down" not in html
