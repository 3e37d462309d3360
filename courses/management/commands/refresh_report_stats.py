from django.core.management.base import BaseCommand

from courses.tasks import refresh_report_stats


class Command(BaseCommand):
    help = (
        "Recompute the course report's totals from enrolments and quiz attempts, correcting "
        "any drift. Run nightly from cron; the work runs as a background task (at once with "
        "the immediate backend)."
    )

    def handle(self, *args, **options):
        result = refresh_report_stats.enqueue()
        if result.is_finished:
            self.stdout.write(f"{result.return_value} course report row(s) corrected.")
        else:
            self.stdout.write(f"Report refresh task queued ({result.id}).")
