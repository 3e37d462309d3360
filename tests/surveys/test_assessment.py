"""A municipality's capacity self-assessment: answered by its team, scored by domain,
compared with the region's peers (only with enough of them) and with its previous assessment,
with recommendations; seen only by the team and the region's coordinators."""

import pytest
from django.utils import translation

from surveys import selectors, services
from surveys.models import Response
from tests.factories import (
    MunicipalityFactory,
    UserFactory,
    make_coordinator,
    make_course,
    make_mentor,
    make_official,
    make_questionnaire,
    submitted_response,
    topic,
    url_in,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def assessment():
    return make_questionnaire(kind="assessment", anonymous=False)


def _scores(response):
    return {
        row.domain.slug: row.score
        for row in selectors.assessment_result(response=response, language="en").rows
    }


def test_domain_scores_are_the_share_of_possible_points(assessment):
    city = MunicipalityFactory()
    response = submitted_response(
        assessment, municipality=city, level={"finance-domain": 1.0, "people-domain": 0.0}
    )
    assert _scores(response) == {"finance-domain": 100, "people-domain": 0}
    halfway = submitted_response(assessment, municipality=MunicipalityFactory(), level=0.5)
    # Option worth 2 of 0–3 (2/3) and scale 3 of 1–5 (2/4): 4 of 7 points = 57.
    assert set(_scores(halfway).values()) == {57}


def test_peer_median_needs_five_peers_of_the_region(assessment):
    city = MunicipalityFactory(region="europe")
    own = submitted_response(assessment, municipality=city, level=0.5)
    for level in (0.0, 1.0, 1.0, 0.0):
        submitted_response(
            assessment, municipality=MunicipalityFactory(region="europe"), level=level
        )
    submitted_response(assessment, municipality=MunicipalityFactory(region="south_asia"), level=1.0)
    result = selectors.assessment_result(response=own, language="en")
    assert result.peer_count == 4 and not result.peers_shown
    assert all(row.peer_median is None for row in result.rows)
    submitted_response(assessment, municipality=MunicipalityFactory(region="europe"), level=1.0)
    result = selectors.assessment_result(response=own, language="en")
    assert result.peers_shown
    assert {row.peer_median for row in result.rows} == {100}


def test_a_peer_counts_once_with_its_latest_assessment(assessment):
    city = MunicipalityFactory(region="europe")
    own = submitted_response(assessment, municipality=city, level=0.5)
    peer = MunicipalityFactory(region="europe")
    submitted_response(assessment, municipality=peer, level=0.0, days_ago=300)
    submitted_response(assessment, municipality=peer, level=1.0, days_ago=2)
    result = selectors.assessment_result(response=own, language="en")
    assert result.peer_count == 1


def test_change_since_the_previous_assessment(assessment):
    city = MunicipalityFactory()
    submitted_response(assessment, municipality=city, level=0.0, days_ago=365)
    latest = submitted_response(assessment, municipality=city, level=1.0)
    result = selectors.assessment_result(response=latest, language="en")
    assert result.previous is not None
    assert {row.change for row in result.rows} == {100}


def test_recommendations_follow_the_weakest_domains(assessment, catalogs):
    from surveys.models import Domain

    finance = topic("finance")
    Domain.objects.get(slug="finance-domain").topics.add(finance)
    course = make_course(catalogs["en"], title="Municipal budgets", lessons=1)
    course.topics.add(finance)
    course.save_revision().publish()
    unrelated = make_course(catalogs["en"], title="Street lighting", lessons=1)
    mentor = make_mentor(expertise=("finance",))
    make_mentor(expertise=("finance",), accepting=False)  # not taking mentees
    city = MunicipalityFactory(region="europe")
    own = submitted_response(
        assessment, municipality=city, level={"finance-domain": 0.0, "people-domain": 1.0}
    )
    strong = MunicipalityFactory(region="latin_america")
    submitted_response(assessment, municipality=strong, level=1.0)
    submitted_response(assessment, municipality=MunicipalityFactory(), level=0.3)
    result = selectors.assessment_result(response=own, language="en")
    first = result.recommendations[0]
    assert first.domain.slug == "finance-domain"
    assert [c.pk for c in first.courses] == [course.pk]
    assert unrelated.pk not in [c.pk for c in first.courses]
    assert first.mentors == [mentor]
    assert [(c.slug, score) for c, score in first.partners] == [(strong.slug, 100)]


def test_the_team_answers_in_slovak_and_sees_its_result(client, assessment):
    city = MunicipalityFactory(region="europe")
    official = make_official(city, preferred_language="sk")
    client.force_login(official)
    started = client.post(url_in("sk", "surveys:start", assessment.slug), {"municipality": city.pk})
    response = Response.objects.get(municipality=city)
    assert started.url == url_in("sk", "surveys:section", response.public_id, 1)
    # A second team member continues the same draft.
    colleague = make_official(city)
    assert (
        services.response_start(
            questionnaire=assessment, user=colleague, municipality=city, language="sk"
        ).pk
        == response.pk
    )
    answers = {}
    for question in response.questionnaire.sections.first().questions.all():
        if question.kind == "scale":
            answers[question.pk] = 4
        elif question.is_choice:
            answers[question.pk] = [question.options.order_by("-points").first()]
    for section in response.questionnaire.sections.all():
        values = {}
        for question in section.questions.all():
            values[question.pk] = (
                4
                if question.kind == "scale"
                else [question.options.order_by("-points").first()]
                if question.is_choice
                else ""
            )
        services.response_save_section(
            response=response, user=official, section=section, values=values, reached=3
        )
    submitted = client.post(url_in("sk", "surveys:submit", response.public_id))
    assert submitted.url == url_in("sk", "surveys:result", response.public_id)
    page = client.get(submitted.url)
    assert page.status_code == 200
    html = page.content.decode()
    assert 'role="img"' in html and "<table" in html
    response.refresh_from_db()
    assert response.respondent == official  # not anonymous: linked to the account
    assert (response.language, response.region) == ("sk", "europe")


def test_who_may_see_a_municipalitys_result(client, assessment):
    city = MunicipalityFactory(region="europe")
    response = submitted_response(assessment, municipality=city, level=0.5)
    url = url_in("en", "surveys:result", response.public_id)
    other_city = MunicipalityFactory(region="europe")
    submitted_response(assessment, municipality=other_city, level=0.5)
    for outsider in (
        UserFactory(),
        make_official(other_city),  # a peer sees only the median
        make_coordinator("south_asia"),  # another region's coordinator
    ):
        client.force_login(outsider)
        assert client.get(url).status_code == 404
    for insider in (make_official(city), make_coordinator("europe")):
        client.force_login(insider)
        assert client.get(url).status_code == 200


def test_only_the_team_may_start_a_municipalitys_assessment(client, assessment):
    city = MunicipalityFactory()
    client.force_login(UserFactory())
    client.post(url_in("en", "surveys:start", assessment.slug), {"municipality": city.pk})
    assert not Response.objects.exists()
    with pytest.raises(services.ActionRefused):
        services.response_start(
            questionnaire=assessment, user=UserFactory(), municipality=city, language="en"
        )


def test_result_page_queries_stay_constant(client, assessment, django_assert_max_num_queries):
    city = MunicipalityFactory(region="europe")
    official = make_official(city)
    own = submitted_response(assessment, municipality=city, level=0.2)
    client.force_login(official)
    url = url_in("en", "surveys:result", own.public_id)
    client.get(url)
    for _n in range(8):
        submitted_response(assessment, municipality=MunicipalityFactory(region="europe"), level=0.9)
    with django_assert_max_num_queries(40):
        assert client.get(url).status_code == 200


def test_the_result_is_translated(client, assessment):
    city = MunicipalityFactory(region="europe")
    official = make_official(city)
    own = submitted_response(assessment, municipality=city, level=0.2)
    client.force_login(official)
    html = client.get(url_in("sk", "surveys:result", own.public_id)).content.decode()
    with translation.override("sk"):
        translated = translation.gettext("Scores by domain")
    assert translated != "Scores by domain"
    assert translated in html


def test_coordinators_list_their_regions_assessments_only(client, assessment):
    europe_city = MunicipalityFactory(region="europe", name_en="Europe Town")
    asia_city = MunicipalityFactory(region="south_asia", name_en="Asia Town")
    submitted_response(assessment, municipality=europe_city, level=0.5, days_ago=300)
    latest = submitted_response(assessment, municipality=europe_city, level=0.6)
    submitted_response(assessment, municipality=asia_city, level=0.5)
    url = url_in("en", "surveys:detail", assessment.slug)
    client.force_login(make_coordinator("europe"))
    html = client.get(url).content.decode()
    assert "Europe Town" in html and "Asia Town" not in html
    assert html.count(url_in("en", "surveys:result", latest.public_id)) == 1
    client.force_login(UserFactory(region="europe"))  # no coordinator rights, no team
    assert client.get(url).status_code == 404
