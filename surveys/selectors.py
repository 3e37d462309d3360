"""Reads for questionnaires: who may answer and see what, a response's sections, domain scores
with peers and recommendations, and survey results in groups no smaller than the
questionnaire's minimum. Each function runs a fixed number of queries."""

from __future__ import annotations

import hashlib
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Prefetch, Q, QuerySet
from django.utils.translation import get_language

from courses import selectors as course_selectors
from mentoring import selectors as mentoring_selectors
from mentoring.models import Participation as ProgramParticipation
from partnerships import selectors as partnership_selectors
from partnerships.models import Municipality, Official

from .models import Answer, Domain, Option, Question, Questionnaire, Response, Section

RESULTS_PERMISSION = "surveys.view_results"
PEERS_NEEDED = 5  # a peer median is shown only when at least this many peers answered
WEAK_DOMAINS = 2  # recommendations cover this many of the lowest-scoring domains
STRONG_SCORE = 75  # a municipality this strong in a domain is suggested as a partner
RECOMMENDED_PER_KIND = 3


def _active(user) -> bool:
    return user is not None and user.is_authenticated and user.is_active


# ----------------------------------------------------------------------------- access rules


def municipalities_represented_by(*, user) -> QuerySet[Municipality]:
    """A municipality's team: its confirmed officials and its focal points."""
    if not _active(user):
        return Municipality.objects.none()
    return Municipality.objects.filter(
        Q(officials__user=user, officials__status=Official.Status.CONFIRMED) | Q(focal_points=user)
    ).distinct()


def audience_includes(*, user, questionnaire: Questionnaire) -> bool:
    """Whether ``user`` belongs to the questionnaire's audience (surveys; a self-assessment
    also needs a municipality, see ``assessment_municipalities``)."""
    if not _active(user):
        return False
    audience = Questionnaire.Audience
    if questionnaire.audience == audience.EVERYONE:
        return True
    if questionnaire.audience == audience.REGION:
        return bool(user.region) and user.region == questionnaire.region
    if questionnaire.audience == audience.PROGRAM:
        return ProgramParticipation.objects.filter(
            program_id=questionnaire.program_id,
            user=user,
            status=ProgramParticipation.Status.ADMITTED,
        ).exists()
    if questionnaire.audience == audience.PARTNERSHIP and questionnaire.partnership_id:
        return partnership_selectors.partnership_member_of(
            user=user, partnership=questionnaire.partnership
        )
    return False


def assessment_municipalities(*, user, questionnaire: Questionnaire) -> list[Municipality]:
    """The municipalities ``user`` may answer a self-assessment for."""
    municipalities = municipalities_represented_by(user=user)
    if questionnaire.audience == Questionnaire.Audience.REGION:
        municipalities = municipalities.filter(region=questionnaire.region)
    return list(municipalities.order_by("name"))


def may_answer(*, user, questionnaire: Questionnaire, municipality: Municipality | None) -> bool:
    """The one rule for starting, saving and submitting answers."""
    if questionnaire.is_assessment:
        return municipality is not None and municipality in assessment_municipalities(
            user=user, questionnaire=questionnaire
        )
    return municipality is None and audience_includes(user=user, questionnaire=questionnaire)


def response_editable_by(*, user, response: Response) -> bool:
    """A draft, by the person who started it (survey) or by the municipality's team."""
    if not _active(user) or response.is_submitted:
        return False
    if response.municipality_id:
        return may_answer(
            user=user, questionnaire=response.questionnaire, municipality=response.municipality
        )
    return response.respondent_id == user.pk and may_answer(
        user=user, questionnaire=response.questionnaire, municipality=None
    )


def assessment_visible_to(*, user, response: Response) -> bool:
    """A submitted self-assessment's result: the municipality's team and the coordinators of
    its region (the partnerships' coordinator rule). Other municipalities see only medians."""
    if not response.is_submitted or not response.municipality_id:
        return False
    if partnership_selectors.region_coordinated_by(user=user, region=response.municipality.region):
        return True
    return municipalities_represented_by(user=user).filter(pk=response.municipality_id).exists()


