"""The "schedule this" action: a vice principal starts a session from the lesson, topic or drill scenario it will
use. The session add view reads ?lesson=, ?topic= or ?scenario= to fill the form in."""

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.widgets import Button

from cms.page_actions import PageAction
from courses.models import LessonPage, TopicPage
from drills.models import ScenarioPage
from tracking import access

PARAMETERS = ((LessonPage, "lesson"), (TopicPage, "topic"), (ScenarioPage, "scenario"))


def _page_class(page):
    # From the page's content type, so explorer rows (plain Page objects) cost no query each.
    return page.specific_class or type(page)


def schedule_url(page) -> str | None:
    """The session add view, prefilled from `page`, or None for a page sessions are not scheduled from."""
    page_class = _page_class(page)
    for cls, parameter in PARAMETERS:
        if issubclass(page_class, cls):
            return f"{reverse('wagtailsnippets_tracking_session:add')}?{parameter}={page.pk}"
    return None


def label_for(page) -> str:
    if issubclass(_page_class(page), ScenarioPage):
        return _("Schedule this drill")
    return _("Schedule a lecture on this")


def schedules_sessions(user) -> bool:
    """Only vice principals schedule their own sessions (services.session_schedule). Asked once per page row in
    the explorer, so the answer is kept on the user object for the request."""
    if "_schedules_sessions" not in user.__dict__:
        user.__dict__["_schedules_sessions"] = access.vice_principal_of(user) is not None
    return user.__dict__["_schedules_sessions"]


def schedule_this_actions(*, request, page) -> list[PageAction]:
    url = schedule_url(page)
    if url is None or not schedules_sessions(request.user):
        return []
    return [PageAction(label=label_for(page), url=url, classname="secondary schedule-this")]


def schedule_this_buttons(page, user) -> list[Button]:
    """The same action in the admin's page explorer (listing and header buttons)."""
    url = schedule_url(page)
    if url is None or not schedules_sessions(user):
        return []
    return [Button(label_for(page), url=url, icon_name="calendar-alt", priority=60)]
