"""The dashboard panel that greets each tracking role with what needs them (added by the
construct_homepage_panels hook in tracking.wagtail_hooks)."""

from django.template.loader import render_to_string
from wagtail.admin.ui.components import Component

from tracking import access, selectors
from tracking.models import Appointment, School, SessionStatus
from tracking.reports.ledger import ledgers_for, vice_principal_ledgers
from tracking.reports.periods import SchoolYear
from tracking.reports.views_ledger import ledger_row
from tracking.views_calendar import session_admin_url

# Enough to act on from the dashboard; the sessions list has the rest.
SHOWN = 5


def _links(sessions) -> list[dict]:
    return [{"session": s, "url": session_admin_url(s)} for s in sessions]


def vice_principal_summary(user, vice_principal) -> dict:
    mine = (
        access.sessions_visible_to(user)
        .filter(vice_principal=vice_principal)
        .select_related("school", "topic", "scenario")
    )
    return {
        "upcoming": _links(selectors.upcoming(mine)[:SHOWN]),
        "unconfirmed": _links(selectors.awaiting_confirmation(mine)[:SHOWN]),
        "disputed": _links(selectors.disputed(mine)[:SHOWN]),
        "ledger": ledger_summary(vice_principal_ledgers(vice_principal=vice_principal, year=SchoolYear.current())),
        "certificates": certificate_summary(vice_principal),
    }


def certificate_summary(vice_principal) -> dict:
    """The vice principal's latest certificates in force, each with its download (or verification) link."""
    from tracking import certify

    certificates = list(certify.vice_principal_certificates(vice_principal)[: SHOWN + 1])
    return {
        "rows": [{"certificate": c, "url": certify.certificate_url(c)} for c in certificates[:SHOWN]],
        "more": len(certificates) > SHOWN,
        "list_url": certify.certificate_list_url(),
    }


def ledger_summary(ledgers) -> dict:
    """The current school year's duty ledgers, as progress rows linking to each ledger (two queries in all)."""
    return {"year": SchoolYear.current(), "rows": [ledger_row(ledger) for ledger in ledgers]}


def school_contact_summary(user, schools: list[School]) -> dict:
    awaiting = list(
        selectors.awaiting_confirmation(
            access.sessions_visible_to(user)
            .filter(school__in=schools)
            .select_related("school", "vice_principal", "topic", "scenario")
        )[: SHOWN + 1]
    )
    ledgers = ledgers_for(Appointment.objects.filter(school__in=schools), SchoolYear.current())
    return {"awaiting": _links(awaiting[:SHOWN]), "more": len(awaiting) > SHOWN, "ledger": ledger_summary(ledgers)}


def regional_summary(user, regions: list) -> dict:
    in_region = access.sessions_visible_to(user).filter(school__region__in=regions)
    return {
        "regions": regions,
        "schools": School.objects.filter(region__in=regions).count(),
        "counts": [
            {"status": value, "label": label, "count": count}
            for (value, label), count in zip(
                SessionStatus.choices, selectors.status_counts(in_region).values(), strict=True
            )
        ],
    }


class TrackingPanel(Component):
    name = "tracking"
    template_name = "tracking/admin/dashboard_panel.html"
    # Above Wagtail's own panels: for these users, their sessions are why they open the admin.
    order = 50

    class Media:
        css = {"all": ["tracking/dashboard.css", "tracking/ledger.css"]}

    def __init__(self, *, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        # Which roles the user holds, one query each; then only the summaries they need.
        user = self.user
        vice_principal = access.vice_principal_of(user)
        schools = list(School.objects.filter(contacts=user))
        regions = list(access.regions_visible_to(user)) if not user.is_superuser else []
        return {
            "vice_principal": vice_principal and vice_principal_summary(user, vice_principal),
            "school_contact": schools and school_contact_summary(user, schools),
            "regional": regions and regional_summary(user, regions),
        }

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context)
        if not any(context[k] for k in ("vice_principal", "school_contact", "regional")):
            return ""
        return render_to_string(self.template_name, context)