def _questionnaire_region(questionnaire: Questionnaire) -> str:
    if questionnaire.audience == Questionnaire.Audience.PROGRAM and questionnaire.program_id:
        return questionnaire.program.region
    if (
        questionnaire.audience == Questionnaire.Audience.PARTNERSHIP
        and questionnaire.partnership_id
    ):
        return questionnaire.partnership.region
    return questionnaire.region


def results_visible_to(*, user, questionnaire: Questionnaire) -> bool:
    """Who sees a questionnaire's results (always in groups): superusers, and people with
    ``surveys.view_results`` whose region it is, or any of them when it was for everyone."""
    if not _active(user):
        return False
    if user.is_superuser:
        return True
    if not user.region or not user.has_perm(RESULTS_PERMISSION):
        return False
    region = _questionnaire_region(questionnaire)
    return not region or region == user.region


def questionnaires_with_results_for(*, user) -> list[Questionnaire]:
    if not _active(user) or not (user.is_superuser or user.has_perm(RESULTS_PERMISSION)):
        return []
    candidates = Questionnaire.objects.select_related("program", "partnership")
    return [q for q in candidates if results_visible_to(user=user, questionnaire=q)]


# ----------------------------------------------------------------------------- answering


@dataclass
class QuestionnaireListing:
    questionnaire: Questionnaire
    municipalities: list[Municipality] = field(default_factory=list)
    draft: Response | None = None
    submitted: list[Response] = field(default_factory=list)
    answered: bool = False


def questionnaires_for(*, user) -> list[QuestionnaireListing]:
    """Open questionnaires ``user`` may answer, with their drafts and submitted responses."""
    if not _active(user):
        return []
    represented = list(municipalities_represented_by(user=user))
    listings = []
    for questionnaire in Questionnaire.objects.select_related("partnership").order_by(
        "kind", "-opens_on"
    ):
        if not questionnaire.is_open():
            continue
        if questionnaire.is_assessment:
            cities = [
                m
                for m in represented
                if questionnaire.audience != Questionnaire.Audience.REGION
                or m.region == questionnaire.region
            ]
            if cities:
                listings.append(QuestionnaireListing(questionnaire, municipalities=cities))
        elif audience_includes(user=user, questionnaire=questionnaire):
            listings.append(QuestionnaireListing(questionnaire))
    by_id = {listing.questionnaire.pk: listing for listing in listings}
    city_ids = [m.pk for m in represented]
    responses = (
        Response.objects.filter(questionnaire_id__in=by_id)
        .filter(Q(respondent=user, municipality__isnull=True) | Q(municipality_id__in=city_ids))
        .select_related("municipality")
        .order_by("-submitted_at", "-started_at")
    )
    for response in responses:
        listing = by_id[response.questionnaire_id]
        if response.is_submitted:
            listing.submitted.append(response)
        elif listing.draft is None:
            listing.draft = response
    answered = set(
        user.survey_participations.filter(questionnaire_id__in=by_id).values_list(
            "questionnaire_id", flat=True
        )
    )
    for listing in listings:
        listing.answered = listing.questionnaire.pk in answered or (
            not listing.questionnaire.is_assessment and bool(listing.submitted)
        )
    return listings


def response_sections(*, questionnaire: Questionnaire) -> list[Section]:
    """The sections in order, each with its questions and their options (three queries)."""
    return list(
        questionnaire.sections.order_by("sort_order", "pk").prefetch_related(
            Prefetch(
                "questions",
                queryset=Question.objects.order_by("sort_order", "pk")
                .select_related("domain")
                .prefetch_related(
                    Prefetch("options", queryset=Option.objects.order_by("sort_order", "pk"))
                ),
            )
        )
    )


def response_answers(*, response: Response) -> dict[int, Answer]:
    """The response's answers by question id, with their options."""
    return {answer.question_id: answer for answer in response.answers.prefetch_related("options")}


def missing_required(*, sections: list[Section], answers: dict[int, Answer]) -> int | None:
    """The index of the first section with a required question left unanswered, or None."""
    for index, section in enumerate(sections):
        for question in section.questions.all():
            if question.required and not answer_given(question, answers.get(question.pk)):
                return index
    return None


