import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from cms import roles
from drills.access import DRILL_AUTHORS, DRILL_REVIEWERS


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
    """A library, its private index and one published scenario (from the factory) in Chinese."""
    from cms.demo import publish
    from drills.factories import DrillLibraryPageFactory, ScenarioIndexPageFactory, ScenarioPageFactory

    library = publish(DrillLibraryPageFactory(parent=homes["zh-hans"], slug="drills"))
    index = publish(ScenarioIndexPageFactory(parent=library, slug="scenarios"))
    scenario = publish(ScenarioPageFactory(parent=index, slug="gate-intruder", title="校门口持械闯入演练"))
    return {"library": library, "index": index, "scenario": scenario}


@pytest.fixture
def people(db):
    return {
        "author": make_user("author", DRILL_AUTHORS, roles.TRAINING_DEPARTMENTS),
        "reviewer": make_user("reviewer", DRILL_REVIEWERS, roles.TRAINING_DEPARTMENTS),
        "vp": make_user("vp", roles.VICE_PRINCIPALS),
        "school": make_user("school", roles.SCHOOL_STAFF),
        "outsider": make_user("outsider", roles.REGIONAL_ADMINS),
    }
