import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission


def make_user(username: str, *groups: str):
    user = get_user_model().objects.create_user(username=username, password="pw-" + username)
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    for name in groups:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        user.groups.add(group)
    return user


@pytest.fixture
def drill_tree(homes):
    """The demo's Chinese library and private index, and one more published scenario (from the factory)."""
    from cms.demo import publish
    from drills.factories import ScenarioPageFactory
    from drills.models import DrillLibraryPage, ScenarioIndexPage

    library = DrillLibraryPage.objects.get(locale__language_code="zh-hans")
    index = ScenarioIndexPage.objects.get(locale__language_code="zh-hans")
    scenario = publish(ScenarioPageFactory(parent=index, slug="gate-intruder", title="校门口持械闯入演练"))
    return {"library": library, "index": index, "scenario": scenario}


@pytest.fixture
def people(db):
    """The demo accounts by role; `outsider` is signed in but outside the drill reader groups."""
    users = get_user_model().objects.in_bulk(["author", "reviewer", "vp", "school", "region"], field_name="username")
    return {
        "author": users["author"],
        "reviewer": users["reviewer"],
        "vp": users["vp"],
        "school": users["school"],
        "outsider": users["region"],
    }
