"""Personal data on request: export everything about a user, or erase the account.

Each app registers its part in its ``privacy.py`` with ``@registry.personal_data.register``;
they are found by discovery and collected in INSTALLED_APPS order, so ``lms`` knows nothing of
the apps above it.
"""

from __future__ import annotations

from django.db import transaction

from . import registry


def user_personal_data(*, user) -> dict:
    data = {
        "account": {
            "email": user.email,
            "full_name": user.full_name,
            "preferred_language": user.preferred_language,
            "municipality": user.municipality,
            "country": user.country.code if user.country else "",
            "job_title": user.job_title,
            "time_zone": user.time_zone,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        }
    }
    for label, export in registry.personal_data.in_app_order():
        data[label] = export(user)
    return data


def user_erase(*, user) -> None:
    """Delete the account and, through the database's cascades, everything that belongs to it."""
    with transaction.atomic():
        user.delete()
