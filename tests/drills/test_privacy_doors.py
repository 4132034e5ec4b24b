"""Drill scripts stay private whatever anyone does: every door that could make a scenario (or the index holding
them) public, tried by every role, through the admin and through the model API, and what happens when the
privacy setting is removed behind the application's back."""

import logging
from urllib.parse import urlparse

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse
from wagtail.actions.copy_page import CopyPageAction, CopyPagePermissionError
from wagtail.actions.move_page import MovePageAction
from wagtail.models import Locale, Page, PageViewRestriction

from cms import roles
from drills.access import DRILL_REVIEWERS, READER_GROUPS, DrillPrivacyError
from drills.checks import drill_pages_private
from drills.factories import DrillLibraryPageFactory, ScenarioIndexPageFactory, ScenarioPageFactory
from drills.models import ScenarioIndexPage, ScenarioPage
from drills.selectors import drill_pages_exposed, path_is_sealed

ROLES = ["author", "reviewer", "vp", "school", "outsider", "superuser"]
XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


@pytest.fixture
def everyone(people, django_user_model):
    return {**people, "superuser": django_user_model.objects.create_superuser("privacy-root-h7", password="x")}


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def reader_restriction(page) -> PageViewRestriction:
    return PageViewRestriction.objects.filter(page=page).first()


def assert_private(tree, people, scenario=None):
    """Anonymous visitors are sent to sign in, a signed-in outsider is kept out, a vice principal reads."""
    scenario = scenario or tree["scenario"]
    index = scenario.get_parent()
    urls = [index.url, scenario.url, scenario.url + "pack/"]
    anonymous, outsider = Client(), signed_in(people["outsider"])
    for url in urls:
        response = anonymous.get(url)
        assert response.status_code == 302 and urlparse(response["Location"]).path.endswith("/_util/login/"), url
        assert outsider.get(url).status_code == 302, url
    assert signed_in(people["vp"]).get(scenario.url).status_code == 200
    assert path_is_sealed(path=index.path) and path_is_sealed(path=scenario.path)
    assert not drill_pages_exposed().filter(pk__in=[index.pk, scenario.pk]).exists()


def raw_delete_restrictions(page) -> None:
    """What someone with a database shell might do: no model, no signal, no admin."""
    ids = list(PageViewRestriction.objects.filter(page=page).values_list("pk", flat=True))
    placeholders = ", ".join(["%s"] * len(ids))
    groups_table = PageViewRestriction.groups.through._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {groups_table} WHERE pageviewrestriction_id IN ({placeholders})", ids)
        cursor.execute(f"DELETE FROM {PageViewRestriction._meta.db_table} WHERE id IN ({placeholders})", ids)


# --- the privacy dialog ----------------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["index", "scenario"])
@pytest.mark.parametrize("role", ROLES)
def test_the_privacy_dialog_cannot_make_drill_pages_public(drill_tree, everyone, role, which):
    page = drill_tree[which]
    url = reverse("wagtailadmin_pages:set_privacy", args=[page.pk])
    client = signed_in(everyone[role])
    outsiders = Group.objects.get(name=roles.REGIONAL_ADMINS)
    attempts = [
        {"restriction_type": "none"},
        {"restriction_type": "login"},
        {"restriction_type": "password", "password": "letmein"},
        {"restriction_type": "groups", "groups": [outsiders.pk]},
    ]
    if role == "outsider":
        # Outside the reader groups the drill pages do not exist in the admin (drills.admin_visibility); the
        # language middleware sends an unknown path to its /zh-hans/ twin, which is not found either.
        assert client.get(url, follow=True, **XHR).status_code == 404
        for data in attempts:
            assert client.post(url, data, follow=True, **XHR).status_code == 404
    elif role != "superuser":
        assert client.get(url, **XHR).status_code == 403
        # Without the XHR header the admin turns the refusal into a redirect with a message.
        assert client.get(url).status_code == 302
        for data in attempts:
            assert client.post(url, data, **XHR).status_code == 403
    else:
        html = client.get(url, **XHR).json()["html"]
        assert 'value="groups"' in html and 'value="login"' not in html and 'value="password"' not in html
        assert outsiders.name not in html
        # The index has no "public" choice; a scenario's "no setting of its own" inherits the index's.
        assert ('value="none"' in html) is (which == "scenario")
        for data in attempts[1:] + ([attempts[0]] if which == "index" else []):
            response = client.post(url, data, **XHR)
            assert response.json()["step"] == "set_privacy", data  # the form comes back with an error
    index_restriction = reader_restriction(drill_tree["index"])
    assert index_restriction.restriction_type == PageViewRestriction.GROUPS
    assert set(index_restriction.groups.values_list("name", flat=True)) == set(READER_GROUPS)
    assert_private(drill_tree, everyone)


