"""Fail when a translation catalog is out of date, untranslated or fuzzy.

Runs makemessages into a temporary copy of ``locale/`` so that a string added to the code
but never extracted is caught as well, without touching the working tree.

Each catalog, the project's and the overrides, is also held to the term base
(``docs/termbase.md``, ``lms/termbase.py``): no other term's word for a term, and full-width
punctuation between Chinese characters.

Then checks the third-party overrides in the other LOCALE_PATHS (``locale_vendor/``): no fuzzy
or empty entry, the placeholders and plural forms of each translation match its msgid, the
compiled ``.mo`` is not older than its ``.po``, and each catalog is what
``tools/vendor_catalogs.py`` makes from the installed packages (so an upgrade of Wagtail that
adds or changes strings is noticed).
"""

import importlib.util
import os
import shutil
import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

from lms import termbase

CATALOG_LOCALES = ["es", "zh_Hans", "sk"]
IGNORED_DIRS = [".venv", "var", "media", "staticfiles", "node_modules", "tests"]
VENDOR_TOOL = Path(settings.BASE_DIR) / "tools" / "vendor_catalogs.py"


def vendor_tool():
    spec = importlib.util.spec_from_file_location("vendor_catalogs", VENDOR_TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def catalog_problems(name, catalog: polib.POFile, tool) -> list[str]:
    """What is wrong with one catalog's entries: fuzzy, untranslated, the wrong number of
    plural forms, or placeholders that differ from the msgid's (the same rules for the
    project's catalogs and the third-party overrides)."""
    problems: list[str] = []
    if catalog.metadata_is_fuzzy:
        problems.append(f"{name}: the header is marked fuzzy")
    plural_forms = catalog.metadata.get("Plural-Forms", "")
    nplurals = int(plural_forms.split("nplurals=")[1].split(";")[0]) if plural_forms else 2
    for entry in catalog:
        if entry.obsolete:
            continue
        if entry.fuzzy:
            problems.append(f"{name}: fuzzy: {entry.msgid!r}")
        elif not entry.translated():
            problems.append(f"{name}: untranslated: {entry.msgid!r}")
        elif entry.msgid_plural and len(entry.msgstr_plural) != nplurals:
            problems.append(f"{name}: not {nplurals} plural forms: {entry.msgid!r}")
        else:
            problems.extend(
                f"{name}: placeholders of {entry.msgid!r}: {problem}"
                for problem in tool.placeholder_problems(entry, nplurals)
            )
    return problems


def vendor_problems(tool=None) -> list[str]:
    tool = tool or vendor_tool()
    problems: list[str] = []
    for locale_path in settings.LOCALE_PATHS[1:]:
        root = Path(locale_path)
        for po_path in sorted(root.glob("*/LC_MESSAGES/*.po")):
            name = po_path.relative_to(root.parent)
            catalog = polib.pofile(str(po_path))
            problems.extend(catalog_problems(name, catalog, tool))
            problems.extend(termbase.catalog_term_problems(po_path.parent.parent.name, catalog))
            mo_path = po_path.with_suffix(".mo")
            if mo_path.exists() and mo_path.stat().st_mtime < po_path.stat().st_mtime:
                problems.append(f"{name}: compiled before its last change; run compilemessages")
    problems.extend(tool.check())
    return problems


def extract_into_copy(source: Path, tmp: Path) -> Path:
    """makemessages into a copy of ``source`` (the project's ``locale/``), never into it.

    makemessages writes each file's strings to the ``locale`` directory next to the nearest
    project root it finds, and from the project root that is always the real ``locale/``;
    so it runs in a temporary project made of links to the real source folders, whose own
    ``locale/`` is the copy."""
    project = tmp / "project"
    project.mkdir()
    copy = project / "locale"
    shutil.copytree(source, copy)
    root = Path(settings.BASE_DIR)
    for child in root.iterdir():
        if child.name == "locale" or child.name in IGNORED_DIRS or child.name.startswith("."):
            continue
        (project / child.name).symlink_to(child)
    previous = os.getcwd()
    os.chdir(project)
    try:
        with override_settings(LOCALE_PATHS=[copy]):
            call_command(
                "makemessages",
                locale=CATALOG_LOCALES,
                ignore_patterns=[f"{d}/*" for d in IGNORED_DIRS],
                no_obsolete=True,
                no_wrap=True,
                symlinks=True,
                verbosity=0,
            )
    finally:
        os.chdir(previous)
    return copy


class Command(BaseCommand):
    help = (
        "Check that the es, zh_Hans and sk catalogs are complete, current and not fuzzy, and "
        "that the third-party overrides (locale_vendor/) are sound and current."
    )

    def handle(self, *args, **options):
        source = Path(settings.LOCALE_PATHS[0])
        tool = vendor_tool()
        problems: list[str] = []
        with tempfile.TemporaryDirectory() as tmp:
            copy = extract_into_copy(source, Path(tmp))
            for code in CATALOG_LOCALES:
                po_path = copy / code / "LC_MESSAGES" / "django.po"
                if not po_path.exists():
                    problems.append(f"{code}: no catalog")
                    continue
                catalog = polib.pofile(str(po_path))
                problems.extend(catalog_problems(code, catalog, tool))
                problems.extend(termbase.catalog_term_problems(code, catalog))
        problems.extend(vendor_problems(tool))
        if problems:
            for problem in problems:
                self.stderr.write(problem)
            raise CommandError(
                f"{len(problems)} catalog problem(s). Run `make messages` (or, for "
                "locale_vendor/, tools/vendor_catalogs.py), translate, and retry."
            )
        self.stdout.write(
            self.style.SUCCESS(
                "Catalogs es, zh_Hans and sk are complete and follow the term base; the "
                "third-party overrides are sound."
            )
        )
