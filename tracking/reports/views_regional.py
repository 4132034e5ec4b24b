"""The regional report in the admin (Reports → Regional report), at /admin/reports/region/ (URL name
`tracking_regional_report`; the table alone at `tracking_regional_report_results`).

Parameters, all optional, in the query string:

- `region`: a 6-digit division code, or `all` for the whole country. Without it, the user's own region (the widest
  they administer), or the country for a superuser.
- `year`: the school year by the year it starts in (2025 = 2025–2026); the current one by default.
- `term` (`autumn` or `spring`) or `month` (1–12, a calendar month of that school year): a part of the year.
- `export` (`csv` or `xlsx`) downloads the main table; with `table=topics`, `months`, `behind` or `without_vp` the
  table of that section instead.

A region outside the user's own (a neighbour, a parent, the country) answers 403 on every URL, page, table or
download alike. A value that cannot be read gives a message beside its field and the report falls back to that
field's default; a download with such a value answers 400 and says why, so a file is never mislabelled.
"""

import datetime
import re
from dataclasses import dataclass, field
from decimal import Decimal

from django import forms
from django.db.models import Q
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.dates import MONTHS
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from tracking import access
from tracking.admin_responses import forbidden
from tracking.exports import FormulaSafeExportMixin
from tracking.models import Appointment, Region, RegionLevel
from tracking.reports import regional
from tracking.reports.periods import AUTUMN, SPRING, TERM_LABELS, Period, SchoolYear, month_index
from tracking.reports.views_common import year_choices

COUNTRY = "all"  # ?region=all: the whole country, for superusers
DIVISION = re.compile(r"^[1-9]\d{5}$")
REGION_SELECT_LIMIT = 400  # more visible regions than this, and the region is typed as a code instead
# Sep … Aug, the order of a school year.
MONTH_ORDER = (9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8)

CHILD_HEADINGS = {
    RegionLevel.PROVINCE: _("By province"),
    RegionLevel.CITY: _("By city"),
    RegionLevel.DISTRICT: _("By district"),
    "school": _("By school"),
}


# --- Parameters -------------------------------------------------------------------------------------------------


def _year_choices() -> list[tuple[int, str]]:
    return [(year.start_year, year.label) for year in year_choices()]


def _region_choices(user) -> list[tuple[str, str]] | None:
    """The regions the user may report on, indented by level, for a select; None when there are too many to list
    (the code is then typed)."""
    regions = access.regions_visible_to(user).order_by("code")
    if regions.count() > REGION_SELECT_LIMIT:
        return None
    indent = {RegionLevel.PROVINCE: "", RegionLevel.CITY: "\u2003", RegionLevel.DISTRICT: "\u2003\u2003"}
    choices = [(COUNTRY, gettext("Whole country"))] if user.is_superuser else []
    choices += [(r.code, f"{indent[r.level]}{r.name} ({r.code})") for r in regions]
    return choices


