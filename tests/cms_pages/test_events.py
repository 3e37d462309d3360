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
    # Chinese puts the zone in full-width parentheses.
    assert (f"（{city}）" if language == "zh-hans" else f"({city})") in html
    assert "America/Mexico_City" not in html and "Mexico_City" not in html
    client.force_login(UserFactory(time_zone="America/New_York"))
    html = client.get(page.url).content.decode()
    assert f"({visitor_city})" in html or f"（{visitor_city}）" in html
    assert "America/New_York" not in html


@pytest.mark.django_db
def test_a_one_day_event_shows_its_date_once(client, event):
    from django.utils import formats, translation

    page = event["en"]
    html = client.get(page.url).content.decode()
    with translation.override("en"):
        day = formats.date_format(page.start_date, "DATE_FORMAT")
    when = html[html.index("<dt>When</dt>") : html.index("</dd>", html.index("<dt>When</dt>"))]
    assert when.count(day) == 1, when


@pytest.mark.django_db
def test_chinese_lists_use_the_chinese_separator(client, catalogs):
    from cms_pages.models import Topic
    from tests.factories import make_course, translate_course

    course = make_course(catalogs["en"], title="Budgets", lessons=1)
    for slug, name in (("finance", "公共财政"), ("ethics", "职业伦理")):
        topic, _created = Topic.objects.get_or_create(slug=slug, defaults={"name_en": slug})
        topic.name_zh_hans = name
        topic.save()
        course.topics.add(topic)
    course.save_revision().publish()
    chinese = translate_course(course, catalogs["zh-hans"].locale, "预算")
    html = client.get(chinese.url).content.decode()
    assert "公共财政、职业伦理" in html or "职业伦理、公共财政" in html
