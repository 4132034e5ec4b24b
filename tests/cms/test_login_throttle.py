"""Sign-in throttling: five wrong passwords lock one username at one address, on every sign-in door."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

PASSWORD = "lockout-test-password"
SCHOOL_ADDRESS = "10.20.30.40"
OTHER_ADDRESS = "10.20.30.41"

ADMIN_DOOR = "/admin/login/"
FRONT_DOOR = "/zh-hans/_util/login/"
DOORS = [ADMIN_DOOR, FRONT_DOOR]


def make_user(username: str, *, superuser: bool = False, admin_access: bool = False):
    user = get_user_model().objects.create_user(username=username, password=PASSWORD, is_superuser=superuser)
    if admin_access:
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        )
    return user


@pytest.fixture
def teacher(db):
    return make_user("lockout-teacher")


@pytest.fixture
def colleague(db):
    return make_user("lockout-colleague")


@pytest.fixture
def superuser(db):
    return make_user("lockout-superuser", superuser=True)


@pytest.fixture
def editor(db):
    """Signs in to the admin, but is no superuser."""
    return make_user("lockout-editor", admin_access=True)


def sign_in(client, door, username, password, address=SCHOOL_ADDRESS, **extra):
    return client.post(door, {"username": username, "password": password}, REMOTE_ADDR=address, **extra)


def signed_in_as(client):
    user_id = client.session.get("_auth_user_id")
    return get_user_model().objects.get(pk=user_id).username if user_id else None


def lock_out(client, door, username, address=SCHOOL_ADDRESS, tries=5, **extra):
    for _ in range(tries):
        response = sign_in(client, door, username, "wrong-password", address, **extra)
    return response


def attempts_of(username):
    return AccessAttempt.objects.filter(username=username)


@pytest.mark.parametrize("door", DOORS)
def test_thirty_wrong_passwords_then_the_right_one_is_refused(client, homes, teacher, door):
    statuses = [sign_in(client, door, teacher.username, f"guess-{n}").status_code for n in range(30)]
    # The form answers the first four; the fifth wrong password locks, and so does every try after it.
    assert statuses[:4] == [200] * 4
    assert statuses[4:] == [429] * 26

    response = sign_in(client, door, teacher.username, PASSWORD)
    assert response.status_code == 429
    assert signed_in_as(client) is None
    # Trying while locked does not push the end of the lockout back: the count stopped at the limit.
    assert sum(attempts_of(teacher.username).values_list("failures_since_start", flat=True)) == 5


@pytest.mark.parametrize("door", DOORS)
def test_a_lockout_holds_one_username_at_one_address(client, homes, teacher, colleague, door):
    assert lock_out(client, door, teacher.username).status_code == 429

    # A colleague behind the same school address signs in.
    response = sign_in(client, door, colleague.username, PASSWORD)
    assert response.status_code == 302
    assert signed_in_as(client) == colleague.username
    client.logout()

    # The same teacher from home signs in.
    response = sign_in(client, door, teacher.username, PASSWORD, address=OTHER_ADDRESS)
    assert response.status_code == 302
    assert signed_in_as(client) == teacher.username
    client.logout()

    # And at school the lockout still holds.
    assert sign_in(client, door, teacher.username, PASSWORD).status_code == 429


def test_the_lockout_is_shared_by_both_doors(client, homes, teacher):
    lock_out(client, FRONT_DOOR, teacher.username)
    assert sign_in(client, ADMIN_DOOR, teacher.username, PASSWORD).status_code == 429
    assert signed_in_as(client) is None


def test_the_lockout_ends_after_the_cool_off(client, homes, teacher):
    lock_out(client, ADMIN_DOOR, teacher.username)

    attempts_of(teacher.username).update(attempt_time=timezone.now() - timedelta(minutes=29))
    assert sign_in(client, ADMIN_DOOR, teacher.username, PASSWORD).status_code == 429

    attempts_of(teacher.username).update(attempt_time=timezone.now() - timedelta(minutes=31))
    response = sign_in(client, ADMIN_DOOR, teacher.username, PASSWORD)
    assert response.status_code == 302
    assert signed_in_as(client) == teacher.username


def test_a_successful_sign_in_forgets_earlier_failures(client, homes, teacher):
    lock_out(client, FRONT_DOOR, teacher.username, tries=4)
    assert sign_in(client, FRONT_DOOR, teacher.username, PASSWORD).status_code == 302
    assert not attempts_of(teacher.username).exists()
    client.logout()
    # Four more mistakes are four, not eight.
    assert lock_out(client, FRONT_DOOR, teacher.username, tries=4).status_code == 200


def test_test_client_login_still_works(client, teacher):
    """Django's test client signs in without a request; the test settings let it past the lockout check."""
    assert client.login(username=teacher.username, password=PASSWORD)
    assert not client.login(username=teacher.username, password="wrong-password")


# The lockout page