def answer_given(question: Question, answer: Answer | None) -> bool:
    if answer is None:
        return False
    if question.is_choice:
        return bool(answer.options.all())
    if question.kind in Question.TEXT_KINDS:
        return bool(answer.text.strip())
    return answer.number is not None


# ----------------------------------------------------------------------------- scoring


def _points_range(question: Question, options: list[tuple[int, int | None]]) -> tuple[int, int]:
    """The least and most points the question can give."""
    if question.kind == Question.Kind.SCALE:
        return 1, 5
    points = [p for _option, p in options if p is not None]
    if not points:
        return 0, 0
    if question.kind == Question.Kind.MULTIPLE:
        return sum(p for p in points if p < 0), sum(p for p in points if p > 0)
    return min(points), max(points)


def domain_scores(*, response_ids: list[int]) -> dict[int, dict[int, int]]:
    """Per response, per domain, a score from 0 to 100: the points earned on the domain's
    answered scored questions, between the least and the most they could give. Three
    queries whatever the number of responses."""
    if not response_ids:
        return {}
    questions = {
        q.pk: q
        for q in Question.objects.filter(
            answers__response_id__in=response_ids, domain__isnull=False
        )
        .exclude(kind__in=[Question.Kind.NUMBER, *Question.TEXT_KINDS])
        .distinct()
    }
    options: dict[int, list[tuple[int, int | None]]] = defaultdict(list)
    for option_id, question_id, points in Option.objects.filter(
        question_id__in=questions
    ).values_list("pk", "question_id", "points"):
        options[question_id].append((option_id, points))
    points_of = {option_id: points for pairs in options.values() for option_id, points in pairs}
    earned: dict[tuple[int, int], int] = defaultdict(int)
    answered: set[tuple[int, int]] = set()
    for response_id, question_id, number, option_id in Answer.objects.filter(
        response_id__in=response_ids, question_id__in=questions
    ).values_list("response_id", "question_id", "number", "options"):
        question = questions[question_id]
        key = (response_id, question_id)
        if question.kind == Question.Kind.SCALE:
            if number is not None:
                answered.add(key)
                earned[key] = int(number)
        elif option_id is not None:
            answered.add(key)
            earned[key] += points_of.get(option_id) or 0
    totals: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for response_id, question_id in answered:
        question = questions[question_id]
        low, high = _points_range(question, options[question_id])
        if high <= low:
            continue
        total = totals[response_id][question.domain_id]
        total[0] += earned[(response_id, question_id)] - low
        total[1] += high - low
    return {
        response_id: {
            domain_id: int(
                (Decimal(100) * got / possible).quantize(Decimal(1), rounding=ROUND_HALF_UP)
            )
            for domain_id, (got, possible) in domains.items()
            if possible
        }
        for response_id, domains in totals.items()
    }


def _latest_per_municipality(responses) -> dict[int, Response]:
    latest: dict[int, Response] = {}
    for response in responses:
        current = latest.get(response.municipality_id)
        if current is None or response.submitted_at > current.submitted_at:
            latest[response.municipality_id] = response
    return latest


@dataclass
class DomainRow:
    domain: Domain
    score: int | None
    peer_median: Decimal | None = None
    previous: int | None = None

    @property
    def change(self) -> int | None:
        if self.score is None or self.previous is None:
            return None
        return self.score - self.previous


@dataclass
class Recommendation:
    domain: Domain
    courses: list = field(default_factory=list)
    mentors: list = field(default_factory=list)
    partners: list[tuple[Municipality, int]] = field(default_factory=list)


@dataclass
class AssessmentResult:
    response: Response
    rows: list[DomainRow]
    peer_count: int
    peers_needed: int
    previous: Response | None
    recommendations: list[Recommendation]

    @property
    def peers_shown(self) -> bool:
        return self.peer_count >= self.peers_needed


