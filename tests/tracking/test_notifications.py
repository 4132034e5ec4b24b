"""Session e-mails: who gets what when a session awaits confirmation or is disputed, the reminder the day before
(Beijing dates, once, even with two runs or a stale edit in between), switching them off, and muted()."""

import datetime
import io
import zoneinfo

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from courses.models import Audience
from tracking import notifications, services
from tracking.models import NotificationPreference, Session, SessionStatus

BEIJING = zoneinfo.ZoneInfo("Asia/Shanghai")


def _past(hours=3):
    return timezone.now() - datetime.timedelta(hours=hours)


def _beijing(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=BEIJING)


def _bodies(message) -> str:
    return message.body + "".join(content for content, _mimetype in message.alternatives)


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run what the services leave for after commit (the tests run inside one transaction)."""

    def run(change, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return change(*args, **kwargs)

    return run


@pytest.fixture
def held(world, make_session, commit):
    """A lecture logged as held, with attendance and notes that must never reach an e-mail."""
    session = make_session(starts_at=_past(), title="防溺水专题讲座")
    session.notes = "三年级二班张小明请假"
    mail.outbox.clear()
    commit(
        services.session_log_held,
        session=session,
        user=world["vp"].user,
        attendance={Audience.objects.get(code="parents"): 437},
    )
    return session


def test_a_held_session_mails_the_school_contacts(world, held):
    second = world["other_contact"]
    assert [m.to for m in mail.outbox] == [[world["contact"].email]]
    message = mail.outbox[0]
    assert second.email not in message.to and world["vp"].user.email not in message.to
    local = timezone.localtime(held.starts_at, BEIJING)
    assert "防溺水专题讲座" in message.subject
    assert f"{local.year}年{local.month}月{local.day}日" in message.subject
    text = _bodies(message)
    assert "测试第一小学" in text and "测试警官甲" in text
    assert f"{local:%H:%M}" in text
    assert "http://127.0.0.1:8000/admin/snippets/tracking/session/" in text and f"/{held.pk}/" in text
    # No student data: neither the attendance count nor the notes.
    assert "437" not in text and "张小明" not in text
    assert message.alternatives and message.alternatives[0][1] == "text/html"
    assert message.extra_headers["Auto-Submitted"] == "auto-generated"


def test_every_contact_of_the_school_gets_their_own_mail(world, make_session, commit):
    from tracking.factories import UserFactory

    colleague = UserFactory(username="t-contact-b")
    world["school"].contacts.add(colleague)
    session = make_session(starts_at=_past())
    mail.outbox.clear()
    commit(services.session_log_held, session=session, user=world["vp"].user, attendance={})
    assert sorted(m.to[0] for m in mail.outbox) == sorted([world["contact"].email, colleague.email])


def test_a_dispute_mails_the_vice_principal_with_the_reason(world, held, commit):
    mail.outbox.clear()
    commit(services.session_dispute, session=held, user=world["contact"], reason="签到表上的时间与实际不符")
    assert [m.to for m in mail.outbox] == [[world["vp"].user.email]]
    message = mail.outbox[0]
    assert "防溺水专题讲座" in message.subject
    assert "签到表上的时间与实际不符" in message.body and "签到表上的时间与实际不符" in message.alternatives[0][0]
    assert "437" not in _bodies(message)


def test_confirming_sends_nothing(world, held, commit):
    mail.outbox.clear()
    commit(services.session_confirm, session=held, user=world["contact"])
    assert mail.outbox == []


def test_a_user_who_switched_mail_off_gets_none(world, make_session, commit):
    services.notification_preference_set(user=world["contact"], email=False)
    session = make_session(starts_at=_past())
    mail.outbox.clear()
    commit(services.session_log_held, session=session, user=world["vp"].user, attendance={})
    assert mail.outbox == []

    services.notification_preference_set(user=world["vp"].user, email=False)
    commit(services.session_dispute, session=session, user=world["contact"], reason="没有举行")
    assert mail.outbox == []


def test_muted_sends_nothing_even_when_the_commit_comes_after_the_block(
    world, make_session, commit, django_capture_on_commit_callbacks
):
    session = make_session(starts_at=_past())
    mail.outbox.clear()
    with notifications.muted():
        assert notifications.is_muted()
        commit(services.session_log_held, session=session, user=world["vp"].user, attendance={})
        commit(services.session_dispute, session=session, user=world["contact"], reason="演示")
    assert not notifications.is_muted()
    assert mail.outbox == []

    # The callbacks of a transaction that commits after the block ended stay quiet too.
    other = make_session(starts_at=_past(5))
    with django_capture_on_commit_callbacks() as callbacks:
        with notifications.muted():
            services.session_log_held(session=other, user=world["vp"].user, attendance={})
    for callback in callbacks:
        callback()
    assert mail.outbox == []


# Reminders, the day before in Beijing time.


@pytest.fixture
def tomorrow_session(world, make_session):
    """A session at 00:30 Beijing time on day D, five days ahead: in UTC it is still the day before D."""
    day = timezone.localdate(timezone.now(), BEIJING) + datetime.timedelta(days=5)
    session = make_session(starts_at=_beijing(day, 0, 30))
    assert session.starts_at.astimezone(datetime.UTC).date() == day - datetime.timedelta(days=1)
    mail.outbox.clear()
    return session, day


def test_the_reminder_goes_the_day_before_in_beijing_time(world, tomorrow_session):
    session, day = tomorrow_session
    before = day - datetime.timedelta(days=1)
    # Two days before, and the UTC date of the start (which is "the day before" only in UTC): nothing yet.
    assert notifications.queue_due_reminders(now=_beijing(day - datetime.timedelta(days=2), 20)) == 0
    # The day before, but before the morning: nobody is mailed at night.
    assert notifications.queue_due_reminders(now=_beijing(before, 7, 59)) == 0
    assert mail.outbox == []

    assert notifications.queue_due_reminders(now=_beijing(before, 9)) == 1
    assert [m.to for m in mail.outbox] == [[world["vp"].user.email]]
    message = mail.outbox[0]
    assert "00:30" in message.subject and "测试第一小学" in message.subject
    assert f"{day.year}年{day.month}月{day.day}日" in message.body
    session.refresh_from_db()
    assert session.reminder_sent_at is not None


def test_the_reminder_is_sent_once(world, tomorrow_session):
    session, day = tomorrow_session
    now = _beijing(day - datetime.timedelta(days=1), 10)
    assert notifications.queue_due_reminders(now=now) == 1
    assert notifications.queue_due_reminders(now=now + datetime.timedelta(hours=1)) == 0
    # Two workers holding the same queued task: only the one that claims it sends.
    assert notifications.send_reminder(session_id=session.pk, day=day) == 0
    assert len(mail.outbox) == 1


def test_two_queued_reminders_send_one_mail(world, tomorrow_session):
    session, day = tomorrow_session
    assert notifications.send_reminder(session_id=session.pk, day=day) == 1
    assert notifications.send_reminder(session_id=session.pk, day=day) == 0
    assert len(mail.outbox) == 1


def test_no_reminder_for_a_cancelled_session(world, tomorrow_session):
    session, day = tomorrow_session
    services.session_cancel(session=session, user=world["vp"].user, reason="学校临时停课")
    assert notifications.queue_due_reminders(now=_beijing(day - datetime.timedelta(days=1), 10)) == 0
    assert notifications.send_reminder(session_id=session.pk, day=day) == 0
    assert mail.outbox == []


def test_a_queued_reminder_for_a_session_moved_to_another_day_is_dropped(world, tomorrow_session):
    session, day = tomorrow_session
    session.starts_at += datetime.timedelta(days=2)
    session.ends_at += datetime.timedelta(days=2)
    services.session_update(session=session, user=world["vp"].user)
    assert notifications.send_reminder(session_id=session.pk, day=day) == 0
    assert mail.outbox == []


def test_no_reminder_for_a_vice_principal_who_switched_mail_off(world, tomorrow_session):
    session, day = tomorrow_session
    NotificationPreference.objects.create(user=world["vp"].user, email=False)
    assert notifications.queue_due_reminders(now=_beijing(day - datetime.timedelta(days=1), 10)) == 1
    assert mail.outbox == []
    # Claimed all the same, so it is not retried every hour.
    assert Session.objects.get(pk=session.pk).reminder_sent_at is not None


@override_settings(TRACKING_REMINDER_FROM_HOUR=0)
def test_the_command_queues_tomorrows_reminders(world, make_session):
    tomorrow = timezone.localdate(timezone.now(), BEIJING) + datetime.timedelta(days=1)
    session = make_session(starts_at=_beijing(tomorrow, 23, 0))
    later = make_session(starts_at=_beijing(tomorrow + datetime.timedelta(days=1), 9, 0))
    mail.outbox.clear()
    out = io.StringIO()
    call_command("tracking_reminders", stdout=out)
    assert "1" in out.getvalue()
    assert [m.to for m in mail.outbox] == [[world["vp"].user.email]]
    call_command("tracking_reminders", stdout=out)
    assert len(mail.outbox) == 1
    assert Session.objects.get(pk=later.pk).reminder_sent_at is None
    assert Session.objects.get(pk=session.pk).reminder_sent_at is not None


# A stale edit must not undo the claim (services._store).


def test_a_stale_edit_keeps_the_reminder_claim(world, tomorrow_session):
    session, day = tomorrow_session
    stale = Session.objects.get(pk=session.pk)  # an edit form opened before the reminder went out
    assert notifications.send_reminder(session_id=session.pk, day=day) == 1
    stale.notes = "带上宣传册"
    services.session_update(session=stale, user=world["vp"].user)
    assert Session.objects.get(pk=session.pk).reminder_sent_at is not None
    assert notifications.send_reminder(session_id=session.pk, day=day) == 0
    assert len(mail.outbox) == 1


def test_moving_the_start_earns_a_new_reminder(world, tomorrow_session):
    session, day = tomorrow_session
    assert notifications.send_reminder(session_id=session.pk, day=day) == 1
    moved = Session.objects.get(pk=session.pk)
    moved.starts_at += datetime.timedelta(hours=9)
    moved.ends_at += datetime.timedelta(hours=9)
    services.session_update(session=moved, user=world["vp"].user)
    assert Session.objects.get(pk=session.pk).reminder_sent_at is None
    assert notifications.send_reminder(session_id=session.pk, day=day) == 1
    assert "09:30" in mail.outbox[-1].subject


# The switch in the account settings.


def test_the_account_settings_switch_mail_off_and_on(world, client):
    user = world["contact"]
    user.first_name, user.last_name = "老师", "王"  # the account form requires a name
    user.save()
    client.force_login(user)
    page = client.get("/admin/account/")
    assert page.status_code == 200
    assert b'name="tracking_email-email"' in page.content
    form = page.context["panels_by_tab"]
    panel = next(p for panels in form.values() for p in panels if p.name == "tracking_email")
    data = {}
    for other in (p for panels in form.values() for p in panels):
        bound = other.get_form()
        for name, field in bound.fields.items():
            value = bound.initial.get(name, field.initial)
            if value is None or value is False or hasattr(value, "field"):  # unset, unticked, or a file
                continue
            data[bound.add_prefix(name)] = getattr(value, "pk", value)
    data.pop("tracking_email-email", None)
    response = client.post("/admin/account/", data)
    assert response.status_code == 302, response.context and [
        (p.name, p.get_form().errors) for panels in response.context["panels_by_tab"].values() for p in panels
    ]
    assert NotificationPreference.objects.get(user=user).email is False
    assert panel.name == "tracking_email"

    data["tracking_email-email"] = "on"
    assert client.post("/admin/account/", data).status_code == 302
    assert NotificationPreference.objects.get(user=user).email is True


def test_the_switch_is_only_for_people_the_mails_are_for(world, client):
    client.force_login(world["regional"])
    assert b'name="tracking_email-email"' not in client.get("/admin/account/").content
    client.force_login(world["vp"].user)
    page = client.get("/admin/account/")
    assert b'name="tracking_email-email"' in page.content
    assert b"/admin/tracking/calendar-feed/" in page.content


def test_held_and_disputed_statuses_only(world, make_session, commit):
    """Scheduling and cancelling are the vice principal's own doing: nobody is mailed."""
    session = commit(make_session)
    commit(services.session_cancel, session=session, user=world["vp"].user, reason="改期")
    assert Session.objects.get(pk=session.pk).status == SessionStatus.CANCELLED
    assert mail.outbox == []


def test_titles_and_school_names_are_not_html_escaped_in_plain_text(world, make_session, commit):
    world["school"].name = '东城区"阳光"小学 & 幼儿园'
    world["school"].save()
    session = make_session(starts_at=_past(), title="防溺水 & 防诈骗")
    mail.outbox.clear()
    commit(services.session_log_held, session=session, user=world["vp"].user, attendance={})
    message = mail.outbox[0]
    assert "防溺水 & 防诈骗" in message.subject and "&amp;" not in message.subject
    assert '东城区"阳光"小学 & 幼儿园' in message.body and "&amp;" not in message.body and "&quot;" not in message.body
    assert "防溺水 &amp; 防诈骗" in message.alternatives[0][0]
