"""schema.org JSON-LD for pages people look for from search engines: the association and its
offices (``Organization``, with each office's ``Place``), news (``NewsArticle``) and events
(``Event``, times with their time zone's offset). Text comes from the page's own language.
Page models' ``structured_data(request)`` call these; ``{% structured_data %}`` renders them.
"""

from __future__ import annotations

import zoneinfo

from django.utils.translation import get_language
from django.utils.translation import gettext as _

SCHEMA = "https://schema.org"


def _absolute(request, page) -> str:
    _site_id, _root, path = page.get_url_parts(request)
    return request.build_absolute_uri(path)


def _image(request, page) -> str | None:
    image = getattr(page, "listing_image", None)
    if image is None:
        return None
    return request.build_absolute_uri(image.get_rendition("fill-1200x630").url)


def organization(request, *, home=None) -> dict:
    """The association: name, what it does, and its home page in the reader's language."""
    data = {
        "@type": "Organization",
        "name": "CityPeers",
        "description": _(
            "An international association of city managers: online courses, mentoring and "
            "city-to-city partnerships for local-government professionals."
        ),
    }
    if home is not None:
        data["url"] = _absolute(request, home)
    return data


def office_facts(request, page) -> dict:
    """What the JSON-LD says of an office, without the host (kept in the page cache)."""
    return {
        "name": page.title,
        "path": page.get_url_parts(request)[2],
        "city": page.city,
        "country": str(page.country),
        "address": " ".join(page.address.split()),
        "email": page.email,
        "telephone": page.phone,
    }


def office(request, facts: dict) -> dict:
    """A regional office, part of the association, at its address."""
    address = {
        "@type": "PostalAddress",
        "addressLocality": facts["city"],
        "addressCountry": facts["country"],
    }
    if facts["address"]:
        address["streetAddress"] = facts["address"]
    data = {
        "@type": "Organization",
        "name": facts["name"],
        "url": request.build_absolute_uri(facts["path"]),
        "parentOrganization": organization(request),
        "location": {"@type": "Place", "name": facts["city"], "address": address},
    }
    for key in ("email", "telephone"):
        if facts[key]:
            data[key] = facts[key]
    return data


def home_page(request, page, offices: list[dict]) -> dict:
    data = {"@context": SCHEMA, **organization(request, home=page)}
    data["subOrganization"] = [office(request, facts) for facts in offices]
    return data


def office_page(request, page) -> dict:
    return {"@context": SCHEMA, **office(request, office_facts(request, page))}


def news_article(request, page) -> dict:
    data = {
        "@context": SCHEMA,
        "@type": "NewsArticle",
        "headline": page.title,
        "description": page.summary,
        "inLanguage": get_language(),
        "datePublished": page.date.isoformat(),
        "url": _absolute(request, page),
        "author": organization(request),
        "publisher": organization(request),
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if image := _image(request, page):
        data["image"] = image
    return data


def event(request, page) -> dict:
    """Start and end in the event's own time zone, with its offset (2026-12-10T15:00:00+05:30)."""
    zone = zoneinfo.ZoneInfo(page.time_zone)
    online, in_person = bool(page.online_url), bool(page.venue)
    if online and in_person:
        mode = "MixedEventAttendanceMode"
    elif online:
        mode = "OnlineEventAttendanceMode"
    else:
        mode = "OfflineEventAttendanceMode"
    locations = []
    if online:
        locations.append({"@type": "VirtualLocation", "url": page.online_url})
    if in_person:
        locations.append({"@type": "Place", "name": page.venue, "address": page.venue})
    data = {
        "@context": SCHEMA,
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "inLanguage": get_language(),
        "startDate": page.starts_at.astimezone(zone).isoformat() if page.starts_at else None,
        "endDate": page.ends_at.astimezone(zone).isoformat() if page.ends_at else None,
        "eventStatus": f"{SCHEMA}/EventScheduled",
        "eventAttendanceMode": f"{SCHEMA}/{mode}",
        "url": _absolute(request, page),
        "organizer": organization(request),
    }
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if image := _image(request, page):
        data["image"] = image
    return {key: value for key, value in data.items() if value is not None}
