"""Resources, offices, news feeds, events, search, sitemap and head links."""

import datetime
import json
from xml.etree import ElementTree

import pytest
from django.utils import timezone
from wagtail.models import Locale

from cms_pages.models import (
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    NewsPage,
    RegionalOfficePage,
    ResourceIndexPage,
    ResourcePage,
    StandardPage,
)
from tests.factories import UserFactory, topic


def _body(text):
    return json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>"}])


def _index(home, model, title, slug):
    page = model(title=title, slug=slug)
    home.add_child(instance=page)
    return page


def _translate(page, code, **fields):
    copy = page.copy_for_translation(Locale.objects.get(language_code=code))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return type(page).objects.get(pk=copy.pk)


@pytest.fixture
def library(home_pages):
    index = _index(home_pages["en"], ResourceIndexPage, "Resources", "resources")
    sk_index = _translate(index, "sk", title="Zdroje", slug="zdroje")
    zh_index = _translate(index, "zh-hans", title="资源库", slug="ziyuan")
    pages = []
    for n, (kind, region) in enumerate([("toolkit", "europe"), ("case_study", "east_asia"),
                                        ("report", "europe")] * 5):
        page = ResourcePage(title=f"Resource {n:02d}", slug=f"resource-{n}", resource_type=kind,
                            region=region, summary=f"Summary {n}", body=_body("Text"))
        index.add_child(instance=page)
        pages.append(page)
    pages[0].topics.set([topic("finance")])
    pages[0].save_revision().publish()
    slovak = ResourcePage(title="Participatívny rozpočet v Košiciach", slug="participativny",
                          resource_type="case_study", region="europe",
                          summary="Ako obyvatelia rozhodujú o časti rozpočtu mesta.",
                          body=_body("Obyvatelia Košíc hlasovali o projektoch."))
    sk_index.add_child(instance=slovak)
    chinese = ResourcePage(title="成都村级公共服务资金", slug="chengdu", resource_type="case_study",
                           region="east_asia", summary="村民议事会决定资金用途。",
                           body=_body("成都市通过村民议事会让居民参与公共服务资金的分配。"))
    zh_index.add_child(instance=chinese)
    return {"index": index, "pages": pages, "slovak": slovak, "chinese": chinese}


@pytest.mark.django_db
def test_resource_library_filters_and_paginates(client, library):
    response = client.get("/en/resources/")
    assert len(response.context["page_obj"].object_list) == 12
    assert response.context["page_obj"].paginator.count == 17  # with 2 untranslated ones
    toolkit = client.get("/en/resources/", {"type": "toolkit"})
    assert toolkit.context["page_obj"].paginator.count == 5
    region = client.get("/en/resources/", {"region": "east_asia"})
    assert region.context["page_obj"].paginator.count == 6
    by_topic = client.get("/en/resources/", {"topic": "finance"})
    assert [p.title for p in by_topic.context["page_obj"]] == ["Resource 00"]
    assert "type=toolkit&amp;page=2" not in toolkit.content.decode()  # only one page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("zh-hans", "议事会", "成都村级公共服务资金"),  # a word inside a Chinese sentence
        ("zh-hans", "公共服务", "成都村级公共服务资金"),
        ("sk", "kosiciach", "Participatívny rozpočet v Košiciach"),  # typed without diacritics
        ("sk", "ROZPOCET obyvatelia", "Participatívny rozpočet v Košiciach"),
        ("en", "resource 03", "Resource 03"),
    ],
)
def test_search_in_each_language(client, library, language, query, expected):
    response = client.get(f"/{language}/search/", {"q": query})
    titles = [r.page.title for r in response.context["page_obj"]]
    assert expected in titles
    html = response.content.decode()
    assert f'<html lang="{language}"' in html


@pytest.mark.django_db
def test_search_stays_in_the_visitors_language_unless_asked(client, library):
    assert client.get("/en/search/", {"q": "议事会"}).context["result_count"] == 0
    response = client.get("/en/search/", {"q": "议事会", "all": "1"})
    (result,) = response.context["page_obj"].object_list
    assert result.language == "zh-hans"
    assert 'lang="zh-hans"' in response.content.decode()


@pytest.mark.django_db
def test_search_filters_by_type_and_topic(client, library, home_pages):
    home_pages["en"].add_child(instance=StandardPage(title="Resource policy", slug="policy"))
    all_results = client.get("/en/search/", {"q": "resource"}).context["result_count"]
    only_pages = client.get("/en/search/", {"q": "resource", "type": "standardpage"})
    assert [r.page.title for r in only_pages.context["page_obj"]] == ["Resource policy"]
    assert all_results == 16
    by_topic = client.get("/en/search/", {"q": "resource", "topic": "finance"})
    assert [r.page.title for r in by_topic.context["page_obj"]] == ["Resource 00"]


@pytest.fixture
def newsroom(home_pages):
    index = _index(home_pages["en"], NewsIndexPage, "News", "news")
    sk_index = _translate(index, "sk", title="Novinky", slug="novinky")
    for n in range(3):
        index.add_child(instance=NewsPage(title=f"Story {n}", slug=f"story-{n}",
                                          summary=f"Summary {n}", region="global",
                                          body=_body("Body"),
                                          date=datetime.date(2026, 1, 1 + n)))
    sk_index.add_child(instance=NewsPage(title="Správa z Bratislavy", slug="sprava",
                                         summary="Zhrnutie", region="europe",
                                         body=_body("Text")))
    return index


