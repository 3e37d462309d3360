"""Bounds on the dates and times people type, shared by every form and model of the project.

A date outside the window is a typo (``0001-01-01``, ``9999-12-31``) and, for a time, one that
cannot be stored or shown: ``9999-12-31T23:59`` typed in UTC−11 is in year 10000 in UTC, which
PostgreSQL keeps and Python cannot read back. Form fields and model fields carry these
validators, so the site's forms and the admin's refuse the same values."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

EARLIEST_DATE = datetime.date(1990, 1, 1)
LATEST_DATE = datetime.date(2100, 12, 31)


def is_plausible(value: datetime.date | datetime.datetime | None) -> bool:
    """Whether a stored date or time lies in the window (None is not a date: True)."""
    if value is None:
        return True
    day = value.date() if isinstance(value, datetime.datetime) else value
    return EARLIEST_DATE <= day <= LATEST_DATE


def validate_plausible_date(value: datetime.date | datetime.datetime | None) -> None:
    if value and not is_plausible(value):
        raise ValidationError(
            _("Enter a date between %(earliest)s and %(latest)s."),
            params={"earliest": EARLIEST_DATE.isoformat(), "latest": LATEST_DATE.isoformat()},
            code="implausible_date",
        )
