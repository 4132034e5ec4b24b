""" "Schedule this" on lesson, topic and drill scenario pages: only for vice principals, linking to the session add
view with the page named, and never cached publicly."""

import re

import pytest
from django.urls import resolve, reverse
from wagtail import hooks

from courses.models import LessonPage
from tracking.page_actions import schedule_url


@pytest.fixture
def pages(world):
    topic = world["topic"]
    return {
        "lesson": LessonPage.objects.live().child_of(topic).first(),
        "topic": topic,
        "scenario": world["scenario"],
    }


def add_url(parameter: str, page) -> str:
    return f"{reverse('wagtailsnippets_tracking_session:add')}?{parameter}={page.pk}"


def schedule_links(html: str) -> list[str]:
    return re.findall(r'<a class="button secondary schedule-this" href="([^"]+)"', html)


@pytest.mark.parametrize("kind", ["lesson", "topic", "scenario"])
def test_a_vice_principal_gets_the_button_with_the_page_named(client, world, pages, kind):
    page = pages[kind]
    client.force_login(world["vp"].user)
    response = client.get(page.url)
    assert response.status_code == 200
    assert schedule_links(response.content.decode()) == [add_url(kind, page).replace("&", "&amp;")]
    assert "private" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


def test_the_link_names_the_session_add_view(pages):
    # Who may open that form, and how it fills itself in from ?lesson=, is the sessions viewset's business.
    match = resolve(schedule_url(pages["lesson"]).split("?")[0])
    assert match.view_name == "wagtailsnippets_tracking_session:add"
    assert schedule_url(pages["lesson"].page_ptr) == add_url("lesson", pages["lesson"])


@pytest.mark.parametrize("kind", ["lesson", "topic"])
def test_anonymous_visitors_get_no_button_and_a_cacheable_page_that_varies_by_cookie(client, pages, kind):
    response = client.get(pages[kind].url)
    assert response.status_code == 200
    assert schedule_links(response.content.decode()) == []
    assert "private" not in response.get("Cache-Control", "")
    assert "Cookie" in response["Vary"]


@pytest.mark.parametrize("who", ["contact", "regional", "trainer"])
def test_other_signed_in_users_get_no_button_and_a_private_page(client, world, pages, who):
    client.force_login(world[who])
    for kind in ("lesson", "topic", "scenario"):
        response = client.get(pages[kind].url)
        if response.status_code != 200:  # the drill scripts are for their reader groups only
            assert kind == "scenario"
            continue
        assert schedule_links(response.content.decode()) == [], (who, kind)
        assert "private" in response["Cache-Control"], (who, kind)


def test_the_page_explorer_offers_the_same_action_to_vice_principals(world, pages):
    lesson = pages["lesson"]
    listing = [fn(lesson, world["vp"].user) for fn in hooks.get_hooks("register_page_listing_buttons")]
    urls = [button.url for buttons in listing for button in (buttons or []) if hasattr(button, "url")]
    assert add_url("lesson", lesson) in urls
    header = [fn(lesson, world["vp"].user, "edit") for fn in hooks.get_hooks("register_page_header_buttons")]
    assert add_url("lesson", lesson) in [b.url for buttons in header for b in (buttons or []) if hasattr(b, "url")]
    for fn in hooks.get_hooks("register_page_listing_buttons"):
        for button in fn(lesson, world["contact"]) or []:
            assert getattr(button, "url", "") != add_url("lesson", lesson)


def test_other_pages_have_no_schedule_url(homes):
    assert schedule_url(homes["zh-hans"] if isinstance(homes, dict) else homes[0]) is None