def assessment_result(*, response: Response, language: str | None = None) -> AssessmentResult:
    """A municipality's self-assessment: its score per domain, the median of its region's
    peers (their latest assessment; only with enough peers), the change since its previous
    assessment, and recommendations for its weakest domains."""
    language = language or get_language() or "en"
    municipality = response.municipality
    submitted = Response.objects.filter(
        questionnaire__kind=Questionnaire.Kind.ASSESSMENT,
        status=Response.Status.SUBMITTED,
        municipality__isnull=False,
    )
    previous = (
        submitted.filter(municipality=municipality, submitted_at__lt=response.submitted_at)
        .order_by("-submitted_at")
        .first()
    )
    peers = _latest_per_municipality(
        submitted.filter(
            questionnaire=response.questionnaire, municipality__region=municipality.region
        ).exclude(municipality=municipality)
    )
    peer_ids = [r.pk for r in peers.values()]
    scores = domain_scores(
        response_ids=[response.pk, *peer_ids, *([previous.pk] if previous else [])]
    )
    own = scores.get(response.pk, {})
    domains = list(
        Domain.objects.filter(questions__section__questionnaire=response.questionnaire)
        .distinct()
        .order_by("sort_order", "slug")
        .prefetch_related("topics")
    )
    rows = []
    for domain in domains:
        row = DomainRow(domain=domain, score=own.get(domain.pk))
        peer_scores = [scores[i][domain.pk] for i in peer_ids if domain.pk in scores.get(i, {})]
        if len(peer_scores) >= PEERS_NEEDED:
            row.peer_median = Decimal(str(statistics.median(peer_scores)))
        if previous is not None:
            row.previous = scores.get(previous.pk, {}).get(domain.pk)
        rows.append(row)
    return AssessmentResult(
        response=response,
        rows=rows,
        peer_count=len(peer_ids),
        peers_needed=PEERS_NEEDED,
        previous=previous,
        recommendations=_recommendations(
            rows=rows,
            municipality=municipality,
            questionnaire=response.questionnaire,
            language=language,
        ),
    )


def _recommendations(
    *,
    rows: list[DomainRow],
    municipality: Municipality,
    questionnaire: Questionnaire,
    language: str,
) -> list[Recommendation]:
    scored = sorted(
        (r for r in rows if r.score is not None), key=lambda r: (r.score, r.domain.sort_order)
    )
    weakest = [row.domain for row in scored[:WEAK_DOMAINS]]
    if not weakest:
        return []
    strong = _strong_municipalities(
        questionnaire=questionnaire, domains=weakest, exclude=municipality
    )
    recommendations = []
    for domain in weakest:
        topic_ids = [topic.pk for topic in domain.topics.all()]
        recommendations.append(
            Recommendation(
                domain=domain,
                courses=course_selectors.courses_on_topics(
                    topic_ids=topic_ids, language=language, limit=RECOMMENDED_PER_KIND
                ),
                mentors=mentoring_selectors.mentors_with_expertise(
                    topic_ids=topic_ids, limit=RECOMMENDED_PER_KIND
                ),
                partners=strong.get(domain.pk, []),
            )
        )
    return recommendations


def _strong_municipalities(
    *, questionnaire: Questionnaire, domains: list[Domain], exclude: Municipality
) -> dict[int, list[tuple[Municipality, int]]]:
    """Per domain, the municipalities whose latest assessment scores at least
    ``STRONG_SCORE`` in it, strongest first."""
    latest = _latest_per_municipality(
        Response.objects.filter(questionnaire=questionnaire, status=Response.Status.SUBMITTED)
        .exclude(municipality=exclude)
        .exclude(municipality__isnull=True)
        .select_related("municipality")
    )
    scores = domain_scores(response_ids=[r.pk for r in latest.values()])
    strong: dict[int, list[tuple[Municipality, int]]] = {}
    for domain in domains:
        found = [
            (response.municipality, scores[response.pk][domain.pk])
            for response in latest.values()
            if scores.get(response.pk, {}).get(domain.pk, -1) >= STRONG_SCORE
        ]
        found.sort(key=lambda pair: (-pair[1], partnership_selectors.sort_key(pair[0].name)))
        strong[domain.pk] = found[:RECOMMENDED_PER_KIND]
    return strong


