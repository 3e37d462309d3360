"""Documents offered on resource pages: in the page's language, or labelled with their own."""

import json
import re

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Locale

from cms_pages.demo import ensure_public_site
from cms_pages.demo_content.resources_events import RESOURCES
from cms_pages.models import ResourceIndexPage, ResourcePage

LABELS = {"es": "En inglés", "zh-hans": "英语版", "sk": "V jazyku: angličtina"}


def _document(title, name):
    return Document.objects.create(title=title, file=ContentFile(b"%PDF-1.4\n%%EOF\n", name=name))


def _documents(document, title=""):
    return json.dumps([{"type": "document", "value": {"document": document.pk, "title": title}}])


def _translate(page, code, **fields):
    copy = page.copy_for_translation(Locale.objects.get(language_code=code))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return type(page).objects.get(pk=copy.pk)


def _downloads(html: str) -> str:
    return html.split('id="downloads-heading"', 1)[1].split("</section>", 1)[0]


@pytest.fixture
def checklist(home_pages):
    index = ResourceIndexPage(title="Resources", slug="resources")
    home_pages["en"].add_child(instance=index)
    indexes = {
        "es": _translate(index, "es", title="Recursos", slug="recursos"),
        "zh-hans": _translate(index, "zh-hans", title="资源库", slug="ziyuan"),
        "sk": _translate(index, "sk", title="Zdroje", slug="zdroje"),
    }
    english = _document("Participatory budgeting: a checklist", "checklist.pdf")
    page = ResourcePage(title="Participatory budgeting", slug="pb", resource_type="toolkit",
                        region="global", summary="A toolkit.", documents=_documents(english))
    index.add_child(instance=page)
    page.save_revision().publish()
    assert indexes  # the translations' parents exist before the pages are translated
    return page, english


@pytest.mark.django_db
def test_untranslated_document_is_labelled_with_its_language(client, checklist):
    page, english = checklist
    spanish = _translate(page, "es", title="Presupuesto participativo", slug="pp",
                         documents=_documents(english, "Lista de verificación (en inglés)"))
    chinese = _translate(page, "zh-hans", title="参与式预算", slug="canyushi")
    slovak = _translate(page, "sk", title="Participatívny rozpočet", slug="rozpocet")

    original = _downloads(client.get(page.url).content.decode())
    assert "language-label" not in original and "hreflang" not in original

    # A translated link title: in the page's language, the document labelled as English.
    html = _downloads(client.get(spanish.url).content.decode())
    assert re.search(r'<a href="[^"]+" download hreflang="en">Lista de verificación', html)
    assert f'<span class="language-label" lang="es">{LABELS["es"]}</span>' in html

    # No translated title: the English title is marked as English and labelled.
    for code, translation in (("zh-hans", chinese), ("sk", slovak)):
        html = _downloads(client.get(translation.url).content.decode())
        assert re.search(
            r'<a href="[^"]+" download hreflang="en" lang="en">Participatory budgeting: a', html
        )
        assert f'<span class="language-label" lang="{code}">{LABELS[code]}</span>' in html


@pytest.mark.django_db
def test_a_translations_own_document_needs_no_label(client, checklist):
    page, _english = checklist
    slovak_document = _document("Participatívny rozpočet: kontrolný zoznam", "zoznam.pdf")
    slovak = _translate(page, "sk", title="Participatívny rozpočet", slug="rozpocet",
                        documents=_documents(slovak_document))
    html = _downloads(client.get(slovak.url).content.decode())
    assert "Participatívny rozpočet: kontrolný zoznam</a>" in html
    assert "language-label" not in html and "hreflang" not in html


@pytest.mark.django_db
def test_demo_resource_documents_are_in_each_pages_language(client, home_pages):
    ensure_public_site(home_pages)
    with_pdf = [item for item in RESOURCES if item.get("pdf")]
    assert len(with_pdf) == 2
    for item in with_pdf:
        for code in item["languages"]:
            page = ResourcePage.objects.get(slug=item["slug"][code], locale__language_code=code)
            html = _downloads(client.get(page.url).content.decode())
            title = item["pdf"]["title"][code]
            assert f">{title}</a>" in html, (code, html)
            assert "language-label" not in html
            if code != "en":
                assert item["pdf"]["title"]["en"] not in html