@pytest.mark.parametrize("which", ["index", "scenario"])
@pytest.mark.parametrize("role", ROLES)
def test_only_a_superuser_sees_the_change_privacy_button(drill_tree, everyone, role, which):
    page = drill_tree[which]
    client = signed_in(everyone[role])
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    if role in ("vp", "school", "outsider"):
        assert response.status_code == 302  # no edit access at all
        return
    assert response.status_code == 200
    assert ('data-a11y-dialog-show="set-privacy"' in response.content.decode()) is (role == "superuser")


def test_a_superuser_may_narrow_the_reader_groups_but_only_among_them(client, drill_tree, everyone):
    client.force_login(everyone["superuser"])
    url = reverse("wagtailadmin_pages:set_privacy", args=[drill_tree["index"].pk])
    kept = Group.objects.filter(name__in=[roles.VICE_PRINCIPALS, DRILL_REVIEWERS])
    response = client.post(url, {"restriction_type": "groups", "groups": [g.pk for g in kept]}, **XHR)
    assert response.json()["step"] == "set_privacy_done"
    assert set(reader_restriction(drill_tree["index"]).groups.all()) == set(kept)
    assert signed_in(everyone["vp"]).get(drill_tree["scenario"].url).status_code == 200
    assert signed_in(everyone["school"]).get(drill_tree["scenario"].url).status_code == 302

    # On a scenario a superuser may add a narrower setting and take it off again; the index's still covers it.
    scenario_url = reverse("wagtailadmin_pages:set_privacy", args=[drill_tree["scenario"].pk])
    vice_principals = Group.objects.get(name=roles.VICE_PRINCIPALS)
    client.post(scenario_url, {"restriction_type": "groups", "groups": [vice_principals.pk]}, **XHR)
    assert reader_restriction(drill_tree["scenario"]) is not None
    assert client.post(scenario_url, {"restriction_type": "none"}, **XHR).json()["step"] == "set_privacy_done"
    assert reader_restriction(drill_tree["scenario"]) is None
    assert_private(drill_tree, everyone)


# --- the privacy setting through the model API -----------------------------------------------------------


def _delete(restriction):
    restriction.delete()


def _queryset_delete(restriction):
    PageViewRestriction.objects.filter(pk=restriction.pk).delete()


def _to_login(restriction):
    restriction.restriction_type = PageViewRestriction.LOGIN
    restriction.save()


def _to_password(restriction):
    restriction.restriction_type, restriction.password = PageViewRestriction.PASSWORD, "letmein"
    restriction.save()


def _add_outsiders(restriction):
    restriction.groups.add(Group.objects.get(name=roles.REGIONAL_ADMINS))


def _add_from_the_group_side(restriction):
    Group.objects.get(name=roles.REGIONAL_ADMINS).pageviewrestriction_set.add(restriction)


def _another_kind_on_a_scenario(restriction):
    scenario = ScenarioPage.objects.child_of(restriction.page).first()
    PageViewRestriction(page=scenario, restriction_type=PageViewRestriction.LOGIN).save()


@pytest.mark.parametrize(
    "change",
    [
        _delete,
        _queryset_delete,
        _to_login,
        _to_password,
        _add_outsiders,
        _add_from_the_group_side,
        _another_kind_on_a_scenario,
    ],
)
def test_no_code_path_can_relax_the_index_privacy(drill_tree, people, change):
    with pytest.raises(DrillPrivacyError), transaction.atomic():
        change(reader_restriction(drill_tree["index"]))
    assert_private(drill_tree, people)


