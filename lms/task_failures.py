"""Background tasks that fail are retried, then surfaced to staff.

django-tasks records a failed run and moves on; nothing retries it and nobody hears of it. A
receiver of its ``task_finished`` signal enqueues a failed task again after a pause (1, 5 and
30 minutes where the backend can defer, at once where it cannot), and after the last attempt
keeps it as a :class:`~lms.models.TaskFailure` that the admin's home page shows and the site's
administrators are emailed about. A later success marks it recovered."""

from __future__ import annotations

import datetime
import hashlib
import json
import logging

from django.core.mail import mail_admins
from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks.signals import task_finished

from .models import TaskFailure

logger = logging.getLogger(__name__)

RETRY_PAUSES = [
    datetime.timedelta(minutes=1),
    datetime.timedelta(minutes=5),
    datetime.timedelta(minutes=30),
]
MAX_ATTEMPTS = len(RETRY_PAUSES) + 1


def _key(task_result) -> str:
    text = json.dumps(
        [task_result.task.module_path, task_result.args, task_result.kwargs],
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(text.encode()).hexdigest()


def _error(task_result) -> str:
    if not task_result.errors:
        return ""
    last = task_result.errors[-1]
    lines = [line for line in last.traceback.strip().splitlines() if line.strip()]
    return (lines[-1] if lines else last.exception_class_path)[:500]


def _failure_count(task_result, key: str) -> TaskFailure:
    """Record one more failed attempt and return the row; a task that had recovered starts
    counting again."""
    with transaction.atomic():
        failure, _created = TaskFailure.objects.select_for_update().get_or_create(
            key=key,
            defaults={
                "task": task_result.task.module_path,
                "arguments": {"args": list(task_result.args), "kwargs": task_result.kwargs},
                "status": TaskFailure.Status.RETRYING,
            },
        )
        if failure.status == TaskFailure.Status.RECOVERED:
            failure.attempts = 0
        failure.attempts += 1
        failure.status = TaskFailure.Status.RETRYING
        failure.error = _error(task_result)
        failure.save()
    return failure


def task_failure_record(*, sender, task_result, **kwargs) -> None:
    key = _key(task_result)
    if task_result.status == TaskResultStatus.SUCCESSFUL:
        TaskFailure.objects.filter(key=key).exclude(
            status=TaskFailure.Status.RECOVERED
        ).update(status=TaskFailure.Status.RECOVERED)
        return
    if task_result.status != TaskResultStatus.FAILED:
        return
    failure = _failure_count(task_result, key)
    if failure.attempts < MAX_ATTEMPTS:
        task = task_result.task
        if task.get_backend().supports_defer:
            task = task.using(run_after=timezone.now() + RETRY_PAUSES[failure.attempts - 1])
        logger.warning("Retrying task %s (attempt %s)", failure.task, failure.attempts + 1)
        task.enqueue(*task_result.args, **task_result.kwargs)
        return
    failure.status = TaskFailure.Status.FAILED
    failure.save(update_fields=["status"])
    logger.error("Task %s failed %s times: %s", failure.task, failure.attempts, failure.error)
    mail_admins(
        f"Background task failed: {failure.task}",
        f"{failure.task} failed {failure.attempts} times.\n"
        f"Arguments: {json.dumps(failure.arguments, default=str)}\nLast error: {failure.error}\n",
        fail_silently=True,
    )


def connect() -> None:
    task_finished.connect(
        task_failure_record, weak=False, dispatch_uid="lms.task_failures.record"
    )
