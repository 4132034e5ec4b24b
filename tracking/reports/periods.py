"""School years, terms and months in Beijing time, which is what every ledger and report counts by.

A school year runs from 1 September 00:00 to 31 August 24:00 Beijing time and is named by the year it starts in
(2025 → 2025–2026). Terms: autumn from September to January, spring from February to July; August is the summer
holiday and belongs to no term. Months are numbered from 0 (September) to 11 (August) inside a school year, which
is also their bit in the rollups' month masks.
"""

import datetime
import zoneinfo
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

DUTY_CLASS_HOURS = 4  # Order No. 52: at least 4 class-hours of law education a year at each school

AUTUMN = "autumn"
SPRING = "spring"
TERMS = {AUTUMN: (0, 4), SPRING: (5, 10)}  # month indexes, inclusive: Sep–Jan, Feb–Jul
TERM_LABELS = {AUTUMN: _("Autumn term"), SPRING: _("Spring term")}

# Kindergartens drill once a quarter: the school year's quarters, as month indexes (Sep–Nov, Dec–Feb, Mar–May,
# Jun–Aug).
QUARTERS = ((0, 1, 2), (3, 4, 5), (6, 7, 8), (9, 10, 11))


def beijing() -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def local_today() -> datetime.date:
    return timezone.localtime(timezone.now(), beijing()).date()


def month_index(day: datetime.date) -> int:
    """0 for September … 11 for August."""
    return (day.month - 9) % 12


def month_of(start_year: int, index: int) -> datetime.date:
    """The first day of month `index` (0 = September) of the school year starting in `start_year`."""
    month = (index + 8) % 12 + 1
    return datetime.date(start_year if month >= 9 else start_year + 1, month, 1)


def mask_of(indexes) -> int:
    result = 0
    for index in indexes:
        result |= 1 << index
    return result


@dataclass(frozen=True, order=True)
class SchoolYear:
    start_year: int

    @classmethod
    def of(cls, day: datetime.date) -> "SchoolYear":
        return cls(day.year if day.month >= 9 else day.year - 1)

    @classmethod
    def current(cls) -> "SchoolYear":
        return cls.of(local_today())

    @property
    def first_day(self) -> datetime.date:
        return datetime.date(self.start_year, 9, 1)

    @property
    def last_day(self) -> datetime.date:
        return datetime.date(self.start_year + 1, 8, 31)

    @property
    def starts_at(self) -> datetime.datetime:
        """1 September 00:00 Beijing time, as an aware datetime (16:00 UTC on 31 August)."""
        return datetime.datetime.combine(self.first_day, datetime.time.min, tzinfo=beijing())

    @property
    def ends_at(self) -> datetime.datetime:
        """The first instant of the next school year: sessions count while `starts_at <= t < ends_at`."""
        return SchoolYear(self.start_year + 1).starts_at

    @property
    def label(self) -> str:
        return f"{self.start_year}–{self.start_year + 1}"

    def __str__(self):
        return self.label

    def months(self) -> list[datetime.date]:
        return [month_of(self.start_year, index) for index in range(12)]

    def elapsed_months(self, *, today: datetime.date | None = None) -> int:
        """How many of the year's months have ended by `today` (0 before October, 12 once the year is over)."""
        today = today or local_today()
        if today < self.first_day:
            return 0
        if today > self.last_day:
            return 12
        return month_index(today)


@dataclass(frozen=True)
class Period:
    """A span of whole months inside one school year: the whole year, a term or one month."""

    year: SchoolYear
    first: int = 0  # month index, inclusive
    last: int = 11

    @classmethod
    def whole_year(cls, year: SchoolYear) -> "Period":
        return cls(year)

    @classmethod
    def term(cls, year: SchoolYear, term: str) -> "Period":
        first, last = TERMS[term]
        return cls(year, first, last)

    @property
    def first_day(self) -> datetime.date:
        return month_of(self.year.start_year, self.first)

    @property
    def last_day(self) -> datetime.date:
        if self.last == 11:
            return self.year.last_day
        return month_of(self.year.start_year, self.last + 1) - datetime.timedelta(days=1)

    @property
    def starts_at(self) -> datetime.datetime:
        return datetime.datetime.combine(self.first_day, datetime.time.min, tzinfo=beijing())

    @property
    def ends_at(self) -> datetime.datetime:
        return datetime.datetime.combine(
            self.last_day + datetime.timedelta(days=1), datetime.time.min, tzinfo=beijing()
        )

    @property
    def is_whole_year(self) -> bool:
        return self.first == 0 and self.last == 11

    @property
    def mask(self) -> int:
        return mask_of(range(self.first, self.last + 1))

    def months(self) -> list[datetime.date]:
        return [month_of(self.year.start_year, index) for index in range(self.first, self.last + 1)]


def term_of(day: datetime.date) -> str | None:
    index = month_index(day)
    for term, (first, last) in TERMS.items():
        if first <= index <= last:
            return term
    return None


def term_started(*, year: SchoolYear, term: str, today: datetime.date) -> bool:
    """Whether the term's first day has come (a later term of the current year, or any term of a future year, has
    not)."""
    return today >= Period.term(year, term).first_day
