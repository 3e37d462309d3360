"""Answers in the personal-data registry: exported on request; erasure keeps the anonymous
aggregates and nothing that names the person."""

import pytest

from lms.privacy import user_erase, user_personal_data
from surveys import selectors, services
from surveys.models import Answer, Question, Response, SurveyParticipation
from tests.factories import (
    MunicipalityFactory,
    UserFactory,
    make_official,
    make_questionnaire,
    submitted_response,
)

pytestmark = pytest.mark.django_db


def _answer_all(questionnaire, user, *, municipality=None, text="We publish every contract."):
    response = services.response_start(
        questionnaire=questionnaire, user=user, municipality=municipality, language="en"
    )
    for section in questionnaire.sections.all():
        values = {
            q.pk: (
                [q.options.first()] if q.is_choice else text if q.kind in Question.TEXT_KINDS else 3
            )
            for q in section.questions.all()
        }
        services.response_save_section(
            response=response, user=user, section=section, values=values, reached=9
        )
    return services.response_submit(response=response, user=user, language="en")


def test_export_holds_linked_answers_and_anonymous_participation():
    user = UserFactory()
    linked = make_questionnaire(anonymous=False, title_en="Linked survey")
    anonymous = make_questionnaire(anonymous=True, title_en="Anonymous survey")
    _answer_all(linked, user)
    _answer_all(anonymous, user, text="Secret practice")
    data = user_personal_data(user=user)["surveys"]
    assert [r["questionnaire"] for r in data["responses"]] == ["Linked survey"]
    answers = {a["question"]: a["answer"] for a in data["responses"][0]["answers"]}
    assert answers["Do you plan?"] == ["Yes"]
    assert answers["A practice?"] == "We publish every contract."
    assert [p["questionnaire"] for p in data["surveys_answered_anonymously"]] == [
        "Anonymous survey"
    ]
    assert "Secret practice" not in str(data)


def test_erasure_keeps_aggregates_without_the_person():
    user = UserFactory()
    linked = make_questionnaire(anonymous=False)
    _answer_all(linked, user)
    for _n in range(4):
        submitted_response(linked, choices={"Do you plan?": "Yes"})
    draft_survey = make_questionnaire()
    services.response_start(questionnaire=draft_survey, user=user, language="en")
    city = MunicipalityFactory()
    official = make_official(city)
    assessment = make_questionnaire(kind="assessment", anonymous=False)
    _answer_all(assessment, official, municipality=city)

    user_erase(user=user)
    user_erase(user=official)

    assert not Response.objects.filter(questionnaire=draft_survey).exists()  # draft gone
    linked_responses = Response.objects.filter(questionnaire=linked)
    assert linked_responses.count() == 5
    assert not linked_responses.filter(respondent__isnull=False).exists()
    assert not Answer.objects.filter(response__questionnaire=linked).exclude(text="").exists()
    assert not SurveyParticipation.objects.exists()
    results = selectors.survey_results(questionnaire=linked, filters=selectors.ResultFilters())
    plan = next(
        i for s in results.sections for i in s.questions if i.question.text == "Do you plan?"
    )
    assert sum(o.count for o in plan.options) == 5
    # The municipality's self-assessment stays whole, without the person.
    assessment_response = Response.objects.get(municipality=city)
    assert assessment_response.respondent is None
    assert assessment_response.answers.exclude(text="").exists()
