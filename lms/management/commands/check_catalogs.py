"""Fail when a translation catalog is out of date, untranslated or fuzzy.

Runs makemessages into a temporary copy of ``locale/`` so that a string added to the code
but never extracted is caught as well, without touching the working tree.
"""

import shutil
import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

CATALOG_LOCALES = ["es", "zh_Hans", "sk"]
IGNORED_DIRS = [".venv", "var", "media", "staticfiles", "node_modules", "tests"]


class Command(BaseCommand):
    help = "Check that the es, zh_Hans and sk catalogs are complete, current and not fuzzy."

    def handle(self, *args, **options):
        source = Path(settings.LOCALE_PATHS[0])
        problems: list[str] = []
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "locale"
            shutil.copytree(source, copy)
            with override_settings(LOCALE_PATHS=[copy]):
                call_command(
                    "makemessages",
                    locale=CATALOG_LOCALES,
                    ignore_patterns=[f"{d}/*" for d in IGNORED_DIRS],
                    no_obsolete=True,
                    no_wrap=True,
                    verbosity=0,
                )
            for code in CATALOG_LOCALES:
                po_path = copy / code / "LC_MESSAGES" / "django.po"
                if not po_path.exists():
                    problems.append(f"{code}: no catalog")
                    continue
                catalog = polib.pofile(str(po_path))
                if catalog.metadata_is_fuzzy:
                    problems.append(f"{code}: the header is marked fuzzy")
                for entry in catalog:
                    if entry.obsolete:
                        continue
                    if entry.fuzzy:
                        problems.append(f"{code}: fuzzy: {entry.msgid!r}")
                    elif not entry.translated():
                        problems.append(f"{code}: untranslated: {entry.msgid!r}")
        if problems:
            for problem in problems:
                self.stderr.write(problem)
            raise CommandError(
                f"{len(problems)} catalog problem(s). Run `make messages`, translate, and retry."
            )
        self.stdout.write(self.style.SUCCESS("Catalogs es, zh_Hans and sk are complete."))
