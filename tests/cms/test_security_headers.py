"""Security headers on the public site and the admin, upload limits, and no shared passwords for private pages."""

import pytest
from csp.constants import HEADER, HEADER_REPORT_ONLY


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


@pytest.fixture
def public_pages(demo):
    from courses.models import LessonPage, TopicPage

    lesson = LessonPage.objects.live().filter(locale__language_code="zh-hans").exclude(quiz=[]).first()
    topic = TopicPage.objects.live().filter(locale__language_code="zh-hans").first()
    return ["/zh-hans/", "/en/", topic.url, lesson.url, "/zh-hans/search/?q=%E6%BA%BA%E6%B0%B4", "/zh-hans/drills/"]


def test_public_pages_carry_a_strict_content_security_policy(client, public_pages):
    for url in public_pages:
        response = client.get(url)
        assert response.status_code == 200, url
        policy = directives(response[HEADER])
        assert policy["default-src"] == ["'self'"]
        # No inline script or style anywhere on the public site, and no eval.
        assert policy["script-src"] == ["'self'"]
        assert policy["style-src"] == ["'self'"]
        assert policy["object-src"] == ["'none'"]
        assert policy["frame-ancestors"] == ["'none'"]
        assert policy["base-uri"] == ["'self'"] and policy["form-action"] == ["'self'"]
        # Video blocks embed players from the configured video sites.
        assert "https://player.bilibili.com" in policy["frame-src"]
        assert HEADER_REPORT_ONLY not in response


def test_public_pages_carry_the_other_security_headers(client, public_pages):
    for url in public_pages:
        response = client.get(url)
        permissions = response["Permissions-Policy"]
        for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
            assert feature in permissions
        assert response["X-Frame-Options"] == "DENY"
        assert response["Referrer-Policy"] == "same-origin"
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"
        assert response["X-Content-Type-Options"] == "nosniff"


def test_error_pages_carry_the_headers_too(client, demo):
    response = client.get("/zh-hans/no-such-page/")
    assert response.status_code == 404
    assert directives(response[HEADER])["script-src"] == ["'self'"]
    assert "camera=()" in response["Permissions-Policy"]


def test_hsts_is_sent_over_https_with_the_production_values(client, settings, demo):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    response = client.get("/zh-hans/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    # Never over plain HTTP, where a man in the middle could strip or forge it.
    assert "Strict-Transport-Security" not in client.get("/zh-hans/")


def test_the_admin_has_its_own_policy_and_reports_the_strict_one(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    enforced = directives(response[HEADER])
    reported = directives(response[HEADER_REPORT_ONLY])
    # Wagtail runs inline scripts and styles: allowed, but nothing from another origin, no eval, no plugins.
    assert enforced["script-src"] == ["'self'", "'unsafe-inline'"]
    assert "'unsafe-eval'" not in enforced["script-src"]
    assert enforced["object-src"] == ["'none'"] and enforced["connect-src"] == ["'self'"]
    # The preview panel frames the admin's own pages; nobody else may frame the admin.
    assert enforced["frame-ancestors"] == ["'self'"]
    assert reported["script-src"] == ["'self'"] and reported["style-src"] == ["'self'"]


def test_the_language_cookie_is_kept_from_scripts(client, demo):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/en/"})
    cookie = response.cookies["django_language"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"


def test_upload_limits(settings, db):
    from wagtail.documents.forms import get_document_form
    from wagtail.documents.models import Document
    from wagtail.images.forms import get_image_form
    from wagtail.images.models import Image

    image_field = get_image_form(Image)().fields["file"]
    assert image_field.max_upload_size == settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert image_field.max_image_pixels == settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 50_000_000
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    document_field = get_document_form(Document)().fields["file"]
    assert document_field.max_upload_size == settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * 1024 * 1024
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE == settings.FILE_UPLOAD_MAX_MEMORY_SIZE == 2_621_440


def test_an_image_over_the_pixel_limit_is_refused(settings, db):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image as PILImage
    from wagtail.images.forms import get_image_form
    from wagtail.images.models import Image

    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100 * 100
    buffer = io.BytesIO()
    PILImage.new("RGB", (101, 100), "white").save(buffer, "PNG")
    form = get_image_form(Image)(
        data={"title": "big"}, files={"file": SimpleUploadedFile("big.png", buffer.getvalue(), "image/png")}
    )
    assert not form.is_valid()
    assert "file" in form.errors


def test_private_pages_and_collections_offer_no_shared_password(db):
    from wagtail.admin.forms.collections import CollectionViewRestrictionForm
    from wagtail.admin.forms.pages import PageViewRestrictionForm
    from wagtail.models import PageViewRestriction

    page_form = PageViewRestrictionForm(
        private_page_options=[choice for choice, _label in PageViewRestriction.RESTRICTION_CHOICES]
    )
    assert PageViewRestriction.PASSWORD not in dict(page_form.fields["restriction_type"].choices)
    assert "password" not in page_form.fields
    collection_form = CollectionViewRestrictionForm()
    assert "password" not in dict(collection_form.fields["restriction_type"].choices)
    assert "password" not in collection_form.fields
