"""Event pages show time zones by their city, in the page's language, never as zone ids."""

import datetime

import pytest
from django.utils import timezone

from cms_pages.models import EventIndexPage, EventPage
from tests.factories import UserFactory


@pytest.fixture
def event(home_pages):
    english = EventIndexPage(title="Events", slug="events")
    home_pages["en"].add_child(instance=english)
    day = timezone.localdate() + datetime.timedelta(days=20)
    page = EventPage(title="Water forum", slug="water-forum", kind="conference",
                     start_date=day, start_time=datetime.time(10), end_date=day,
                     end_time=datetime.time(12), time_zone="America/Mexico_City",
                     region="latin_america", summary="Non-revenue water.")
    english.add_child(instance=page)
    translations = {"en": page}
    for code in ("es", "zh-hans", "sk"):
        index = english.copy_for_translation(home_pages[code].locale)
        index.save_revision().publish()
        copy = page.copy_for_translation(home_pages[code].locale)
        copy.save_revision().publish()
        translations[code] = EventPage.objects.get(pk=copy.pk)
    return translations


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "city", "visitor_city"),
    [("en", "Mexico City", "New York"), ("es", "Ciudad de México", "Nueva York"),
     ("zh-hans", "墨西哥城", "纽约"), ("sk", "México", "New York")],
)
def test_event_zone_is_shown_by_city_in_the_page_language(client, event, language, city,
                                                          visitor_city):
    page = event[language]
    html = client.get(page.url).content.decode()
    assert f"({city})" in html
    assert "America/Mexico_City" not in html and "Mexico_City" not in html
    client.force_login(UserFactory(time_zone="America/New_York"))
    html = client.get(page.url).content.decode()
    assert f"({visitor_city})" in html or f"（{visitor_city}）" in html
    assert "America/New_York" not in html
