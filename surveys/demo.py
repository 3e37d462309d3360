"""Demo questionnaires: the municipal capacity self-assessment (six domains) answered by ten
municipalities, three of them twice, and the "Local government workforce 2026" survey with a
few hundred generated anonymous answers in the four languages. Kamenná Dolina has not answered
yet: its focal point (peter.hudec@cities.example.org) can, in Slovak, and then sees the
Europe peers' median. The texts live in ``demo_content.py``."""

from __future__ import annotations

import datetime
import random
from decimal import Decimal

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone

from cms_pages.demo import ensure_topics
from lms import registry
from partnerships.models import Municipality

from . import demo_content as data
from .models import Answer, Domain, Option, Question, Questionnaire, Response, Section

COORDINATORS_GROUP = "Coordinators"
SURVEY_RESPONSES = 320
SEED = 2026
SMALL_GROUP = 3

# Who answered the survey: language → (weight, [(region, country, weight)]).
SURVEY_GROUPS = {
    "en": (
        30,
        [("south_asia", "IN", 14), ("global", "US", 8), ("global", "GB", 4), ("global", "KE", 4)],
    ),
    "es": (
        28,
        [("latin_america", "MX", 16), ("latin_america", "CO", 7), ("latin_america", "PE", 5)],
    ),
    "zh-hans": (22, [("east_asia", "CN", 20), ("east_asia", "MN", 2)]),
    "sk": (20, [("europe", "SK", 17), ("europe", "CZ", 3)]),
}
ROLES = [("official", 50), ("learner", 30), ("mentor", 15), ("coordinator", 5)]


def _translate(instance, field: str, texts: dict | None) -> None:
    for code, text in (texts or {}).items():
        setattr(instance, f"{field}_{code.replace('-', '_')}", text)


def ensure_domains() -> dict[str, Domain]:
    topics = ensure_topics()
    domains = {}
    for order, spec in enumerate(data.DOMAINS):
        domain = Domain.objects.filter(slug=spec["slug"]).first()
        if domain is None:
            domain = Domain(slug=spec["slug"], sort_order=order)
            _translate(domain, "name", spec["name"])
            _translate(domain, "description", spec["description"])
            domain.save()
            domain.topics.set([topics[slug] for slug in spec["topics"] if slug in topics])
        domains[spec["slug"]] = domain
    return domains


def ensure_municipalities() -> dict[str, Municipality]:
    """Four more municipalities of the Europe office, so that Kamenná Dolina has five peers."""
    for spec in data.NEW_MUNICIPALITIES:
        if Municipality.objects.filter(slug=spec["slug"]).exists():
            continue
        municipality = Municipality(
            slug=spec["slug"],
            country=spec["country"],
            region=spec["region"],
            population=spec.get("population"),
            kind=spec.get("kind", "city"),
            website=spec.get("website", ""),
            languages=spec.get("languages", []),
        )
        _translate(municipality, "name", spec["name"])
        _translate(municipality, "profile", spec.get("profile"))
        municipality.save()
    return {m.slug: m for m in Municipality.objects.all()}


