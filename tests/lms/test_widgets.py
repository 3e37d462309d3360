"""Date inputs render ISO values in every language: the only ones a browser's date picker reads."""

import datetime
import importlib
import inspect

import pytest
from django import forms
from django.utils import translation

from lms.widgets import DateInput, DateTimeInput

LANGUAGES = ["en", "es", "zh-hans", "sk"]
FORM_MODULES = [
    "lms.forms",
    "lms.admin_forms",
    "courses.forms",
    "mentoring.forms",
    "mentoring.admin_forms",
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_date_input_renders_iso_in_every_language(language):
    with translation.override(language):
        html = DateInput().render("held_on", datetime.date(2026, 11, 30))
    assert 'type="date"' in html
    assert 'value="2026-11-30"' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_datetime_input_renders_iso_in_every_language(language):
    with translation.override(language):
        html = DateTimeInput().render("when", datetime.datetime(2026, 11, 30, 14, 5))
    assert 'type="datetime-local"' in html
    assert 'value="2026-11-30T14:05"' in html


def _project_forms():
    for name in FORM_MODULES:
        module = importlib.import_module(name)
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, forms.BaseForm) and value.__module__ == name:
                yield value


def test_every_date_field_of_the_project_uses_the_iso_widgets():
    checked = 0
    for form_class in _project_forms():
        for name, field in form_class.base_fields.items():
            if isinstance(field, forms.DateTimeField):
                assert isinstance(field.widget, DateTimeInput), (form_class, name)
                checked += 1
            elif isinstance(field, forms.DateField):
                assert isinstance(field.widget, DateInput), (form_class, name)
                checked += 1
    assert checked >= 3
