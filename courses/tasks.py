"""Scheduled course work, run by the django-tasks worker (never as a side effect of a page
view). ``manage.py refresh_report_stats`` enqueues it; run that nightly from cron."""

from django_tasks import task

from . import services


@task()
def refresh_report_stats() -> int:
    """Recompute the course report's totals from the learning records: the safety net under
    the increments the services make. Returns how many rows were corrected."""
    return services.course_stats_refresh()
