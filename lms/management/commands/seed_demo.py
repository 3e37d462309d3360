"""Create the demo content and accounts. Idempotent: a second run changes nothing.

Each app registers a ``seed(stdout)`` function in its ``demo`` module
(``@registry.demo_seeders.register``); they are found by discovery and run in INSTALLED_APPS
order, which is also the dependency order (lms, cms_pages, courses, mentoring).
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings

from lms import registry


class Command(BaseCommand):
    help = "Create demo pages, courses, mentoring data and accounts (never in production)."

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_SEEDING_ALLOWED", False):
            raise CommandError("seed_demo is disabled under these settings (production).")
        for _label, seed in registry.demo_seeders.in_app_order():
            # Demo activity (enrolments, completions) must not email anyone.
            with (
                override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"),
                transaction.atomic(),
            ):
                seed(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
