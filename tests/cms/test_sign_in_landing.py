"""Signing in on the front end without ?next= ends somewhere useful, never on /accounts/profile/."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

PASSWORD = "landing-test-password"


@pytest.fixture
def reader(db):
    return get_user_model().objects.create_user(username="landing-reader", password=PASSWORD)


@pytest.fixture
def staff(db):
    user = get_user_model().objects.create_user(username="landing-staff", password=PASSWORD)
    user.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    return user


def sign_in(client, door, user, **data):
    return client.post(door, {"username": user.username, "password": PASSWORD, **data}, follow=True)


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_a_reader_lands_on_the_home_page_in_their_language(client, homes, reader, language):
    response = sign_in(client, f"/{language}/_util/login/", reader)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == homes[language].url
    assert response.context["page"].pk == homes[language].pk


def test_someone_who_may_use_the_admin_lands_on_the_dashboard(client, homes, staff):
    response = sign_in(client, "/zh-hans/_util/login/", staff)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/admin/"


def test_next_still_wins(client, homes, reader):
    response = sign_in(client, "/en/_util/login/", reader, next="/en/search/")
    assert response.redirect_chain[0][0] == "/en/search/"


def test_the_landing_sends_a_visitor_who_is_not_signed_in_home(client, homes):
    response = client.get("/en/_util/signed-in/")
    assert response.status_code == 302 and response["Location"] == homes["en"].url