def test_deleting_the_index_takes_its_privacy_setting_with_it(homes):
    # An index of its own: the demo's scenarios are kept by the drill sessions that ran them.
    from cms.demo import publish

    library = DrillLibraryPageFactory(parent=homes["zh-hans"], slug="doomed-library-h7")
    index = ScenarioIndexPageFactory(parent=library, slug="doomed-index-h7")
    index.save_revision().publish()
    scenario = publish(ScenarioPageFactory(parent=index, slug="doomed-scenario", title="即将删除的演练"))
    restriction_pk = reader_restriction(index).pk
    Page.objects.get(pk=index.pk).delete()
    assert not PageViewRestriction.objects.filter(pk=restriction_pk).exists()
    assert not ScenarioPage.objects.filter(pk=scenario.pk).exists()


# --- moving -------------------------------------------------------------------------------------------------


@pytest.fixture
def second_index(homes, drill_tree):
    library = DrillLibraryPageFactory(parent=homes["zh-hans"], slug="second-library-h7")
    index = ScenarioIndexPageFactory(parent=library, slug="second-index-h7")
    index.save_revision().publish()
    return index


@pytest.mark.parametrize("role", ROLES)
def test_no_one_can_move_a_scenario_out_of_a_private_index_in_the_admin(homes, drill_tree, everyone, role):
    scenario = drill_tree["scenario"]
    client = signed_in(everyone[role])
    for destination in (homes["zh-hans"], drill_tree["library"]):
        client.post(reverse("wagtailadmin_pages:move_confirm", args=[scenario.pk, destination.pk]))
        assert Page.objects.get(pk=scenario.pk).get_parent().pk == drill_tree["index"].pk
        assert not scenario.permissions_for_user(everyone[role]).can_move_to(destination)
    assert_private(drill_tree, everyone)


@pytest.mark.parametrize("role", ROLES)
def test_moving_a_scenario_between_private_indexes_is_for_superusers_and_stays_private(
    drill_tree, second_index, everyone, role
):
    scenario = drill_tree["scenario"]
    signed_in(everyone[role]).post(reverse("wagtailadmin_pages:move_confirm", args=[scenario.pk, second_index.pk]))
    moved = ScenarioPage.objects.get(pk=scenario.pk)
    # Moving a live page publishes it at the destination, which only superusers may do.
    assert (moved.get_parent().pk == second_index.pk) is (role == "superuser")
    assert_private(drill_tree, everyone, scenario=moved)


@pytest.mark.parametrize("where", ["home", "library", "beside the index", "root"])
def test_code_cannot_move_a_scenario_out_of_a_private_index(homes, drill_tree, people, where):
    scenario = drill_tree["scenario"]
    target, pos = {
        "home": (homes["zh-hans"], "last-child"),
        "library": (drill_tree["library"], "last-child"),
        "beside the index": (drill_tree["index"], "right"),
        "root": (Page.get_first_root_node(), "last-child"),
    }[where]
    with pytest.raises(DrillPrivacyError):
        Page.objects.get(pk=scenario.pk).move(target, pos=pos)
    with pytest.raises(DrillPrivacyError):
        MovePageAction(Page.objects.get(pk=scenario.pk), target, pos=pos).execute(skip_permission_checks=True)
    assert ScenarioPage.objects.get(pk=scenario.pk).get_parent().pk == drill_tree["index"].pk
    assert_private(drill_tree, people)


def test_an_index_keeps_its_privacy_wherever_code_moves_it(homes, drill_tree, people):
    Page.objects.get(pk=drill_tree["index"].pk).move(homes["zh-hans"], pos="last-child")
    moved = ScenarioPage.objects.get(pk=drill_tree["scenario"].pk)
    assert moved.get_parent().get_parent().pk == homes["zh-hans"].pk
    assert_private(drill_tree, people, scenario=moved)


