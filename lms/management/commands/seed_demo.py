"""Create the demo content and accounts. Idempotent: a second run changes nothing.

Each app contributes a ``demo`` module with a ``seed(stdout)`` function; they run in
INSTALLED_APPS order, which is also the dependency order (lms, cms_pages, courses, mentoring).
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings


class Command(BaseCommand):
    help = "Create demo pages, courses, mentoring data and accounts (never in production)."

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_SEEDING_ALLOWED", False):
            raise CommandError("seed_demo is disabled under these settings (production).")
        for app_config in apps.get_app_configs():
            module_name = f"{app_config.name}.demo"
            if not app_config.name.startswith(("lms", "cms_pages", "courses", "mentoring")):
                continue
            if find_spec(module_name) is None:
                continue
            module = import_module(module_name)
            # Demo activity (enrolments, completions) must not email anyone.
            with (
                override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"),
                transaction.atomic(),
            ):
                module.seed(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
