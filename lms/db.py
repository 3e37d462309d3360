"""Reading dates PostgreSQL keeps and Python cannot hold.

PostgreSQL stores years up to 294276 (and before year 1); Python's ``datetime`` stops at
9999. One such value, saved before the forms bounded dates, made every page that reads the
row fail. The loaders below read it as a stand-in at the edge of Python's range instead, which
:func:`lms.validators.is_plausible` reports as not plausible, so pages show "invalid date"
and the admin's form asks for a real one."""

from __future__ import annotations

import datetime

TOO_LATE = datetime.datetime(9999, 1, 1, tzinfo=datetime.UTC)
TOO_EARLY = datetime.datetime(1, 1, 2, tzinfo=datetime.UTC)


def _stand_in(data) -> datetime.datetime:
    """The edge of Python's range on the side the stored value lies (PostgreSQL writes a date
    before year 1 with " BC")."""
    return TOO_EARLY if bytes(data).rstrip().endswith(b"BC") else TOO_LATE


def install_safe_loaders(connection) -> None:
    """Register the forgiving loaders on a new psycopg connection (``connection_created``)."""
    if connection.vendor != "postgresql":
        return
    import psycopg
    from psycopg.pq import Format
    from psycopg.types.datetime import DateLoader

    adapters = connection.connection.adapters
    # Django's own loader for timestamptz (it sets the time zone); ours extends it.
    timestamp_loader = adapters.get_loader(adapters.types["timestamptz"].oid, Format.TEXT)

    class SafeTimestamptzLoader(timestamp_loader):
        def load(self, data):
            try:
                return super().load(data)
            except psycopg.DataError:
                return _stand_in(data)

    class SafeDateLoader(DateLoader):
        def load(self, data):
            try:
                return super().load(data)
            except psycopg.DataError:
                return _stand_in(data).date()

    adapters.register_loader("timestamptz", SafeTimestamptzLoader)
    adapters.register_loader("date", SafeDateLoader)
