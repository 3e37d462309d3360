from django.core.management.base import BaseCommand

from mentoring.services import mentorship_expire_stale


class Command(BaseCommand):
    help = "Expire mentoring requests left unanswered for 14 days (run daily from cron)."

    def handle(self, *args, **options):
        count = mentorship_expire_stale()
        self.stdout.write(f"{count} request(s) expired.")
