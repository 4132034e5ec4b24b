"""Who sees and changes which tracking records. Every list, object URL, export, feed and photo view asks here, so
the rules live in querysets and one set of predicates, not in menus."""

import zoneinfo

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.db.models.functions import TruncDate

from tracking.models import (
    NEVER_DELETED,
    VICE_PRINCIPAL_EDITABLE,
    Appointment,
    Region,
    School,
    Session,
    SessionKind,
    SessionStatus,
    TrainingDepartment,
    VicePrincipal,
)


def _region_q(user, *, field: str) -> Q:
    """Rows whose region code starts with the prefix of a region `user` administers (`field` leads to the code)."""
    q = Q(pk__in=[])
    codes = _per_user(
        user, "region_codes", lambda: list(Region.objects.filter(administrators=user).values_list("code", flat=True))
    )
    for code in codes:
        q |= Q(**{f"{field}__startswith": Region(code=code).prefix})
    return q


def _scenario_q(user) -> Q:
    """Drill sessions whose scenario sits under a section published by one of `user`'s training departments."""
    q = Q(pk__in=[])
    roots = TrainingDepartment.objects.filter(members=user).values_list("scenario_roots__path", flat=True)
    for path in roots:
        if path:
            q |= Q(kind=SessionKind.DRILL, scenario__path__startswith=path)
    return q


def _appointed_on_session_date() -> Exists:
    """The session's vice principal held an appointment at its school on its (Beijing) date."""
    day = OuterRef("local_day")  # annotated by with_local_day()
    return Exists(
        Appointment.objects.filter(
            vice_principal=OuterRef("vice_principal"), school=OuterRef("school"), start_date__lte=day
        ).filter(Q(end_date__isnull=True) | Q(end_date__gte=day))
    )


def with_local_day(sessions: QuerySet[Session]) -> QuerySet[Session]:
    return sessions.annotate(local_day=TruncDate("starts_at", tzinfo=zoneinfo.ZoneInfo(settings.TIME_ZONE)))


