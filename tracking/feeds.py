"""Each vice principal's private calendar feed (iCalendar, RFC 5545), which phone calendars subscribe to, and the
admin page that shows its address and makes a new one.

The URL's secret token is the only key: whoever has the link sees the owner's schedule (times, schools, topics),
so the feed carries nothing about students and no attendance, and "new link" revokes the old one at once."""

import datetime
import zoneinfo
from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView
from icalendar import Calendar, Event
from wagtail.admin import messages
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from tracking import access, notifications, selectors, services
from tracking.models import Session, SessionStatus, VicePrincipal

ICAL_STATUS = {
    SessionStatus.SCHEDULED: "TENTATIVE",
    SessionStatus.HELD: "CONFIRMED",
    SessionStatus.CONFIRMED: "CONFIRMED",
    SessionStatus.DISPUTED: "CONFIRMED",
    SessionStatus.CANCELLED: "CANCELLED",
    SessionStatus.VOIDED: "CANCELLED",
}


def uid_host() -> str:
    """The domain in every event's UID: the site's own, from settings, so UIDs never change with the host name a
    phone happened to use."""
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "safecampus.invalid"


def session_uid(session: Session) -> str:
    return f"session-{session.pk}@{uid_host()}"


def _event(session: Session, *, beijing: zoneinfo.ZoneInfo, stamp: datetime.datetime) -> Event:
    event = Event()
    event.add("uid", session_uid(session))
    # When the information last changed (RFC 5545 3.8.7.2 for a feed without METHOD), not the time of download,
    # so an unchanged event reads the same on every refresh.
    changed = session.latest_revision.created_at if session.latest_revision else session.created_at
    event.add("dtstamp", (changed or stamp).astimezone(datetime.UTC))
    event.add("last-modified", (changed or stamp).astimezone(datetime.UTC))
    event.add("dtstart", timezone.localtime(session.starts_at, beijing))
    event.add("dtend", timezone.localtime(session.ends_at, beijing))
    event.add("summary", session.display_title)
    school = session.school
    event.add("location", f"{school.name}, {school.address}" if school.address else school.name)
    event.add(
        "description",
        "\n".join(
            [
                _("Kind: %(kind)s") % {"kind": session.get_kind_display()},
                _("Status: %(status)s") % {"status": session.get_status_display()},
                _("School: %(school)s") % {"school": school.name},
                notifications.admin_url(session),
            ]
        ),
    )
    event.add("url", notifications.admin_url(session))
    event.add("status", ICAL_STATUS[SessionStatus(session.status)])
    event.add("sequence", max(session.version - 1, 0))
    event.add("class", "PRIVATE")
    return event


def build_calendar(vice_principal: VicePrincipal, *, now: datetime.datetime | None = None) -> Calendar:
    now = now or timezone.now()
    beijing = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    calendar = Calendar()
    calendar.add("prodid", "-//SafeCampus//Session tracking//ZH")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _("%(name)s: sessions (SafeCampus)") % {"name": vice_principal.name})
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    # How often a subscribed calendar should fetch again (RFC 7986, and the older name Outlook and iOS read).
    calendar.add("refresh-interval", datetime.timedelta(hours=1), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT1H")
    sessions = selectors.calendar_window(access.calendar_sessions(vice_principal), now=now)
    for session in sessions:
        calendar.add_component(_event(session, beijing=beijing, stamp=now))
    # Asia/Shanghai has kept UTC+8 without daylight saving since 1991, so a short span describes it fully.
    calendar.add_missing_timezones(first_date=datetime.date(1992, 1, 1), last_date=datetime.date(2100, 1, 1))
    return calendar


@require_safe
def calendar_feed(request, token: str):
    """The feed behind /tracking/calendar/<token>.ics; an unknown or revoked token is a plain 404."""
    owner = access.calendar_feed_owner(token)
    if owner is None:
        raise Http404
    # A phone's calendar sends no useful language: the feed speaks its owner's admin language.
    with translation.override(notifications.language_of(owner.user)):
        body = build_calendar(owner).to_ical()
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    response["Content-Disposition"] = 'inline; filename="safecampus.ics"'
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


def feed_urls(request, vice_principal: VicePrincipal) -> dict[str, str]:
    https = request.build_absolute_uri(
        reverse("tracking:calendar_feed", kwargs={"token": vice_principal.calendar_token})
    )
    return {"https": https, "webcal": "webcal://" + https.split("://", 1)[1]}


class CalendarFeedView(WagtailAdminTemplateMixin, TemplateView):
    """The vice principal's own feed: its address to copy or subscribe to, phone instructions, and "new link".
    Anyone else gets a 403 page saying that only vice principals have a feed."""

    template_name = "tracking/admin/calendar_feed.html"
    page_title = gettext_lazy("Calendar feed")
    header_icon = "calendar-alt"

    def dispatch(self, request, *args, **kwargs):
        self.vice_principal = access.vice_principal_of(request.user)
        if self.vice_principal is None:
            self.template_name = "tracking/admin/calendar_feed_none.html"
            return self.render_to_response(self.get_context_data(), status=403)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return super().get_breadcrumbs_items() + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.vice_principal is not None:
            context["vice_principal"] = self.vice_principal
            context["feed"] = feed_urls(self.request, self.vice_principal)
        return context

    def post(self, request, *args, **kwargs):
        if request.POST.get("confirm") != "yes":
            # The first press only asks: every phone subscribed to the old link stops updating.
            return self.render_to_response(self.get_context_data(confirming=True))
        services.calendar_token_renew(vice_principal=self.vice_principal)
        messages.success(
            request,
            _("Here is your new link. The old one no longer works: subscribe again with this one on every phone."),
        )
        return redirect("tracking_calendar_feed")
