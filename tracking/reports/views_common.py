"""What the report pages share: reading the school year from the query string, and the years offered."""

import re

from django.utils.translation import gettext

from tracking.reports.periods import SchoolYear

YEAR = re.compile(r"^\s*(\d{4})\s*$")
YEARS_BACK = 9  # the years offered: this one and the nine before it
FIRST_YEAR = 2000


def parse_year(raw: str | None) -> tuple[SchoolYear, str | None]:
    """The school year `raw` names by its first calendar year (2025 for 2025–2026), or this one with a message."""
    current = SchoolYear.current()
    if not raw:
        return current, None
    match = YEAR.match(raw)
    if match and FIRST_YEAR <= int(match[1]) <= current.start_year + 1:
        return SchoolYear(int(match[1])), None
    return current, gettext("“%(value)s” is not a school year; showing %(year)s.") % {
        "value": raw[:20],
        "year": current.label,
    }


def year_choices(selected: SchoolYear | None = None) -> list[SchoolYear]:
    """This school year and the few before it (and `selected`, if older), newest first."""
    current = SchoolYear.current()
    years = {SchoolYear(current.start_year - back) for back in range(YEARS_BACK + 1)}
    if selected is not None:
        years.add(selected)
    return sorted(years, reverse=True)