def _per_user(user, key: str, compute):
    """`compute()`, remembered on this user object: lists ask the same question of every row, and a request's user
    object lives only as long as the request."""
    cache = user.__dict__.setdefault("_tracking_access", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def vice_principal_of(user) -> VicePrincipal | None:
    if not user.is_authenticated:
        return None
    return _per_user(user, "vice_principal", lambda: VicePrincipal.objects.filter(user=user).first())


def sessions_visible_to(user) -> QuerySet[Session]:
    """Sessions `user` may see: their own as vice principal, their school's as contact, their region's as
    regional administrator, drills of their scenarios as training department; everything for superusers."""
    sessions = Session.objects.all()
    if not user.is_authenticated or not user.is_active:
        return sessions.none()
    if user.is_superuser:
        return sessions
    return with_local_day(sessions).filter(
        (Q(vice_principal__user=user) & _appointed_on_session_date())
        | Q(school__in=School.objects.filter(contacts=user))
        | _region_q(user, field="school__region__code")
        | _scenario_q(user)
    )


def session_vice_principals(user) -> QuerySet[VicePrincipal]:
    """The vice principals of the sessions `user` may see: a list filter's choices name nobody else, and still name
    one whose appointment there has since ended (their sessions stay visible and count)."""
    if not user.is_authenticated or not user.is_active:
        return VicePrincipal.objects.none()
    if user.is_superuser:
        return VicePrincipal.objects.all()
    return VicePrincipal.objects.filter(pk__in=sessions_visible_to(user).values("vice_principal"))


def schools_visible_to(user) -> QuerySet[School]:
    schools = School.objects.all()
    if not user.is_authenticated or not user.is_active:
        return schools.none()
    if user.is_superuser:
        return schools
    return schools.filter(
        Q(pk__in=School.objects.filter(appointments__vice_principal__user=user).values("pk"))
        | Q(pk__in=School.objects.filter(contacts=user).values("pk"))
        | _region_q(user, field="region__code")
    )


def is_school_contact(user, school: School) -> bool:
    if not user.is_authenticated:
        return False
    schools = _per_user(
        user, "contact_of", lambda: frozenset(School.objects.filter(contacts=user).values_list("pk", flat=True))
    )
    return school.pk in schools


def is_own_session(user, session: Session) -> bool:
    """The session is `user`'s own and they were appointed at its school on its date."""
    own = vice_principal_of(user)
    if own is None or session.vice_principal_id != own.pk:
        return False
    appointments = _per_user(
        user,
        "appointments",
        lambda: list(Appointment.objects.filter(vice_principal=own).values_list("school_id", "start_date", "end_date")),
    )
    day = session.local_date
    return any(
        school_id == session.school_id and start <= day and (end is None or end >= day)
        for school_id, start, end in appointments
    )


def can_change(user, session: Session) -> bool:
    """Change the session's details. The vice principal until the school confirms it; after that the school
    contact or an administrator. Regional administrators and training departments only read."""
    if not user.is_authenticated or not user.is_active or session.status == SessionStatus.VOIDED:
        return False
    if user.is_superuser:
        return True
    if is_own_session(user, session):
        return session.status in VICE_PRINCIPAL_EDITABLE
    return is_school_contact(user, session.school)


def can_log_held(user, session: Session) -> bool:
    return session.status in (SessionStatus.SCHEDULED, SessionStatus.DISPUTED) and (
        user.is_superuser or is_own_session(user, session)
    )


def can_confirm(user, session: Session) -> bool:
    """Confirm or dispute: the school's contact (or an administrator), once the session is logged as held."""
    return session.status in (SessionStatus.HELD, SessionStatus.DISPUTED) and (
        user.is_superuser or is_school_contact(user, session.school)
    )


def can_dispute(user, session: Session) -> bool:
    return session.status == SessionStatus.HELD and (user.is_superuser or is_school_contact(user, session.school))


def can_cancel(user, session: Session) -> bool:
    return session.status == SessionStatus.SCHEDULED and can_change(user, session)


def can_delete(user, session: Session) -> bool:
    """Only records that never counted (scheduled or cancelled) are deleted; the rest are voided."""
    return session.status not in NEVER_DELETED and can_change(user, session)


def can_void(user, session: Session) -> bool:
    return session.status in (SessionStatus.HELD, SessionStatus.CONFIRMED, SessionStatus.DISPUTED) and can_change(
        user, session
    )


def can_see_photos(user, session: Session) -> bool:
    return sessions_visible_to(user).filter(pk=session.pk).exists()


def photos_visible_to(user) -> QuerySet:
    """Photos of the sessions `user` may see; every photo URL looks its photo up in here."""
    from tracking.models import EvidencePhoto

    return EvidencePhoto.objects.filter(session__in=sessions_visible_to(user).values("pk"))


def can_add_photos(user, session: Session) -> bool:
    """The vice principal while they may still change the session, the school's contact, or a superuser;
    regional administrators and training departments only look."""
    return can_change(user, session)


def can_delete_photo(user, photo) -> bool:
    return can_add_photos(user, photo.session)


def calendar_feed_owner(token: str) -> VicePrincipal | None:
    """The vice principal whose private calendar feed `token` opens, if any (and if they may still sign in).

    Looked up by the exact token (a unique index), then compared in constant time, so neither a database
    collation nor the comparison's timing lets a near miss through."""
    import secrets

    if not token:
        return None
    owner = VicePrincipal.objects.select_related("user").filter(calendar_token=token).first()
    if owner is None or not owner.user.is_active:
        return None
    if not secrets.compare_digest(owner.calendar_token.encode(), token.encode()):
        return None
    return owner


def calendar_sessions(vice_principal: VicePrincipal) -> QuerySet[Session]:
    """What the vice principal's calendar feed may hold: their own sessions, as they may see them."""
    return sessions_visible_to(vice_principal.user).filter(vice_principal=vice_principal)


# Records beside the sessions: regions, schools, vice principals, appointments and training departments. Only
# superusers change them; everyone else reads the ones that concern them.


def _reads_records(user) -> bool:
    return user.is_authenticated and user.is_active


def regions_visible_to(user) -> QuerySet[Region]:
    """Superusers: every region; regional administrators: the regions under their region's code."""
    if not _reads_records(user):
        return Region.objects.none()
    if user.is_superuser:
        return Region.objects.all()
    return Region.objects.filter(_region_q(user, field="code"))


def vice_principals_visible_to(user) -> QuerySet[VicePrincipal]:
    """A vice principal: their own record; a school contact: those appointed at their school; a regional
    administrator: those appointed at a school under their region's code."""
    if not _reads_records(user):
        return VicePrincipal.objects.none()
    if user.is_superuser:
        return VicePrincipal.objects.all()
    return VicePrincipal.objects.filter(Q(user=user) | Q(pk__in=appointments_visible_to(user).values("vice_principal")))


def appointments_visible_to(user) -> QuerySet[Appointment]:
    if not _reads_records(user):
        return Appointment.objects.none()
    if user.is_superuser:
        return Appointment.objects.all()
    return Appointment.objects.filter(
        Q(vice_principal__user=user)
        | Q(school__in=School.objects.filter(contacts=user))
        | _region_q(user, field="school__region__code")
    )


def training_departments_visible_to(user) -> QuerySet[TrainingDepartment]:
    """Members see their own department; regional administrators the departments of their region."""
    if not _reads_records(user):
        return TrainingDepartment.objects.none()
    if user.is_superuser:
        return TrainingDepartment.objects.all()
    return TrainingDepartment.objects.filter(
        Q(pk__in=TrainingDepartment.objects.filter(members=user).values("pk")) | _region_q(user, field="region__code")
    )


def sessions_changeable_by(user) -> QuerySet[Session]:
    """The visible sessions `user` may change (the queryset form of `can_change`)."""
    visible = sessions_visible_to(user).exclude(status=SessionStatus.VOIDED)
    if not user.is_authenticated or user.is_superuser:
        return visible
    return visible.filter(
        (Q(vice_principal__user=user, status__in=VICE_PRINCIPAL_EDITABLE) & _appointed_on_session_date())
        | Q(school__in=School.objects.filter(contacts=user))
    )


def may_schedule(user) -> bool:
    """Scheduling is for vice principals (for themselves) and superusers."""
    return user.is_authenticated and user.is_active and (user.is_superuser or vice_principal_of(user) is not None)


def has_tracking_role(user) -> bool:
    """A superuser, vice principal, school contact, regional administrator or training department member: the
    people the sessions, calendar and dashboard are for (what each sees is still `sessions_visible_to`)."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or _per_user(
        user,
        "has_role",
        lambda: (
            vice_principal_of(user) is not None
            or School.objects.filter(contacts=user).exists()
            or Region.objects.filter(administrators=user).exists()
            or TrainingDepartment.objects.filter(members=user).exists()
        ),
    )


# Drill compliance (tracking.reports.compliance): schools' drill records for a school year.


def may_see_drill_compliance(user) -> bool:
    """Superusers, vice principals, school contacts and regional administrators; training departments see the
    drills of their scenarios but not a school's compliance."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or _per_user(
        user,
        "drill_compliance",
        lambda: (
            vice_principal_of(user) is not None
            or School.objects.filter(contacts=user).exists()
            or Region.objects.filter(administrators=user).exists()
        ),
    )


