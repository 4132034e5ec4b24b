"""The production settings refuse to start without the site's public address, which e-mails, calendar feeds and
the QR code on every certificate link to."""

import importlib
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured


def load_production(monkeypatch, base_url: str | None):
    monkeypatch.setattr(sys.modules["cms.settings.base"], "SECRET_KEY", "a-long-random-secret-for-this-test")
    if base_url is None:
        monkeypatch.delenv("WAGTAILADMIN_BASE_URL", raising=False)
    else:
        monkeypatch.setenv("WAGTAILADMIN_BASE_URL", base_url)
    monkeypatch.delitem(sys.modules, "cms.settings.production", raising=False)
    return importlib.import_module("cms.settings.production")


@pytest.mark.parametrize("base_url", [None, "", "http://127.0.0.1:8000", "http://localhost", "not a url"])
def test_a_missing_or_local_address_is_refused(monkeypatch, base_url):
    with pytest.raises(ImproperlyConfigured, match="WAGTAILADMIN_BASE_URL"):
        load_production(monkeypatch, base_url)


def test_the_public_address_is_used(monkeypatch):
    production = load_production(monkeypatch, "https://safecampus.example.org")
    assert production.WAGTAILADMIN_BASE_URL == "https://safecampus.example.org"
