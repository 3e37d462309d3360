"""Personal data on request: export everything about a user, or erase the account.

Each app may provide ``<app>.privacy.personal_data(user) -> dict``; they are collected in
INSTALLED_APPS order, so ``lms`` knows nothing of the apps above it.
"""

from __future__ import annotations

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.db import transaction

APPS = ("lms", "cms_pages", "courses", "mentoring")


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
    for config in apps.get_app_configs():
        if config.name not in APPS or config.name == "lms":
            continue
        module_name = f"{config.name}.privacy"
        if find_spec(module_name) is not None:
            data[config.label] = import_module(module_name).personal_data(user)
    return data


def user_erase(*, user) -> None:
    """Delete the account and, through the database's cascades, everything that belongs to it."""
    with transaction.atomic():
        user.delete()