def drill_compliance_schools(user, year) -> QuerySet[School]:
    """The schools whose drill compliance `user` may read for `year` (a SchoolYear): superusers every school;
    school contacts their schools; vice principals the schools where one of their appointments overlaps the
    year; regional administrators the schools under their regions' codes."""
    schools = School.objects.all()
    if not may_see_drill_compliance(user):
        return schools.none()
    if user.is_superuser:
        return schools
    appointed = Appointment.objects.filter(vice_principal__user=user, start_date__lte=year.last_day).filter(
        Q(end_date__isnull=True) | Q(end_date__gte=year.first_day)
    )
    return schools.filter(
        Q(pk__in=appointed.values("school"))
        | Q(pk__in=School.objects.filter(contacts=user).values("pk"))
        | _region_q(user, field="region__code")
    )


def can_see_drill_compliance(user, school: School, year) -> bool:
    return drill_compliance_schools(user, year).filter(pk=school.pk).exists()


# The duty ledger (tracking.reports.ledger, tracking.reports.views_ledger): a vice principal reads their own, a school
# contact those of their schools' vice principals, a regional administrator those at schools under their region's
# code, a superuser all. The ledgers a user may list are those of `appointments_visible_to`.


def may_see_ledgers(user) -> bool:
    """Whether `user` has any duty ledger to read (training departments have none)."""
    if not _reads_records(user):
        return False
    if user.is_superuser:
        return True
    # The same remembered answers `is_school_contact` and `_region_q` use, so a page asks each question once.
    contact_of = _per_user(
        user, "contact_of", lambda: frozenset(School.objects.filter(contacts=user).values_list("pk", flat=True))
    )
    if vice_principal_of(user) is not None or contact_of:
        return True
    codes = _per_user(
        user, "region_codes", lambda: list(Region.objects.filter(administrators=user).values_list("code", flat=True))
    )
    return bool(codes)


