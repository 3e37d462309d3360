"""The demo questionnaires: a capacity self-assessment in six domains answered by ten
municipalities (Kamenná Dolina left for the demo's Slovak focal point, with five Europe
peers), and a workforce survey with a few hundred answers in the four languages; real text in
every language; seeding twice adds nothing."""

from io import StringIO

import pytest

from lms import registry
from lms.demo import seed as seed_accounts
from partnerships.demo import seed as seed_partnerships
from partnerships.models import Municipality
from surveys import selectors
from surveys.demo import seed
from surveys.models import Domain, Option, Question, Questionnaire, Response, Section

pytestmark = pytest.mark.django_db
LANGUAGES = ("en", "es", "zh_hans", "sk")


@pytest.fixture
def demo(db):
    seed_accounts(stdout=StringIO())
    seed_partnerships(stdout=StringIO())
    out = StringIO()
    seed(stdout=out)
    return out.getvalue()


def test_the_seeder_is_registered():
    assert dict(registry.demo_seeders.in_app_order())["surveys"] is seed


def test_the_demo_questionnaires(demo):
    assessment = Questionnaire.objects.get(slug="capacity-self-assessment")
    survey = Questionnaire.objects.get(slug="local-government-workforce-2026")
    assert Domain.objects.count() == 6
    assessed = assessment.responses.filter(status="submitted")
    assert assessed.values("municipality").distinct().count() == 10
    assert not assessed.filter(municipality__slug="kamenna-dolina").exists()
    kamenna = Municipality.objects.get(slug="kamenna-dolina")
    peers = assessed.filter(municipality__region=kamenna.region).values("municipality").distinct()
    assert peers.count() >= selectors.PEERS_NEEDED
    answers = survey.responses.filter(status="submitted")
    assert answers.count() >= 300
    assert set(answers.values_list("language", flat=True)) == {"en", "es", "zh-hans", "sk"}
    # A group too small to show, for the demo of the rule.
    small = selectors.survey_results(
        questionnaire=survey, filters=selectors.ResultFilters(country="HU")
    )
    assert small.suppressed


def test_every_text_is_written_in_every_language(demo):
    for model, fields in (
        (Domain, ("name",)),
        (Questionnaire, ("title", "intro")),
        (Section, ("title",)),
        (Question, ("text",)),
        (Option, ("label",)),
    ):
        for obj in model.objects.all():
            for field in fields:
                values = [getattr(obj, f"{field}_{code}") for code in LANGUAGES]
                assert all(values), (obj, field)
                assert values[0] not in values[1:] or obj.__class__ is Option, (obj, field)


def test_seeding_twice_adds_nothing(demo):
    counts = (Questionnaire.objects.count(), Response.objects.count(), Municipality.objects.count())
    seed(stdout=StringIO())
    assert (
        Questionnaire.objects.count(),
        Response.objects.count(),
        Municipality.objects.count(),
    ) == counts


def test_the_demo_focal_point_answers_for_kamenna_dolina(demo):
    from lms.models import User

    peter = User.objects.get(email="peter.hudec@cities.example.org")
    listing = selectors.questionnaires_for(user=peter)
    assessment = next(item for item in listing if item.questionnaire.is_assessment)
    assert [m.slug for m in assessment.municipalities] == ["kamenna-dolina"]
