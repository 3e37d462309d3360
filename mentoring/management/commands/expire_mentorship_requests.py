from django.core.management.base import BaseCommand

from mentoring.tasks import expire_mentorship_requests


class Command(BaseCommand):
    help = (
        "Expire mentoring requests left unanswered for 14 days. Run daily from cron; the work "
        "runs as a background task (at once with the immediate backend)."
    )

    def handle(self, *args, **options):
        result = expire_mentorship_requests.enqueue()
        if result.is_finished:
            self.stdout.write(f"{result.return_value} request(s) expired.")
        else:
            self.stdout.write(f"Expiry task queued ({result.id}).")
