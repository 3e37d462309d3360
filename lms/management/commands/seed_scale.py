"""Add the large benchmark data set on top of the demo content (run ``seed_demo`` first).

    manage.py seed_scale                 # 50,000 learners, 150,000 enrolments, ...
    manage.py seed_scale --scale 0.01    # every count × 0.01
    manage.py seed_scale --learners 500 --enrolments 1200

Each app registers a ``seed(*, counts, stdout)`` function in its ``scale`` module
(``@registry.scale_seeders.register``); they run in INSTALLED_APPS order (lms makes the
accounts, courses the learning records, mentoring the profiles and mentorships), all in one
transaction. A second run does nothing: the scale accounts are the marker.
"""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings

from lms import registry
from lms.scale import ScaleCounts, scale_users


class Command(BaseCommand):
    help = "Create the large benchmark data set (never in production; after seed_demo)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale", type=float, default=1.0, help="Multiply every default count (e.g. 0.01)."
        )
        for name in ("learners", "enrolments", "completions", "attempts", "mentorships"):
            parser.add_argument(
                f"--{name}", type=int, help=f"Number of {name} (overrides --scale)."
            )
        parser.add_argument("--seed", type=int, default=2026, help="Random seed.")

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_SEEDING_ALLOWED", False):
            raise CommandError("seed_scale is disabled under these settings (production).")
        if options["scale"] <= 0:
            raise CommandError("--scale must be positive.")
        counts = ScaleCounts(seed=options["seed"]).scaled(options["scale"])
        overrides = {
            name: options[name]
            for name in ("learners", "enrolments", "completions", "attempts", "mentorships")
            if options[name] is not None
        }
        if any(value < 0 for value in overrides.values()):
            raise CommandError("Counts cannot be negative.")
        counts = ScaleCounts(**{**vars(counts), **overrides})
        if scale_users().exists():
            self.stdout.write("The scale data set is already there; nothing to do.")
            return
        self.stdout.write(
            f"Seeding {counts.learners} learners, {counts.enrolments} enrolments, "
            f"{counts.completions} lesson completions, {counts.attempts} quiz attempts, "
            f"{counts.mentorships} mentorships."
        )
        started = time.monotonic()
        # Bulk inserts send no signals; the override only guards against a stray email.
        with (
            override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"),
            transaction.atomic(),
        ):
            for label, seed in registry.scale_seeders.in_app_order():
                step = time.monotonic()
                seed(counts=counts, stdout=self.stdout)
                self.stdout.write(f"  ({label}: {time.monotonic() - step:.1f} s)")
        self.stdout.write(
            self.style.SUCCESS(f"Scale data set ready in {time.monotonic() - started:.1f} s.")
        )
