"""What each app contributes to cross-cutting features: its personal data (``privacy.py``),
its demo content (``demo.py``) and its benchmark data (``scale.py``). Apps register their own
functions; ``lms``, at the bottom of the layers, finds them by discovery
(``autodiscover_modules``) and names no app above it."""

from __future__ import annotations

from collections.abc import Callable

from django.apps import apps
from django.utils.module_loading import autodiscover_modules


class AppContributions:
    """One function per app, run in INSTALLED_APPS order (which is also the layer order)."""

    def __init__(self, module_name: str) -> None:
        self.module_name = module_name
        self._by_app: dict[str, Callable] = {}

    def register(self, function: Callable) -> Callable:
        config = apps.get_containing_app_config(function.__module__)
        if config is None:
            raise ValueError(f"{function.__module__} is not part of an installed app")
        self._by_app[config.label] = function
        return function

    def in_app_order(self) -> list[tuple[str, Callable]]:
        autodiscover_modules(self.module_name)
        order = [config.label for config in apps.get_app_configs()]
        return sorted(self._by_app.items(), key=lambda item: order.index(item[0]))


# ``personal_data(user) -> dict`` of each app, exported under the app's label.
personal_data = AppContributions("privacy")
# ``seed(*, stdout)`` of each app, run by ``manage.py seed_demo``.
demo_seeders = AppContributions("demo")
# ``seed(*, counts, stdout)`` of each app (``scale.py``), run by ``manage.py seed_scale``: the
# large benchmark data set on top of the demo content.
scale_seeders = AppContributions("scale")


# ``erase(user)`` of each app, run before the account is deleted: the app anonymises the
# user's side of records shared with other people (which the deletion must not remove).
personal_data_erasers = AppContributions("privacy")


class UserDataDeclarations:
    """Every model field that points at a user, with what happens to it when that user's
    account is erased: ``delete`` (the row goes, by cascade) or ``anonymise`` (the row stays
    for the other people it concerns, without the user). Each app declares its own fields in
    its ``privacy.py``; a test fails when a field pointing at a user is not declared."""

    DELETE = "delete"
    ANONYMISE = "anonymise"

    def __init__(self) -> None:
        self._fields: dict[tuple[str, str], tuple[str, str]] = {}

    def declare(self, model_label: str, *fields: str, erasure: str, why: str) -> None:
        if erasure not in (self.DELETE, self.ANONYMISE):
            raise ValueError(f"unknown erasure {erasure!r}")
        for field in fields:
            self._fields[(model_label, field)] = (erasure, why)

    def get(self, model_label: str, field: str) -> tuple[str, str] | None:
        autodiscover_modules("privacy")
        return self._fields.get((model_label, field))


user_data = UserDataDeclarations()
