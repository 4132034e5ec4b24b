"""National-scale tracking data, written by PostgreSQL itself (INSERT … SELECT over generate_series), not row by
row through the ORM: regions, schools, vice principals and their user accounts, appointments, sessions with
their attendance counts and drill phase timings.

The shape (see docs/benchmarks.md):
- 31 provinces with their GB/T 2260 codes, schools spread over them by population (Guangdong has the most), each
  province with `cities` cities of `districts` districts (codes PPCC00 and PPCCDD). Existing regions (the demo's
  Beijing) are kept.
- Schools: a quarter kindergartens, some kindergarten-and-primary, primary, junior, junior-and-senior and senior
  secondary schools; 10-digit codes (district code + 5001…).
- Appointments: 4 % of schools have none; most have one, large ones two or three. Some vice principals serve
  two schools; some appointments start or end in the middle of the school year, most of the ended ones with a
  successor.
- Sessions: exactly `sessions` in the last complete school year (every month past, so every figure of the report
  is filled) and, with `current_year`, the current school year up to three weeks ahead at the same rate. Each
  appointment gets sessions in proportion to the days it ran in the year and an activity factor (6 % of the
  vice principals are nearly inactive, so the report has people behind). Past sessions are mostly confirmed, some
  awaiting confirmation, disputed, cancelled, voided or never logged; future ones are scheduled or cancelled.
  45 % are drills (70 % of them fire or earthquake evacuations), the rest lectures on the five demo topics.
- Held sessions have attendance counts (pupils of the school's level, often teachers, sometimes parents); held
  drills have phase timings against the scenario's timed phases, a few phases not measured, about one in five
  over its target (one phase in eleven).

Topics and scenarios are the demo's Chinese pages (`load_demo` builds them); without them sessions have none.
Planned audiences and lessons (Session.audiences, Session.lessons) are not generated: no report reads them.
"""

import datetime
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

from django.db import connection

from tracking.reports.periods import SchoolYear, local_today

# GB/T 2260 province-level codes and names, with populations in millions (2020 census, rounded), which
# decide how many schools each province gets.
PROVINCES = [
    ("11", "北京市", 22),
    ("12", "天津市", 14),
    ("13", "河北省", 75),
    ("14", "山西省", 35),
    ("15", "内蒙古自治区", 24),
    ("21", "辽宁省", 43),
    ("22", "吉林省", 24),
    ("23", "黑龙江省", 32),
    ("31", "上海市", 25),
    ("32", "江苏省", 85),
    ("33", "浙江省", 65),
    ("34", "安徽省", 61),
    ("35", "福建省", 41),
    ("36", "江西省", 45),
    ("37", "山东省", 102),
    ("41", "河南省", 99),
    ("42", "湖北省", 58),
    ("43", "湖南省", 66),
    ("44", "广东省", 126),
    ("45", "广西壮族自治区", 50),
    ("46", "海南省", 10),
    ("50", "重庆市", 32),
    ("51", "四川省", 84),
    ("52", "贵州省", 39),
    ("53", "云南省", 47),
    ("54", "西藏自治区", 4),
    ("61", "陕西省", 40),
    ("62", "甘肃省", 25),
    ("63", "青海省", 6),
    ("64", "宁夏回族自治区", 7),
    ("65", "新疆维吾尔自治区", 26),
]
LARGEST_PROVINCE = max(PROVINCES, key=lambda row: row[2])[0] + "0000"  # 440000 Guangdong

USERNAME_PREFIX = "bench-vp-"
HELD = ("held", "confirmed", "disputed", "voided")  # logged as held (a voided record was held, then voided)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌海燕鹏飞宇晨晓东"


@dataclass(frozen=True)
class Scale:
    sessions: int = 1_000_000  # in the last complete school year
    schools: int = 50_000
    cities: int = 10  # per province
    districts: int = 10  # per city
    current_year: bool = True  # also the current school year to date (and three weeks ahead), at the same rate
    seed: float = 0.42

    @classmethod
    def tiny(cls) -> "Scale":
        return cls(sessions=200, schools=40, cities=2, districts=2)


