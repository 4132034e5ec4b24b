"""Evidence photos: cleaned on upload (no location or other metadata, real JPEG/PNG/HEIC only, size and pixel
limits), kept in private storage with no URL, served only to those who may see the session."""

import datetime
import io
import struct
import zlib
from pathlib import Path

import pillow_heif
import pytest
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from PIL import ExifTags, Image, PngImagePlugin
from wagtail.models import ModelLogEntry

from tests.e2e.conftest import browser, live_demo  # noqa: F401  (the phone test at the end)
from tests.e2e.signin import admin_login
from tracking import access, photos, services
from tracking.models import EvidencePhoto, Session
from tracking.storage import PrivateFileSystemStorage, check_private_storage, private_storage

pillow_heif.register_heif_opener()

# Where the test photos were "taken": Tiananmen, in degrees, minutes and seconds.
LATITUDE = (39.0, 54.0, 27.0)
LONGITUDE = (116.0, 23.0, 29.0)
XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="39,54.45N"/>'
    b"</rdf:RDF></x:xmpmeta>"
)


def gps_exif(*, orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "SecretCam"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps.update({1: "N", 2: LATITUDE, 3: "E", 4: LONGITUDE})
    return exif


def picture(size=(320, 200)) -> Image.Image:
    """Left half red, right half blue, so turning it upright can be checked."""
    image = Image.new("RGB", size, "red")
    image.paste("blue", (size[0] // 2, 0, size[0], size[1]))
    return image


def jpeg_with_gps(*, orientation: int = 1, size=(320, 200)) -> bytes:
    out = io.BytesIO()
    picture(size).save(out, "JPEG", exif=gps_exif(orientation=orientation), xmp=XMP, comment=b"GPS 39.9N 116.4E")
    return out.getvalue()


def png_with_metadata() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Location", "39.9N 116.4E")
    out = io.BytesIO()
    picture().convert("RGBA").save(out, "PNG", pnginfo=info, exif=gps_exif())
    return out.getvalue()


def heic_with_gps() -> bytes:
    out = io.BytesIO()
    picture().save(out, "HEIF", exif=gps_exif().tobytes(), xmp=XMP)
    return out.getvalue()


def png_bomb(side: int = 10_000) -> bytes:
    """A valid grey PNG of side × side pixels, all black: about 100 kB that decodes to side² bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    compressor = zlib.compressobj(9)
    row = b"\x00" * (side + 1)
    idat = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def upload(content: bytes, name: str = "IMG_0001.jpg", content_type: str = "image/jpeg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type=content_type)


def stored_bytes(photo: EvidencePhoto, field: str = "file") -> bytes:
    with private_storage().open(getattr(photo, field).name, "rb") as handle:
        return handle.read()


def assert_no_metadata(data: bytes) -> None:
    image = Image.open(io.BytesIO(data))
    assert not image.getexif(), "EXIF left in the stored photo"
    assert image.getexif().get_ifd(ExifTags.IFD.GPSInfo) == {}
    for key in ("exif", "xmp", "comment", "icc_profile", "Location", "XML:com.adobe.xmp"):
        assert key not in image.info, key
    for marker in (b"Exif\x00", b"GPS", b"SecretCam", b"xmpmeta", b"ns.adobe.com", b"39,54", b"39.9N", b"Location"):
        assert marker not in data, marker


@pytest.fixture(autouse=True)
def english():
    """Messages are checked in English; their Chinese is in the catalogue."""
    with translation.override("en"):
        yield


@pytest.fixture
def private_files(db):
    """Removes the files of photos a test stored (the test's transaction is rolled back, so no delete runs)."""
    before = set(EvidencePhoto.objects.values_list("pk", flat=True))
    yield
    for photo in EvidencePhoto.objects.exclude(pk__in=before):
        for stored in (photo.file, photo.thumbnail):
            if stored:
                private_storage().delete(stored.name)


@pytest.fixture
def held_session(world, make_session, private_files):
    session = make_session(starts_at=timezone.now() - datetime.timedelta(hours=3))
    return services.session_log_held(session=session, user=world["vp"].user, attendance={})


@pytest.fixture
def photo(world, held_session):
    return services.photo_add(session=held_session, user=world["vp"].user, upload=upload(jpeg_with_gps()))


def refusal(error: ValidationError) -> tuple[str, str]:
    return error.error_list[0].code, " ".join(error.messages)


# Cleaning


def test_a_jpeg_with_gps_is_stored_without_any_metadata(world, held_session):
    original = jpeg_with_gps()
    assert b"GPS" in original and Image.open(io.BytesIO(original)).getexif().get_ifd(ExifTags.IFD.GPSInfo)
    photo = services.photo_add(session=held_session, user=world["vp"].user, upload=upload(original))
    data = stored_bytes(photo)
    assert Image.open(io.BytesIO(data)).format == "JPEG"
    assert_no_metadata(data)
    assert_no_metadata(stored_bytes(photo, "thumbnail"))
    assert (photo.content_type, photo.extension, photo.size) == ("image/jpeg", "jpg", len(data))
    assert (photo.width, photo.height) == (320, 200)


def test_the_camera_orientation_is_applied_before_it_is_dropped(world, held_session):
    # Orientation 6: the camera was turned; the picture is stored on its side and shown turned 90° clockwise.
    photo = services.photo_add(session=held_session, user=world["vp"].user, upload=upload(jpeg_with_gps(orientation=6)))
    image = Image.open(io.BytesIO(stored_bytes(photo)))
    assert image.size == (200, 320)
    red, blue = image.getpixel((100, 40)), image.getpixel((100, 280))
    assert red[0] > 200 and red[2] < 60 and blue[2] > 200 and blue[0] < 60


def test_a_png_keeps_its_format_and_loses_its_text_and_exif(world, held_session):
    photo = services.photo_add(
        session=held_session, user=world["vp"].user, upload=upload(png_with_metadata(), "screen.png", "image/png")
    )
    data = stored_bytes(photo)
    assert Image.open(io.BytesIO(data)).format == "PNG" and photo.content_type == "image/png"
    assert photo.file.name.endswith(".png")
    assert_no_metadata(data)


def test_a_heic_photo_is_stored_as_jpeg_without_metadata(world, held_session):
    original = heic_with_gps()
    assert Image.open(io.BytesIO(original)).format == "HEIF"
    photo = services.photo_add(
        session=held_session, user=world["vp"].user, upload=upload(original, "IMG_0002.HEIC", "image/heic")
    )
    data = stored_bytes(photo)
    assert Image.open(io.BytesIO(data)).format == "JPEG" and photo.content_type == "image/jpeg"
    assert photo.file.name.endswith(".jpg")
    assert_no_metadata(data)


def test_a_large_photo_is_scaled_down_and_gets_a_small_thumbnail(world, held_session, settings):
    settings.TRACKING_PHOTO_MAX_EDGE = 1000
    photo = services.photo_add(
        session=held_session, user=world["vp"].user, upload=upload(jpeg_with_gps(size=(3000, 2000)))
    )
    assert Image.open(io.BytesIO(stored_bytes(photo))).size == (1000, 667)
    assert max(Image.open(io.BytesIO(stored_bytes(photo, "thumbnail"))).size) == photos.THUMBNAIL_EDGE


def test_the_stored_name_is_random_and_not_the_uploaded_name(world, held_session):
    first = services.photo_add(
        session=held_session, user=world["vp"].user, upload=upload(jpeg_with_gps(), "张三-学校门口.jpg")
    )
    second = services.photo_add(
        session=held_session, user=world["vp"].user, upload=upload(jpeg_with_gps(), "张三-学校门口.jpg")
    )
    for stored in (first, second):
        assert "张三" not in stored.file.name and "IMG" not in stored.file.name
        assert len(stored.token) == 32 and stored.token in stored.file.name
    assert first.token != second.token


def test_a_text_file_named_jpg_is_refused(world, held_session):
    with pytest.raises(ValidationError) as caught:
        services.photo_add(
            session=held_session, user=world["vp"].user, upload=upload(b"not a photo at all\n" * 20, "photo.jpg")
        )
    code, message = refusal(caught.value)
    assert code == "not_image"
    assert message == "“photo.jpg” is not a JPEG, PNG or HEIC photo."
    assert not held_session.photos.exists()


@pytest.mark.parametrize("kind", ["GIF", "WEBP", "BMP"])
def test_other_image_formats_are_refused(world, held_session, kind):
    out = io.BytesIO()
    picture().save(out, kind)
    with pytest.raises(ValidationError) as caught:
        services.photo_add(session=held_session, user=world["vp"].user, upload=upload(out.getvalue(), "x.jpg"))
    assert refusal(caught.value)[0] == "not_image"


def test_a_truncated_jpeg_is_refused_as_damaged(world, held_session):
    data = jpeg_with_gps(size=(800, 600))
    with pytest.raises(ValidationError) as caught:
        services.photo_add(session=held_session, user=world["vp"].user, upload=upload(data[: len(data) // 2]))
    code, message = refusal(caught.value)
    assert code == "damaged" and "damaged or incomplete" in message


def test_a_file_over_the_size_limit_is_refused(world, held_session, settings):
    settings.TRACKING_PHOTO_MAX_BYTES = 2000
    data = jpeg_with_gps(size=(800, 600))
    assert len(data) > 2000
    with pytest.raises(ValidationError) as caught:
        services.photo_add(session=held_session, user=world["vp"].user, upload=upload(data))
    code, message = refusal(caught.value)
    assert code == "too_large" and "a photo may be at most 2.0\xa0KB" in message


def test_the_default_size_limit_is_ten_megabytes():
    assert photos.max_bytes() == settings.TRACKING_PHOTO_MAX_BYTES == 10 * 1024 * 1024


def test_an_empty_file_is_refused(world, held_session):
    with pytest.raises(ValidationError) as caught:
        services.photo_add(session=held_session, user=world["vp"].user, upload=upload(b""))
    assert refusal(caught.value)[0] == "empty"


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_a_decompression_bomb_is_refused_before_it_is_decoded(world, held_session):
    bomb = png_bomb()
    assert len(bomb) < 200_000 < photos.max_bytes()
    with pytest.raises(ValidationError) as caught:
        services.photo_add(session=held_session, user=world["vp"].user, upload=upload(bomb, "bomb.png"))
    code, message = refusal(caught.value)
    assert code == "too_many_pixels" and "at most 50 million" in message


def test_a_header_claiming_pillows_own_bomb_size_is_refused(world, held_session):
    # 30000² pixels is past Pillow's own hard limit: it refuses to open the file at all.
    with pytest.raises(ValidationError) as caught:
        services.photo_add(
            session=held_session, user=world["vp"].user, upload=upload(png_bomb(side=30_000)[:2000], "b.png")
        )
    assert refusal(caught.value)[0] == "too_many_pixels"


def test_a_session_keeps_at_most_the_set_number_of_photos(world, held_session, settings):
    settings.TRACKING_PHOTOS_PER_SESSION = 2
    for _ in range(2):
        services.photo_add(session=held_session, user=world["vp"].user, upload=upload(jpeg_with_gps()))
    with pytest.raises(ValidationError) as caught:
        services.photo_add(session=held_session, user=world["vp"].user, upload=upload(jpeg_with_gps(), "third.jpg"))
    code, message = refusal(caught.value)
    assert code == "too_many" and "“third.jpg” was not added: a session keeps at most 2 photos" in message
    assert held_session.photos.count() == 2


# Who may add and delete


def test_who_may_add_photos(world, held_session):
    vp, contact = world["vp"].user, world["contact"]
    assert access.can_add_photos(vp, held_session) and access.can_add_photos(contact, held_session)
    for user in (world["other_vp"].user, world["other_contact"], world["regional"], world["trainer"]):
        assert not access.can_add_photos(user, held_session)
        with pytest.raises(PermissionDenied):
            services.photo_add(session=held_session, user=user, upload=upload(jpeg_with_gps()))
    services.session_confirm(session=held_session, user=contact)
    held_session.refresh_from_db()
    # Confirmed: locked for the vice principal, the school can still add.
    assert not access.can_add_photos(vp, held_session) and access.can_add_photos(contact, held_session)
    with pytest.raises(PermissionDenied):
        services.photo_add(session=held_session, user=vp, upload=upload(jpeg_with_gps()))


def test_adding_and_deleting_are_in_the_session_history(world, photo):
    session = photo.session
    entry = ModelLogEntry.objects.for_instance(session).get(action="tracking.photo_add")
    assert entry.user == world["vp"].user and entry.data == {"photo": photo.pk}
    services.photo_delete(photo=photo, user=world["contact"])
    entry = ModelLogEntry.objects.for_instance(session).get(action="tracking.photo_delete")
    assert entry.user == world["contact"]
    assert not EvidencePhoto.objects.filter(pk=photo.pk).exists()


def test_others_cannot_delete_a_photo(world, photo):
    for user in (world["other_vp"].user, world["other_contact"], world["regional"]):
        with pytest.raises(PermissionDenied):
            services.photo_delete(photo=photo, user=user)
    assert EvidencePhoto.objects.filter(pk=photo.pk).exists()


def test_deleting_a_photo_removes_its_files_once_committed(world, photo, django_capture_on_commit_callbacks):
    storage = private_storage()
    names = [photo.file.name, photo.thumbnail.name]
    assert all(storage.exists(name) for name in names)
    with django_capture_on_commit_callbacks(execute=True):
        services.photo_delete(photo=photo, user=world["vp"].user)
    assert not any(storage.exists(name) for name in names)


def test_deleting_a_session_removes_its_photo_files(
    world, make_session, private_files, django_capture_on_commit_callbacks
):
    session = make_session()
    added = services.photo_add(session=session, user=world["vp"].user, upload=upload(jpeg_with_gps()))
    path = Path(private_storage().path(added.file.name))
    assert path.exists()
    with django_capture_on_commit_callbacks(execute=True):
        services.session_delete(session=session, user=world["vp"].user)
    assert not path.exists() and not Path(private_storage().path(added.thumbnail.name)).exists()


# Storage: no public URL, outside MEDIA_ROOT


def test_private_storage_has_no_url_and_lives_outside_media_root(photo):
    storage = private_storage()
    assert isinstance(storage, PrivateFileSystemStorage)
    with pytest.raises(ValueError):
        storage.url(photo.file.name)
    with pytest.raises(ValueError):
        photo.file.url  # noqa: B018
    location, media = Path(storage.location).resolve(), Path(settings.MEDIA_ROOT).resolve()
    assert media not in location.parents and location != media
    stored = Path(storage.path(photo.file.name))
    assert stored.is_file()
    # Readable by the server's own user only.
    assert stored.stat().st_mode & 0o777 == 0o600 and stored.parent.stat().st_mode & 0o777 == 0o700
    assert check_private_storage() == []


@pytest.mark.parametrize("module", ["cms.settings.base", "cms.settings.production"])
def test_every_environment_uses_the_private_storage_class(module, monkeypatch):
    import importlib
    import secrets
    import sys

    # A key the production settings accept (they refuse short and well-known ones).
    monkeypatch.setattr(sys.modules["cms.settings.base"], "SECRET_KEY", secrets.token_urlsafe(50))
    monkeypatch.setenv("WAGTAILADMIN_BASE_URL", "https://safecampus.example.org")
    if module != "cms.settings.base":
        monkeypatch.delitem(sys.modules, module, raising=False)
    config = importlib.import_module(module).STORAGES["private"]
    assert config["BACKEND"] == "tracking.storage.PrivateFileSystemStorage"
    assert settings.STORAGES["private"]["BACKEND"] == "tracking.storage.PrivateFileSystemStorage"


def test_a_private_folder_inside_media_root_fails_the_system_check(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "tracking.storage.PrivateFileSystemStorage",
            "OPTIONS": {"location": Path(settings.MEDIA_ROOT) / "private"},
        },
    }
    assert [error.id for error in check_private_storage()] == ["tracking.E001"]


def test_the_photo_is_not_reachable_under_media_url(client, world, photo):
    client.force_login(world["vp"].user)
    assert client.get(settings.MEDIA_URL + photo.file.name, follow=True).status_code == 404
    page = client.get(reverse("tracking_session_photos", args=[photo.session_id])).content.decode()
    assert settings.MEDIA_URL not in page
    assert photo.token not in page


# The views


def photo_urls(photo: EvidencePhoto) -> dict[str, str]:
    return {
        "photos page": reverse("tracking_session_photos", args=[photo.session_id]),
        "photo": reverse("tracking_photo", args=[photo.pk]),
        "thumbnail": reverse("tracking_photo_thumbnail", args=[photo.pk]),
        "delete": reverse("tracking_photo_delete", args=[photo.pk]),
    }


def test_url_names_and_paths(photo):
    urls = photo_urls(photo)
    assert urls["photos page"] == f"/admin/tracking/sessions/{photo.session_id}/photos/"
    assert urls["photo"] == f"/admin/tracking/photos/{photo.pk}/"


def test_the_vice_principal_sees_thumbnails_and_photos_with_private_headers(client, world, photo):
    client.force_login(world["vp"].user)
    urls = photo_urls(photo)
    page = client.get(urls["photos page"])
    assert page.status_code == 200
    html = page.content.decode()
    assert urls["thumbnail"] in html and urls["photo"] in html and urls["delete"] in html
    assert 'type="file"' in html and 'accept="image/*' in html and "multiple" in html
    for name, content in (("photo", stored_bytes(photo)), ("thumbnail", stored_bytes(photo, "thumbnail"))):
        response = client.get(urls[name])
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == content
        assert response["Content-Type"] == "image/jpeg"
        assert response["Content-Disposition"].startswith("inline")
        assert response["X-Content-Type-Options"] == "nosniff"
        cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
        assert {"private", "no-store"} <= cache_control


@pytest.fixture
def elsewhere_admin(world):
    from cms import roles
    from tests.tracking.conftest import _user

    user = _user("t-region-2", roles.REGIONAL_ADMINS)
    world["other_region"].administrators.add(user)
    return user


def test_people_who_cannot_see_the_session_get_404_on_every_photo_url(client, world, photo, elsewhere_admin):
    urls = photo_urls(photo)
    for user in (world["other_vp"].user, world["other_contact"], elsewhere_admin, world["trainer"]):
        client.force_login(user)
        for name, url in urls.items():
            assert client.get(url, follow=True).status_code == 404, (user, name)
        posted = client.post(urls["photos page"], {"photos": upload(jpeg_with_gps())}, follow=True)
        assert posted.status_code == 404
        assert client.post(urls["delete"], follow=True).status_code == 404
    assert EvidencePhoto.objects.filter(session=photo.session).count() == 1


def test_an_unknown_photo_is_404_even_for_a_superuser(client, admin_user, photo):
    client.force_login(admin_user)
    assert client.get(reverse("tracking_photo", args=[photo.pk + 10_000]), follow=True).status_code == 404
    assert client.get(reverse("tracking_photo", args=[photo.pk])).status_code == 200


def test_the_regional_administrator_views_but_cannot_upload_or_delete(client, world, photo):
    client.force_login(world["regional"])
    urls = photo_urls(photo)
    page = client.get(urls["photos page"])
    assert page.status_code == 200
    html = page.content.decode()
    assert urls["thumbnail"] in html and 'type="file"' not in html and urls["delete"] not in html
    assert client.get(urls["photo"]).status_code == 200
    assert client.get(urls["thumbnail"]).status_code == 200
    assert client.post(urls["photos page"], {"photos": upload(jpeg_with_gps())}).status_code == 403
    assert client.get(urls["delete"]).status_code == 403
    assert client.post(urls["delete"]).status_code == 403
    assert EvidencePhoto.objects.filter(session=photo.session).count() == 1


def test_the_training_department_sees_photos_of_drills_of_its_scenarios_only(
    client, world, make_session, private_files
):
    from tracking.models import SessionKind

    drill = make_session(kind=SessionKind.DRILL)
    drill_photo = services.photo_add(session=drill, user=world["vp"].user, upload=upload(jpeg_with_gps()))
    lecture = make_session(starts_at=timezone.now() + datetime.timedelta(days=5))
    lecture_photo = services.photo_add(session=lecture, user=world["vp"].user, upload=upload(jpeg_with_gps()))
    client.force_login(world["trainer"])
    assert client.get(reverse("tracking_photo", args=[drill_photo.pk])).status_code == 200
    assert client.get(reverse("tracking_photo", args=[lecture_photo.pk]), follow=True).status_code == 404
    posted = client.post(reverse("tracking_session_photos", args=[drill.pk]), {"photos": upload(jpeg_with_gps())})
    assert posted.status_code == 403 and drill.photos.count() == 1


def test_uploading_several_photos_through_the_page(client, world, held_session):
    client.force_login(world["contact"])
    url = reverse("tracking_session_photos", args=[held_session.pk])
    response = client.post(
        url, {"photos": [upload(jpeg_with_gps()), upload(heic_with_gps(), "IMG_2.HEIC", "image/heic")]}
    )
    assert response.status_code == 302 and response["Location"] == url
    assert held_session.photos.count() == 2


def test_a_refused_file_shows_its_message_beside_the_field(client, world, held_session):
    client.force_login(world["vp"].user)
    url = reverse("tracking_session_photos", args=[held_session.pk])
    response = client.post(url, {"photos": [upload(b"plain text", "notes.jpg"), upload(jpeg_with_gps(), "good.jpg")]})
    assert response.status_code == 200
    # In the language the admin is shown in (Chinese by default).
    with translation.override(response.wsgi_request.LANGUAGE_CODE):
        with pytest.raises(ValidationError) as caught:
            photos.clean_upload(upload(b"plain text", "notes.jpg"))
    expected = caught.value.messages
    assert response.context["form"].errors["photos"] == expected
    assert escape(expected[0]) in response.content.decode()
    # The good one was kept and is on the page.
    assert held_session.photos.count() == 1
    assert reverse("tracking_photo_thumbnail", args=[held_session.photos.get().pk]) in response.content.decode()


def test_an_upload_with_no_file_says_so(client, world, held_session):
    client.force_login(world["vp"].user)
    response = client.post(reverse("tracking_session_photos", args=[held_session.pk]), {})
    assert response.status_code == 200 and response.context["form"].errors["photos"]


def test_the_vice_principal_deletes_through_the_confirmation_page(
    client, world, photo, django_capture_on_commit_callbacks
):
    client.force_login(world["vp"].user)
    urls = photo_urls(photo)
    confirm = client.get(urls["delete"])
    assert confirm.status_code == 200 and b'method="POST"' in confirm.content
    assert EvidencePhoto.objects.filter(pk=photo.pk).exists()
    path = Path(private_storage().path(photo.file.name))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(urls["delete"])
    assert response.status_code == 302 and response["Location"] == urls["photos page"]
    assert not EvidencePhoto.objects.filter(pk=photo.pk).exists() and not path.exists()
    assert client.get(urls["photo"], follow=True).status_code == 404


def test_the_session_history_shows_the_photo_entries(client, admin_user, photo):
    client.force_login(admin_user)
    history = client.get(reverse("wagtailsnippets_tracking_session:history", args=[photo.session_id]))
    assert history.status_code == 200
    from wagtail.log_actions import registry

    entry = ModelLogEntry.objects.for_instance(Session.objects.get(pk=photo.session_id)).get(
        action="tracking.photo_add"
    )
    with translation.override(history.wsgi_request.LANGUAGE_CODE):
        message = str(registry.get_formatter(entry).format_message(entry))
    assert message in history.content.decode()


# On a phone


@pytest.mark.browser
def test_the_vice_principal_adds_a_photo_from_a_phone(
    live_demo,  # noqa: F811
    browser,  # noqa: F811
    world,
    make_session,
    private_files,
    artifacts_dir,
    tmp_path,
):
    session = make_session(starts_at=timezone.now() - datetime.timedelta(hours=3))
    services.session_log_held(session=session, user=world["vp"].user, attendance={})
    camera_photo = tmp_path / "IMG_20261125_101500.jpg"
    camera_photo.write_bytes(jpeg_with_gps(orientation=6, size=(1600, 1200)))
    base = live_demo.url

    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN", has_touch=True)
    page = context.new_page()
    admin_login(page, base, "t-vp", "pw-t-vp")
    page.goto(base + reverse("tracking_session_photos", args=[session.pk]))
    assert page.locator(".tracking-no-photos").is_visible()
    file_input = page.locator("form.tracking-photo-upload input[type=file]")
    assert file_input.get_attribute("accept").startswith("image/*")
    file_input.set_input_files(str(camera_photo))
    page.locator("form.tracking-photo-upload button[type=submit]").click()

    thumbnail = page.locator("ul.tracking-photos img").first
    thumbnail.wait_for()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=thumbnail.element_handle())
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    upload_button = page.locator("form.tracking-photo-upload button[type=submit]").bounding_box()
    assert upload_button["height"] >= 44
    page.screenshot(path=artifacts_dir / "tracking-photos-phone.png", full_page=True)

    # The thumbnail the browser loaded came through the checked view, and what is stored has no location.
    src = thumbnail.get_attribute("src")
    stored = EvidencePhoto.objects.get(session=session)
    assert src == reverse("tracking_photo_thumbnail", args=[stored.pk])
    assert_no_metadata(stored_bytes(stored))
    assert (stored.width, stored.height) == (1200, 1600)
    context.close()