def test_lockout_page_in_english(client, homes, teacher):
    response = lock_out(client, "/en/_util/login/", teacher.username)
    assert response.status_code == 429
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert 'class="site-header"' in html  # the site's own look
    assert "Sign-in paused" in html
    assert f"“{teacher.username}” from this address ({SCHOOL_ADDRESS})" in html
    until = timezone.localtime(AccessAttempt.objects.get(username=teacher.username).attempt_time) + timedelta(
        minutes=30
    )
    assert f"Try again after {until:%Y-%m-%d %H:%M} (in 29\xa0minutes" in html or (
        f"Try again after {until:%Y-%m-%d %H:%M} (in 30\xa0minutes" in html
    )
    assert "ask an administrator to unlock" in html
    assert 1700 <= int(response["Retry-After"]) <= 1800
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


def test_lockout_page_in_chinese_by_default(client, homes, teacher):
    response = lock_out(client, FRONT_DOOR, teacher.username)
    assert response.status_code == 429
    html = response.content.decode()
    assert '<html lang="zh-hans">' in html
    assert 'class="site-header"' in html
    assert teacher.username in html and SCHOOL_ADDRESS in html
    until = timezone.localtime(AccessAttempt.objects.get(username=teacher.username).attempt_time) + timedelta(
        minutes=30
    )
    assert f"{until:%Y-%m-%d %H:%M}" in html


def test_admin_door_lockout_page_follows_the_browser_language(client, homes, teacher):
    zh = lock_out(client, ADMIN_DOOR, teacher.username)
    assert '<html lang="zh-hans">' in zh.content.decode()
    en = sign_in(client, ADMIN_DOOR, teacher.username, PASSWORD, HTTP_ACCEPT_LANGUAGE="en")
    assert en.status_code == 429
    assert '<html lang="en">' in en.content.decode() and "Sign-in paused" in en.content.decode()


def test_lockout_page_escapes_the_username(client, homes):
    response = lock_out(client, "/en/_util/login/", "<b>lockout-x</b>")
    assert response.status_code == 429
    html = response.content.decode()
    assert "<b>lockout-x</b>" not in html and "&lt;b&gt;lockout-x&lt;/b&gt;" in html


def test_without_a_cool_off_only_an_administrator_unlocks(client, homes, teacher, settings):
    settings.AXES_COOLOFF_TIME = None
    response = lock_out(client, "/en/_util/login/", teacher.username)
    assert response.status_code == 429
    assert "until an administrator unlocks" in response.content.decode()
    assert "Retry-After" not in response
    attempts_of(teacher.username).update(attempt_time=timezone.now() - timedelta(days=30))
    assert sign_in(client, FRONT_DOOR, teacher.username, PASSWORD).status_code == 429


# Unlocking in Wagtail's admin

LOCKOUTS = "/admin/sign_in_lockouts/"


def test_superuser_finds_and_lifts_a_lockout(client, homes, teacher, colleague, superuser):
    # Four mistakes in one browser and a fifth in another: axes adds both records up, and unlocking lifts both.
    lock_out(client, FRONT_DOOR, teacher.username, tries=4)
    assert sign_in(client, FRONT_DOOR, teacher.username, "wrong", HTTP_USER_AGENT="Another browser").status_code == 429
    lock_out(client, FRONT_DOOR, teacher.username, address=OTHER_ADDRESS, tries=2)
    lock_out(client, FRONT_DOOR, colleague.username, tries=1)
    assert attempts_of(teacher.username).filter(ip_address=SCHOOL_ADDRESS).count() == 2

    client.force_login(superuser)
    listing = client.get(LOCKOUTS)
    assert listing.status_code == 200
    html = listing.content.decode()
    assert teacher.username in html and colleague.username in html

    narrowed = client.get(LOCKOUTS, {"username": "teacher", "ip_address": SCHOOL_ADDRESS}).content.decode()
    assert teacher.username in narrowed and colleague.username not in narrowed and OTHER_ADDRESS not in narrowed
    searched = client.get(LOCKOUTS + "results/", {"q": "colleague"}).content.decode()
    assert colleague.username in searched and teacher.username not in searched
    # A filter value that is no address gets a message beside the filter, not a server error.
    refused = client.get(LOCKOUTS, {"ip_address": "not-an-address"})
    assert refused.status_code == 200
    assert "ip_address" in refused.context["filters"].form.errors

    record = attempts_of(teacher.username).filter(ip_address=SCHOOL_ADDRESS).first()
    unlock_url = reverse("sign_in_lockouts:delete", args=[record.pk])
    assert unlock_url in html
    assert client.get(unlock_url).status_code == 200
    response = client.post(unlock_url)
    assert response.status_code == 302
    assert not attempts_of(teacher.username).filter(ip_address=SCHOOL_ADDRESS).exists()
    # Other addresses and other users keep their records.
    assert attempts_of(teacher.username).filter(ip_address=OTHER_ADDRESS).exists()
    assert attempts_of(colleague.username).exists()
    assert ModelLogEntry.objects.filter(
        action="wagtail.delete", user=superuser, label=f"{teacher.username} @ {SCHOOL_ADDRESS}"
    ).exists()
    history = client.get(reverse("wagtailadmin_reports:site_history"))
    assert history.status_code == 200 and f"{teacher.username} @ {SCHOOL_ADDRESS}" in history.content.decode()

    client.logout()
    assert sign_in(client, FRONT_DOOR, teacher.username, PASSWORD).status_code == 302
    assert signed_in_as(client) == teacher.username


