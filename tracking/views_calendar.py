"""The month calendar of the sessions a user may see, at /admin/tracking/calendar/?month=2026-11 (URL name
`tracking_calendar`). On a wide screen a month grid; on a phone the same days as an agenda list."""

import calendar
import datetime
import re

from django.urls import NoReverseMatch, reverse, reverse_lazy
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from tracking import access, selectors
from tracking.models import Session

MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


def session_admin_url(session: Session) -> str:
    """Where a session's details are read in the admin: its inspect page (its edit page while the session
    viewset has no inspect view)."""
    try:
        return reverse("wagtailsnippets_tracking_session:inspect", args=[session.pk])
    except NoReverseMatch:
        return reverse("wagtailsnippets_tracking_session:edit", args=[session.pk])


def parse_month(raw: str | None) -> tuple[datetime.date, str | None]:
    """The first day of the month `raw` names (YYYY-MM), or of this Beijing month with a message saying why."""
    today = timezone.localdate()
    this_month = today.replace(day=1)
    if not raw:
        return this_month, None
    match = MONTH.match(raw.strip())
    if match:
        year, month = int(match[1]), int(match[2])
        if 1900 <= year <= 2100 and 1 <= month <= 12:
            return datetime.date(year, month, 1), None
    return this_month, gettext("“%(value)s” is not a month. Use the form YYYY-MM, for example %(example)s.") % {
        "value": raw[:20],
        "example": this_month.strftime("%Y-%m"),
    }


def shift_month(first: datetime.date, months: int) -> datetime.date:
    index = first.year * 12 + first.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


class CalendarView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "tracking/admin/calendar.html"
    page_title = _("Session calendar")
    header_icon = "calendar-alt"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        first, error = parse_month(self.request.GET.get("month"))
        by_day = selectors.month_sessions(
            access.sessions_visible_to(self.request.user), year=first.year, month=first.month
        )
        today = timezone.localdate()
        weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
        days = [
            {
                "date": day,
                "in_month": day.month == first.month,
                "is_today": day == today,
                "sessions": [{"session": s, "url": session_admin_url(s)} for s in by_day.get(day, [])]
                if day.month == first.month
                else [],
            }
            for week in weeks
            for day in week
        ]
        previous, following = shift_month(first, -1), shift_month(first, 1)
        context.update(
            {
                "month_error": error,
                "month_title": date_format(first, "YEAR_MONTH_FORMAT"),
                "days": days,
                "weekday_names": [date_format(week_day, "D") for week_day in weeks[0]],
                "session_count": sum(len(v) for v in by_day.values()),
                "previous_url": f"?month={previous:%Y-%m}",
                "previous_label": date_format(previous, "YEAR_MONTH_FORMAT"),
                "next_url": f"?month={following:%Y-%m}",
                "next_label": date_format(following, "YEAR_MONTH_FORMAT"),
                "this_month_url": f"?month={today:%Y-%m}",
            }
        )
        return context


class CalendarMenuItem(MenuItem):
    def is_shown(self, request):
        return access.has_tracking_role(request.user)


class CalendarMenu(ViewSet):
    """The calendar's entry in the Tracking menu group (see TrackingViewSetGroup.items). Its URL comes from the
    register_admin_urls hook, under the plain name `tracking_calendar`, so the viewset adds none."""

    name = "tracking_calendar"
    icon = "calendar-alt"
    menu_label = _("Calendar")
    menu_name = "tracking-calendar"
    menu_item_class = CalendarMenuItem

    @property
    def menu_url(self):
        return reverse_lazy("tracking_calendar")

    def get_urlpatterns(self):
        return []
