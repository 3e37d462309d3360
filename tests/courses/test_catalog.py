"""The course catalog: filters, search in every language, other-language labels, paging."""

import pytest
from wagtail.models import Locale

from cms_pages.models import Topic
from courses.models import CourseFormat, CoursePage, Level
from tests.factories import make_course, translate_course


@pytest.fixture
def topics(db):
    finance = Topic.objects.create(slug="finance", name_en="Finance", name_sk="Financie")
    climate = Topic.objects.create(slug="climate", name_en="Climate", name_sk="Klíma")
    return {"finance": finance, "climate": climate}


def _titles(response) -> list[str]:
    return [card.page.title for card in response.context["cards"]]


@pytest.fixture
def courses(catalogs, topics):
    budgeting = make_course(catalogs["en"], title="Participatory budgeting", lessons=1)
    budgeting.topics.set([topics["finance"]])
    budgeting.save_revision().publish()
    climate = make_course(
        catalogs["en"], title="Climate-resilient infrastructure", lessons=1,
        level=Level.ADVANCED, format=CourseFormat.COHORT,
    )
    climate.topics.set([topics["climate"]])
    climate.save_revision().publish()
    sk = Locale.objects.get(language_code="sk")
    zh = Locale.objects.get(language_code="zh-hans")
    translate_course(budgeting, sk, "Participatívny rozpočet v Košiciach")
    translate_course(budgeting, zh, "参与式预算：让居民做决定")
    slovak_only = make_course(catalogs["sk"], title="Eurofondy pre obce", lessons=1)
    return {"budgeting": budgeting, "climate": climate, "slovak_only": slovak_only}


@pytest.mark.django_db
def test_catalog_lists_one_card_per_course_in_viewer_language(client, catalogs, courses):
    response = client.get("/sk/courses/")
    titles = _titles(response)
    assert "Participatívny rozpočet v Košiciach" in titles
    assert "Participatory budgeting" not in titles
    assert len(titles) == 3


@pytest.mark.django_db
def test_course_only_in_another_language_is_labelled(client, catalogs, courses):
    html = client.get("/en/courses/").content.decode()
    assert "Eurofondy pre obce" in html
    assert "Only available in Slovak" in html


@pytest.mark.django_db
def test_cards_show_available_languages(client, catalogs, courses):
    response = client.get("/en/courses/")
    card = next(c for c in response.context["cards"] if c.page.pk == courses["budgeting"].pk)
    assert sorted(card.languages) == ["en", "sk", "zh-hans"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"topic": "climate"}, ["Climate-resilient infrastructure"]),
        ({"level": "advanced"}, ["Climate-resilient infrastructure"]),
        ({"format": "cohort"}, ["Climate-resilient infrastructure"]),
        ({"language": "zh-hans"}, ["Participatory budgeting"]),
        ({"language": "sk", "topic": "finance"}, ["Participatory budgeting"]),
    ],
)
def test_filters(client, catalogs, courses, query, expected):
    assert _titles(client.get("/en/courses/", query)) == expected


@pytest.mark.django_db
def test_slovak_search_without_diacritics(client, catalogs, courses):
    titles = _titles(client.get("/sk/courses/", {"q": "rozpocet kosiciach"}))
    assert titles == []  # words are matched as a phrase
    assert _titles(client.get("/sk/courses/", {"q": "rozpocet v kosiciach"})) == [
        "Participatívny rozpočet v Košiciach"
    ]
    assert _titles(client.get("/sk/courses/", {"q": "EUROFONDY"})) == ["Eurofondy pre obce"]


@pytest.mark.django_db
def test_chinese_search_finds_a_word_inside_a_sentence(client, catalogs, courses):
    assert _titles(client.get("/zh-hans/courses/", {"q": "居民"})) == ["参与式预算：让居民做决定"]


@pytest.mark.django_db
def test_empty_result_says_so(client, catalogs, courses):
    html = client.get("/en/courses/", {"q": "no such course anywhere"}).content.decode()
    assert "No course matches these filters" in html


@pytest.mark.django_db
def test_unpublished_course_is_not_listed(client, catalogs, courses):
    courses["climate"].unpublish()
    assert "Climate-resilient infrastructure" not in _titles(client.get("/en/courses/"))


@pytest.mark.django_db
def test_pagination_keeps_filters(client, catalogs, topics):
    for n in range(14):
        make_course(catalogs["en"], title=f"Course {n:02d}", lessons=0, level=Level.INTERMEDIATE)
    first = client.get("/en/courses/", {"level": "intermediate"})
    assert len(first.context["cards"]) == 12
    html = first.content.decode()
    assert "level=intermediate&amp;page=2" in html
    second = client.get("/en/courses/", {"level": "intermediate", "page": 2})
    assert len(second.context["cards"]) == 2
    assert CoursePage.objects.count() == 14
