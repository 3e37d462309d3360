"""Time zones as people read them: the zone's city in the reader's language.

"America/Mexico_City" is shown as "Mexico City", "Ciudad de México", "墨西哥城" or "México"
(the exemplar cities of the Unicode CLDR, through Babel). A zone the CLDR has no city for in a
language falls back on the last part of its id ("America/Argentina/Cordoba" → "Cordoba");
zones that are no place ("UTC", "Etc/GMT+5") keep their id.
"""

from __future__ import annotations

import functools

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import get_timezone, get_timezone_location
from django.utils import translation


def _fallback(zone: str) -> str:
    return zone.rsplit("/", 1)[-1].replace("_", " ")


@functools.cache
def _former_ids() -> dict[str, list[str]]:
    """The older ids of each zone: the CLDR keeps some cities under them ("Asia/Calcutta"
    for "Asia/Kolkata")."""
    former: dict[str, list[str]] = {}
    for alias, zone in get_global("zone_aliases").items():
        former.setdefault(zone, []).append(alias)
    return former


@functools.lru_cache(maxsize=2048)
def _zone_city(zone: str, language: str) -> str:
    if "/" not in zone or zone.startswith("Etc/"):
        return zone
    try:
        locale = Locale.parse(translation.to_locale(language))
        for key in (zone, *_former_ids().get(zone, ())):
            city = locale.time_zones.get(key, {}).get("city")
            if city:
                return city
        city = get_timezone_location(get_timezone(zone), locale=locale, return_city=True)
    except (LookupError, UnknownLocaleError, ValueError):
        return _fallback(zone)
    # Babel's own fallback keeps the path ("Argentina/Cordoba").
    return _fallback(city) if "/" in city else city


def zone_name(zone, language: str | None = None) -> str:
    """The name to show for a time zone (an IANA id or a tzinfo), in ``language`` (default:
    the active language)."""
    if not zone:
        return ""
    zone = str(getattr(zone, "key", zone))
    return _zone_city(zone, language or translation.get_language() or "en")