@pytest.mark.django_db
def test_news_feeds_per_locale(client, newsroom):
    rss = client.get("/en/news/feed/rss/")
    assert rss.status_code == 200
    channel = ElementTree.fromstring(rss.content).find("channel")
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == ["Story 2", "Story 1", "Story 0"]
    assert channel.findtext("language") == "en"
    atom = client.get("/sk/novinky/feed/atom/")
    assert atom.status_code == 200
    assert "Správa z Bratislavy" in atom.content.decode()
    assert "Story 1" not in atom.content.decode()
    assert 'type="application/rss+xml"' in client.get("/en/news/").content.decode()


@pytest.fixture
def calendar(home_pages):
    index = _index(home_pages["en"], EventIndexPage, "Events", "events")
    today = timezone.localdate()
    upcoming = EventPage(title="Budget webinar", slug="budget-webinar", kind="webinar",
                         start_date=today + datetime.timedelta(days=10),
                         start_time=datetime.time(15, 0),
                         end_date=today + datetime.timedelta(days=10),
                         end_time=datetime.time(16, 30), time_zone="Europe/Bratislava",
                         online_url="https://example.org/webinar", region="europe",
                         summary="How to publish a citizens' budget.")
    past = EventPage(title="Water convening", slug="water", kind="convening",
                     start_date=today - datetime.timedelta(days=30), start_time=datetime.time(9),
                     end_date=today - datetime.timedelta(days=29), end_time=datetime.time(17),
                     time_zone="America/Mexico_City", venue="Guadalajara", region="latin_america",
                     summary="Non-revenue water.")
    index.add_child(instance=upcoming)
    index.add_child(instance=past)
    return {"index": index, "upcoming": upcoming, "past": past}


@pytest.mark.django_db
def test_events_upcoming_and_past(client, calendar):
    upcoming = client.get("/en/events/")
    assert [p.title for p in upcoming.context["page_obj"]] == ["Budget webinar"]
    past = client.get("/en/events/past/")
    assert [p.title for p in past.context["page_obj"]] == ["Water convening"]
    # Seen again, both come from the page cache's routes and still reach their own sub-view.
    assert [p.title for p in client.get("/en/events/").context["page_obj"]] == ["Budget webinar"]
    again = client.get("/en/events/past/")
    assert [p.title for p in again.context["page_obj"]] == ["Water convening"]


@pytest.mark.django_db
def test_event_time_zones_and_ics(client, calendar):
    event = calendar["upcoming"]
    assert event.starts_at.utcoffset() is not None
    html = client.get(event.url).content.decode()
    assert "(Bratislava)" in html  # zones are shown by their city
    client.force_login(UserFactory(time_zone="Asia/Shanghai"))
    html = client.get(event.url).content.decode()
    assert "(Shanghai)" in html  # shown in the visitor's own time zone too
    ics = client.get(f"{event.url}calendar/")
    body = ics.content.decode()
    assert ics["Content-Type"].startswith("text/calendar")
    start_utc = event.starts_at.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    assert f"DTSTART:{start_utc}" in body
    assert "SUMMARY:Budget webinar" in body


@pytest.mark.django_db
def test_event_must_end_after_it_starts(calendar):
    from django.core.exceptions import ValidationError

    event = calendar["upcoming"]
    event.end_time = datetime.time(14, 0)
    with pytest.raises(ValidationError):
        event.full_clean()


@pytest.mark.django_db
def test_office_page_shows_latest_for_its_region(client, home_pages, library, newsroom, calendar):
    office = RegionalOfficePage(title="Bratislava office", slug="bratislava", region="europe",
                                city="Bratislava", country="SK", office_languages="Slovak")
    home_pages["en"].add_child(instance=office)
    response = client.get("/en/bratislava/")
    latest = response.context["latest"]
    assert [e.title for e in latest["events"]] == ["Budget webinar"]
    assert all(r.region == "europe" for r in latest["resources"])
    assert latest["news"] == []  # the English global news are not tagged Europe


@pytest.mark.django_db
def test_sitemap_lists_every_locale_with_hreflang(client, about_pages):
    body = client.get("/sitemap.xml").content.decode()
    assert "/sk/o-nas/" in body and "/zh-hans/guanyu/" in body and "/en/about/" in body
    assert 'hreflang="sk"' in body
    assert body.count("<url>") >= 8


@pytest.mark.django_db
def test_head_has_canonical_hreflang_and_open_graph(client, about_pages):
    html = client.get("/es/acerca-de/").content.decode()
    assert '<link rel="canonical" href="http://testserver/es/acerca-de/">' in html
    assert 'hreflang="x-default" href="http://testserver/en/about/"' in html
    assert '<meta property="og:title" content="Acerca de CityPeers">' in html
    assert 'property="og:description"' in html


@pytest.mark.django_db
def test_listings_show_untranslated_pages_with_a_label(client, library, newsroom):
    response = client.get("/en/resources/")
    titles = [p.title for p in response.context["page_obj"].paginator.object_list]
    assert "Participatívny rozpočet v Košiciach" in titles  # exists only in Slovak
    assert "成都村级公共服务资金" in titles
    assert len(titles) == 17
    html = response.content.decode()
    assert "Only available in" in html
    sk = client.get("/sk/zdroje/")
    sk_titles = [p.title for p in sk.context["page_obj"].paginator.object_list]
    assert sk_titles.count("Participatívny rozpočet v Košiciach") == 1
    news = client.get("/en/news/")
    assert "Správa z Bratislavy" in [p.title for p in news.context["page_obj"]]
