"""A completed partnership becomes a case study in the resource library: one click makes the
draft, filled in from the records; the partnership and its story link to each other."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone
from wagtail.models import Locale

from cms_pages.models import ResourceIndexPage, ResourcePage
from partnerships.models import Activity, Measurement, Partnership
from tests.factories import UserFactory, make_coordinator, make_partnership, url_in

TODAY = timezone.localdate()


@pytest.fixture
def library(home_pages):
    index = ResourceIndexPage(title="Resources", slug="resources")
    home_pages["en"].add_child(instance=index)
    spanish = index.copy_for_translation(Locale.objects.get(language_code="es"))
    spanish.title, spanish.slug = "Recursos", "recursos"
    spanish.save_revision().publish()
    return index


@pytest.fixture
def completed(db):
    coordinator = make_coordinator("europe")
    focal_point = UserFactory()
    partnership = make_partnership(
        status="completed", partner_focal_points=[focal_point],
        lessons_en="Fix the meters before the pipes.",
    )
    indicator = partnership.objectives.first().indicators.first()
    Measurement.objects.create(
        indicator=indicator, measured_on=TODAY - datetime.timedelta(days=20),
        value=Decimal("18"), source="Utility",
    )
    Activity.objects.create(
        partnership=partnership, title="District metering in zone 3", due_on=TODAY,
        status="done",
    )
    return {"partnership": partnership, "coordinator": coordinator, "focal_point": focal_point}


def _create(client, completed, user=None):
    client.force_login(user or completed["coordinator"])
    return client.post(url_in("en", "partnerships:story_create", completed["partnership"].slug))


@pytest.mark.django_db
def test_one_click_makes_a_draft_filled_in_from_the_partnership(client, library, completed):
    response = _create(client, completed)
    partnership = Partnership.objects.get(pk=completed["partnership"].pk)
    story = ResourcePage.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/admin/pages/{story.pk}/edit/"
    assert partnership.story_id == story.pk
    assert not story.live and story.get_parent().pk == library.pk
    assert story.resource_type == "partnership_story" and story.region == "europe"
    assert list(story.topics.all()) == [partnership.topic]
    body = str(story.body)
    for expected in [
        "Water losses are high.",  # the problem
        "District metering in zone 3",  # the work
        "Non-revenue water 0",  # the indicators' change
        "18",
        "Fix the meters before the pipes.",  # the lessons
        f'href="/partnerships/{partnership.slug}/"',  # the link back
    ]:
        assert expected in body, expected
    # A second click (or another coordinator) does not make a second story.
    _create(client, completed)
    assert ResourcePage.objects.count() == 1


@pytest.mark.django_db
def test_only_a_coordinator_of_the_region_makes_a_story_of_a_completed_partnership(
    client, library, completed
):
    _create(client, completed, user=completed["focal_point"])  # works in it, not a coordinator
    response = _create(client, completed, user=make_coordinator("latin_america"))
    assert response.status_code == 404
    client.logout()
    response = client.post(
        url_in("en", "partnerships:story_create", completed["partnership"].slug)
    )
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    active = make_partnership(status="active")
    client.force_login(completed["coordinator"])
    client.post(url_in("en", "partnerships:story_create", active.slug))
    assert not ResourcePage.objects.exists()


@pytest.mark.django_db
def test_the_published_story_and_the_partnership_link_to_each_other(client, library, completed):
    _create(client, completed)
    story = ResourcePage.objects.get()
    partnership_url = url_in("es", "partnerships:detail", completed["partnership"].slug)
    client.logout()
    assert "Read the story" not in client.get(url_in("en", "partnerships:detail",
                                                    completed["partnership"].slug)).content.decode()

    story.save_revision().publish()
    spanish = story.copy_for_translation(Locale.objects.get(language_code="es"))
    spanish.title, spanish.slug = "Menos pérdidas de agua", "menos-perdidas-de-agua"
    spanish.save_revision().publish()
    html = client.get(partnership_url).content.decode()
    assert "/es/recursos/menos-perdidas-de-agua/" in html  # the visitor's language
    english = client.get(url_in("en", "partnerships:detail", completed["partnership"].slug))
    assert story.url in english.content.decode()

    # The story's link back has no language prefix: each visitor lands in their language.
    back = client.get(f"/partnerships/{completed['partnership'].slug}/", HTTP_ACCEPT_LANGUAGE="es")
    assert back.status_code == 302 and back["Location"] == partnership_url

    library_page = client.get("/en/resources/?type=partnership_story").content.decode()
    assert story.title in library_page
