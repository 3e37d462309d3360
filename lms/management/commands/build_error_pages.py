"""Write the pages nginx serves on its own, one per language (deploy/nginx.conf.template):

* ``<output>/<language>.html``: the maintenance page (``templates/maintenance.html``), answered
  with 503 when no app server answers;
* ``<output>/413/<language>.html``: the page for a body over its route's limit
  (``templates/413.html``).

Run after ``collectstatic`` (deploy/stack.sh does): the default output is STATIC_ROOT/errors.
"""

import os
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.template.loader import render_to_string
from django.utils import translation

PAGES = {
    "maintenance.html": "",
    "413.html": "413",
}


class Command(BaseCommand):
    help = "Render the maintenance and 413 pages once per language, for nginx."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            type=Path,
            default=None,
            help="Directory to write to (default: STATIC_ROOT/errors).",
        )

    def handle(self, *args, output=None, **options):
        output = Path(output or Path(settings.STATIC_ROOT) / "errors")
        written = 0
        for template_name, subdirectory in PAGES.items():
            directory = output / subdirectory if subdirectory else output
            directory.mkdir(parents=True, exist_ok=True)
            for code, _name in settings.LANGUAGES:
                with translation.override(code):
                    html = render_to_string(template_name)
                _write_atomically(directory / f"{code}.html", html)
                written += 1
        if options["verbosity"] >= 1:
            self.stdout.write(f"Wrote {written} error pages to {output}")


def _write_atomically(path: Path, text: str) -> None:
    """Readers (nginx) see the old file or the new one, never half of one."""
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
