"""A background task that fails is retried, then shown to staff and emailed to the site's
administrators; the page that queued it never says it was sent."""

import smtplib
from unittest import mock

import pytest
from django.core import mail
from django.utils import timezone

from lms.models import TaskFailure
from lms.task_failures import MAX_ATTEMPTS
from mentoring import services
from tests.factories import ProgramFactory, UserFactory, make_coordinator, make_mentee, make_mentor


@pytest.fixture
def active(db):
    program = ProgramFactory()
    mentor, mentee = make_mentor(program), make_mentee(program)
    request = services.mentorship_request(
        mentee=mentee.user, mentor_profile=mentor, program=program, message="Hola"
    )
    return services.mentorship_accept(mentorship=request, mentor=mentor.user)


def _schedule(client, mentorship):
    when = (timezone.localtime() + timezone.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")
    return client.post(
        f"/en/mentoring/m/{mentorship.pk}/meeting/", {"when": when, "details": "Video"}, follow=True
    )


@pytest.mark.django_db
def test_a_failing_email_is_retried_then_surfaced(
    client, active, settings, django_capture_on_commit_callbacks
):
    settings.ADMINS = [("Ops", "ops@example.org")]
    client.force_login(active.mentor)
    sent = mail.send_mail
    calls = []

    def refuse(subject, body, sender, recipients, **kwargs):
        if recipients == [active.mentee.email]:
            calls.append(recipients)
            raise smtplib.SMTPRecipientsRefused({active.mentee.email: (550, b"No")})
        return sent(subject, body, sender, recipients, **kwargs)

    with mock.patch("mentoring.emails.send_mail", refuse):
        with django_capture_on_commit_callbacks(execute=True):
            response = _schedule(client, active)
    html = response.content.decode()
    assert "We will email the other person about it." in html
    assert "We let the other person know" not in html
    assert len(calls) == MAX_ATTEMPTS
    failure = TaskFailure.objects.get()
    assert failure.status == "failed" and failure.attempts == MAX_ATTEMPTS
    assert failure.task == "mentoring.emails.send_mentoring_email"
    assert failure.arguments["kwargs"]["kind"] == "meeting"
    assert "SMTPRecipientsRefused" in failure.error
    (alert,) = [m for m in mail.outbox if m.to == ["ops@example.org"]]
    assert "send_mentoring_email" in alert.subject

    # Staff who may see it find it on the admin's home page; a coordinator does not.
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    home = client.get("/admin/").content.decode()
    assert "Background tasks that failed" in home and "send_mentoring_email" in home
    client.force_login(make_coordinator("latin_america"))
    assert "Background tasks that failed" not in client.get("/admin/").content.decode()

    # The same email (same kind, mentorship and recipient) going out later marks it recovered.
    client.force_login(active.mentor)
    with django_capture_on_commit_callbacks(execute=True):
        _schedule(client, active)
    failure.refresh_from_db()
    assert failure.status == "recovered"
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    assert "Background tasks that failed" not in client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_a_worker_backend_retries_after_a_pause(settings):
    """Where the backend can defer (the database worker in production), a failed task is
    queued again to run after 1, then 5, then 30 minutes, not at once."""
    from django_tasks import TaskResult, TaskResultStatus, task_backends
    from django_tasks.base import TaskError

    from lms.task_failures import RETRY_PAUSES, task_failure_record
    from mentoring.emails import send_mentoring_email

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    now = timezone.now()
    failed = TaskResult(
        task=send_mentoring_email,
        id="first",
        status=TaskResultStatus.FAILED,
        enqueued_at=now,
        started_at=now,
        last_attempted_at=now,
        finished_at=now,
        args=[],
        kwargs={"kind": "meeting", "mentorship_id": 1, "recipient_id": 2},
        backend="default",
        errors=[TaskError(exception_class_path="smtplib.SMTPServerDisconnected",
                          traceback="Traceback ...\nsmtplib.SMTPServerDisconnected: gone")],
        worker_ids=["worker-1"],
    )
    for pause in RETRY_PAUSES:
        before = timezone.now()
        task_failure_record(sender=None, task_result=failed)
        queued = task_backends["default"].results[-1]
        assert queued.kwargs == failed.kwargs
        assert before + pause <= queued.task.run_after <= timezone.now() + pause
    assert TaskFailure.objects.get().status == "retrying"
    task_failure_record(sender=None, task_result=failed)
    assert len(task_backends["default"].results) == len(RETRY_PAUSES)
    failure = TaskFailure.objects.get()
    assert (failure.status, failure.attempts) == ("failed", MAX_ATTEMPTS)
    assert failure.error == "smtplib.SMTPServerDisconnected: gone"


@pytest.mark.django_db
def test_a_task_that_recovered_and_fails_again_is_retried_again(settings):
    from django_tasks import TaskResult, TaskResultStatus, task_backends
    from django_tasks.base import TaskError

    from lms.task_failures import task_failure_record
    from mentoring.emails import send_mentoring_email

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    now = timezone.now()

    def result(status):
        return TaskResult(
            task=send_mentoring_email, id="x", status=status, enqueued_at=now, started_at=now,
            last_attempted_at=now, finished_at=now, args=[],
            kwargs={"kind": "ended", "mentorship_id": 3, "recipient_id": 4}, backend="default",
            errors=[TaskError(exception_class_path="OSError", traceback="OSError: down")],
            worker_ids=["w"],
        )

    for _ in range(MAX_ATTEMPTS - 1):
        task_failure_record(sender=None, task_result=result(TaskResultStatus.FAILED))
    task_failure_record(sender=None, task_result=result(TaskResultStatus.SUCCESSFUL))
    assert TaskFailure.objects.get().status == "recovered"
    queued = len(task_backends["default"].results)
    task_failure_record(sender=None, task_result=result(TaskResultStatus.FAILED))
    failure = TaskFailure.objects.get()
    assert (failure.status, failure.attempts) == ("retrying", 1)
    assert len(task_backends["default"].results) == queued + 1
