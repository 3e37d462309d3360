"""Time zone names: the zone's city in the reader's language."""

import zoneinfo

import pytest
from django.utils import translation

from lms.time_zones import zone_name


@pytest.mark.parametrize(
    ("zone", "language", "expected"),
    [
        ("America/Mexico_City", "en", "Mexico City"),
        ("America/Mexico_City", "es", "Ciudad de México"),
        ("America/Mexico_City", "zh-hans", "墨西哥城"),
        ("Europe/Bratislava", "zh-hans", "布拉迪斯拉发"),
        ("America/New_York", "es", "Nueva York"),
        # The CLDR keeps some cities under a zone's former id (Asia/Calcutta).
        ("Asia/Kolkata", "zh-hans", "加尔各答"),
        ("America/Argentina/Cordoba", "es", "Córdoba"),
        # No place: the id itself.
        ("UTC", "sk", "UTC"),
        ("Etc/GMT+5", "es", "Etc/GMT+5"),
    ],
)
def test_zone_name(zone, language, expected):
    assert zone_name(zone, language) == expected


def test_zone_name_follows_the_active_language_and_takes_tzinfo():
    with translation.override("es"):
        assert zone_name(zoneinfo.ZoneInfo("America/New_York")) == "Nueva York"
    assert zone_name("") == ""


def test_zone_without_a_known_city_falls_back_on_its_last_part():
    assert zone_name("America/Argentina/Cordoba", "en") == "Cordoba"
    assert zone_name("Antarctica/Made_Up_Place", "sk") == "Made Up Place"