class ReportParametersForm(forms.Form):
    region = forms.CharField(required=False, max_length=20, label=_("Region"))
    year = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, label=_("School year"))
    term = forms.ChoiceField(
        required=False,
        label=_("Term"),
        choices=[("", _("Whole year")), (AUTUMN, TERM_LABELS[AUTUMN]), (SPRING, TERM_LABELS[SPRING])],
    )
    month = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, label=_("Month"))

    def __init__(self, *args, region_choices: list[tuple[str, str]] | None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = _year_choices()
        self.fields["year"].error_messages["invalid_choice"] = _("Choose a school year from the list.")
        self.fields["term"].error_messages["invalid_choice"] = _("Choose the autumn or the spring term.")
        self.fields["month"].choices = [("", _("Whole term or year"))] + [(m, MONTHS[m]) for m in MONTH_ORDER]
        self.fields["month"].error_messages["invalid_choice"] = _("Choose a month from the list.")
        if region_choices is None:
            self.fields["region"].widget = forms.TextInput(attrs={"inputmode": "numeric", "size": 8})
            self.fields["region"].help_text = _("A 6-digit division code, e.g. 110101.")
        else:
            self.fields["region"].widget = forms.Select(choices=region_choices)

    def clean_region(self):
        value = self.cleaned_data["region"].strip()
        if value and value != COUNTRY and not DIVISION.match(value):
            raise forms.ValidationError(
                _("“%(value)s” is not a division code. Enter its 6 digits, for example 110101."),
                params={"value": value[:20]},
            )
        return value

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("term") and cleaned.get("month"):
            self.add_error("month", _("Choose a term or a month, not both."))
            cleaned.pop("term", None)
        return cleaned


@dataclass
class ReportChoice:
    """What the report shows, read from the query string, and what could not be read."""

    region: str  # as in URLs: a code, or COUNTRY
    scope: "regional.Scope"
    year: SchoolYear
    term: str = ""
    month: int | None = None  # calendar month
    errors: list[str] = field(default_factory=list)
    form: forms.Form | None = None

    @property
    def period(self) -> Period:
        if self.month:
            index = month_index(datetime.date(2000, self.month, 1))
            return Period(self.year, index, index)
        if self.term:
            return Period.term(self.year, self.term)
        return Period.whole_year(self.year)

    @property
    def period_label(self) -> str:
        if self.month:
            first = self.period.first_day
            return gettext("%(year)s school year, %(month)s") % {
                "year": self.year.label,
                "month": date_format(first, "YEAR_MONTH_FORMAT"),
            }
        if self.term:
            return gettext("%(year)s school year, %(term)s") % {"year": self.year.label, "term": TERM_LABELS[self.term]}
        return gettext("%(year)s school year") % {"year": self.year.label}

    def params(self, *, region: str | None = None) -> dict:
        """The query parameters of this report, or of the same period for another region."""
        params = {"region": self.region if region is None else region, "year": self.year.start_year}
        if self.term:
            params["term"] = self.term
        if self.month:
            params["month"] = self.month
        return params

    @property
    def slug(self) -> str:
        """For file names: regional-report-110101-2025[-autumn|-10]."""
        code = self.scope.code or "country"
        part = f"-{self.term}" if self.term else (f"-{self.month:02d}" if self.month else "")
        return f"regional-report-{code}-{self.year.start_year}{part}"


class RegionForbidden(Exception):
    pass


def read_parameters(data, *, user) -> ReportChoice:
    """The report's region and period from `data` (request.GET). Raises RegionForbidden for a region the user may
    not see; any other value that cannot be read falls back to its default, with a message."""
    region_choices = _region_choices(user)
    form = ReportParametersForm(data, region_choices=region_choices)
    form.is_valid()
    cleaned, errors = form.cleaned_data, []
    for name, field_errors in form.errors.items():
        label = form.fields[name].label if name in form.fields else ""
        errors += [f"{label}: {message}" if label else message for message in field_errors]

    region = cleaned.get("region") or ""
    if region and not access.may_see_region_report(user, code="" if region == COUNTRY else region):
        # Before anything else is looked up: a region outside one's own is refused, never replaced by another.
        raise RegionForbidden(region)
    scope = None
    if region:
        try:
            scope = regional.scope_for(code="" if region == COUNTRY else region)
        except Region.DoesNotExist:
            message = gettext("There is no region with the code %(code)s.") % {"code": region}
            form.add_error("region", message)
            errors.append(f"{form.fields['region'].label}: {message}")
            region = ""
    if not region:
        default = access.default_report_region(user)
        region = default or COUNTRY
        scope = regional.scope_for(code=default)

    year = SchoolYear(cleaned.get("year") or SchoolYear.current().start_year)
    choice = ReportChoice(
        region=region,
        scope=scope,
        year=year,
        term=cleaned.get("term") or "",
        month=cleaned.get("month"),
        errors=errors,
    )
    if errors:
        choice.form = form  # as typed, with the messages beside the fields
    else:
        choice.form = ReportParametersForm(initial=choice.params(), region_choices=region_choices)
    return choice


# --- Rows -------------------------------------------------------------------------------------------------------


def _percent(value) -> float | None:
    return None if value is None else round(float(value), 1)


def _shown_percent(value) -> str:
    return "—" if value is None else f"{float(value):.1f}%"


def _figures_row(figures) -> dict:
    return {
        "held": figures.held_sessions,
        "confirmed": figures.confirmed_sessions,
        "attendance": figures.attendance,
        "class_hours": figures.class_hours,
        "drills_measured": figures.drills_measured,
        "drills_passed": figures.drills_passed,
        "pass_rate": _percent(figures.pass_rate),
    }


def _term_cells(terms) -> dict:
    """A row's coverage in each term (of a whole-year report): the count and share, or "Not started" for the file."""
    cells = {}
    for term in terms:
        cells[f"started_{term.term}"] = term.started
        cells[f"covered_{term.term}"] = term.covered if term.started else None
        cells[f"coverage_{term.term}"] = _percent(term.coverage)
        cells[f"coverage_{term.term}_cell"] = _percent(term.coverage) if term.started else gettext("Not started")
    return cells


def _with_query(url: str, query: dict) -> str:
    return url + "?" + urlencode(query)


def school_report_url(school_id: int, *, year: SchoolYear) -> str:
    """Where a school row leads: the school's drill compliance for the year (with links on to its ledgers)."""
    return _with_query(reverse("tracking_drill_compliance_school", args=[school_id]), {"year": year.start_year})


def ledger_url(*, vice_principal_id: int, school_id: int, year: SchoolYear) -> str:
    """The duty ledger of a vice principal at a school for the year."""
    return reverse("tracking_ledger_detail", args=[vice_principal_id, school_id, year.start_year])


def sessions_url(*, vice_principal_id: int, school_id: int, year: SchoolYear) -> str:
    """The session list filtered to a vice principal at a school in a school year (Beijing dates)."""
    query = {
        "school": school_id,
        "vice_principal": vice_principal_id,
        "date_from": year.first_day.isoformat(),
        "date_to": year.last_day.isoformat(),
    }
    return _with_query(reverse("wagtailsnippets_tracking_session:list"), query)


def school_ledgers(*, school_ids, year: SchoolYear) -> dict[int, list[dict]]:
    """For each school, the duty ledgers of the vice principals appointed there during the year, by name."""
    ledgers: dict[int, list[dict]] = {}
    appointments = (
        Appointment.objects.filter(school_id__in=school_ids, start_date__lte=year.last_day)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=year.first_day))
        .order_by("school_id", "vice_principal__name", "vice_principal_id")
        .values_list("school_id", "vice_principal_id", "vice_principal__name")
        .distinct()
    )
    for school_id, vp_id, name in appointments:
        ledgers.setdefault(school_id, []).append(
            {"name": name, "url": ledger_url(vice_principal_id=vp_id, school_id=school_id, year=year)}
        )
    return ledgers


