"""Answering a questionnaire: one section per page, saved as people go, validated on the
server, submitted once; drafts are nobody else's business."""

import datetime
import threading

import pytest
from django.db import connection

from surveys import selectors, services
from surveys.models import Answer, Question, Response, SurveyParticipation
from tests.factories import (
    MunicipalityFactory,
    ProgramFactory,
    UserFactory,
    make_official,
    make_partnership,
    make_questionnaire,
    url_in,
)

pytestmark = pytest.mark.django_db


def _q(questionnaire, text):
    return Question.objects.get(section__questionnaire=questionnaire, text_en=text)


def _option(question, label):
    return question.options.get(label_en=label).pk


def _start(client, questionnaire, language="en", **data):
    return client.post(url_in(language, "surveys:start", questionnaire.slug), data)


def _survey_answers(questionnaire, **overrides):
    data = {
        f"q{_q(questionnaire, 'Do you plan?').pk}": _option(
            _q(questionnaire, "Do you plan?"), "Yes"
        ),
        f"q{_q(questionnaire, 'Which skills?').pk}": [
            _option(_q(questionnaire, "Which skills?"), "A")
        ],
        f"q{_q(questionnaire, 'I like my job.').pk}": "4",
        f"q{_q(questionnaire, 'How many staff?').pk}": "12",
        f"q{_q(questionnaire, 'A practice?').pk}": "We publish every contract.",
        "action": "next",
    }
    data.update(overrides)
    return data


def test_a_survey_is_answered_reviewed_and_submitted_anonymously(client):
    survey = make_questionnaire()
    user = UserFactory(region="europe", country="SK")
    client.force_login(user)
    started = _start(client, survey)
    response = Response.objects.get(questionnaire=survey)
    assert started.url == url_in("en", "surveys:section", response.public_id, 1)
    saved = client.post(started.url, _survey_answers(survey))
    assert saved.status_code == 302
    assert saved.url == url_in("en", "surveys:review", response.public_id)
    review = client.get(saved.url)
    assert "We publish every contract." in review.content.decode()
    submitted = client.post(url_in("en", "surveys:submit", response.public_id))
    assert submitted.url == url_in("en", "surveys:thanks", survey.slug)
    response.refresh_from_db()
    assert response.is_submitted
    assert response.respondent is None  # anonymous: the account is let go
    assert (response.region, str(response.country), response.language) == ("europe", "SK", "en")
    assert SurveyParticipation.objects.filter(questionnaire=survey, user=user).exists()
    assert response.answers.count() == 5
    # The draft link no longer opens anything for anyone.
    assert client.get(url_in("en", "surveys:section", response.public_id, 1)).status_code == 404
    # Starting again is refused.
    _start(client, survey)
    assert Response.objects.filter(questionnaire=survey).count() == 1


def test_missing_required_answers_get_a_clear_error_and_valid_ones_are_kept(client):
    survey = make_questionnaire()
    client.force_login(UserFactory())
    _start(client, survey)
    response = Response.objects.get(questionnaire=survey)
    data = _survey_answers(survey)
    del data[f"q{_q(survey, 'Do you plan?').pk}"]
    page = client.post(url_in("en", "surveys:section", response.public_id, 1), data)
    assert page.status_code == 400
    assert "Please answer this question." in page.content.decode()
    # Everything valid was kept, so closing the browser now loses nothing.
    assert Answer.objects.filter(response=response).count() == 4


def test_errors_are_translated(client):
    survey = make_questionnaire()
    client.force_login(UserFactory())
    _start(client, survey, "sk")
    response = Response.objects.get(questionnaire=survey)
    data = _survey_answers(survey, **{f"q{_q(survey, 'How many staff?').pk}": "9999"})
    page = client.post(url_in("sk", "surveys:section", response.public_id, 1), data)
    assert page.status_code == 400
    assert "Skontrolujte" in page.content.decode() or "menšia alebo rovná" in page.content.decode()
    assert not Answer.objects.filter(response=response, question__kind="number").exists()


def test_save_and_finish_later_keeps_answers_without_requiring_them(client):
    survey = make_questionnaire()
    client.force_login(UserFactory())
    _start(client, survey)
    response = Response.objects.get(questionnaire=survey)
    only_scale = {f"q{_q(survey, 'I like my job.').pk}": "2", "action": "later"}
    later = client.post(url_in("en", "surveys:section", response.public_id, 1), only_scale)
    assert later.url == url_in("en", "surveys:list")
    assert Answer.objects.get(response=response).number == 2
    # Coming back shows the answer and the questionnaire list offers to continue.
    page = client.get(url_in("en", "surveys:section", response.public_id, 1))
    assert (
        'value="2" checked' in page.content.decode().replace("\n", "")
        or "checked" in page.content.decode()
    )
    listing = client.get(url_in("en", "surveys:list")).content.decode()
    assert "Continue where you left off" in listing


