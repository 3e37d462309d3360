"""Site search: most relevant first, and snippets that show the matched words safely."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from cms_pages.models import ResourceIndexPage, ResourcePage, StandardPage

FILLER = (
    "City managers from several regions met to compare how their administrations plan the "
    "annual budget, publish the documents and report on results to the council. "
)


def _body(*paragraphs):
    return json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs])


def _resource(index, title, slug, *, summary="A resource for city managers.", body=()):
    page = ResourcePage(title=title, slug=slug, resource_type="toolkit", region="global",
                        summary=summary, body=_body(*body))
    index.add_child(instance=page)
    return page


def _translated_index(index, code, title, slug):
    copy = index.copy_for_translation(Locale.objects.get(language_code=code))
    copy.title, copy.slug = title, slug
    copy.save_revision().publish()
    return ResourceIndexPage.objects.get(pk=copy.pk)


@pytest.fixture
def index(home_pages):
    page = ResourceIndexPage(title="Resources", slug="resources")
    home_pages["en"].add_child(instance=page)
    return page


def _results(client, query, language="en", **params):
    response = client.get(f"/{language}/search/", {"q": query, **params})
    assert response.status_code == 200
    return response, list(response.context["page_obj"].object_list)


@pytest.mark.django_db
def test_results_are_ranked_by_relevance_not_alphabetically(client, index):
    _resource(index, "Annual report", "annual", body=[FILLER * 3 + "One ward tried composting."])
    _resource(index, "Budget notes", "budget",
              body=["Composting at home, composting in schools, composting in markets."])
    _resource(index, "Zero waste: composting in public markets", "zero-waste",
              body=["How markets sort their waste."])
    _response, results = _results(client, "composting")
    assert [r.page.title for r in results] == [
        "Zero waste: composting in public markets",  # in the title
        "Budget notes",  # three times in the text
        "Annual report",  # once
    ]


@pytest.mark.django_db
def test_snippet_shows_the_matched_words_in_context(client, index):
    _resource(index, "Annual report", "annual",
              body=[FILLER * 4 + "The city of Guadalajara reduced water leaks by a third."])
    response, (result,) = _results(client, "water leaks")
    html = response.content.decode()
    assert "reduced <mark>water</mark> <mark>leaks</mark> by a third" in html
    assert result.snippet.startswith("…")  # an excerpt around the match, not the page's start
    assert len(str(result.snippet)) < 400


@pytest.mark.django_db
def test_title_only_match_shows_the_summary(client, index):
    _resource(index, "Water leaks", "leaks", summary="How one city found its losses.")
    _response, (result,) = _results(client, "leaks")
    assert result.snippet == "How one city found its losses."


@pytest.mark.django_db
def test_snippet_is_safe_against_html_injection(client, index):
    _resource(index, "Security notes", "security",
              summary="Never paste <script>alert('pwned')</script> into a form.",
              body=["<b>Bold</b> text with &lt;img src=x onerror=alert(1)&gt; written out."])
    response, results = _results(client, "<script>")
    assert len(results) == 1
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "<mark>&lt;script&gt;</mark>alert(&#x27;pwned&#x27;)&lt;/script&gt;" in html
    response, _found = _results(client, "onerror")
    html = response.content.decode()
    assert "<img" not in html
    assert "&lt;img src=x <mark>onerror</mark>=alert(1)&gt;" in html


@pytest.mark.django_db
def test_snippet_in_chinese_and_slovak(client, index):
    zh_index = _translated_index(index, "zh-hans", "资源库", "ziyuan")
    sk_index = _translated_index(index, "sk", "Zdroje", "zdroje")
    _resource(zh_index, "成都村级公共服务资金", "chengdu", summary="成都的案例。",
              body=["成都市通过村民议事会让居民参与公共服务资金的分配。"])
    _resource(sk_index, "Participatívny rozpočet", "rozpocet", summary="Prípadová štúdia.",
              body=["Obyvatelia mesta Košice hlasovali o projektoch."])
    response, _found = _results(client, "议事会", "zh-hans")
    assert "成都市通过村民<mark>议事会</mark>让居民参与" in response.content.decode()
    response, _found = _results(client, "kosice", "sk")
    assert "mesta <mark>Košice</mark> hlasovali" in response.content.decode()


@pytest.mark.django_db
def test_search_keeps_to_the_visitors_language_and_labels_others(client, index):
    zh_index = _translated_index(index, "zh-hans", "资源库", "ziyuan")
    _resource(zh_index, "社区议事会指南", "guide", summary="议事会的做法。")
    _resource(index, "Resident assemblies", "assemblies", summary="How 议事会 work in Chengdu.")
    _response, results = _results(client, "议事会")
    assert [r.page.title for r in results] == ["Resident assemblies"]
    response, results = _results(client, "议事会", all="1")
    # Pages in the visitor's language first, then the others, labelled with their language.
    assert [r.page.title for r in results] == ["Resident assemblies", "社区议事会指南"]
    assert '<li lang="zh-hans">' in response.content.decode()


@pytest.mark.django_db
def test_search_query_count_does_not_grow_with_results(client, index, home_pages):
    def count(query):
        with CaptureQueriesContext(connection) as queries:
            client.get("/en/search/", {"q": query})
        return len(queries)

    for n in range(2):
        _resource(index, f"Few {n}", f"few-{n}", body=["Only a couple of these."])
    for n in range(8):
        _resource(index, f"Many {n}", f"many-{n}", body=["Plenty of these pages."])
    home_pages["en"].add_child(instance=StandardPage(title="Plenty", slug="plenty"))
    count("couple")  # warm the page caches
    assert count("plenty") == count("couple")
