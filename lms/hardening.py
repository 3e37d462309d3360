"""Two library behaviours that turned hostile form input into a server error, corrected once
for every form of the project, the Wagtail admin's included (found by the fuzz suite,
``tests/fuzz``):

* Django's model multiple-choice fields look submitted ids up with ``IN``; on SQLite an id
  beyond 64 bits (``99…9``) raises ``OverflowError`` instead of "not one of the available
  choices" (a single choice's exact lookup already answers "not one of the choices").
* Wagtail's chooser widgets, when they show an invalid form again, look the submitted value up
  as a primary key and fail on one that is not a number (``0x10``).

Both now treat such a value as an unknown choice."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.forms import models as form_models


def _refusing_overflow(method):
    def checked(self, value):
        try:
            return method(self, value)
        except OverflowError:
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            ) from None

    checked.__wrapped__ = method
    return checked


def install() -> None:
    multiple = form_models.ModelMultipleChoiceField
    if not hasattr(multiple._check_values, "__wrapped__"):
        multiple._check_values = _refusing_overflow(multiple._check_values)

    from wagtail.admin.widgets.chooser import BaseChooser

    get_instance = BaseChooser.get_instance
    if not hasattr(get_instance, "__wrapped__"):

        def tolerant_get_instance(self, value):
            try:
                return get_instance(self, value)
            except (ValueError, TypeError, OverflowError, ValidationError):
                return None

        tolerant_get_instance.__wrapped__ = get_instance
        BaseChooser.get_instance = tolerant_get_instance
