"""Reads for courses: catalog, progress, dashboard, transcript, reports.

Every function runs a fixed number of queries whatever the number of courses, lessons,
enrolments or attempts. Other apps (mentoring) read course progress only through here.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.paginator import Page, Paginator
from django.db.models import Count, Max, Q, QuerySet, Sum
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Page as WagtailPage

from cms_pages.models import Topic
from cms_pages.search_text import normalize
from cms_pages.selectors import one_per_translation, pick_translation
from lms import page_cache
from lms.page_context import provides
from lms.utils import querystring_without_page

from .models import (
    Certificate,
    Cohort,
    Course,
    CourseFormat,
    CourseIndexPage,
    CourseLanguageStats,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    Level,
    QuizAttempt,
)

LESSON_FIELDS = [
    "id",
    "path",
    "depth",
    "url_path",
    "title",
    "slug",
    "live",
    "locale_id",
    "translation_key",
    "question_count",
    "section_label",
]


def lesson_finished(*, done: bool, has_quiz: bool, quiz_passed: bool) -> bool:
    """A lesson is finished when it is marked done and its knowledge check, if any, passed."""
    return done and (quiz_passed or not has_quiz)


def progress_percent(steps: list[tuple[bool, bool, bool]]) -> int:
    """How far through a course, from ``(done, has_quiz, quiz_passed)`` per lesson. Each
    lesson is one step, or two with a knowledge check (reading it, passing the check), so that
    marking a lesson as done moves the bar even before its check is passed."""
    total = sum(2 if has_quiz else 1 for _done, has_quiz, _passed in steps)
    if not total:
        return 0
    taken = sum(int(done) + int(has_quiz and passed) for done, has_quiz, passed in steps)
    return round(100 * taken / total)


@dataclass
class LessonEntry:
    key: uuid.UUID
    page: LessonPage
    language: str
    has_quiz: bool
    done: bool = False
    quiz_passed: bool = False
    best_score: Decimal | None = None
    attempts: int = 0

    @property
    def finished(self) -> bool:
        return lesson_finished(done=self.done, has_quiz=self.has_quiz, quiz_passed=self.quiz_passed)

    @property
    def check_pending(self) -> bool:
        """Marked as done, but its knowledge check is still to pass."""
        return self.done and self.has_quiz and not self.quiz_passed


@dataclass
class CourseProgress:
    course: Course
    page: CoursePage
    language: str
    lessons: list[LessonEntry] = field(default_factory=list)
    enrolment: Enrolment | None = None
    certificate: Certificate | None = None

    @property
    def total(self) -> int:
        return len(self.lessons)

    @property
    def finished_count(self) -> int:
        return sum(1 for lesson in self.lessons if lesson.finished)

    @property
    def percent(self) -> int:
        if self.is_complete:
            return 100
        return progress_percent(
            [(lesson.done, lesson.has_quiz, lesson.quiz_passed) for lesson in self.lessons]
        )

    @property
    def is_complete(self) -> bool:
        return bool(self.enrolment and self.enrolment.completed_at)

    @property
    def next_lesson(self) -> LessonEntry | None:
        """Where "continue where you left off" goes: the first lesson not yet finished, in
        course order; when every lesson is finished, the last one visited (else the first)."""
        if not self.lessons:
            return None
        for lesson in self.lessons:
            if not lesson.finished:
                return lesson
        last_key = self.enrolment.last_lesson_key if self.enrolment else None
        keys = [lesson.key for lesson in self.lessons]
        return self.lessons[keys.index(last_key)] if last_key in keys else self.lessons[0]


def _pick_pages(pages, language: str) -> dict[uuid.UUID, tuple]:
    """For each translation_key: (page in the viewer's language or the original, original)."""
    by_key: dict[uuid.UUID, list] = defaultdict(list)
    for page in pages:
        by_key[page.translation_key].append(page)
    return {key: pick_translation(versions, language=language) for key, versions in by_key.items()}


COURSE_FIELDS = [*LESSON_FIELDS[:-2], "locale"]


@dataclass
class CourseStructure:
    """What a course looks like in one language, the same for everyone: the page shown (the
    translation, else the original), the original's language and its lessons in course order
    as ``(key, page shown, its language, has a knowledge check)``."""

    shown: CoursePage
    original_language: str
    lessons: list[tuple[uuid.UUID, LessonPage, str, bool]]


def _course_structures_now(keys: list, language: str) -> dict:
    course_pages = _pick_pages(
        CoursePage.objects.live()
        .filter(translation_key__in=keys)
        .select_related("locale")
        .only(*COURSE_FIELDS),
        language,
    )
    originals = [pair[1] for pair in course_pages.values()]
    in_originals = Q(pk__in=[])
    for original in originals:
        in_originals |= Q(path__startswith=original.path, depth=original.depth + 1)
    source_lessons = list(
        LessonPage.objects.live().filter(in_originals).only(*LESSON_FIELDS).order_by("path")
    )
    localized = {
        lesson.translation_key: lesson
        for lesson in LessonPage.objects.live()
        .filter(
            translation_key__in=[lesson.translation_key for lesson in source_lessons],
            locale__language_code=language,
        )
        .only(*LESSON_FIELDS)
    }
    lessons_by_parent: dict[str, list] = defaultdict(list)
    for lesson in source_lessons:
        local = localized.get(lesson.translation_key)
        lessons_by_parent[lesson.path[: -LessonPage.steplen]].append(
            (
                lesson.translation_key,
                local or lesson,
                language if local else "",
                lesson.question_count > 0,
            )
        )
    structures = dict.fromkeys(keys)
    for key, (shown, original) in course_pages.items():
        original_language = original.locale.language_code
        structures[key] = CourseStructure(
            shown=shown,
            original_language=original_language,
            lessons=[
                (lesson_key, page, lesson_language or original_language, has_quiz)
                for lesson_key, page, lesson_language, has_quiz in lessons_by_parent.get(
                    original.path, []
                )
            ],
        )
    return structures


def course_structures(*, keys: list, language: str) -> dict[uuid.UUID, CourseStructure | None]:
    """Each course's structure in ``language`` (None without a live page), from the page
    cache: it changes only when pages do."""
    return page_cache.remember_many(
        {key: ("course-structure", key, language) for key in keys},
        lambda missing: _course_structures_now(missing, language),
    )


def course_progress_batch(
    *, user, courses: list[Course], language: str, enrolments: list[Enrolment] | None = None
) -> dict[int, CourseProgress]:
    """Progress of ``user`` (may be anonymous) in each course, shown in ``language``.
    ``enrolments``: the user's enrolments in these courses when the caller already has them
    (with ``certificate`` and ``cohort`` selected)."""
    if not courses:
        return {}
    structures = course_structures(
        keys=[course.translation_key for course in courses], language=language
    )

    by_course: dict[int, Enrolment] = {}
    done_keys: set = set()
    best_scores: dict = {}
    if user is not None and user.is_authenticated:
        if enrolments is None:
            enrolments = list(
                Enrolment.objects.filter(user=user, course__in=courses).select_related(
                    "certificate", "cohort"
                )
            )
        by_course = {e.course_id: e for e in enrolments}
        enrolment_ids = [e.pk for e in by_course.values()]
        done_keys = set(
            LessonCompletion.objects.filter(enrolment_id__in=enrolment_ids).values_list(
                "enrolment_id", "lesson_key"
            )
        )
        for row in (
            QuizAttempt.objects.filter(enrolment_id__in=enrolment_ids)
            .values("enrolment_id", "lesson_key")
            .annotate(
                best=Max("score"),
                passes=Count("id", filter=Q(passed=True)),
                attempts=Count("id"),
            )
        ):
            best_scores[(row["enrolment_id"], row["lesson_key"])] = row

    result = {}
    for course in courses:
        structure = structures.get(course.translation_key)
        if structure is None:
            continue
        enrolment = by_course.get(course.pk)
        entries = [
            LessonEntry(key=key, page=page, language=lesson_language, has_quiz=has_quiz)
            for key, page, lesson_language, has_quiz in structure.lessons
        ]
        if enrolment:
            for entry in entries:
                entry.done = (enrolment.pk, entry.key) in done_keys
                row = best_scores.get((enrolment.pk, entry.key))
                if row:
                    entry.best_score = row["best"]
                    entry.quiz_passed = row["passes"] > 0
                    entry.attempts = row["attempts"]
        certificate = getattr(enrolment, "certificate", None) if enrolment else None
        result[course.pk] = CourseProgress(
            course=course,
            page=structure.shown,
            language=structure.shown.locale.language_code,
            lessons=entries,
            enrolment=enrolment,
            certificate=certificate,
        )
    return result


def lesson_course_key(*, lesson: LessonPage) -> QuerySet:
    """The ``translation_key`` of the lesson's course page, as a subquery (no query of its
    own): the course record and enrolments are keyed by it."""
    return WagtailPage.objects.filter(path=lesson.path[: -WagtailPage.steplen]).values(
        "translation_key"
    )


def course_completed(*, user, lesson: LessonPage) -> bool:
    """Whether ``user`` has completed the course this lesson belongs to."""
    if user is None or not user.is_authenticated:
        return False
    return Enrolment.objects.filter(
        user=user,
        course__translation_key__in=lesson_course_key(lesson=lesson),
        completed_at__isnull=False,
    ).exists()


def lesson_check_passed(*, user, lesson: LessonPage) -> bool:
    """Whether ``user`` has passed this lesson's knowledge check in their active enrolment."""
    return QuizAttempt.objects.filter(
        enrolment__user=user,
        enrolment__status=Enrolment.Status.ACTIVE,
        lesson_key=lesson.translation_key,
        passed=True,
    ).exists()


def course_for_page(*, page: CoursePage) -> Course:
    """The course record of any translation of a course page (created when the page is first
    saved, by ``services.course_record_sync``)."""
    return Course.objects.get(translation_key=page.translation_key)


def course_progress(*, user, page: CoursePage, language: str) -> CourseProgress:
    course = course_for_page(page=page)
    progress = course_progress_batch(user=user, courses=[course], language=language)
    return progress[course.pk]


def dashboard_courses(*, user, language: str) -> list[CourseProgress]:
    enrolments = list(
        Enrolment.objects.filter(user=user, status=Enrolment.Status.ACTIVE)
        .select_related("course", "certificate", "cohort")
        .order_by("-last_activity_at")
    )
    courses = [e.course for e in enrolments]
    progress = course_progress_batch(
        user=user, courses=courses, language=language, enrolments=enrolments
    )
    return [progress[c.pk] for c in courses if c.pk in progress]


def cpd_hours(*, user) -> dict[str, Decimal]:
    this_year = timezone.localdate().year
    totals = Certificate.objects.filter(enrolment__user=user).aggregate(
        all=Sum("hours"),
        year=Sum("hours", filter=Q(issued_at__year=this_year)),
    )
    return {"all": totals["all"] or Decimal("0"), "year": totals["year"] or Decimal("0")}


@dataclass
class TranscriptLine:
    certificate: Certificate
    title: str
    language: str


def transcript_lines(*, user, language: str) -> list[TranscriptLine]:
    certificates = list(
        Certificate.objects.filter(enrolment__user=user)
        .select_related("enrolment__course")
        .order_by("issued_at")
    )
    titles = course_titles(
        keys=[c.enrolment.course.translation_key for c in certificates], language=language
    )
    lines = []
    for certificate in certificates:
        title, title_language, _page = titles.get(
            certificate.enrolment.course.translation_key,
            (certificate.enrolment.course.title, "", None),
        )
        lines.append(TranscriptLine(certificate, title, title_language))
    return lines


def course_titles(*, keys: list, language: str) -> dict:
    """translation_key → (live title in ``language`` or the original's, its language, page).
    Drafts never show: a course with no live page falls back to its record's title."""
    pages = _pick_pages(
        CoursePage.objects.live()
        .filter(translation_key__in=keys)
        .select_related("locale")
        .only("id", "title", "translation_key", "locale", "url_path", "path", "depth"),
        language,
    )
    return {
        key: (shown.title, shown.locale.language_code, shown) for key, (shown, _o) in pages.items()
    }


def certificate_by_code(*, code: str) -> Certificate | None:
    return (
        Certificate.objects.filter(code=code)
        .select_related("enrolment__course", "enrolment__user")
        .first()
    )


# ----------------------------------------------------------------------------- catalog


def catalog_courses(
    *,
    language: str,
    topic: str = "",
    level: str = "",
    course_format: str = "",
    available_in: str = "",
    query: str = "",
) -> QuerySet[CoursePage]:
    """One page per course: the viewer's translation where it exists, else the original."""
    live = CoursePage.objects.live().public()
    courses = one_per_translation(live, language=language)
    if topic:
        courses = courses.filter(topics__slug=topic)
    if level:
        courses = courses.filter(level=level)
    if course_format:
        courses = courses.filter(format=course_format)
    if available_in:
        courses = courses.filter(
            translation_key__in=live.filter(locale__language_code=available_in).values(
                "translation_key"
            )
        )
    if query:
        # The catalog matches the query as one phrase (site search matches every word).
        matching = live.filter(search_text__contains=normalize(query))
        courses = courses.filter(translation_key__in=matching.values("translation_key"))
    return (
        courses.distinct()
        .select_related("locale", "cover_image")
        .prefetch_related("topics")
        .order_by("title")
    )


def courses_on_topics(*, topic_ids: list[int], language: str, limit: int = 3) -> list[CoursePage]:
    """Live courses on any of the topics, in ``language`` where translated (else the original),
    newest first: what a self-assessment recommends for a weak domain."""
    if not topic_ids:
        return []
    live = CoursePage.objects.live().public()
    on_topics = live.filter(topics__in=topic_ids).values("translation_key")
    pages = one_per_translation(live, language=language).filter(translation_key__in=on_topics)
    return list(pages.select_related("locale").order_by("-first_published_at", "pk")[:limit])


def course_languages(*, keys: list) -> dict:
    languages: dict = defaultdict(list)
    for key, code in (
        CoursePage.objects.live()
        .filter(translation_key__in=keys)
        .values_list("translation_key", "locale__language_code")
    ):
        languages[key].append(code)
    return languages


# ----------------------------------------------------------------------------- reports


@dataclass
class CourseReportRow:
    course: str
    language: str
    enrolments: int
    completions: int
    completion_rate: Decimal
    average_score: Decimal | None


def course_report_rows(*, courses: QuerySet[Course] | None = None) -> list[CourseReportRow]:
    """One row per course and language of enrolment, read from the totals the services keep
    (``CourseLanguageStats``): one query whatever the number of enrolments and attempts."""
    stats = CourseLanguageStats.objects.filter(enrolments__gt=0).select_related("course")
    if courses is not None:
        stats = stats.filter(course__in=courses)
    rows = []
    for row in stats.order_by("course__title", "language"):
        rate = (
            Decimal(100 * row.completions / row.enrolments).quantize(Decimal("0.1"))
            if row.enrolments
            else Decimal("0")
        )
        average = row.average_score
        rows.append(
            CourseReportRow(
                course=row.course.title,
                language=row.language,
                enrolments=row.enrolments,
                completions=row.completions,
                completion_rate=rate,
                average_score=average.quantize(Decimal("0.1")) if average is not None else None,
            )
        )
    return rows


@dataclass
class ProgressSummary:
    title: str
    language: str
    percent: int
    completed: bool


def progress_summaries(*, user_ids: list[int], language: str) -> dict[int, list[ProgressSummary]]:
    """Course progress of several learners at once (for mentors, with the mentee's consent),
    in a fixed number of queries."""
    if not user_ids:
        return {}
    enrolments = list(
        Enrolment.objects.filter(user_id__in=user_ids, status=Enrolment.Status.ACTIVE)
        .select_related("course")
        .order_by("-last_activity_at")
    )
    courses = list({e.course_id: e.course for e in enrolments}.values())
    structure = course_progress_batch(user=None, courses=courses, language=language)
    ids = [e.pk for e in enrolments]
    done = set(
        LessonCompletion.objects.filter(enrolment_id__in=ids).values_list(
            "enrolment_id", "lesson_key"
        )
    )
    passed = set(
        QuizAttempt.objects.filter(enrolment_id__in=ids, passed=True)
        .values_list("enrolment_id", "lesson_key")
        .distinct()
    )
    summaries: dict[int, list[ProgressSummary]] = defaultdict(list)
    for enrolment in enrolments:
        course = structure.get(enrolment.course_id)
        if course is None:
            continue
        completed = enrolment.completed_at is not None
        steps = [
            (
                (enrolment.pk, lesson.key) in done,
                lesson.has_quiz,
                (enrolment.pk, lesson.key) in passed,
            )
            for lesson in course.lessons
        ]
        summaries[enrolment.user_id].append(
            ProgressSummary(
                title=course.page.title,
                language=course.language,
                percent=100 if completed else progress_percent(steps),
                completed=completed,
            )
        )
    return summaries


# ----------------------------------------------------------------------------- course rules
# Rules belong to the course, not to one translation: they are read from the original page.


def original_page(*, page):
    """The original of a course or lesson page (the first made of its translations); asked on
    every view of any translation, so kept in the page cache."""
    model = type(page)

    def compute():
        versions = list(
            model.objects.filter(translation_key=page.translation_key).select_related("locale")
        )
        return pick_translation(versions, language="")[1] if versions else None

    original = page_cache.remember(("original", model._meta.label, page.translation_key), compute)
    return original or page


@dataclass(frozen=True)
class CourseRules:
    """The course's own settings, from its original page, whichever translation is open."""

    original: CoursePage
    format: str
    pass_mark: int
    max_attempts: int | None
    hours: Decimal

    @property
    def is_cohort(self) -> bool:
        return self.format == CourseFormat.COHORT


def course_rules(*, page: CoursePage) -> CourseRules:
    original = original_page(page=page)
    return CourseRules(
        original=original,
        format=original.format,
        pass_mark=original.pass_mark,
        max_attempts=original.max_attempts,
        hours=original.estimated_hours,
    )


# ----------------------------------------------------------------------------- page contexts
# What each course page type shows, asked by the page model's ``get_context``.

CATALOG_PAGE_SIZE = 12


def live_page_for_key(model, *, key: uuid.UUID, language: str):
    """The live course or lesson page (``model``) of a ``translation_key``: in ``language``
    where translated, else the original."""
    versions = list(model.objects.live().filter(translation_key=key).select_related("locale"))
    return pick_translation(versions, language=language)[0] if versions else None


@dataclass(frozen=True)
class CatalogFilters:
    topic: str = ""
    level: str = ""
    course_format: str = ""
    available_in: str = ""
    query: str = ""

    @classmethod
    def from_query(cls, params) -> CatalogFilters:
        """Read the filters from a query string (``request.GET``)."""
        return cls(
            topic=params.get("topic", "").strip(),
            level=params.get("level", "").strip(),
            course_format=params.get("format", "").strip(),
            available_in=params.get("language", "").strip(),
            query=params.get("q", "").strip()[:200],
        )


@dataclass
class CatalogCard:
    page: CoursePage
    languages: list[str]
    shown_language: str
    other_language: bool


@dataclass
class CatalogPageContext:
    cards: list[CatalogCard]
    page_obj: Page
    filters: CatalogFilters
    topics: QuerySet
    levels: list
    formats: list
    querystring: str


def catalog_page_context(
    *, language: str, filters: CatalogFilters, page_number, querystring: str
) -> CatalogPageContext:
    courses = catalog_courses(language=language, **vars(filters))
    page_obj = Paginator(courses, CATALOG_PAGE_SIZE).get_page(page_number)
    languages = course_languages(keys=[course.translation_key for course in page_obj.object_list])
    return CatalogPageContext(
        cards=[
            CatalogCard(
                page=course,
                languages=languages.get(course.translation_key, []),
                shown_language=course.locale.language_code,
                other_language=course.locale.language_code != language,
            )
            for course in page_obj.object_list
        ],
        page_obj=page_obj,
        filters=filters,
        topics=Topic.objects.all(),
        levels=Level.choices,
        formats=CourseFormat.choices,
        querystring=querystring,
    )


@dataclass
class CohortOption:
    cohort: Cohort
    seats_left: int
    open: bool


def cohort_options(*, course: Course) -> list[CohortOption]:
    """Cohorts still running, with the seats left and whether they can be joined now."""
    cohorts = (
        Cohort.objects.filter(course=course, ends_on__gte=timezone.localdate())
        .annotate(taken=Count("enrolments", filter=Q(enrolments__status=Enrolment.Status.ACTIVE)))
        .order_by("starts_on")
    )
    return [
        CohortOption(
            cohort=cohort,
            seats_left=max(cohort.seat_limit - cohort.taken, 0),
            open=cohort.join_refusal(taken=cohort.taken) is None,
        )
        for cohort in cohorts
    ]


@dataclass
class CoursePageContext:
    progress: CourseProgress
    rules: CourseRules
    cohorts: list[CohortOption]
    prerequisites: list
    languages: list[str]


def course_page_context(*, page: CoursePage, user, language: str) -> CoursePageContext:
    progress = course_progress(user=user, page=page, language=language)
    prerequisite_keys = [p.translation_key for p in page.prerequisites.all()]
    rules = course_rules(page=page)
    return CoursePageContext(
        progress=progress,
        rules=rules,
        cohorts=cohort_options(course=progress.course) if rules.is_cohort else [],
        prerequisites=list(course_titles(keys=prerequisite_keys, language=language).values()),
        languages=course_languages(keys=[page.translation_key]).get(page.translation_key, []),
    )


def shuffled(items: list, *, seed: str, key) -> list:
    """``items`` in an order fixed by ``seed``: the same on every reload, different for
    another learner or another attempt, and never the authored order by design."""
    return sorted(items, key=lambda item: hashlib.sha256(f"{seed}:{key(item)}".encode()).digest())


def _questions_for_display(
    lesson: LessonPage, attempt: QuizAttempt | None, *, seed: str
) -> list[dict]:
    """Questions with their options, never the correct flags; feedback only after an attempt.
    Options are shuffled per learner and attempt, so their order gives nothing away."""
    questions = []
    for block in lesson.knowledge_check:
        result = (attempt.results if attempt else {}).get(block.id)
        chosen = set(result["chosen"]) if result else set()
        options = []
        for option in block.value["options"].bound_blocks:
            entry = {"id": option.id, "text": option.value["text"], "chosen": option.id in chosen}
            if result and option.id in chosen:
                entry["feedback"] = option.value["feedback"]
            options.append(entry)
        questions.append(
            {
                "id": block.id,
                "prompt": block.value["prompt"],
                "options": shuffled(options, seed=f"{seed}:{block.id}", key=lambda o: o["id"]),
                "result": result,
            }
        )
    return questions


@dataclass
class LessonPageContext:
    course_page: CoursePage
    rules: CourseRules
    progress: CourseProgress
    entry: LessonEntry | None
    lesson_number: int | None
    previous_lesson: LessonEntry | None
    next_lesson: LessonEntry | None
    questions: list[dict]
    attempt: QuizAttempt | None
    attempts_left: int | None
    # The number the knowledge-check form is shown for: a second submission of the same form
    # (a double click) is recognised by it.
    next_attempt_number: int


def lesson_page_context(*, lesson: LessonPage, user, language: str) -> LessonPageContext:
    course_page = CoursePage.objects.select_related("locale").get(
        path=lesson.path[: -LessonPage.steplen]
    )
    progress = course_progress(user=user, page=course_page, language=language)
    keys = [entry.key for entry in progress.lessons]
    index = keys.index(lesson.translation_key) if lesson.translation_key in keys else None
    entry = progress.lessons[index] if index is not None else None
    attempt = None
    if progress.enrolment is not None:
        attempt = (
            QuizAttempt.objects.filter(
                enrolment=progress.enrolment, lesson_key=lesson.translation_key
            )
            .order_by("-number")
            .first()
        )
    rules = course_rules(page=course_page)
    attempts_left = None
    if rules.max_attempts:
        attempts_left = max(rules.max_attempts - (entry.attempts if entry else 0), 0)
    return LessonPageContext(
        course_page=course_page,
        rules=rules,
        progress=progress,
        entry=entry,
        lesson_number=(index + 1) if index is not None else None,
        previous_lesson=progress.lessons[index - 1] if index else None,
        next_lesson=(
            progress.lessons[index + 1]
            if index is not None and index + 1 < len(progress.lessons)
            else None
        ),
        questions=_questions_for_display(
            lesson,
            attempt,
            seed=f"{getattr(user, 'pk', None)}:{lesson.translation_key}:"
            f"{(attempt.number if attempt else 0) + 1}",
        ),
        attempt=attempt,
        attempts_left=attempts_left,
        next_attempt_number=(attempt.number if attempt else 0) + 1,
    )


# What the page models ask for: each adapter reads the request and calls the selector above.


@provides(CourseIndexPage)
def _catalog_page(*, page, request, **route) -> CatalogPageContext:
    return catalog_page_context(
        language=get_language(),
        filters=CatalogFilters.from_query(request.GET),
        page_number=request.GET.get("page"),
        querystring=querystring_without_page(request),
    )


@provides(CoursePage)
def _course_page(*, page, request, **route) -> CoursePageContext:
    return course_page_context(page=page, user=request.user, language=get_language())


@provides(LessonPage)
def _lesson_page(*, page, request, **route) -> LessonPageContext:
    return lesson_page_context(lesson=page, user=request.user, language=get_language())
