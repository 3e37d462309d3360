from django.core.management.base import BaseCommand

from cms_pages.editorial import ensure_editorial_groups


class Command(BaseCommand):
    help = "Create or refresh the per-locale editor and reviewer groups (safe to run again)."

    def handle(self, *args, **options):
        groups = ensure_editorial_groups()
        for code, pair in groups.items():
            self.stdout.write(f"{code}: {pair['editors'].name}, {pair['reviewers'].name}")
