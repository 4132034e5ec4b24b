"""Media on S3-compatible object storage, with the storages exactly as the production settings build them from the
environment, against moto's in-process S3 (no server runs here): public media get plain URLs, evidence photos and
certificate ZIPs land in the private bucket with no public grant, and any URL made for them is signed and expires."""

from urllib.parse import parse_qs, urlsplit

import moto
import pytest
from django.core.files.base import ContentFile
from django.utils.module_loading import import_string

from tests.cms.test_scaleout_settings import load

ENV = {
    "AWS_STORAGE_BUCKET_NAME": "safecampus-media",
    "AWS_PRIVATE_STORAGE_BUCKET_NAME": "safecampus-private",
    "AWS_S3_REGION_NAME": "us-east-1",
}
ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers"


@pytest.fixture
def buckets(monkeypatch):
    """The two storages of the production settings, on freshly made buckets in moto's S3."""
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, "testing")
    monkeypatch.delenv("AWS_S3_ENDPOINT_URL", raising=False)
    configured = load(["STORAGES"], **ENV)["STORAGES"]
    with moto.mock_aws():
        import boto3

        s3 = boto3.client("s3", region_name="us-east-1")
        for bucket in (ENV["AWS_STORAGE_BUCKET_NAME"], ENV["AWS_PRIVATE_STORAGE_BUCKET_NAME"]):
            s3.create_bucket(Bucket=bucket)
        made = {
            alias: import_string(configured[alias]["BACKEND"])(**configured[alias]["OPTIONS"])
            for alias in ("default", "private")
        }
        yield s3, made


def test_an_evidence_photo_round_trips_through_the_private_bucket(buckets):
    s3, storages = buckets
    private = storages["private"]
    name = private.save("sessions/7/0123456789abcdef0123456789abcdef.jpg", ContentFile(b"\xff\xd8photo\xff\xd9"))

    with private.open(name, "rb") as handle:
        assert handle.read() == b"\xff\xd8photo\xff\xd9"
    head = s3.head_object(Bucket="safecampus-private", Key=name)
    assert head["CacheControl"] == "private, no-store"
    grants = s3.get_object_acl(Bucket="safecampus-private", Key=name)["Grants"]
    assert all(grant["Grantee"].get("URI") != ALL_USERS for grant in grants)
    assert [grant["Permission"] for grant in grants] == ["FULL_CONTROL"]  # the owner's, nobody else's
    # Nothing of it in the public bucket.
    assert s3.list_objects_v2(Bucket="safecampus-media").get("KeyCount") == 0

    url = urlsplit(private.url(name))
    query = parse_qs(url.query)
    assert url.hostname.startswith("safecampus-private") or url.path.startswith("/safecampus-private/")
    assert query["X-Amz-Expires"] == ["300"] and "X-Amz-Signature" in query

    # A second upload under the same name never replaces the first.
    again = private.save(name, ContentFile(b"other"))
    assert again != name
    private.delete(name)
    assert not private.exists(name) and private.exists(again)


def test_public_media_get_plain_cacheable_urls(buckets):
    s3, storages = buckets
    public = storages["default"]
    name = public.save("original_images/lesson.png", ContentFile(b"\x89PNG"))
    assert name == "original_images/lesson.png"
    assert s3.get_object(Bucket="safecampus-media", Key="media/" + name)["Body"].read() == b"\x89PNG"
    assert s3.head_object(Bucket="safecampus-media", Key="media/" + name)["CacheControl"] == "public, max-age=86400"
    url = urlsplit(public.url(name))
    assert url.path.endswith("/media/original_images/lesson.png") and url.query == ""