class LedgerLinksColumn(Column):
    cell_template_name = "tracking/reports/ledger_links_cell.html"


class PercentColumn(Column):
    def get_value(self, instance):
        return _shown_percent(super().get_value(instance))


class CoverageColumn(Column):
    """The share of schools with a confirmed session, with the count: `66.7% (2/3)`; for a term of a whole-year
    report (`term`), `not started` while its first day is still to come."""

    def __init__(self, *args, term: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.term = term

    def get_value(self, instance):
        suffix = f"_{self.term}" if self.term else ""
        if self.term and not instance[f"started{suffix}"]:
            return gettext("not started")
        return gettext("%(percent)s (%(covered)s/%(schools)s)") % {
            "percent": _shown_percent(instance[f"coverage{suffix}"]),
            "covered": instance[f"covered{suffix}"],
            "schools": instance["schools"],
        }


# Counted on the day the file is made, whatever its school year or period: the heading gives that day.
WITHOUT_VP_HEADING = _("Schools without a vice principal on %(date)s")
# Each downloadable table: its `?table=` name, and its columns (row key, heading).
FIGURE_EXPORT = [
    ("held", _("Sessions held (incl. awaiting confirmation and disputed)")),
    ("confirmed", _("Sessions confirmed")),
    ("attendance", _("Attendance at confirmed sessions")),
    ("class_hours", _("Class-hours (confirmed)")),
]
EXPORT_TABLES = {
    "": [
        ("code", _("Code")),
        ("name", _("Name")),
        ("level", _("Level")),
        *FIGURE_EXPORT,
        ("schools", _("Schools")),
        ("covered", _("Schools with a confirmed session in the period")),
        ("coverage", _("School coverage in the period (%)")),
        ("drill_due", _("Schools with drills due")),
        ("drill_compliant", _("Schools with every drill held")),
        ("drill_compliance", _("Drill compliance (%)")),
        ("drills_measured", _("Drills timed")),
        ("drills_passed", _("Drills within the targets")),
        ("pass_rate", _("Pass rate (%)")),
        ("behind", _("Vice principals under 4 class-hours in the whole school year (per school)")),
        ("without_vp", WITHOUT_VP_HEADING),
    ],
    "topics": [("topic", _("Topic")), *FIGURE_EXPORT],
    "months": [("month", _("Month")), *FIGURE_EXPORT],
    "behind": [
        ("vice_principal", _("Vice principal")),
        ("school", _("School")),
        ("confirmed_hours", _("Confirmed class-hours")),
        ("missing_hours", _("Class-hours missing")),
    ],
    "without_vp": [("code", _("School identification code")), ("name", _("School")), ("region", _("Region"))],
}
# A whole-year table adds each term's coverage after the period's ("Not started" for a term still to come).
TERM_EXPORT = {
    AUTUMN: [
        (f"covered_{AUTUMN}", _("Schools with a confirmed session in the autumn term")),
        (f"coverage_{AUTUMN}_cell", _("School coverage in the autumn term (%)")),
    ],
    SPRING: [
        (f"covered_{SPRING}", _("Schools with a confirmed session in the spring term")),
        (f"coverage_{SPRING}_cell", _("School coverage in the spring term (%)")),
    ],
}
TERM_COLUMN_LABELS = {AUTUMN: _("Coverage, autumn term"), SPRING: _("Coverage, spring term")}
CHART_BAR_LIMIT = 40  # more sub-regions or schools than this, and their drill compliance is a table only
EXPORT_LIST_LIMIT = 1_000_000  # a download lists every school and vice principal, not the page's first ones


# --- The view ---------------------------------------------------------------------------------------------------


class RegionalReportView(FormulaSafeExportMixin, ReportView):
    template_name = "tracking/reports/regional_report.html"
    results_template_name = "tracking/reports/regional_report_results.html"
    page_title = _("Regional report")
    header_icon = "table"
    index_url_name = "tracking_regional_report"
    index_results_url_name = "tracking_regional_report_results"
    paginate_by = 100
    no_results_message = _("No regions or schools here yet.")
    ORDERINGS = {
        "name": lambda row: row["name"],
        "confirmed": lambda row: row["confirmed"],
        "class_hours": lambda row: row["class_hours"],
        "coverage": lambda row: row["coverage"],
        f"coverage_{AUTUMN}": lambda row: row.get(f"coverage_{AUTUMN}"),
        f"coverage_{SPRING}": lambda row: row.get(f"coverage_{SPRING}"),
        "drill_compliance": lambda row: row["drill_compliance"],
        "behind": lambda row: row["behind"],
    }

    def dispatch(self, request, *args, **kwargs):
        if not access.may_see_region_reports(request.user):
            return self.forbidden(
                gettext("The regional report is for regional administrators. Ask an administrator for access.")
            )
        try:
            self.choice = read_parameters(request.GET, user=request.user)
        except RegionForbidden as refused:
            return self.forbidden(
                gettext("You may not see the report for “%(region)s”: it lies outside the regions you administer.")
                % {"region": str(refused)[:20]}
            )
        self.table_name = request.GET.get("table", "") if self.is_export else ""
        if self.is_export and (self.choice.errors or self.table_name not in EXPORT_TABLES):
            problems = self.choice.errors or [
                gettext("There is no table “%(table)s”.") % {"table": self.table_name[:20]}
            ]
            return HttpResponse("\n".join(problems) + "\n", status=400, content_type="text/plain; charset=utf-8")
        return super().dispatch(request, *args, **kwargs)

    def forbidden(self, message: str) -> TemplateResponse:
        return forbidden(self.request, message)

    @cached_property
    def report(self):
        limit = EXPORT_LIST_LIMIT if self.is_export else 50
        return regional.region_report(scope=self.choice.scope, period=self.choice.period, list_limit=limit)

    # Links ---------------------------------------------------------------------------------------------------

    def report_url(self, region: str, **extra) -> str:
        return reverse(self.index_url_name) + "?" + urlencode({**self.choice.params(region=region), **extra})

    def get_index_results_url(self):
        return reverse(self.index_results_url_name) + "?" + urlencode(self.choice.params())

    def get_export_url(self, format, table: str = ""):
        """Download links carry the parameters as read, so a file is named and filled like the page it came from."""
        extra = {"export": format}
        if table:
            extra["table"] = table
        if self.ordering and not table:
            extra["ordering"] = self.ordering
        return self.report_url(self.choice.region, **extra)

    @cached_property
    def ancestors(self) -> list[dict]:
        """The regions above this one that the user may open, widest first (the country for superusers)."""
        scope = self.choice.scope
        items = []
        if scope.code and access.may_see_region_report(self.request.user, code=""):
            items.append({"url": self.report_url(COUNTRY), "label": gettext("Whole country")})
        if scope.code:
            prefix = scope.prefix
            codes = [prefix[:2] + "0000", prefix[:4] + "00"] if len(prefix) == 6 else [prefix[:2] + "0000"]
            codes = [c for c in dict.fromkeys(codes) if c != scope.code and len(c) == 6]
            for region in Region.objects.filter(code__in=codes).order_by("code"):
                if access.may_see_region_report(self.request.user, code=region.code):
                    items.append({"url": self.report_url(region.code), "label": region.name})
        return items

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            *self.ancestors,
            {"url": "", "label": self.choice.scope.name, "sublabel": self.choice.period_label},
        ]

    def get_page_subtitle(self):
        return self.choice.scope.name

    # Rows ----------------------------------------------------------------------------------------------------

    @cached_property
    def ledgers(self) -> dict[int, list[dict]]:
        if self.report.child_level != regional.SCHOOL:
            return {}
        school_ids = [child.school_id for child in self.report.children]
        return school_ledgers(school_ids=school_ids, year=self.choice.year)

    def child_rows(self) -> list[dict]:
        rows = []
        for child in self.report.children:
            if child.school_id is not None:
                url = school_report_url(child.school_id, year=self.choice.year)
            elif child.region_code:
                url = self.report_url(child.region_code)
            else:
                url = ""
            rows.append(
                {
                    "code": child.code,
                    "name": child.name,
                    "level": str(regional.LEVEL_LABELS.get(child.level, child.level)),
                    "url": url,
                    **_figures_row(child.figures),
                    "schools": child.schools,
                    "covered": child.covered,
                    "coverage": _percent(child.coverage),
                    **_term_cells(child.terms),
                    "drill_due": child.drill_schools_due,
                    "drill_compliant": child.drill_schools_compliant,
                    "drill_compliance": _percent(child.drill_compliance),
                    "behind": child.behind,
                    "without_vp": child.without_vp,
                    "ledgers": self.ledgers.get(child.school_id, []),
                }
            )
        return rows

    def topic_rows(self) -> list[dict]:
        return [{"topic": str(topic), **_figures_row(figures)} for topic, figures in self.report.by_topic]

    def month_rows(self) -> list[dict]:
        return [
            {"month": f"{month:%Y-%m}", "label": date_format(month, "YEAR_MONTH_FORMAT"), **_figures_row(figures)}
            for month, figures in self.report.by_month
        ]

    def behind_rows(self) -> list[dict]:
        """Each row opens the vice principal's duty ledger at the school; a row with no appointment behind it (so no
        ledger, whose page would answer 404) opens the vice principal's sessions at the school in the year instead."""
        year = self.choice.year
        return [
            {
                "vice_principal": row.vice_principal_name,
                "school": row.school_name,
                "school_url": school_report_url(row.school_id, year=year),
                "ledger_url": ledger_url(vice_principal_id=row.vice_principal_id, school_id=row.school_id, year=year)
                if row.appointed
                else "",
                "sessions_url": ""
                if row.appointed
                else sessions_url(vice_principal_id=row.vice_principal_id, school_id=row.school_id, year=year),
                "confirmed_hours": row.confirmed_hours,
                "missing_hours": row.missing_hours,
            }
            for row in self.report.behind
        ]

    def without_vp_rows(self) -> list[dict]:
        return [
            {
                "code": school.code,
                "name": school.name,
                "region": school.region.name,
                "url": reverse("wagtailsnippets_tracking_school:inspect", args=[school.pk]),
            }
            for school in self.report.without_vp
        ]

    def get_queryset(self):
        rows = {
            "": self.child_rows,
            "topics": self.topic_rows,
            "months": self.month_rows,
            "behind": self.behind_rows,
            "without_vp": self.without_vp_rows,
        }[self.table_name]()
        return self.order_queryset(rows) if not self.table_name else rows

    def get_valid_orderings(self):
        return [*self.ORDERINGS, *(f"-{key}" for key in self.ORDERINGS)]

    def order_queryset(self, queryset):
        if not self.ordering:
            return queryset
        key = self.ORDERINGS[self.ordering.lstrip("-")]
        present = [row for row in queryset if key(row) is not None]
        missing = [row for row in queryset if key(row) is None]
        return sorted(present, key=key, reverse=self.ordering.startswith("-")) + missing

    # Columns and exports -------------------------------------------------------------------------------------

    def child_level_label(self) -> str:
        return str(regional.LEVEL_LABELS.get(self.report.child_level, _("Region")))

    @cached_property
    def columns(self):
        number = "regional-report__number"
        columns = [
            TitleColumn(
                "name",
                label=self.child_level_label(),
                get_url=lambda row: row["url"],
                sort_key="name",
                classname="regional-report__name",
            ),
            Column("held", label=_("Held"), classname=number),
            Column("confirmed", label=_("Confirmed"), sort_key="confirmed", classname=number),
            Column("attendance", label=_("Attendance"), classname=number),
            Column("class_hours", label=_("Class-hours"), sort_key="class_hours", classname=number),
            *(
                CoverageColumn(
                    f"coverage_{term}",
                    term=term,
                    label=TERM_COLUMN_LABELS[term],
                    sort_key=f"coverage_{term}",
                    classname=number,
                )
                for term in self.terms
            ),
            CoverageColumn(
                "coverage",
                label=_("Coverage, whole year") if self.terms else _("School coverage"),
                sort_key="coverage",
                classname=number,
            ),
            PercentColumn(
                "drill_compliance", label=_("Drill compliance"), sort_key="drill_compliance", classname=number
            ),
            PercentColumn("pass_rate", label=_("Drill pass rate"), classname=number),
            Column("behind", label=_("Under 4 class-hours"), sort_key="behind", classname=number),
            Column("without_vp", label=_("Without a vice principal today"), classname=number),
        ]
        if self.report.child_level == regional.SCHOOL:
            # Beside the name: the school's vice principals, each opening their duty ledger for the year.
            columns.insert(
                1, LedgerLinksColumn("ledgers", label=_("Duty ledgers"), classname="regional-report__ledgers")
            )
        return columns

    @cached_property
    def terms(self) -> tuple[str, ...]:
        """The terms whose coverage the report gives beside the period's (both, for a whole school year)."""
        return regional.coverage_terms(self.choice.period)

    @cached_property
    def export_columns(self) -> list[tuple[str, str]]:
        columns = list(EXPORT_TABLES[self.table_name])
        if not self.table_name and self.terms:
            at = [key for key, _heading in columns].index("coverage") + 1
            columns[at:at] = [column for term in self.terms for column in TERM_EXPORT[term]]
        return columns

    @property
    def list_export(self):
        return [key for key, _heading in self.export_columns]

    @property
    def export_headings(self):
        headings = dict(self.export_columns)
        if "without_vp" in headings:
            headings["without_vp"] = WITHOUT_VP_HEADING % {"date": self.report.today.isoformat()}
        return headings

    def get_filename(self):
        return self.choice.slug + (f"-{self.table_name.replace('_', '-')}" if self.table_name else "")

    # Page ----------------------------------------------------------------------------------------------------

    def charts(self) -> dict:
        from tracking.reports.charts import bar_chart

        report = self.report
        children = self.report.children
        return {
            "drills": bar_chart(
                title=gettext("Drill compliance against the target"),
                labels=[child.name for child in children],
                values=[_percent(child.drill_compliance) for child in children],
                unit="%",
                target=100,
            )
            # Per school the figure is all or nothing (one school due): the table says it better than bars.
            if 0 < len(children) <= CHART_BAR_LIMIT and self.report.child_level != regional.SCHOOL
            else None,
            "topics": bar_chart(
                title=gettext("Confirmed sessions by topic"),
                labels=[str(topic) for topic, _figures in report.by_topic],
                values=[figures.confirmed_sessions for _topic, figures in report.by_topic],
            )
            if report.by_topic
            else None,
            "months": bar_chart(
                title=gettext("Confirmed sessions by month"),
                labels=[date_format(month, "M") for month, _figures in report.by_month],
                values=[figures.confirmed_sessions for _month, figures in report.by_month],
            ),
        }

    def downloads(self, table: str) -> list[dict]:
        return [
            {"label": gettext("CSV"), "url": self.get_export_url("csv", table)},
            {"label": gettext("XLSX"), "url": self.get_export_url("xlsx", table)},
        ]

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        if self.results_only:
            return context
        report = self.report
        context.update(
            {
                "choice": self.choice,
                "form": self.choice.form,
                "report": report,
                "trail": self.ancestors,
                "child_heading": CHILD_HEADINGS.get(report.child_level, _("By region")),
                "totals": _figures_row(report.totals),
                "coverage": _shown_percent(report.coverage),
                "coverage_terms": [
                    {
                        "label": term.label,
                        "started": term.started,
                        "shown": _shown_percent(term.coverage),
                        "covered": term.covered,
                        "schools": term.schools,
                    }
                    for term in report.terms
                ],
                "drill_compliance": _shown_percent(report.drill_compliance),
                "pass_rate": _shown_percent(report.totals.pass_rate),
                "topic_rows": self.topic_rows(),
                "month_rows": self.month_rows(),
                "drill_rows": self.child_rows(),
                "child_level": self.child_level_label(),
                "ledgers_url": _with_query(
                    reverse("tracking_ledger"), {"year": self.choice.year.start_year, "behind": 1}
                ),
                "behind_rows": self.behind_rows(),
                "without_vp_rows": self.without_vp_rows(),
                "charts": self.charts(),
                "downloads": {name or "regions": self.downloads(name) for name in EXPORT_TABLES},
                "duty_hours": Decimal(4),
            }
        )
        return context
