"""Writes for questionnaires: start (or continue) a response, save a section, submit. Each
checks the one answering rule (``selectors.may_answer``) inside a transaction that locks the
response, so double clicks and two team members saving at once never duplicate or lose
answers."""

from __future__ import annotations

from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.actions import ActionRefused
from partnerships import selectors as partnership_selectors
from partnerships.models import Municipality

from . import selectors
from .models import Answer, Option, Question, Questionnaire, Response, Section, SurveyParticipation

AnswerValue = list[Option] | int | Decimal | str | None


def _signed_in(user) -> None:
    if user is None or not user.is_authenticated:
        raise ActionRefused(_("Please sign in first."))


def _open(questionnaire: Questionnaire) -> None:
    if not questionnaire.is_open():
        raise ActionRefused(_("This questionnaire is not open for answers."))


def response_start(
    *,
    questionnaire: Questionnaire,
    user,
    municipality: Municipality | None = None,
    language: str = "",
) -> Response:
    """The person's (or the municipality's team's) draft, started if there is none yet."""
    _signed_in(user)
    _open(questionnaire)
    if questionnaire.is_assessment and municipality is None:
        raise ActionRefused(_("Choose the municipality you answer for."))
    if not selectors.may_answer(user=user, questionnaire=questionnaire, municipality=municipality):
        raise ActionRefused(_("This questionnaire is not open to you."))
    if questionnaire.is_assessment:
        lookup = {"questionnaire": questionnaire, "municipality": municipality}
    else:
        if SurveyParticipation.objects.filter(questionnaire=questionnaire, user=user).exists():
            raise ActionRefused(_("You have already answered this questionnaire. Thank you."))
        lookup = {"questionnaire": questionnaire, "respondent": user, "municipality": None}
    with transaction.atomic():
        draft = Response.objects.filter(status=Response.Status.DRAFT, **lookup).first()
        if draft is not None:
            return draft
        if not questionnaire.is_assessment and Response.objects.filter(**lookup).exists():
            raise ActionRefused(_("You have already answered this questionnaire. Thank you."))
        try:
            with transaction.atomic():
                return Response.objects.create(
                    **{"respondent": user, **lookup}, language=language[:10]
                )
        except IntegrityError:
            # Someone of the team (or a second click) started it a moment ago.
            draft = Response.objects.filter(status=Response.Status.DRAFT, **lookup).first()
            if draft is None:
                raise ActionRefused(
                    _("You have already answered this questionnaire. Thank you.")
                ) from None
            return draft


def _locked_draft(*, response: Response, user) -> Response:
    locked = (
        Response.objects.select_for_update(of=("self",))
        .select_related("questionnaire", "municipality")
        .get(pk=response.pk)
    )
    if locked.is_submitted:
        raise ActionRefused(_("These answers have already been submitted."))
    _open(locked.questionnaire)
    if not selectors.response_editable_by(user=user, response=locked):
        raise ActionRefused(_("You cannot change these answers."))
    return locked


def _store(answer_for: dict[int, Answer], response: Response, question: Question, value) -> None:
    answer = answer_for.get(question.pk)
    empty = value in (None, "", []) or (isinstance(value, str) and not value.strip())
    if empty:
        if answer is not None:
            answer.delete()
        return
    if answer is None:
        answer = Answer(response=response, question=question)
    answer.number = None
    answer.text = ""
    if question.kind == Question.Kind.NUMBER or question.kind == Question.Kind.SCALE:
        answer.number = Decimal(value)
    elif question.kind in Question.TEXT_KINDS:
        answer.text = value.strip()
    answer.save()
    if question.is_choice:
        valid = {option.pk for option in question.options.all()}
        chosen = [option for option in value if option.pk in valid]
        if question.kind == Question.Kind.SINGLE:
            chosen = chosen[:1]
        answer.options.set(chosen)


def response_save_section(
    *,
    response: Response,
    user,
    section: Section,
    values: dict[int, AnswerValue],
    reached: int,
) -> Response:
    """Store the section's answers (an empty value removes an answer) and remember how far
    the person got. ``values`` come from ``forms.SectionForm``: options belong to their
    question, numbers are in range."""
    _signed_in(user)
    with transaction.atomic():
        locked = _locked_draft(response=response, user=user)
        if section.questionnaire_id != locked.questionnaire_id:
            raise ActionRefused(_("This section belongs to another questionnaire."))
        questions = list(section.questions.prefetch_related("options"))
        answer_for = {
            answer.question_id: answer for answer in locked.answers.filter(question__in=questions)
        }
        for question in questions:
            if question.pk in values:
                _store(answer_for, locked, question, values[question.pk])
        locked.reached_section = max(locked.reached_section, reached)
        locked.save(update_fields=["reached_section", "updated_at"])
    return locked


def _role(user) -> str:
    if (
        user.is_superuser
        or user.has_perm(partnership_selectors.COORDINATOR_PERMISSION)
        or (user.coordinated_programs.exists())
    ):
        return Response.Role.COORDINATOR
    if hasattr(user, "mentor_profile"):
        return Response.Role.MENTOR
    if selectors.municipalities_represented_by(user=user).exists():
        return Response.Role.OFFICIAL
    return Response.Role.LEARNER


def response_submit(*, response: Response, user, language: str) -> Response:
    """Submit a complete response. The group it counts in (language, region, country, role)
    is kept; the account is let go when the questionnaire is anonymous."""
    _signed_in(user)
    with transaction.atomic():
        locked = _locked_draft(response=response, user=user)
        questionnaire = locked.questionnaire
        sections = selectors.response_sections(questionnaire=questionnaire)
        missing = selectors.missing_required(
            sections=sections, answers=selectors.response_answers(response=locked)
        )
        if missing is not None:
            raise ActionRefused(
                _("Some required questions are not answered yet, in section %(number)s.")
                % {"number": missing + 1}
            )
        now = timezone.now()
        locked.status = Response.Status.SUBMITTED
        locked.submitted_at = now
        locked.language = language[:10]
        locked.role = _role(user)
        if locked.municipality_id:
            locked.region = locked.municipality.region
            locked.country = locked.municipality.country
        else:
            locked.region = user.region
            locked.country = user.country
            try:
                with transaction.atomic():
                    SurveyParticipation.objects.create(
                        questionnaire=questionnaire, user=user, submitted_on=now.date()
                    )
            except IntegrityError:
                raise ActionRefused(
                    _("You have already answered this questionnaire. Thank you.")
                ) from None
        if questionnaire.anonymous:
            locked.respondent = None
        locked.save()
    return locked
