"""The session's copy of the demo (tests/db_snapshot.py) gives the demo back exactly, after any change."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from wagtail.models import Page

from tracking.models import Session


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_restoring_gives_the_demo_back_exactly():
    before = connection.creation.serialize_db_to_string()
    assert Page.objects.filter(depth__gte=3).exists()

    get_user_model().objects.create_user("snapshot-newcomer", password="x")
    Page.objects.filter(depth__gte=3).update(title="改过的标题")
    Session.objects.filter(pk__in=Session.objects.order_by("pk").values("pk")[:20]).delete()
    assert connection.creation.serialize_db_to_string() != before

    connection.creation.deserialize_db_from_string(connection._test_serialized_contents)
    assert connection.creation.serialize_db_to_string() == before
    assert not get_user_model().objects.filter(username="snapshot-newcomer").exists()