def ensure_questionnaire(
    spec: dict, *, kind: str, anonymous: bool, opens: int, closes: int, domains: dict[str, Domain]
) -> Questionnaire:
    questionnaire = Questionnaire.objects.filter(slug=spec["slug"]).first()
    if questionnaire is not None:
        return questionnaire
    today = timezone.localdate()
    with transaction.atomic():
        questionnaire = Questionnaire(
            slug=spec["slug"],
            kind=kind,
            anonymous=anonymous,
            opens_on=today + datetime.timedelta(days=opens),
            closes_on=today + datetime.timedelta(days=closes),
        )
        _translate(questionnaire, "title", spec["title"])
        _translate(questionnaire, "intro", spec["intro"])
        questionnaire.save()
        for section_order, section_spec in enumerate(spec["sections"]):
            section = Section(questionnaire=questionnaire, sort_order=section_order)
            _translate(section, "title", section_spec["title"])
            _translate(section, "intro", section_spec.get("intro"))
            section.save()
            for order, question_spec in enumerate(section_spec["questions"]):
                question = Question(
                    section=section,
                    sort_order=order,
                    kind=question_spec["kind"],
                    required=question_spec.get("required", True),
                    domain=domains.get(question_spec.get("domain") or ""),
                    min_value=question_spec.get("min_value"),
                    max_value=question_spec.get("max_value"),
                    max_choices=3 if question_spec["kind"] == Question.Kind.MULTIPLE else None,
                )
                _translate(question, "text", question_spec["text"])
                _translate(question, "help_text", question_spec.get("help_text"))
                _translate(question, "scale_low", question_spec.get("scale_low"))
                _translate(question, "scale_high", question_spec.get("scale_high"))
                question.save()
                for option_order, option_spec in enumerate(question_spec.get("options", [])):
                    option = Option(
                        question=question, sort_order=option_order, points=option_spec["points"]
                    )
                    _translate(option, "label", option_spec["label"])
                    option.save()
    return questionnaire


def _questions(questionnaire: Questionnaire) -> list[Question]:
    return list(
        Question.objects.filter(section__questionnaire=questionnaire)
        .order_by("section__sort_order", "sort_order")
        .prefetch_related("options")
    )


def _assessment_answers(rng, questions, levels: dict, long_text: str):
    """Answers that score about ``level`` in each domain, a little varied per question."""
    answers = []
    for question in questions:
        domain = question.domain.slug if question.domain else None
        options = sorted(question.options.all(), key=lambda o: o.points or 0)
        if domain is not None:
            level = min(max(levels.get(domain, 0.5) + rng.uniform(-0.15, 0.15), 0), 1)
            if question.kind == Question.Kind.SCALE:
                answers.append((question, [], Decimal(1 + round(level * 4)), ""))
            elif options:
                answers.append((question, [options[round(level * (len(options) - 1))]], None, ""))
        elif question.kind == Question.Kind.NUMBER:
            answers.append((question, [], Decimal(rng.randint(3, 12)), ""))
        elif question.kind in Question.TEXT_KINDS and long_text:
            answers.append((question, [], None, long_text))
    return answers


def _save_responses(rows) -> int:
    """``rows``: (Response, answers) pairs, written in three bulk inserts."""
    responses = Response.objects.bulk_create([response for response, _answers in rows])
    answers, chosen = [], []
    for response, items in zip(responses, (items for _r, items in rows), strict=True):
        for question, options, number, text in items:
            answers.append(
                (Answer(response=response, question=question, number=number, text=text), options)
            )
    created = Answer.objects.bulk_create([answer for answer, _options in answers])
    for answer, (_a, options) in zip(created, answers, strict=True):
        chosen.extend(
            Answer.options.through(answer_id=answer.pk, option_id=option.pk) for option in options
        )
    Answer.options.through.objects.bulk_create(chosen)
    return len(responses)


def ensure_assessments(questionnaire: Questionnaire, municipalities) -> int:
    if questionnaire.responses.exists():
        return 0
    rng = random.Random(SEED)
    questions = _questions(questionnaire)
    now = timezone.now()
    rows = []
    for number, spec in enumerate(data.ASSESSED):
        municipality = municipalities.get(spec["municipality"])
        if municipality is None:
            continue
        rounds = [(spec["levels"], now - datetime.timedelta(days=20 + 4 * number))]
        if spec.get("previous_levels"):
            rounds.insert(0, (spec["previous_levels"], now - datetime.timedelta(days=370 + number)))
        for levels, at in rounds:
            response = Response(
                questionnaire=questionnaire,
                municipality=municipality,
                status=Response.Status.SUBMITTED,
                submitted_at=at,
                language=spec["language"],
                region=municipality.region,
                country=municipality.country,
                role=Response.Role.OFFICIAL,
                reached_section=len(data.ASSESSMENT["sections"]),
            )
            long_text = (spec.get("long_text") or {}).get("text", "")
            rows.append((response, _assessment_answers(rng, questions, levels, long_text)))
    return _save_responses(rows)


