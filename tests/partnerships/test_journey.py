"""The whole partnership journey through the site, as people take it, each in their own
language: problem → suggestions → partnership → work plan and exchanges → measurements →
completed → story."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.messages import get_messages
from django.utils import timezone
from wagtail.models import Locale

from cms_pages.models import ResourceIndexPage, ResourcePage
from partnerships.models import (
    Activity,
    Decision,
    Exchange,
    Indicator,
    Measurement,
    Objective,
    Official,
    PartnerSearch,
    Partnership,
)
from tests.factories import (
    MunicipalityFactory,
    UserFactory,
    make_coordinator,
    make_mentor,
    make_partnership,
    topic,
    url_in,
)

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


def _said(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.mark.django_db
def test_a_partnership_from_problem_to_story(client, home_pages):
    index = ResourceIndexPage(title="Resources", slug="resources")
    home_pages["en"].add_child(instance=index)
    # A Slovak town with a water problem, a Mexican city that solved it before, an expert.
    seeker = MunicipalityFactory(name_en="Kamenná Dolina", name_sk="Kamenná Dolina",
                                 region="europe", languages=["sk", "en"])
    jana = UserFactory(full_name="Jana Vodná", preferred_language="sk")
    seeker.focal_points.add(jana)
    mentor_city = MunicipalityFactory(name_en="Santa Rosa", country="MX",
                                      region="latin_america", languages=["es", "en"])
    luis = UserFactory(full_name="Luis Ortega", preferred_language="es")
    mentor_city.focal_points.add(luis)
    make_partnership(status="completed", region="latin_america", topic_slug="infrastructure",
                     mentor_city=mentor_city)
    Official.objects.create(municipality=mentor_city, user=make_mentor(
        expertise=("infrastructure",)).user, position="Engineer", status="confirmed")
    eva = make_coordinator("europe", full_name="Eva Koordinátorka", preferred_language="sk")

    # 1. Jana describes the problem in Slovak and gets suggestions with reasons.
    client.force_login(jana)
    response = client.post(
        url_in("sk", "partnerships:partner_search_new", seeker.slug),
        {"topic": topic("infrastructure").pk, "problem": "Strácame 40 % vody v potrubí."},
    )
    search = PartnerSearch.objects.get()
    page = client.get(response["Location"]).content.decode()
    assert "Santa Rosa" in page and "Mentorské mesto" in page  # a reason, in Slovak

    # 2. Eva, coordinator of the region, proposes the partnership with Santa Rosa.
    client.force_login(eva)
    response = client.post(url_in("sk", "partnerships:search_propose", search.pk),
                           {"city": mentor_city.pk})
    partnership = Partnership.objects.get(status="proposed")
    assert response["Location"] == url_in("sk", "partnerships:detail", partnership.slug)
    assert client.get(url_in("en", "partnerships:detail", partnership.slug)).status_code == 200
    client.logout()
    assert client.get(url_in("en", "partnerships:detail", partnership.slug)).status_code == 404

    # The results framework is authored in the admin (tested in test_admin.py).
    objective = Objective.objects.create(partnership=partnership, title_en="Cut water losses",
                                         title_sk="Znížiť straty vody")
    indicator = Indicator.objects.create(
        objective=objective, name_en="Non-revenue water", name_sk="Nefakturovaná voda",
        unit_en="%", unit_sk="%", baseline=Decimal("40"), baseline_on=TODAY - 90 * DAY,
        target=Decimal("25"), target_on=TODAY + 365 * DAY, source="Water utility",
    )

    # 3. Eva activates it; now it is public.
    client.force_login(eva)
    client.post(url_in("sk", "partnerships:status", partnership.slug), {"status": "active"})
    partnership.refresh_from_db()
    assert partnership.status == "active" and partnership.starts_on == TODAY
    client.logout()
    assert client.get(url_in("es", "partnerships:detail", partnership.slug)).status_code == 200

    # 4. Luis (mentor city, in Spanish) plans the work and a visit; Jana reports and measures.
    client.force_login(luis)
    slug = partnership.slug
    response = client.post(url_in("es", "partnerships:activity_add", slug),
                           {"title": "Sectorizar la red", "owner": luis.pk,
                            "due_on": (TODAY + 30 * DAY).isoformat()})
    assert _said(response) == ["Actividad agregada al plan de trabajo."]
    client.post(url_in("es", "partnerships:exchange_add", slug),
                {"host": mentor_city.pk, "visitors": seeker.pk,
                 "starts_on": (TODAY - 10 * DAY).isoformat(),
                 "ends_on": (TODAY - 7 * DAY).isoformat(), "purpose": "Ver la sectorización",
                 "agenda": "Día 1: centro de control", "participants": [luis.pk, jana.pk]})
    exchange = Exchange.objects.get()
    assert set(exchange.participants.all()) == {luis, jana}
    client.force_login(jana)
    client.post(url_in("sk", "partnerships:exchange_report", slug, exchange.pk),
                {"trip_report": "Videli sme, ako merajú prietok v sektoroch."})
    for days_ago, value in [(60, "37.5"), (5, "33")]:
        client.post(url_in("sk", "partnerships:measurement_add", slug),
                    {"indicator": indicator.pk, "measured_on": (TODAY - days_ago * DAY).isoformat(),
                     "value": value, "source": "Vodárenská spoločnosť"})
    client.post(url_in("sk", "partnerships:decision_add", slug),
                {"decided_on": TODAY.isoformat(), "text": "Pilotný sektor: sídlisko Juh."})
    activity = Activity.objects.get()
    client.force_login(luis)
    client.post(url_in("es", "partnerships:activity_status", slug, activity.pk),
                {"status": "done"})
    assert Activity.objects.get().status == "done"
    assert Exchange.objects.get().trip_report.startswith("Videli sme")
    assert [str(m.value) for m in Measurement.objects.order_by("measured_on")] == ["37.50",
                                                                                    "33.00"]
    assert Decision.objects.count() == 1

    # Visitors see the chart (in Chinese here), not the workspace.
    client.logout()
    html = client.get(url_in("zh-hans", "partnerships:detail", slug)).content.decode()
    assert 'role="img"' in html and "Pilotný sektor" not in html

    # 5. Eva completes it with its lessons, then makes the case study in one click.
    partnership.lessons_en = "Start with one pilot sector."
    partnership.save(update_fields=["lessons_en"])
    client.force_login(eva)
    client.post(url_in("sk", "partnerships:status", slug), {"status": "completed"})
    response = client.post(url_in("sk", "partnerships:story_create", slug))
    story = ResourcePage.objects.get()
    assert response["Location"] == f"/admin/pages/{story.pk}/edit/"
    assert "Sectorizar la red" in str(story.body) and "33" in str(story.body)

    # 6. The editors publish and translate it; the partnership page links to it.
    story.save_revision().publish()
    slovak = story.copy_for_translation(Locale.objects.get(language_code="sk"),
                                        copy_parents=True)
    slovak.title, slovak.slug = "Menej strát vody v Kamennej Doline", "menej-strat-vody"
    slovak.save_revision().publish()
    client.logout()
    html = client.get(url_in("sk", "partnerships:detail", slug)).content.decode()
    assert "menej-strat-vody" in html
