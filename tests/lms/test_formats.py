"""Dates in each language's own form (FORMAT_MODULE_PATH = lms.formats)."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import formats, translation
from django.utils.translation import pgettext

DAY = datetime.datetime(2026, 12, 1, 9, 5)


def _render(language: str, source: str) -> str:
    with translation.override(language):
        return Template(source).render(Context({"day": DAY}))


def test_slovak_dates_put_the_month_in_the_genitive_form():
    """Day and month take the genitive ("1. decembra 2026"): Django's "E", the "alt. month"
    names; the month alone with its year stays nominative ("december 2026")."""
    assert formats.get_format("DATE_FORMAT", "sk") == "j. E Y"
    assert formats.get_format("DATETIME_FORMAT", "sk") == "j. E Y, G:i"
    assert formats.get_format("MONTH_DAY_FORMAT", "sk") == "j. E"
    assert formats.get_format("YEAR_MONTH_FORMAT", "sk") == "F Y"
    with translation.override("sk"):
        december = pgettext("alt. month", "December")
    assert _render("sk", '{{ day|date:"DATE_FORMAT" }}') == f"1. {december} 2026"
    assert _render("sk", '{{ day|date:"DATETIME_FORMAT" }}') == f"1. {december} 2026, 9:05"
    assert _render("sk", '{{ day|date:"SHORT_DATE_FORMAT" }}') == "01.12.2026"


@pytest.mark.parametrize(
    ("language", "date", "datetime_"),
    [
        ("es", "1 de diciembre de 2026", "1 de diciembre de 2026 a las 09:05"),
        ("zh-hans", "2026年12月1日", "2026年12月1日 09:05"),
        ("en", "Dec. 1, 2026", "Dec. 1, 2026, 9:05 a.m."),
    ],
)
def test_other_languages_keep_djangos_formats(language, date, datetime_):
    assert _render(language, '{{ day|date:"DATE_FORMAT" }}') == date
    assert _render(language, '{{ day|date:"DATETIME_FORMAT" }}') == datetime_