def _weighted(rng, pairs):
    return rng.choices([value for value, _w in pairs], weights=[w for _v, w in pairs])[0]


def _survey_answers(rng, questions, language: str):
    answers = []
    texts = data.SURVEY_TEXT_ANSWERS
    for question in questions:
        options = list(question.options.all())
        if question.kind == Question.Kind.SINGLE and options:
            weights = [3, 5, 4, 3, 2][: len(options)] + [2] * max(0, len(options) - 5)
            answers.append((question, [rng.choices(options, weights=weights)[0]], None, ""))
        elif question.kind == Question.Kind.MULTIPLE and options:
            answers.append((question, rng.sample(options, rng.randint(1, 3)), None, ""))
        elif question.kind == Question.Kind.SCALE:
            point = rng.choices([1, 2, 3, 4, 5], weights=[1, 2, 4, 6, 3])[0]
            answers.append((question, [], Decimal(point), ""))
        elif question.kind == Question.Kind.NUMBER:
            answers.append((question, [], Decimal(int(rng.lognormvariate(3, 1)) + 1), ""))
        elif question.kind == Question.Kind.SHORT_TEXT and rng.random() < 0.3:
            answers.append((question, [], None, rng.choice(texts["short_text"][language])))
        elif question.kind == Question.Kind.LONG_TEXT and rng.random() < 0.15:
            answers.append((question, [], None, rng.choice(texts["long_text"][language])))
    return answers


def ensure_survey_answers(questionnaire: Questionnaire) -> int:
    if questionnaire.responses.exists():
        return 0
    rng = random.Random(SEED + 1)
    questions = _questions(questionnaire)
    now = timezone.now()
    languages = [(code, weight) for code, (weight, _groups) in SURVEY_GROUPS.items()]
    rows = []
    for index in range(SURVEY_RESPONSES):
        language = _weighted(rng, languages)
        region, country, _w = rng.choices(
            SURVEY_GROUPS[language][1], weights=[g[2] for g in SURVEY_GROUPS[language][1]]
        )[0]
        if index >= SURVEY_RESPONSES - SMALL_GROUP:
            # Three officials from Hungary answered in Slovak: a group too small to show.
            language, region, country = "sk", "europe", "HU"
        response = Response(
            questionnaire=questionnaire,
            status=Response.Status.SUBMITTED,
            submitted_at=now - datetime.timedelta(days=rng.randint(1, 28)),
            language=language,
            region=region,
            country=country,
            role=_weighted(rng, ROLES),
            reached_section=len(data.SURVEY["sections"]),
        )
        rows.append((response, _survey_answers(rng, questions, language)))
    return _save_responses(rows)


def ensure_results_permission() -> None:
    """Coordinators see questionnaires' results (in groups; see ``selectors``)."""
    group, _created = Group.objects.get_or_create(name=COORDINATORS_GROUP)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="surveys", codename="view_results")
    )


@registry.demo_seeders.register
def seed(*, stdout) -> None:
    domains = ensure_domains()
    municipalities = ensure_municipalities()
    ensure_results_permission()
    assessment = ensure_questionnaire(
        data.ASSESSMENT,
        kind=Questionnaire.Kind.ASSESSMENT,
        anonymous=False,
        opens=-400,
        closes=365,
        domains=domains,
    )
    survey = ensure_questionnaire(
        data.SURVEY,
        kind=Questionnaire.Kind.SURVEY,
        anonymous=True,
        opens=-30,
        closes=60,
        domains=domains,
    )
    assessed = ensure_assessments(assessment, municipalities)
    answered = ensure_survey_answers(survey)
    stdout.write(
        f"  2 questionnaires ready ({assessed} self-assessments and {answered} survey "
        "answers added)"
    )