# --- copying, aliases and translations ----------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_no_one_can_copy_a_scenario_or_the_index_to_a_public_place_in_the_admin(homes, drill_tree, everyone, role):
    client = signed_in(everyone[role])
    for which, slug in (("scenario", "copied-scenario-h7"), ("index", "copied-index-h7")):
        for alias in (False, True):
            data = {
                "new_title": "复制的演练",
                "new_slug": slug,
                "new_parent_page": homes["zh-hans"].pk,
                "publish_copies": "on",
                "copy_subpages": "on",
            }
            if alias:
                data["alias"] = "on"
            client.post(reverse("wagtailadmin_pages:copy", args=[drill_tree[which].pk]), data)
            assert not Page.objects.filter(slug=slug).exists(), (which, alias)
    # Nor create one there.
    response = client.post(f"/admin/pages/add/drills/scenariopage/{homes['zh-hans'].pk}/", {"title": "x"})
    assert response.status_code in (302, 403)
    assert not ScenarioPage.objects.child_of(homes["zh-hans"]).exists()
    assert_private(drill_tree, everyone)


@pytest.mark.parametrize("role", ROLES)
def test_the_copy_action_refuses_every_role_a_public_destination(homes, drill_tree, everyone, role):
    for keep_live in (False, True):
        action = CopyPageAction(
            Page.objects.get(pk=drill_tree["scenario"].pk),
            to=homes["zh-hans"],
            update_attrs={"slug": "action-copy-h7", "title": "复制"},
            keep_live=keep_live,
            user=everyone[role],
        )
        with pytest.raises((CopyPagePermissionError, DrillPrivacyError)):
            action.execute()
    assert not ScenarioPage.objects.filter(slug="action-copy-h7").exists()


@pytest.mark.parametrize("destination", ["home", "library"])
def test_code_cannot_copy_or_alias_a_scenario_outside_an_index(homes, drill_tree, people, destination):
    to = homes["zh-hans"] if destination == "home" else drill_tree["library"]
    scenario = ScenarioPage.objects.get(pk=drill_tree["scenario"].pk)
    with pytest.raises(DrillPrivacyError):
        scenario.copy(to=to, update_attrs={"slug": "code-copy-h7"}, keep_live=True)
    with pytest.raises(DrillPrivacyError):
        scenario.create_alias(parent=to, update_slug="code-alias-h7")
    with pytest.raises(DrillPrivacyError):
        to.add_child(instance=ScenarioPageFactory.build(slug="code-new-h7", live=True))
    assert not Page.objects.filter(slug__in=["code-copy-h7", "code-alias-h7", "code-new-h7"]).exists()


def test_copies_of_the_index_or_the_library_are_private_from_birth(homes, drill_tree, people):
    index_copy = Page.objects.get(pk=drill_tree["index"].pk).copy(
        to=homes["zh-hans"], update_attrs={"slug": "index-copy-h7"}, recursive=True, keep_live=True
    )
    library_copy = Page.objects.get(pk=drill_tree["library"].pk).copy(
        to=homes["zh-hans"], update_attrs={"slug": "library-copy-h7"}, recursive=True, keep_live=True
    )
    for top in (index_copy, library_copy):
        scenario = ScenarioPage.objects.descendant_of(top).get(slug=drill_tree["scenario"].slug)
        assert scenario.live
        assert_private(drill_tree, people, scenario=scenario)
    assert library_copy.specific.get_workflow() is not None


def test_translations_of_scenarios_and_indexes_are_private_from_birth(homes, drill_tree, people):
    english = Locale.objects.get(language_code="en")
    scenario = ScenarioPage.objects.get(pk=drill_tree["scenario"].pk)
    translated = scenario.copy_for_translation(english, copy_parents=True).specific
    index = translated.get_parent().specific
    assert isinstance(index, ScenarioIndexPage) and index.locale == english
    assert path_is_sealed(path=index.path) and path_is_sealed(path=translated.path)
    assert not translated.live and not drill_pages_exposed().filter(pk__in=[index.pk, translated.pk]).exists()


# --- publishing outside a private index, and a setting removed behind the application's back ------------------