@dataclass(frozen=True)
class Years:
    full: SchoolYear  # the last complete school year: `sessions` sessions
    current: SchoolYear
    today: datetime.date

    @classmethod
    def now(cls) -> "Years":
        current = SchoolYear.current()
        return cls(full=SchoolYear(current.start_year - 1), current=current, today=local_today())


def province_school_counts(total: int) -> dict[str, int]:
    """Schools per province in proportion to population, summing to exactly `total` (largest remainders)."""
    weight = sum(row[2] for row in PROVINCES)
    exact = {code: total * people / weight for code, _name, people in PROVINCES}
    counts = {code: int(value) for code, value in exact.items()}
    for code in sorted(exact, key=lambda c: exact[c] - counts[c], reverse=True)[: total - sum(counts.values())]:
        counts[code] += 1
    return counts


def _content_ids() -> dict:
    """The demo's Chinese topics and scenarios, with each scenario's timed phases; school levels and audiences."""
    from cms.models import SchoolLevel
    from courses.models import Audience, TopicPage
    from drills.models import ScenarioPage

    topics = list(
        TopicPage.objects.filter(locale__language_code="zh-hans").order_by("path").values_list("pk", flat=True)
    )
    scenarios = {}
    for scenario in ScenarioPage.objects.filter(locale__language_code="zh-hans").select_related("scenario_type"):
        phases = [(b.value["name"], b.value["target_seconds"]) for b in scenario.phases if b.value["target_seconds"]]
        scenarios.setdefault(scenario.scenario_type.slug, (scenario.pk, phases))
    return {
        "topics": topics,
        "scenarios": scenarios,
        "levels": dict(SchoolLevel.objects.values_list("code", "pk")),
        "audiences": dict(Audience.objects.values_list("code", "pk")),
    }


def _pick(threshold_values: list[tuple[float, object]], var: str) -> str:
    """A CASE choosing a value by a uniform random variable: [(0.4, a), (0.7, b), (1, c)] → a 40 %, b 30 %, c 30 %."""
    whens = " ".join(f"WHEN {var} < {limit} THEN {value}" for limit, value in threshold_values[:-1])
    return f"CASE {whens} ELSE {threshold_values[-1][1]} END" if whens else str(threshold_values[-1][1])


