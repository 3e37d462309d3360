"""The shared cache's table (rate-limit counters, lockouts) when no Redis is configured: made
by `migrate` itself, so no deployment step can forget it."""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("lms", "0002_user_region")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
