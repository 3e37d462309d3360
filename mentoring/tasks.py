"""Scheduled mentoring work, run by the django-tasks worker (never as a side effect of a page
view). ``manage.py expire_mentorship_requests`` enqueues it; run that daily from cron."""

from django_tasks import task

from . import services


@task()
def expire_mentorship_requests() -> int:
    return services.mentorship_expire_stale()