def test_with_its_setting_gone_from_the_database_nothing_is_served_found_or_published(
    client, drill_tree, people, caplog
):
    index, scenario = drill_tree["index"], drill_tree["scenario"]
    raw_delete_restrictions(index)
    assert set(drill_pages_exposed().values_list("pk", flat=True)) >= {index.pk, scenario.pk}

    with caplog.at_level(logging.ERROR, logger="drills.views"):
        for who in (None, "outsider", "vp", "author"):
            visitor = Client() if who is None else signed_in(people[who])
            for url in (index.url, scenario.url, scenario.url + "pack/"):
                response = visitor.get(url)
                assert response.status_code == 503, (who, url)
                assert scenario.title not in response.content.decode()
                assert "no-store" in response["Cache-Control"]
    assert "drills_secure" in caplog.text

    html = client.get("/zh-hans/search/", {"q": "持械闯入"}).content.decode()
    assert scenario.title not in html
    assert "如何获得访问权限" in client.get(drill_tree["library"].url).content.decode()
    assert "打开演练脚本" not in signed_in(people["vp"]).get(drill_tree["library"].url).content.decode()

    # Nothing under the index can go live until its privacy is back.
    with pytest.raises(DrillPrivacyError):
        ScenarioPageFactory(parent=index, slug="while-open-h7").save_revision().publish()

    call_command("drills_secure", stdout=open("/dev/null", "w"))
    assert_private(drill_tree, people)


def test_a_setting_changed_by_a_queryset_update_fails_closed(drill_tree, people):
    PageViewRestriction.objects.filter(page=drill_tree["index"]).update(restriction_type=PageViewRestriction.LOGIN)
    for who in ("outsider", "vp"):
        assert signed_in(people[who]).get(drill_tree["scenario"].url).status_code == 503
    call_command("drills_secure", stdout=open("/dev/null", "w"))
    assert_private(drill_tree, people)


def test_the_system_check_fails_loudly_and_drills_secure_repairs(drill_tree, caplog):
    assert drill_pages_private(databases=None) == []  # like Django's own, only when asked for a database
    assert not [e for e in drill_pages_private(databases=["default"]) if e.id == "drills.E001"]

    raw_delete_restrictions(drill_tree["index"])
    errors = [e for e in drill_pages_private(databases=["default"]) if e.id == "drills.E001"]
    named = " ".join(e.msg for e in errors)
    assert f"id {drill_tree['index'].pk}," in named and f"id {drill_tree['scenario'].pk}," in named
    assert all("drills_secure" in e.hint for e in errors)
    with pytest.raises(SystemCheckError, match="drills.E001"):
        call_command("check", "--database", "default", stdout=open("/dev/null", "w"), stderr=open("/dev/null", "w"))

    from cms.startup import report_database_checks

    with caplog.at_level(logging.WARNING, logger="cms.startup"):
        report_database_checks()
    critical = [r for r in caplog.records if r.name == "cms.startup" and r.levelno == logging.CRITICAL]
    assert any("drills.E001" in r.getMessage() for r in critical)

    call_command("drills_secure", stdout=open("/dev/null", "w"))
    assert not [e for e in drill_pages_private(databases=["default"]) if e.id == "drills.E001"]


def test_drills_secure_unpublishes_a_scenario_that_raw_sql_put_outside_every_index(homes, drill_tree, people):
    scenario = drill_tree["scenario"]
    home = homes["zh-hans"]
    # Re-parent the row by hand, as only raw SQL could.
    new_path = home.path + "ZZZZ"  # the last child position a page tree would ever hand out
    with connection.cursor() as cursor:
        cursor.execute("UPDATE wagtailcore_page SET path = %s, depth = %s WHERE id = %s", [new_path, 3, scenario.pk])
    assert Client().get(f"{home.url}{scenario.slug}/").status_code == 503  # routed by the tree, now below home
    call_command("drills_secure", stdout=open("/dev/null", "w"), stderr=open("/dev/null", "w"))
    assert not ScenarioPage.objects.get(pk=scenario.pk).live