def assessments_coordinated_by(*, user, questionnaire: Questionnaire) -> list[Response] | None:
    """The latest submitted self-assessment of each municipality whose region ``user``
    coordinates (the partnerships' coordinator rule, as for one result); None for someone who
    coordinates no region."""
    if not _active(user) or not (
        user.is_superuser
        or partnership_selectors.region_coordinated_by(user=user, region=user.region)
    ):
        return None
    submitted = Response.objects.filter(
        questionnaire=questionnaire,
        status=Response.Status.SUBMITTED,
        municipality__isnull=False,
    ).select_related("municipality")
    if not user.is_superuser:
        submitted = submitted.filter(municipality__region=user.region)
    latest = _latest_per_municipality(submitted)
    return sorted(
        latest.values(), key=lambda r: partnership_selectors.sort_key(r.municipality.name)
    )


def latest_assessment(*, municipality: Municipality) -> Response | None:
    return (
        Response.objects.filter(
            municipality=municipality,
            status=Response.Status.SUBMITTED,
            questionnaire__kind=Questionnaire.Kind.ASSESSMENT,
        )
        .select_related("questionnaire", "municipality")
        .order_by("-submitted_at")
        .first()
    )


# ----------------------------------------------------------------------------- survey results


@dataclass(frozen=True)
class ResultFilters:
    region: str = ""
    country: str = ""
    language: str = ""
    role: str = ""

    @classmethod
    def from_query(cls, params) -> ResultFilters:
        def value(name: str) -> str:
            # Codes only: letters, digits, "-" and "_" (a NUL byte never reaches the database).
            text = params.get(name, "").strip()[:20]
            return text if all(c.isascii() and (c.isalnum() or c in "-_") for c in text) else "?"

        return cls(
            region=value("region"),
            country=value("country").upper()[:2],
            language=value("language"),
            role=value("role"),
        )

    @property
    def active(self) -> bool:
        return any((self.region, self.country, self.language, self.role))

    def apply(self, responses: QuerySet[Response]) -> QuerySet[Response]:
        for name in ("region", "country", "language", "role"):
            if getattr(self, name):
                responses = responses.filter(**{name: getattr(self, name)})
        return responses


@dataclass
class OptionCount:
    option: Option
    count: int
    percent: int


@dataclass
class QuestionResult:
    question: Question
    answered: int
    options: list[OptionCount] = field(default_factory=list)
    scale: list[tuple[int, int, int]] = field(default_factory=list)  # (point, count, percent)
    mean: Decimal | None = None
    median: Decimal | None = None
    texts: list[tuple[str, str]] = field(default_factory=list)  # (text, language)


@dataclass
class SectionResult:
    section: Section
    questions: list[QuestionResult]


@dataclass
class SurveyResults:
    questionnaire: Questionnaire
    filters: ResultFilters
    total: int
    min_group_size: int
    sections: list[SectionResult]

    @property
    def suppressed(self) -> bool:
        return self.total < self.min_group_size