class Generator:
    def __init__(self, scale: Scale, years: Years, log: Callable[[str], None], bulk: bool):
        self.scale, self.years, self.log, self.bulk = scale, years, log, bulk
        self.ids = _content_ids()
        self.steps: dict[str, float] = {}

    def run(self) -> dict:
        started = time.perf_counter()
        with connection.cursor() as cursor:
            self.cursor = cursor
            # With PostgreSQL's JIT on, the generating queries ran several times slower here (23 s instead of 3 s to
            # draw 100,000 sessions, the time going into the nested loop over the appointments).
            cursor.execute("SET jit = off")
            cursor.execute("SELECT setseed(%s)", [self.scale.seed])
            cursor.execute("SELECT coalesce(max(id), 0) FROM tracking_session")
            self.first_session = cursor.fetchone()[0]
            steps = [
                ("regions", self.regions),
                ("schools", self.schools),
                ("vice_principals", self.vice_principals),
                ("drop_indexes", self.drop_indexes),
                ("sessions", self.sessions),
                ("attendance", self.attendance),
                ("phase_timings", self.phase_timings),
                ("restore_indexes", self.restore_indexes),
            ]
            for name, step in steps:
                begun = time.perf_counter()
                step()
                self.steps[name] = time.perf_counter() - begun
                self.log(f"  {name}: {self.steps[name]:.1f} s")
            counts = self.counts()
            self.cleanup()
            cursor.execute("RESET jit")
        return {
            "scale": asdict(self.scale),
            "full_year": self.years.full.start_year,
            "current_year": self.years.current.start_year,
            "today": self.years.today.isoformat(),
            "seconds": time.perf_counter() - started,
            "steps": self.steps,
            "counts": counts,
        }

    def execute(self, sql: str, params=None) -> int:
        self.cursor.execute(sql, params or {})
        return self.cursor.rowcount

    # Bulk loading: the session tables' secondary indexes, unique and foreign-key constraints are dropped before the
    # load and made again after it, from their own definitions (an index built once is much faster than one kept up
    # row by row, and the foreign keys are then checked in one pass each).
    BULK_TABLES = ("tracking_session", "tracking_sessionattendance", "tracking_phasetiming")

    def drop_indexes(self):
        self.saved_constraints, self.saved_indexes = [], []
        if not self.bulk:
            return
        tables = list(self.BULK_TABLES)
        self.execute(
            """SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c
            WHERE c.conrelid = ANY(%(tables)s::regclass[]) AND c.contype IN ('f', 'u') ORDER BY c.conname""",
            {"tables": tables},
        )
        self.saved_constraints = self.cursor.fetchall()
        self.execute(
            """SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i
            WHERE i.indrelid = ANY(%(tables)s::regclass[]) AND NOT i.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            ORDER BY 1""",
            {"tables": tables},
        )
        self.saved_indexes = self.cursor.fetchall()
        for table, name, _definition in self.saved_constraints:
            self.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        for name, _definition in self.saved_indexes:
            self.execute(f"DROP INDEX {name}")

    def restore_indexes(self):
        for _name, definition in self.saved_indexes:
            self.execute(definition)
        for table, name, definition in self.saved_constraints:
            self.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')

    # Regions ---------------------------------------------------------------------------------------------------
    def regions(self):
        scale = self.scale
        counts = province_school_counts(scale.schools)
        self.execute("DROP TABLE IF EXISTS bench_province, bench_district, bench_school, bench_appt, bench_alloc")
        self.execute("CREATE TEMP TABLE bench_province (code2 text PRIMARY KEY, name text, schools int)")
        self.cursor.executemany(
            "INSERT INTO bench_province VALUES (%s, %s, %s)", [(c, n, counts[c]) for c, n, _p in PROVINCES]
        )
        self.execute(
            "INSERT INTO tracking_region (code, name) SELECT code2 || '0000', name FROM bench_province "
            "ON CONFLICT (code) DO NOTHING"
        )
        params = {"cities": scale.cities, "districts": scale.districts}
        self.execute(
            """INSERT INTO tracking_region (code, name)
            SELECT p.code2 || lpad(c::text, 2, '0') || '00', p.name || '第' || c || '市'
            FROM bench_province p, generate_series(1, %(cities)s) c
            ON CONFLICT (code) DO NOTHING""",
            params,
        )
        self.execute(
            """INSERT INTO tracking_region (code, name)
            SELECT p.code2 || lpad(c::text, 2, '0') || lpad(d::text, 2, '0'), '第' || c || '市第' || d || '区'
            FROM bench_province p, generate_series(1, %(cities)s) c, generate_series(1, %(districts)s) d
            ON CONFLICT (code) DO NOTHING""",
            params,
        )
        # The districts schools are spread over, numbered 0… inside each province.
        self.execute(
            """CREATE TEMP TABLE bench_district AS
            SELECT r.id AS region_id, r.code, r.name, p.code2, p.name AS province_name,
                   (row_number() OVER (PARTITION BY p.code2 ORDER BY r.code) - 1)::int AS idx
            FROM bench_province p, generate_series(1, %(cities)s) c, generate_series(1, %(districts)s) d,
                 tracking_region r
            WHERE r.code = p.code2 || lpad(c::text, 2, '0') || lpad(d::text, 2, '0')""",
            params,
        )
        self.execute("CREATE INDEX ON bench_district (code2, idx)")

    # Schools ---------------------------------------------------------------------------------------------------
    def schools(self):
        per_province = self.scale.cities * self.scale.districts
        # kind: k kindergarten, kp kindergarten and primary, p primary, j junior, js junior and senior, s senior
        kind = _pick([(0.25, "'k'"), (0.27, "'kp'"), (0.67, "'p'"), (0.85, "'j'"), (0.93, "'js'"), (1, "'s'")], "rl")
        self.execute(
            f"""CREATE TEMP TABLE bench_school AS
            SELECT d.region_id, d.code AS district_code, d.name AS district_name, d.province_name, s.kind, s.rs,
                   row_number() OVER (PARTITION BY d.code ORDER BY s.i) AS rank
            FROM (SELECT code2, i, floor(rd * {per_province})::int AS didx, {kind} AS kind, rs
                  FROM (SELECT p.code2, i, random() AS rd, random() AS rl, random() AS rs
                        FROM bench_province p, generate_series(1, p.schools) i OFFSET 0) r) s
            JOIN bench_district d ON d.code2 = s.code2 AND d.idx = s.didx"""
        )
        self.execute("ALTER TABLE bench_school ADD code text")
        self.execute("UPDATE bench_school SET code = district_code || lpad((5000 + rank)::text, 4, '0')")
        suffix = (
            "CASE kind WHEN 'k' THEN '幼儿园' WHEN 'kp' THEN '小学（含幼儿园）' WHEN 'p' THEN '小学' "
            "WHEN 'j' THEN '初级中学' WHEN 'js' THEN '中学' ELSE '高级中学' END"
        )
        self.execute(
            f"""INSERT INTO tracking_school (name, code, region_id, student_count, address)
            SELECT province_name || district_name || '第' || rank || {suffix}, code, region_id,
                   CASE kind WHEN 'k' THEN 60 + floor(rs * 400) ELSE 200 + floor(rs * 2800) END,
                   province_name || district_name || '学府路' || rank || '号'
            FROM bench_school"""
        )
        self.execute("ALTER TABLE bench_school ADD school_id bigint")
        self.execute("UPDATE bench_school b SET school_id = s.id FROM tracking_school s WHERE s.code = b.code")
        self.execute("CREATE UNIQUE INDEX ON bench_school (school_id)")
        levels = self.ids["levels"]
        k, p, j, s = (levels[c] for c in ("kindergarten", "primary", "junior_secondary", "senior_secondary"))
        self.execute(
            f"""INSERT INTO tracking_school_levels (school_id, schoollevel_id)
            SELECT school_id, level FROM bench_school,
                   unnest(CASE kind WHEN 'k' THEN ARRAY[{k}] WHEN 'kp' THEN ARRAY[{k}, {p}] WHEN 'p' THEN ARRAY[{p}]
                          WHEN 'j' THEN ARRAY[{j}] WHEN 'js' THEN ARRAY[{j}, {s}] ELSE ARRAY[{s}] END) level"""
        )

    # Vice principals and appointments --------------------------------------------------------------------------
    def vice_principals(self):
        full, current, today = self.years.full.first_day, self.years.current.first_day, self.years.today
        earliest = full - datetime.timedelta(days=3 * 365)
        params = {"earliest": earliest, "full": full, "current": current, "today": today}
        # One row per appointment: how many a school has, then when each ran (rt: what kind of appointment).
        self.execute(
            """CREATE TEMP TABLE bench_appt AS
            SELECT school_id, district_code, slot, rt, rd, re,
                   (CASE WHEN ra < 0.06 THEN 0.05 ELSE 0.3 + 1.4 * rb END)::numeric(6, 3) AS activity
            FROM (SELECT school_id, district_code, slot, random() AS rt, random() AS rd, random() AS re,
                         random() AS ra, random() AS rb
                  FROM (SELECT school_id, district_code,
                               CASE WHEN r < 0.04 THEN 0 WHEN r < 0.70 THEN 1 WHEN r < 0.97 THEN 2 ELSE 3 END AS n
                        FROM (SELECT school_id, district_code, random() AS r FROM bench_school OFFSET 0) x) s,
                       generate_series(1, s.n) slot
                  OFFSET 0) a"""
        )
        self.execute(
            """ALTER TABLE bench_appt ADD start_date date, ADD end_date date, ADD successor boolean DEFAULT false"""
        )
        self.execute(
            """UPDATE bench_appt SET
                start_date = CASE
                    WHEN rt < 0.88 OR (rt >= 0.93 AND rt < 0.97)
                        THEN %(earliest)s::date + floor(rd * (%(full)s::date - %(earliest)s::date))::int
                    WHEN rt < 0.93 THEN %(full)s::date + 30 + floor(rd * 220)::int
                    ELSE %(current)s::date + floor(rd * least(60, %(today)s::date - %(current)s::date))::int END,
                end_date = CASE WHEN rt >= 0.93 AND rt < 0.97 THEN %(full)s::date + 60 + floor(re * 240)::int END""",
            params,
        )
        # Most appointments that ended have a successor from the next day.
        self.execute(
            """INSERT INTO bench_appt (school_id, district_code, slot, rt, rd, re, activity, start_date, successor)
            SELECT school_id, district_code, slot, rt, rd, re, activity, end_date + 1, true
            FROM bench_appt WHERE end_date IS NOT NULL AND re < 0.75"""
        )
        # Every ninth school's first vice principal also serves the school before it (at most two schools each).
        self.execute(
            """CREATE TEMP TABLE bench_appt_vp AS
            SELECT a.*, dense_rank() OVER (ORDER BY CASE WHEN a.seq %% 9 = 0 AND a.prev_school <> a.school_id
                                                        AND a.end_date IS NULL AND NOT a.successor
                                                        THEN a.seq - 1 ELSE a.seq END)::int AS vp_index
            FROM (SELECT *, row_number() OVER w AS seq, lag(school_id) OVER w AS prev_school
                  FROM bench_appt WINDOW w AS (ORDER BY school_id, successor, slot)) a"""
        )
        self.execute("DROP TABLE bench_appt")
        self.execute("ALTER TABLE bench_appt_vp RENAME TO bench_appt")
        self.execute(
            f"""INSERT INTO auth_user (password, is_superuser, username, first_name, last_name, email, is_staff,
                                      is_active, date_joined)
            SELECT '!', false, '{USERNAME_PREFIX}' || lpad(i::text, 6, '0'), '', '', '', true, true, now()
            FROM generate_series(1, (SELECT max(vp_index) FROM bench_appt)) i"""
        )
        surnames, given = len(SURNAMES), len(GIVEN)
        self.execute(
            f"""INSERT INTO tracking_viceprincipal (user_id, name, agency, unit, badge_number, phone, calendar_token)
            SELECT u.id,
                   CASE WHEN random() < 0.01 THEN '阿卜杜·热合曼'
                        ELSE substr('{SURNAMES}', 1 + floor(random() * {surnames})::int, 1)
                             || substr('{GIVEN}', 1 + floor(random() * {given})::int, 1)
                             || CASE WHEN random() < 0.6 THEN substr('{GIVEN}', 1 + floor(random() * {given})::int, 1)
                                ELSE '' END END,
                   CASE WHEN ra < 0.8 THEN '公安分局' WHEN ra < 0.9 THEN '人民检察院' WHEN ra < 0.95 THEN '人民法院'
                        ELSE '司法局' END,
                   CASE WHEN ra < 0.8 THEN '第' || (1 + floor(rb * 20)) || '派出所' ELSE '' END,
                   CASE WHEN ra < 0.8 THEN lpad(floor(rb * 1000000)::text, 6, '0') ELSE '' END,
                   '', md5(u.username)
            FROM (SELECT u.id, u.username, random() AS ra, random() AS rb FROM auth_user u
                  WHERE u.username LIKE '{USERNAME_PREFIX}%%' AND NOT EXISTS (
                      SELECT 1 FROM tracking_viceprincipal v WHERE v.user_id = u.id) OFFSET 0) u"""
        )
        self.execute("ALTER TABLE bench_appt ADD vp_id bigint")
        self.execute(
            f"""UPDATE bench_appt a SET vp_id = v.id
            FROM tracking_viceprincipal v JOIN auth_user u ON u.id = v.user_id
            WHERE u.username = '{USERNAME_PREFIX}' || lpad(a.vp_index::text, 6, '0')"""
        )
        self.execute(
            """INSERT INTO tracking_appointment (vice_principal_id, school_id, start_date, end_date)
            SELECT vp_id, school_id, start_date, end_date FROM bench_appt"""
        )

    # Sessions --------------------------------------------------------------------------------------------------
    def sessions(self):
        years = self.years
        self._sessions_in(years.full.first_day, years.full.last_day + datetime.timedelta(days=1), self.scale.sessions)
        if self.scale.current_year:
            window_end = min(years.today + datetime.timedelta(days=21), years.current.last_day)
            days = (window_end - years.current.first_day).days + 1
            total = round(self.scale.sessions * days / (years.full.last_day - years.full.first_day).days)
            if total:
                self._sessions_in(years.current.first_day, window_end + datetime.timedelta(days=1), total)

    def _sessions_in(self, first: datetime.date, end: datetime.date, total: int):
        """`total` sessions on days first ≤ day < end, shared among the appointments running then in proportion
        to activity × days (largest remainders over the running sum, so they add up exactly)."""
        self.execute("DROP TABLE IF EXISTS bench_alloc")
        self.execute(
            """CREATE TEMP TABLE bench_alloc AS
            SELECT vp_id, school_id, lo - date '1970-01-01' AS lo, hi - date '1970-01-01' AS hi,
                   (floor(cum * %(total)s / sum_all) - floor((cum - weight) * %(total)s / sum_all))::int AS n
            FROM (SELECT *, sum(weight) OVER (ORDER BY seq) AS cum, sum(weight) OVER () AS sum_all
                  FROM (SELECT seq, vp_id, school_id, lo, hi, activity * (hi - lo) AS weight
                        FROM (SELECT seq, vp_id, school_id, activity,
                                     greatest(start_date, %(first)s::date) AS lo,
                                     least(coalesce(end_date + 1, %(end)s::date), %(end)s::date) AS hi
                              FROM bench_appt) a
                        WHERE hi > lo) w) c""",
            {"first": first, "end": end, "total": total},
        )
        ids = self.ids
        topics, scenarios = ids["topics"], ids["scenarios"]
        topic_choices = (
            [(0.03, "NULL")] + [(0.03 + 0.97 * (i + 1) / len(topics), pk) for i, pk in enumerate(topics)]
            if topics
            else [(1, "NULL")]
        )
        scenario_shares = [
            ("fire-evacuation", 0.42),
            ("earthquake-evacuation", 0.28),
            ("violent-intrusion", 0.15),
            ("drowning-rescue", 0.07),
            ("food-poisoning", 0.05),
        ]
        scenario_choices, limit = [], 0.0
        for slug, share in scenario_shares:
            limit += share
            if slug in scenarios:
                scenario_choices.append((round(limit, 4), scenarios[slug][0]))
        scenario_choices.append((1, "NULL"))
        topic = _pick(topic_choices, "rt")
        scenario = _pick(scenario_choices, "rt")
        past_status = _pick(
            [
                (0.84, "'confirmed'"),
                (0.89, "'held'"),
                (0.91, "'disputed'"),
                (0.96, "'cancelled'"),
                (0.97, "'voided'"),
                (1, "'scheduled'"),
            ],
            "rs",
        )
        # Days are counted from 1970-01-01 and times in seconds from then, in plain integer arithmetic: Beijing is
        # at UTC+8 all year, so 08:00 Beijing time on day d is d * 86400 seconds (00:00 UTC).
        epoch = datetime.date(1970, 1, 1)
        next_year = first.year + 1 if first.month >= 9 else first.year
        # School holidays (16 July to 31 August, 21 January to 24 February) get a fifth of the sessions they would:
        # a day drawn there is drawn again, four times in five. A weekend day moves to a weekday of the next week
        # (or of the week before, at the end of an appointment).
        summer = ((datetime.date(next_year, 7, 16) - epoch).days, (datetime.date(next_year, 8, 31) - epoch).days)
        winter = ((datetime.date(next_year, 1, 21) - epoch).days, (datetime.date(next_year, 2, 24) - epoch).days)
        holiday = f"(d1 BETWEEN {summer[0]} AND {summer[1]} OR d1 BETWEEN {winter[0]} AND {winter[1]})"
        weekday = (
            "CASE WHEN dow < 6 THEN day0"
            " WHEN day0 + (8 - dow) + floor(rw * 4)::int < hi THEN day0 + (8 - dow) + floor(rw * 4)::int"
            " WHEN day0 - (dow - 5) - floor(rw * 4)::int >= lo THEN day0 - (dow - 5) - floor(rw * 4)::int"
            " ELSE day0 END"
        )
        self.execute(
            f"""INSERT INTO tracking_session (
                kind, title, starts_at, ends_at, status, class_hours, notes, dispute_reason, cancel_reason,
                void_reason, held_at, confirmed_at, reminder_sent_at, version, created_at, scenario_id, school_id,
                topic_id, vice_principal_id)
            SELECT kind, '', to_timestamp(t0), to_timestamp(t1), status,
                   CASE WHEN kind = 'lecture' AND rh < 0.2 THEN 2 ELSE 1 END, '',
                   CASE WHEN status = 'disputed' THEN '学校记录的到场人数与登记不符' ELSE '' END,
                   CASE WHEN status = 'cancelled' THEN '因天气原因取消' ELSE '' END,
                   CASE WHEN status = 'voided' THEN '重复登记' ELSE '' END,
                   CASE WHEN status IN {HELD} THEN to_timestamp(t1 + 7200) END,
                   CASE WHEN status = 'confirmed' THEN least(to_timestamp(t1 + 86400), now()) END,
                   CASE WHEN status <> 'cancelled' THEN to_timestamp(t0 - 86400) END,
                   1, to_timestamp(t0 - 14 * 86400),
                   CASE WHEN kind = 'drill' THEN {scenario} END,
                   school_id,
                   CASE WHEN kind = 'lecture' THEN {topic} END,
                   vp_id
            FROM (SELECT kind, school_id, vp_id, rt, rh, t0, t0 + (40 + 5 * floor(rm * 11)::int) * 60 AS t1,
                         CASE WHEN day < %(today)s THEN {past_status}
                              WHEN rs < 0.95 THEN 'scheduled' ELSE 'cancelled' END AS status
                  FROM (SELECT *, day::bigint * 86400 + floor(rh * 16)::int * 1800 AS t0
                        FROM (SELECT *, {weekday} AS day
                              FROM (SELECT *, (day0 + 3) %% 7 + 1 AS dow
                                    FROM (SELECT *, CASE WHEN {holiday} AND rz < 0.8 THEN d2 ELSE d1 END AS day0
                                          FROM (SELECT a.school_id, a.vp_id, a.lo, a.hi,
                                                       a.lo + floor(random() * (a.hi - a.lo))::int AS d1,
                                                       a.lo + floor(random() * (a.hi - a.lo))::int AS d2,
                                                       CASE WHEN random() < 0.45 THEN 'drill' ELSE 'lecture' END
                                                           AS kind,
                                                       random() AS rz, random() AS rw, random() AS rt,
                                                       random() AS rs, random() AS rh, random() AS rm
                                                FROM bench_alloc a, generate_series(1, a.n) k OFFSET 0) r
                                          ) h) w) d) x) z""",
            {"today": (self.years.today - epoch).days},
        )

    def attendance(self):
        aud = self.ids["audiences"]
        main = {
            "k": aud["kindergarten"],
            "p": f"CASE WHEN r1 < 0.5 THEN {aud['lower_primary']} ELSE {aud['upper_primary']} END",
            "kp": f"CASE WHEN r1 < 0.3 THEN {aud['kindergarten']} ELSE {aud['lower_primary']} END",
            "j": aud["junior_secondary"],
            "js": f"CASE WHEN r1 < 0.6 THEN {aud['junior_secondary']} ELSE {aud['senior_secondary']} END",
            "s": aud["senior_secondary"],
        }
        main_audience = "CASE kind " + " ".join(f"WHEN '{k}' THEN {v}" for k, v in main.items()) + " END"
        self.execute(
            f"""INSERT INTO tracking_sessionattendance (session_id, audience_id, count)
            SELECT x.id, a.audience, a.count
            FROM (SELECT t.id, b.kind, random() AS r1, random() AS r2, random() AS r3
                  FROM tracking_session t JOIN bench_school b ON b.school_id = t.school_id
                  WHERE t.id > %(first)s AND t.status IN {HELD} OFFSET 0) x,
                 LATERAL (VALUES
                    ({main_audience}, CASE WHEN x.kind = 'k' THEN 20 + floor(r1 * 180) ELSE 40 + floor(r1 * 560) END),
                    ({aud["teachers"]}, CASE WHEN r2 < 0.5 THEN 2 + floor(r2 * 80) END),
                    ({aud["parents"]}, CASE WHEN r3 < 0.15 THEN 10 + floor(r3 * 1200) END)) a(audience, count)
            WHERE a.count IS NOT NULL""",
            {"first": self.first_session},
        )

    def phase_timings(self):
        rows = [
            (pk, order, name, target)
            for pk, phases in self.ids["scenarios"].values()
            for order, (name, target) in enumerate(phases)
        ]
        if not rows:
            return
        self.execute("DROP TABLE IF EXISTS bench_phase")
        self.execute("CREATE TEMP TABLE bench_phase (scenario_id int, sort_order int, phase text, target int)")
        self.cursor.executemany("INSERT INTO bench_phase VALUES (%s, %s, %s, %s)", rows)
        # One held drill in twenty was logged without timings; 4 % of phases were not measured.
        self.execute(
            f"""INSERT INTO tracking_phasetiming (session_id, sort_order, phase, target_seconds, measured_seconds)
            SELECT id, sort_order, phase, target,
                   CASE WHEN m < 0.04 THEN NULL ELSE floor(target * (0.5 + m * 0.55)) END
            FROM (SELECT t.id, p.sort_order, p.phase, p.target, random() AS m
                  FROM tracking_session t JOIN bench_phase p ON p.scenario_id = t.scenario_id
                  WHERE t.id > %(first)s AND t.kind = 'drill' AND t.status IN {HELD} AND t.id %% 20 <> 0
                  OFFSET 0) r""",
            {"first": self.first_session},
        )

    def counts(self) -> dict:
        first = self.first_session
        queries = {
            "regions": "SELECT count(*) FROM bench_district",
            "schools": "SELECT count(*) FROM bench_school",
            "kindergartens": "SELECT count(*) FROM bench_school WHERE kind = 'k'",
            "vice_principals": "SELECT count(DISTINCT vp_id) FROM bench_appt",
            "appointments": "SELECT count(*) FROM bench_appt",
            "sessions": f"SELECT count(*) FROM tracking_session WHERE id > {first}",
            "attendance_rows": f"SELECT count(*) FROM tracking_sessionattendance WHERE session_id > {first}",
            "phase_timings": f"SELECT count(*) FROM tracking_phasetiming WHERE session_id > {first}",
        }
        result = {}
        for name, sql in queries.items():
            self.execute(sql)
            result[name] = self.cursor.fetchone()[0]
        return result

    def cleanup(self):
        self.execute(
            "DROP TABLE IF EXISTS bench_province, bench_district, bench_school, bench_appt, bench_alloc, bench_phase"
        )


def generate(
    *, scale: Scale, years: Years | None = None, bulk: bool = False, log: Callable[[str], None] = lambda line: None
) -> dict:
    """Adds the data set to the default database (PostgreSQL only) beside whatever is there; returns what was
    made and how long each step took. `bulk` drops the session tables' indexes and constraints while loading
    (for a database of the benchmark's own; nobody else may use those tables meanwhile)."""
    if connection.vendor != "postgresql":
        raise RuntimeError("The generator writes with PostgreSQL's generate_series; set DATABASE_URL to PostgreSQL.")
    return Generator(scale, years or Years.now(), log, bulk).run()