def test_lockouts_sit_in_the_settings_menu_for_superusers_only(client, homes, superuser, editor):
    client.force_login(superuser)
    assert LOCKOUTS in client.get("/admin/").content.decode()
    client.force_login(editor)
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    assert LOCKOUTS not in dashboard.content.decode()


def test_every_lockout_url_refuses_a_non_superuser(client, homes, teacher, editor):
    lock_out(client, FRONT_DOOR, teacher.username)
    record = attempts_of(teacher.username).get()
    client.force_login(editor)
    unlock_url = reverse("sign_in_lockouts:delete", args=[record.pk])
    for url in (LOCKOUTS, LOCKOUTS + "results/", unlock_url):
        # Wagtail's admin answers a refusal with 403 to scripts, and sends a person to the dashboard with a message.
        assert client.get(url, HTTP_X_REQUESTED_WITH="XMLHttpRequest").status_code == 403, url
        refused = client.get(url)
        assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home"), url
    assert client.post(unlock_url, HTTP_X_REQUESTED_WITH="XMLHttpRequest").status_code == 403
    assert client.post(unlock_url).status_code == 302
    assert attempts_of(teacher.username).exists()


def test_lockout_records_cannot_be_added_or_edited(client, homes, teacher, superuser):
    lock_out(client, FRONT_DOOR, teacher.username)
    record = attempts_of(teacher.username).get()
    client.force_login(superuser)
    for url in (LOCKOUTS + "new/", f"{LOCKOUTS}edit/{record.pk}/", f"{LOCKOUTS}delete/{record.pk}/"):
        assert client.get(url, follow=True).status_code == 404, url


def test_lockout_permissions_are_not_offered_to_groups(client, homes, superuser):
    client.force_login(superuser)
    html = client.get(reverse("wagtailusers_groups:add")).content.decode()
    assert "accessattempt" not in html.lower()


# The old Django admin is gone


def test_django_admin_is_gone(client, superuser):
    client.force_login(superuser)
    # Unknown paths are tried under the language prefix first, where no page answers either.
    assert client.get("/django-admin/", follow=True).status_code == 404
    assert client.get("/django-admin/login/", follow=True).status_code == 404


# The address a sign-in comes from


def address_of(rf, settings, *, proxies, forwarded=None, peer="172.16.0.5", header="X-Forwarded-For"):
    from cms.selectors import client_ip_address

    settings.TRUSTED_PROXY_COUNT = proxies
    settings.CLIENT_IP_HEADER = header
    meta = {"REMOTE_ADDR": peer}
    if forwarded is not None:
        meta["HTTP_" + header.upper().replace("-", "_")] = forwarded
    return client_ip_address(rf.get("/", **meta))


def test_without_trusted_proxies_the_forwarded_header_is_ignored(rf, settings):
    assert address_of(rf, settings, proxies=0, forwarded="203.0.113.9") == "172.16.0.5"


def test_behind_trusted_proxies_the_address_they_appended_counts(rf, settings):
    # The client sent "1.2.3.4" itself; the one proxy appended the address it really came from.
    assert address_of(rf, settings, proxies=1, forwarded="1.2.3.4, 203.0.113.9") == "203.0.113.9"
    assert address_of(rf, settings, proxies=2, forwarded="1.2.3.4, 203.0.113.9, 10.0.0.2") == "203.0.113.9"
    assert address_of(rf, settings, proxies=1, forwarded="2001:db8::1", header="X-Real-IP") == "2001:db8::1"


def test_a_header_that_did_not_come_through_the_proxies_is_not_believed(rf, settings):
    assert address_of(rf, settings, proxies=1) == "172.16.0.5"
    assert address_of(rf, settings, proxies=2, forwarded="203.0.113.9") == "172.16.0.5"
    assert address_of(rf, settings, proxies=1, forwarded="not-an-address") == "172.16.0.5"


def test_behind_a_proxy_each_client_address_is_locked_apart(client, homes, teacher, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.2"
    lock_out(client, FRONT_DOOR, teacher.username, address=proxy, HTTP_X_FORWARDED_FOR=SCHOOL_ADDRESS)
    assert attempts_of(teacher.username).get().ip_address == SCHOOL_ADDRESS
    response = sign_in(
        client, FRONT_DOOR, teacher.username, PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR=OTHER_ADDRESS
    )
    assert response.status_code == 302
