"""Date and date-time inputs of every form of the project.

The browser's ``<input type="date">`` and ``<input type="datetime-local">`` read and write only
ISO values (``2026-11-30``, ``2026-11-30T14:30``) and show them in the reader's own way, so
these widgets always render ISO, whatever the active language's input format is (Spanish
``30/11/2026``, Chinese ``2026/11/30`` or Slovak ``30.11.2026`` would leave the field empty).
"""

from django import forms

ISO_DATE = "%Y-%m-%d"
ISO_DATETIME = "%Y-%m-%dT%H:%M"


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format=ISO_DATE)


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format=ISO_DATETIME)