def can_see_ledger(user, *, vice_principal: VicePrincipal, school: School) -> bool:
    """The ledger of `vice_principal` at `school` (any school year): the queryset rule of
    `appointments_visible_to`, asked of one pair."""
    if not _reads_records(user):
        return False
    if user.is_superuser:
        return True
    own = vice_principal_of(user)
    if own is not None and own.pk == vice_principal.pk:
        return True
    if is_school_contact(user, school):
        return True
    return School.objects.filter(pk=school.pk).filter(_region_q(user, field="region__code")).exists()


# --- Yearly evaluations (年度考核): the school records them, the vice principal and the region read them ---------


def evaluations_visible_to(user) -> QuerySet:
    """Evaluations `user` may read: their schools' as contact (drafts too), their own once submitted as vice
    principal, those of schools under their region's code as regional administrator; every one for superusers."""
    from tracking.models import Evaluation, EvaluationStatus

    evaluations = Evaluation.objects.all()
    if not _reads_records(user):
        return evaluations.none()
    if user.is_superuser:
        return evaluations
    return evaluations.filter(
        Q(school__in=School.objects.filter(contacts=user))
        | Q(vice_principal__user=user, status=EvaluationStatus.SUBMITTED)
        | _region_q(user, field="school__region__code")
    )


def is_any_school_contact(user) -> bool:
    if not user.is_authenticated:
        return False
    schools = _per_user(
        user, "contact_of", lambda: frozenset(School.objects.filter(contacts=user).values_list("pk", flat=True))
    )
    return bool(schools)


def reads_evaluations(user) -> bool:
    """Who has an evaluations list at all: superusers, school contacts, vice principals, regional administrators."""
    if not _reads_records(user):
        return False
    return (
        user.is_superuser
        or is_any_school_contact(user)
        or vice_principal_of(user) is not None
        or _per_user(user, "region_codes_any", lambda: Region.objects.filter(administrators=user).exists())
    )


def can_edit_evaluation(user, evaluation) -> bool:
    """Change a draft: the school's contact, or an administrator. A submitted evaluation is locked."""
    if not _reads_records(user) or evaluation.is_locked:
        return False
    return user.is_superuser or is_school_contact(user, evaluation.school)


def can_submit_evaluation(user, evaluation) -> bool:
    return can_edit_evaluation(user, evaluation)


def can_delete_evaluation(user, evaluation) -> bool:
    """Only a draft is deleted; a submitted evaluation is a record reported to the sending agency."""
    return can_edit_evaluation(user, evaluation)


def can_amend_evaluation(user, evaluation) -> bool:
    """Change a submitted evaluation: administrators only, with a reason (tracking.reports.evaluations)."""
    return _reads_records(user) and user.is_superuser and evaluation.is_locked


# The regional report (tracking.reports.views_regional): superusers and regional administrators, each for the
# regions under the codes they administer and never wider.


def _administered_codes(user) -> list[str]:
    return _per_user(
        user, "region_codes", lambda: list(Region.objects.filter(administrators=user).values_list("code", flat=True))
    )


def may_see_region_reports(user) -> bool:
    """Superusers and regional administrators; school contacts, vice principals and the rest see no report."""
    if not _reads_records(user):
        return False
    return user.is_superuser or bool(_administered_codes(user))


def may_see_region_report(user, *, code: str) -> bool:
    """The report for the region `code` ("" for the whole country): superusers any; a regional administrator a
    region whose code lies under the prefix of a region they administer (their own region and those below it,
    never a neighbour, a parent or the country)."""
    if not may_see_region_reports(user):
        return False
    if user.is_superuser:
        return True
    if not code:
        return False
    return any(code.startswith(Region(code=own).prefix) for own in _administered_codes(user))


def default_report_region(user) -> str:
    """The region a user's report opens on: the country for superusers, else the widest region they administer
    (by level, then code)."""
    if user.is_superuser:
        return ""
    codes = sorted(_administered_codes(user), key=lambda code: (len(Region(code=code).prefix), code))
    return codes[0] if codes else ""
