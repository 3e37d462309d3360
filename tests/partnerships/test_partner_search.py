"""Finding a partner: a municipality describes its problem, the platform suggests cities with
the reasons, a coordinator of its region proposes the partnership from one of them. Tried from
the attacker's side: another region's coordinator, an official of a third city, a visitor."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from partnerships import matching, selectors
from partnerships.models import Measurement, Official, PartnerSearch, Partnership
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


# ----------------------------------------------------------------------------- scoring


def test_a_city_with_experience_and_results_ranks_first_and_says_why():
    request = matching.Request(key=1, region="europe", languages=frozenset({"sk"}))
    cities = [
        matching.CityFacts(2, "europe", frozenset({"sk"}), partnerships_on_topic=2,
                           results_percent=80),
        matching.CityFacts(3, "latin_america", frozenset({"es"}), experts=1),
        matching.CityFacts(4, "europe", frozenset({"sk"})),  # nothing to offer on the topic
        matching.CityFacts(1, "europe", frozenset({"sk"}), partnerships_on_topic=3),  # itself
    ]
    ranked = matching.rank_cities(request, cities)
    assert [s.city_key for s in ranked] == [2, 3]
    kinds = [reason.kind for reason in ranked[0].reasons]
    assert kinds == ["experience", "results", "language", "same_region"]
    assert ranked[0].score > ranked[1].score
    assert 0 <= ranked[1].score <= 100


def test_a_city_already_working_with_the_requester_on_the_topic_is_not_suggested():
    request = matching.Request(
        key=1, region="europe", languages=frozenset({"sk"}), current_partners=frozenset({2})
    )
    city = matching.CityFacts(2, "europe", frozenset({"sk"}), partnerships_on_topic=1)
    assert matching.rank_cities(request, [city]) == []


# ----------------------------------------------------------------------------- the journey


@pytest.fixture
def cities(db):
    """Kamenná (Europe, looking for a partner), a mentor city in Mexico with a completed
    water partnership that reached its target, and a Slovak city with a water expert."""
    seeker = MunicipalityFactory(name_en="Kamenná", region="europe", languages=["sk"])
    focal_point = UserFactory(full_name="Jana Fokálna")
    seeker.focal_points.add(focal_point)
    experienced = MunicipalityFactory(
        name_en="Santa Rosa", country="MX", region="latin_america", languages=["es", "en"]
    )
    done = make_partnership(
        status="completed", region="latin_america", topic_slug="infrastructure",
        mentor_city=experienced,
    )
    indicator = done.objectives.first().indicators.first()
    Measurement.objects.create(
        indicator=indicator, measured_on=TODAY - datetime.timedelta(days=30),
        value=Decimal("15"), source="Utility",
    )
    expert_city = MunicipalityFactory(name_en="Novohrad", region="europe", languages=["sk"])
    expert = make_mentor(expertise=("infrastructure",), region="europe").user
    Official.objects.create(
        municipality=expert_city, user=expert, position="Engineer", status="confirmed"
    )
    return {"seeker": seeker, "focal_point": focal_point, "experienced": experienced,
            "expert_city": expert_city}


def _describe(client, cities, user=None):
    client.force_login(user or cities["focal_point"])
    return client.post(
        url_in("sk", "partnerships:partner_search_new", cities["seeker"].slug),
        {"topic": topic("infrastructure").pk, "problem": "Strácame 40 % vody v sieti."},
    )


@pytest.mark.django_db
def test_a_focal_point_describes_the_problem_and_gets_reasoned_suggestions(client, cities):
    response = _describe(client, cities)
    search = PartnerSearch.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url_in("sk", "partnerships:search", search.pk)
    assert search.language == "sk" and search.status == "open"

    html = client.get(url_in("sk", "partnerships:search", search.pk)).content.decode()
    assert html.index("Santa Rosa") < html.index("Novohrad")
    assert "100 %" in html or "100%" in html  # the completed partnership reached its target
    assert "Propose a partnership" not in html  # a focal point does not propose


@pytest.mark.django_db
def test_a_coordinator_proposes_the_partnership_once(client, cities):
    _describe(client, cities)
    search = PartnerSearch.objects.get()
    coordinator = make_coordinator("europe")
    client.force_login(coordinator)
    url = url_in("en", "partnerships:search_propose", search.pk)
    first = client.post(url, {"city": cities["experienced"].pk})
    second = client.post(url, {"city": cities["experienced"].pk})  # a double click
    partnership = Partnership.objects.get(status="proposed")
    assert first.status_code == 302 and second.status_code == 302
    assert partnership.status == "proposed" and partnership.region == "europe"
    assert {(m.municipality_id, m.role) for m in partnership.members.all()} == {
        (cities["experienced"].pk, "mentor"), (cities["seeker"].pk, "partner"),
    }
    partner_side = partnership.members.get(role="partner")
    assert list(partner_side.focal_points.all()) == [cities["focal_point"]]
    assert partnership.problem_sk == "Strácame 40 % vody v sieti."
    assert "：" in partnership.title_zh_hans and "Kamenná" in partnership.title_sk
    search.refresh_from_db()
    assert search.status == "matched" and search.partnership == partnership
    # The focal point now works in the proposed partnership; strangers still do not see it.
    client.force_login(cities["focal_point"])
    assert client.get(url_in("en", "partnerships:detail", partnership.slug)).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["other_coordinator", "third_official", "visitor"])
def test_strangers_cannot_see_or_act_on_a_search(client, cities, who):
    _describe(client, cities)
    search = PartnerSearch.objects.get()
    client.logout()
    if who == "other_coordinator":
        client.force_login(make_coordinator("latin_america"))
    elif who == "third_official":
        client.force_login(UserFactory())
    pages = [
        client.get(url_in("en", "partnerships:search", search.pk)),
        client.get(url_in("en", "partnerships:partner_search_new", cities["seeker"].slug)),
        client.post(url_in("en", "partnerships:search_propose", search.pk),
                    {"city": cities["experienced"].pk}),
    ]
    expected = 302 if who == "visitor" else 404
    assert [page.status_code for page in pages] == [expected] * 3
    if who == "visitor":
        assert all("/accounts/login/" in page["Location"] for page in pages)
    assert not Partnership.objects.filter(status="proposed").exists()


@pytest.mark.django_db
def test_an_empty_problem_is_refused_with_a_message(client, cities):
    client.force_login(cities["focal_point"])
    response = client.post(
        url_in("en", "partnerships:partner_search_new", cities["seeker"].slug),
        {"topic": topic("infrastructure").pk, "problem": "   "},
    )
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not PartnerSearch.objects.exists()


@pytest.mark.django_db
def test_suggestions_run_a_constant_number_of_queries(cities):
    search = PartnerSearch.objects.create(
        municipality=cities["seeker"], topic=topic("infrastructure"), problem="Water",
        language="en",
    )
    with CaptureQueriesContext(connection) as small:
        selectors.partner_suggestions(search=search)
    for _ in range(3):
        make_partnership(status="completed", region="east_asia", topic_slug="infrastructure",
                         indicators=2)
    with CaptureQueriesContext(connection) as large:
        found = selectors.partner_suggestions(search=search)
    assert len(large.captured_queries) == len(small.captured_queries)
    assert len(found) == 5


# ----------------------------------------------------------------------------- officials


@pytest.mark.django_db
def test_an_official_links_to_their_city_and_a_focal_point_confirms(client, cities):
    official = UserFactory(full_name="Martin Úradník")
    client.force_login(official)
    client.post(
        url_in("sk", "partnerships:official_request", cities["seeker"].slug),
        {"position": "Vedúci odboru financií", "listed": "on"},
    )
    link = Official.objects.get(user=official)
    assert link.status == "requested"
    page = url_in("sk", "partnerships:municipality", cities["seeker"].slug)
    client.logout()
    assert "Martin Úradník" not in client.get(page).content.decode()  # not confirmed yet

    confirm = url_in("sk", "partnerships:official_confirm", cities["seeker"].slug, link.pk)
    client.force_login(official)
    client.post(confirm)  # nobody confirms their own link
    link.refresh_from_db()
    assert link.status == "requested"
    client.force_login(UserFactory())
    assert client.post(confirm).status_code == 404  # a stranger
    client.force_login(cities["focal_point"])
    client.post(confirm)
    link.refresh_from_db()
    assert link.status == "confirmed" and link.confirmed_by == cities["focal_point"]
    client.logout()
    assert "Martin Úradník" in client.get(page).content.decode()
