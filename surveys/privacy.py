"""Questionnaires' part of personal data. A person's own survey answers (drafts, and submitted
answers of surveys that are not anonymous) are exported; anonymous answers no longer name
anyone and cannot be found again. Erasure deletes drafts and the record of having taken part,
and keeps submitted answers for the results without the person and without their free text
(choices, scales and numbers count in the anonymous aggregates). A municipality's
self-assessment belongs to the municipality: it stays, without the person's name."""

from django.db.models import Q

from lms import registry

from .models import Answer, Question, Response, SurveyParticipation

DELETE, ANONYMISE = registry.user_data.DELETE, registry.user_data.ANONYMISE
registry.user_data.declare(
    "surveys.Response",
    "respondent",
    erasure=ANONYMISE,
    why="Submitted answers stay in the anonymous results, without free text; drafts go.",
)
registry.user_data.declare(
    "surveys.SurveyParticipation", "user", erasure=DELETE, why="The record of having taken part."
)


def _iso(value):
    return value.isoformat() if value else None


def _answer(answer: Answer):
    question = answer.question
    if question.is_choice:
        return [option.label for option in answer.options.all()]
    if question.kind in Question.TEXT_KINDS:
        return answer.text
    return str(answer.number.normalize()) if answer.number is not None else None


@registry.personal_data.register
def personal_data(user) -> dict:
    responses = (
        Response.objects.filter(respondent=user)
        .select_related("questionnaire", "municipality")
        .prefetch_related("answers__question", "answers__options")
        .order_by("started_at")
    )
    return {
        "responses": [
            {
                "questionnaire": response.questionnaire.title,
                "municipality": response.municipality.name if response.municipality else None,
                "status": response.status,
                "started_at": _iso(response.started_at),
                "submitted_at": _iso(response.submitted_at),
                "answers": [
                    {"question": answer.question.text, "answer": _answer(answer)}
                    for answer in response.answers.all()
                ],
            }
            for response in responses
        ],
        "surveys_answered_anonymously": [
            {"questionnaire": p.questionnaire.title, "submitted_on": _iso(p.submitted_on)}
            for p in SurveyParticipation.objects.filter(user=user)
            .select_related("questionnaire")
            .filter(questionnaire__anonymous=True)
        ],
    }


@registry.personal_data_erasers.register
def erase(user) -> None:
    Response.objects.filter(respondent=user, status=Response.Status.DRAFT).filter(
        municipality__isnull=True
    ).delete()
    own = Response.objects.filter(respondent=user)
    Answer.objects.filter(
        Q(response__in=own.filter(municipality__isnull=True)),
        question__kind__in=Question.TEXT_KINDS,
    ).update(text="")
    own.update(respondent=None)
    SurveyParticipation.objects.filter(user=user).delete()
