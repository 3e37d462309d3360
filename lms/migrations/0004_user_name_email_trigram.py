"""Trigram indexes for searching people by part of their name or email (the bulk matching
"change mentor" search, ``mentoring.selectors.proposal_mentor_choices``), on PostgreSQL only.

Django's ``icontains`` on PostgreSQL is ``UPPER("col"::text) LIKE UPPER('%…%')``, which no
B-tree serves; a GIN index with ``gin_trgm_ops`` on that same expression does. ``pg_trgm`` is
a trusted extension (PostgreSQL 13+): the database's owner may create it. On any other
database (SQLite in development and tests) the migration does nothing. Reversing it drops the
indexes and leaves the extension, which other indexes may use."""

from django.db import migrations

INDEXES = {
    "lms_user_full_name_upper_trgm": "full_name",
    "lms_user_email_upper_trgm": "email",
}


def _postgresql(schema_editor) -> bool:
    return schema_editor.connection.vendor == "postgresql"


def create_indexes(apps, schema_editor):
    if not _postgresql(schema_editor):
        return
    table = schema_editor.quote_name(apps.get_model("lms", "User")._meta.db_table)
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, column in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {schema_editor.quote_name(name)} ON {table} "
            f"USING gin ((UPPER({schema_editor.quote_name(column)}::text)) gin_trgm_ops)"
        )


def drop_indexes(apps, schema_editor):
    if not _postgresql(schema_editor):
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {schema_editor.quote_name(name)}")


class Migration(migrations.Migration):
    dependencies = [("lms", "0003_cache_table")]

    operations = [migrations.RunPython(create_indexes, drop_indexes, elidable=False)]