def _percent(count: int, total: int) -> int:
    if not total:
        return 0
    return int((Decimal(100) * count / total).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _stable_order(text: str) -> str:
    """Text answers in an order that says nothing of when or by whom they were given."""
    return hashlib.sha256(text.encode()).hexdigest()


def submitted_responses(
    *, questionnaire: Questionnaire, filters: ResultFilters
) -> QuerySet[Response]:
    return filters.apply(questionnaire.responses.filter(status=Response.Status.SUBMITTED))


def survey_results(*, questionnaire: Questionnaire, filters: ResultFilters) -> SurveyResults:
    """Counts and percentages per option, scale distributions, number medians and text
    answers of the responses in the filtered group; nothing at all when the group is smaller
    than the questionnaire's minimum. A fixed number of queries."""
    responses = submitted_responses(questionnaire=questionnaire, filters=filters)
    total = responses.count()
    sections = response_sections(questionnaire=questionnaire)
    results = SurveyResults(
        questionnaire=questionnaire,
        filters=filters,
        total=total,
        min_group_size=questionnaire.min_group_size,
        sections=[],
    )
    if results.suppressed:
        return results
    option_counts = Counter(
        Answer.options.through.objects.filter(answer__response__in=responses).values_list(
            "option_id", flat=True
        )
    )
    answered: Counter = Counter()
    numbers: dict[int, list[Decimal]] = defaultdict(list)
    texts: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for question_id, number, text, language in Answer.objects.filter(
        response__in=responses,
        question__kind__in=[Question.Kind.SCALE, Question.Kind.NUMBER, *Question.TEXT_KINDS],
    ).values_list("question_id", "number", "text", "response__language"):
        if number is not None:
            numbers[question_id].append(number)
            answered[question_id] += 1
        elif text.strip():
            texts[question_id].append((text.strip(), language))
            answered[question_id] += 1
    choice_answers = Counter(
        question_id
        for question_id, _pk in Answer.objects.filter(response__in=responses, options__isnull=False)
        .values_list("question_id", "pk")
        .distinct()
    )
    for section in sections:
        question_results = []
        for question in section.questions.all():
            result = QuestionResult(question=question, answered=answered[question.pk])
            if question.is_choice:
                result.answered = choice_answers[question.pk]
                result.options = [
                    OptionCount(
                        option=option,
                        count=option_counts[option.pk],
                        percent=_percent(option_counts[option.pk], result.answered),
                    )
                    for option in question.options.all()
                ]
            elif question.kind == Question.Kind.SCALE:
                values = [int(v) for v in numbers[question.pk]]
                counts = Counter(values)
                result.scale = [
                    (point, counts[point], _percent(counts[point], len(values)))
                    for point in (1, 2, 3, 4, 5)
                ]
                if values:
                    result.mean = (Decimal(sum(values)) / len(values)).quantize(Decimal("0.1"))
            elif question.kind == Question.Kind.NUMBER:
                if numbers[question.pk]:
                    result.median = Decimal(str(statistics.median(numbers[question.pk])))
            else:
                result.texts = sorted(texts[question.pk], key=lambda pair: _stable_order(pair[0]))
            question_results.append(result)
        results.sections.append(SectionResult(section=section, questions=question_results))
    return results


def result_filter_choices(*, questionnaire: Questionnaire) -> dict[str, list[str]]:
    """The regions, countries, languages and roles present among submitted responses."""
    rows = (
        questionnaire.responses.filter(status=Response.Status.SUBMITTED)
        .values_list("region", "country", "language", "role")
        .distinct()
    )
    found: dict[str, set[str]] = defaultdict(set)
    for region, country, language, role in rows:
        for name, value in (
            ("region", region),
            ("country", country),
            ("language", language),
            ("role", role),
        ):
            if value:
                found[name].add(str(value))
    return {name: sorted(values) for name, values in found.items()}


def _plain_number(value: Decimal | None) -> str:
    """12, not 12.00 or 1.2E+1."""
    return "" if value is None else format(value.normalize(), "f")


def export_rows(
    *, questionnaire: Questionnaire, filters: ResultFilters
) -> tuple[list[str], list[list], list[Question]]:
    """Anonymised responses, one row each: the group (language, region, country, role, month
    submitted) and the answers, with options by their English label. Rows are in an order
    unrelated to when people answered; no account, municipality or time of day."""
    responses = list(
        submitted_responses(questionnaire=questionnaire, filters=filters).prefetch_related(
            Prefetch("answers", queryset=Answer.objects.prefetch_related("options"))
        )
    )
    sections = response_sections(questionnaire=questionnaire)
    questions = [q for section in sections for q in section.questions.all()]
    header = ["language", "region", "country", "role", "month"] + [
        f"Q{number}" for number, _q in enumerate(questions, start=1)
    ]
    rows = []
    for response in sorted(responses, key=lambda r: _stable_order(str(r.public_id))):
        by_question = {answer.question_id: answer for answer in response.answers.all()}
        row = [
            response.language,
            response.region,
            str(response.country),
            response.role,
            response.submitted_at.strftime("%Y-%m"),
        ]
        for question in questions:
            answer = by_question.get(question.pk)
            if answer is None:
                row.append("")
            elif question.is_choice:
                row.append("; ".join(o.label_en or o.label for o in answer.options.all()))
            elif question.kind in Question.TEXT_KINDS:
                row.append(answer.text)
            else:
                row.append(_plain_number(answer.number))
        rows.append(row)
    return header, rows, questions