def test_submit_refuses_an_incomplete_response(client):
    survey = make_questionnaire()
    client.force_login(UserFactory())
    _start(client, survey)
    response = Response.objects.get(questionnaire=survey)
    client.post(url_in("en", "surveys:submit", response.public_id))
    response.refresh_from_db()
    assert not response.is_submitted
    assert not SurveyParticipation.objects.exists()


def test_options_of_another_question_and_too_many_choices_are_refused(client):
    survey = make_questionnaire()
    client.force_login(UserFactory())
    _start(client, survey)
    response = Response.objects.get(questionnaire=survey)
    skills = _q(survey, "Which skills?")
    other_option = _option(_q(survey, "Do you plan?"), "No")
    foreign = _survey_answers(survey, **{f"q{skills.pk}": [other_option]})
    page = client.post(url_in("en", "surveys:section", response.public_id, 1), foreign)
    assert page.status_code == 400
    too_many = _survey_answers(survey, **{f"q{skills.pk}": [o.pk for o in skills.options.all()]})
    page = client.post(url_in("en", "surveys:section", response.public_id, 1), too_many)
    assert page.status_code == 400
    assert "Choose at most 2 options." in page.content.decode()
    assert not Answer.objects.filter(response=response, question=skills).exists()


def test_another_person_cannot_open_or_change_a_draft(client):
    survey = make_questionnaire()
    owner, attacker = UserFactory(), UserFactory()
    client.force_login(owner)
    _start(client, survey)
    response = Response.objects.get(questionnaire=survey)
    client.force_login(attacker)
    for name, args in (
        ("surveys:section", (response.public_id, 1)),
        ("surveys:review", (response.public_id,)),
        ("surveys:result", (response.public_id,)),
    ):
        assert client.get(url_in("en", name, *args)).status_code == 404
    assert (
        client.post(
            url_in("en", "surveys:section", response.public_id, 1), _survey_answers(survey)
        ).status_code
        == 404
    )
    assert client.post(url_in("en", "surveys:submit", response.public_id)).status_code == 404
    assert not response.answers.exists()


def test_a_closed_questionnaire_takes_no_answers(client):
    survey = make_questionnaire()
    user = UserFactory()
    draft = services.response_start(questionnaire=survey, user=user, language="en")
    survey.closes_on = datetime.date.today() - datetime.timedelta(days=1)
    survey.save()
    client.force_login(user)
    _start(client, survey)
    page = client.post(url_in("en", "surveys:section", draft.public_id, 1), _survey_answers(survey))
    assert page.status_code == 302
    assert not draft.answers.exists()


@pytest.mark.parametrize("audience", ["region", "program", "partnership"])
def test_the_audience_decides_who_may_answer(audience):
    insider, outsider = UserFactory(region="europe"), UserFactory(region="south_asia")
    fields = {"audience": audience}
    if audience == "region":
        fields["region"] = "europe"
    elif audience == "program":
        program = ProgramFactory(region="europe")
        program.participations.create(user=insider, role="mentee", status="admitted")
        program.participations.create(user=outsider, role="mentee", status="pending")
        fields["program"] = program
    else:
        fields["partnership"] = make_partnership(coordinators=[insider])
    survey = make_questionnaire(**fields)
    assert services.response_start(questionnaire=survey, user=insider, language="en")
    with pytest.raises(services.ActionRefused):
        services.response_start(questionnaire=survey, user=outsider, language="en")
    assert [listing.questionnaire for listing in selectors.questionnaires_for(user=insider)] == [
        survey
    ]
    assert selectors.questionnaires_for(user=outsider) == []


def test_a_double_click_on_start_makes_one_draft(client):
    survey = make_questionnaire()
    user = UserFactory()
    first = services.response_start(questionnaire=survey, user=user, language="en")
    second = services.response_start(questionnaire=survey, user=user, language="en")
    assert first.pk == second.pk


def test_a_double_submit_counts_once():
    survey = make_questionnaire()
    user = UserFactory()
    draft = services.response_start(questionnaire=survey, user=user, language="en")
    answers = {
        q.pk: ([q.options.first()] if q.is_choice else "Text" if q.kind == "long_text" else 3)
        for q in Question.objects.filter(section__questionnaire=survey)
    }
    section = survey.sections.get()
    services.response_save_section(
        response=draft, user=user, section=section, values=answers, reached=1
    )
    services.response_submit(response=draft, user=user, language="en")
    with pytest.raises(services.ActionRefused):
        services.response_submit(response=draft, user=user, language="en")
    assert SurveyParticipation.objects.count() == 1


@pytest.mark.django_db(transaction=True)
@pytest.mark.postgres
def test_concurrent_starts_of_a_team_share_one_draft():
    city = MunicipalityFactory()
    assessment = make_questionnaire(kind="assessment", anonymous=False)
    people = [make_official(city), make_official(city)]
    results, barrier = [], threading.Barrier(2)

    def start(user):
        barrier.wait()
        try:
            results.append(
                services.response_start(
                    questionnaire=assessment, user=user, municipality=city, language="sk"
                ).pk
            )
        finally:
            connection.close()

    threads = [threading.Thread(target=start, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(results)) == 1
    assert Response.objects.filter(municipality=city).count() == 1
