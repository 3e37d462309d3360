"""Writes for courses: enrolment, lesson completion, server-side grading, completion, and
the course report's running totals.

Each function is one transaction; unique constraints make double clicks and concurrent
requests harmless (the second one finds the row the first one wrote). A write the course
report counts adds to ``CourseLanguageStats`` in its own transaction (``_stats_add``).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q, QuerySet, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.actions import ActionRefused

from .models import (
    Certificate,
    Cohort,
    Course,
    CourseLanguageStats,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    QuizAttempt,
)
from .selectors import (
    course_for_page,
    course_progress,
    course_rules,
    lesson_course_key,
    original_page,
)


def _require_signed_in(user) -> None:
    if user is None or not user.is_authenticated:
        raise ActionRefused(_("Please sign in first."))


def course_record_sync(*, page: CoursePage) -> Course:
    """Create the course record when a course page is first saved (in any locale), and keep
    its title following the original page's live title (a draft's title never leaks into
    reports or learners' records). The one place a ``Course`` row is made."""
    course, _created = Course.objects.get_or_create(
        translation_key=page.translation_key, defaults={"title": page.title}
    )
    # The original as stored: a saved draft changes the page in memory only.
    original = original_page(page=page)
    if original.live and course.title != original.title:
        Course.objects.filter(pk=course.pk).update(title=original.title)
        course.title = original.title
    return course


def enrolment_create(
    *, user, page: CoursePage, language: str, cohort_id: int | None = None
) -> Enrolment:
    """Enrol ``user`` in the course of ``page`` (any translation), in a cohort if it has them."""
    _require_signed_in(user)
    if not page.live:
        raise ActionRefused(_("This course is not open for enrolment."))
    course = course_for_page(page=page)
    with transaction.atomic():
        cohort = None
        if course_rules(page=page).is_cohort:
            if cohort_id is None:
                raise ActionRefused(_("Please choose a cohort."))
            # Lock the cohort row so that two learners cannot take the last seat together.
            cohort = Cohort.objects.select_for_update().filter(pk=cohort_id, course=course).first()
            if cohort is None:
                raise ActionRefused(_("This cohort does not exist."))
        existing = Enrolment.objects.select_for_update().filter(user=user, course=course).first()
        if existing and existing.is_active:
            return existing
        if cohort is not None:
            taken = cohort.enrolments.filter(status=Enrolment.Status.ACTIVE).count()
            refusal = cohort.join_refusal(taken=taken)
            if refusal is not None:
                raise ActionRefused(refusal)
        if existing:
            existing.status = Enrolment.Status.ACTIVE
            existing.left_at = None
            existing.cohort = cohort or existing.cohort
            existing.last_activity_at = timezone.now()
            existing.save(update_fields=["status", "left_at", "cohort", "last_activity_at"])
            return existing
        try:
            with transaction.atomic():
                enrolment = Enrolment.objects.create(
                    user=user, course=course, cohort=cohort, language=language
                )
        except IntegrityError:
            return Enrolment.objects.get(user=user, course=course)
        _stats_add(course_id=course.pk, language=language, enrolments=1)
    from .emails import send_enrolment_email

    transaction.on_commit(lambda: send_enrolment_email.enqueue(enrolment_id=enrolment.pk))
    return enrolment


def enrolment_leave(*, user, page: CoursePage) -> Enrolment:
    _require_signed_in(user)
    course = course_for_page(page=page)
    with transaction.atomic():
        enrolment = Enrolment.objects.select_for_update().filter(user=user, course=course).first()
        if enrolment is None or not enrolment.is_active:
            raise ActionRefused(_("You are not enrolled in this course."))
        if enrolment.completed_at:
            raise ActionRefused(_("You have completed this course; it stays on your record."))
        enrolment.status = Enrolment.Status.LEFT
        enrolment.left_at = timezone.now()
        enrolment.save(update_fields=["status", "left_at"])
    return enrolment


def _active_enrolment(*, user, lesson: LessonPage) -> tuple[Enrolment, CoursePage]:
    _require_signed_in(user)
    course_page = lesson.get_parent().specific
    course = course_for_page(page=course_page)
    enrolment = Enrolment.objects.filter(
        user=user, course=course, status=Enrolment.Status.ACTIVE
    ).first()
    if enrolment is None:
        raise ActionRefused(_("Enrol in this course first to record your progress."))
    return enrolment, course_page


def lesson_visit(*, user, lesson: LessonPage) -> bool:
    """Remember the last lesson opened, for "continue where you left off". Called when a
    learner really views a lesson (never for previews); writes only when the lesson changed."""
    if user is None or not user.is_authenticated:
        return False
    enrolment = Enrolment.objects.filter(
        user=user,
        course__translation_key__in=lesson_course_key(lesson=lesson),
        status=Enrolment.Status.ACTIVE,
    ).exclude(last_lesson_key=lesson.translation_key)
    if not enrolment.exists():
        return False
    enrolment.update(last_lesson_key=lesson.translation_key, last_activity_at=timezone.now())
    return True


def lesson_complete(*, user, lesson: LessonPage, language: str) -> LessonCompletion:
    enrolment, course_page = _active_enrolment(user=user, lesson=lesson)
    with transaction.atomic():
        completion, _created = LessonCompletion.objects.get_or_create(
            enrolment=enrolment, lesson_key=lesson.translation_key
        )
    course_completion_evaluate(user=user, page=course_page, language=language)
    return completion


def grade_answers(
    *, lesson: LessonPage, answers: dict[str, list[str]]
) -> tuple[Decimal, dict[str, dict]]:
    """Score submitted answers against the lesson's questions.

    ``answers`` maps a question's block id to the ids of the chosen options. A question
    counts as right when exactly the correct options are chosen. Unknown question or option
    ids are refused.
    """
    questions = {block.id: block.value for block in lesson.knowledge_check}
    if not questions:
        raise ActionRefused(_("This lesson has no knowledge check."))
    for question_id, option_ids in answers.items():
        if question_id not in questions:
            raise ActionRefused(_("Your answers do not match this knowledge check."))
        known = {option.id for option in questions[question_id]["options"].bound_blocks}
        if not set(option_ids) <= known:
            raise ActionRefused(_("Your answers do not match this knowledge check."))
    results: dict[str, dict] = {}
    right = 0
    for question_id, question in questions.items():
        options = question["options"].bound_blocks
        correct = {option.id for option in options if option.value["correct"]}
        chosen = set(answers.get(question_id, []))
        is_right = chosen == correct
        right += int(is_right)
        results[question_id] = {"right": is_right, "chosen": sorted(chosen)}
    score = (Decimal(100) * right / len(questions)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
    return score, results


def quiz_submit(
    *,
    user,
    lesson: LessonPage,
    answers: dict[str, list[str]],
    language: str,
    attempt_number: int | None = None,
) -> QuizAttempt:
    """Grade and record one attempt. ``attempt_number`` is the number the form was shown for
    (the page puts it in the form): a second submission of the same form, a double click or a
    resent request, returns the attempt the first one recorded instead of using another."""
    enrolment, course_page = _active_enrolment(user=user, lesson=lesson)
    score, results = grade_answers(lesson=lesson, answers=answers)
    rules = course_rules(page=course_page)
    with transaction.atomic():
        # Lock the enrolment: attempts of one learner are numbered one at a time.
        Enrolment.objects.select_for_update().filter(pk=enrolment.pk).first()
        previous = QuizAttempt.objects.filter(
            enrolment=enrolment, lesson_key=lesson.translation_key
        )
        count = previous.count()
        if attempt_number is not None and attempt_number <= count:
            recorded = previous.filter(number=attempt_number).first()
            if recorded is not None and recorded.answers == answers:
                return recorded
            raise ActionRefused(_("This answer was already submitted. Please reload the page."))
        if rules.max_attempts and count >= rules.max_attempts:
            raise ActionRefused(
                _("You have used all %(count)s attempts for this knowledge check.")
                % {"count": rules.max_attempts}
            )
        try:
            with transaction.atomic():
                attempt = QuizAttempt.objects.create(
                    enrolment=enrolment,
                    lesson_key=lesson.translation_key,
                    number=count + 1,
                    score=score,
                    passed=score >= rules.pass_mark,
                    answers=answers,
                    results=results,
                )
        except IntegrityError as error:
            raise ActionRefused(
                _("This answer was already submitted. Please reload the page.")
            ) from error
        _stats_add(
            course_id=enrolment.course_id,
            language=enrolment.language,
            score_sum_hundredths=_hundredths(score),
            scored_attempts=1,
        )
    course_completion_evaluate(user=user, page=course_page, language=language)
    return attempt


def course_completion_evaluate(*, user, page: CoursePage, language: str) -> Certificate | None:
    """Record completion and issue the certificate once every lesson is done and every
    knowledge check passed. Safe to call any number of times, concurrently."""
    progress = course_progress(user=user, page=page, language=language)
    enrolment = progress.enrolment
    if enrolment is None or enrolment.completed_at or not progress.lessons:
        return progress.certificate
    if progress.finished_count < progress.total:
        return None
    with transaction.atomic():
        locked = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        if locked.completed_at:
            return Certificate.objects.filter(enrolment=locked).first()
        now = timezone.now()
        locked.completed_at = now
        locked.save(update_fields=["completed_at"])
        certificate = Certificate.objects.create(
            enrolment=locked,
            learner_name=user.full_name or user.email,
            hours=course_rules(page=page).hours,
            issued_at=now,
        )
        _stats_add(course_id=locked.course_id, language=locked.language, completions=1)
    from .emails import send_completion_email

    transaction.on_commit(lambda: send_completion_email.enqueue(certificate_id=certificate.pk))
    return certificate


# ----------------------------------------------------------------------------- report totals


def _hundredths(score) -> int:
    """A score (two decimal places; a float-ish decimal from SQLite's SUM) in hundredths."""
    return int((Decimal(score) * 100).to_integral_value(rounding=ROUND_HALF_UP))


def _stats_add(
    *,
    course_id: int,
    language: str,
    enrolments: int = 0,
    completions: int = 0,
    score_sum_hundredths: int = 0,
    scored_attempts: int = 0,
) -> None:
    """Add to the report totals of a course in a language, inside the caller's transaction.

    One UPDATE of ``F()`` increments: concurrent writers each add their own amount and none
    overwrites another's (the row lock serialises them until each transaction ends). The row
    is created on the first increment (``get_or_create`` survives a concurrent creation);
    a decrement never creates one.
    """
    deltas = {
        "enrolments": enrolments,
        "completions": completions,
        "score_sum_hundredths": score_sum_hundredths,
        "scored_attempts": scored_attempts,
    }
    changes = {name: F(name) + delta for name, delta in deltas.items() if delta}
    if not changes:
        return
    changes["updated_at"] = timezone.now()
    row = CourseLanguageStats.objects.filter(course_id=course_id, language=language)
    if row.update(**changes) or any(delta < 0 for delta in deltas.values()):
        return
    CourseLanguageStats.objects.get_or_create(course_id=course_id, language=language)
    row.update(**changes)


def course_stats_remove_enrolment(*, enrolment: Enrolment) -> None:
    """Take an enrolment about to be deleted, with its quiz attempts, out of the report totals.

    Called by the ``pre_delete`` signal, so in the deleting transaction and whatever deletes
    it: account erasure (the user's cascade), a course's deletion, the shell. Attempts are
    never deleted on their own (they go with their enrolment).
    """
    attempts = QuizAttempt.objects.filter(enrolment_id=enrolment.pk).aggregate(
        total=Sum("score"), count=Count("id")
    )
    _stats_add(
        course_id=enrolment.course_id,
        language=enrolment.language,
        enrolments=-1,
        completions=-1 if enrolment.completed_at else 0,
        score_sum_hundredths=-_hundredths(attempts["total"] or 0),
        scored_attempts=-attempts["count"],
    )


def _stats_from_records(
    *, enrolments: QuerySet[Enrolment], attempts: QuerySet[QuizAttempt]
) -> dict[tuple[int, str], tuple[int, int, int, int]]:
    """The report totals computed from the learning records, the truth: (course id, language)
    → (enrolments, completions, score sum in hundredths, attempts). Two grouped queries."""
    totals: dict[tuple[int, str], tuple[int, int, int, int]] = {}
    for row in (
        enrolments.values("course_id", "language")
        .annotate(count=Count("id"), done=Count("id", filter=Q(completed_at__isnull=False)))
        .order_by()
    ):
        totals[(row["course_id"], row["language"])] = (row["count"], row["done"], 0, 0)
    for row in (
        attempts.values("enrolment__course_id", "enrolment__language")
        .annotate(total=Sum("score"), count=Count("id"))
        .order_by()
    ):
        key = (row["enrolment__course_id"], row["enrolment__language"])
        count, done, _sum, _n = totals.get(key, (0, 0, 0, 0))
        totals[key] = (count, done, _hundredths(row["total"] or 0), row["count"])
    return totals


_STATS_FIELDS = ["enrolments", "completions", "score_sum_hundredths", "scored_attempts"]


def course_stats_refresh(*, course: Course | None = None) -> int:
    """Recompute the report totals (of one course, or all) from the learning records and
    return how many rows were corrected (created or changed). The nightly safety net
    (``manage.py refresh_report_stats``) and the repair after editing records by hand. A row
    whose enrolments are all gone stays, at zero (the report leaves it out).

    The existing rows are locked first: a concurrent write then waits to add its increment
    until the recomputed values are committed, and the recomputation does not see that
    write's uncommitted record, so nothing is counted twice or lost.
    """
    with transaction.atomic():
        stats = CourseLanguageStats.objects.select_for_update()
        enrolments = Enrolment.objects.all()
        attempts = QuizAttempt.objects.all()
        if course is not None:
            stats = stats.filter(course=course)
            enrolments = enrolments.filter(course=course)
            attempts = attempts.filter(enrolment__course=course)
        current = {(row.course_id, row.language): row for row in stats.order_by("pk")}
        truth = _stats_from_records(enrolments=enrolments, attempts=attempts)
        now = timezone.now()
        created, changed = [], []
        for key in sorted(truth.keys() | current.keys()):
            values = dict(zip(_STATS_FIELDS, truth.get(key, (0, 0, 0, 0)), strict=True))
            row = current.get(key)
            if row is None:
                created.append(
                    CourseLanguageStats(course_id=key[0], language=key[1], updated_at=now, **values)
                )
            elif any(getattr(row, name) != value for name, value in values.items()):
                for name, value in values.items():
                    setattr(row, name, value)
                row.updated_at = now
                changed.append(row)
        CourseLanguageStats.objects.bulk_create(created)
        CourseLanguageStats.objects.bulk_update(changed, [*_STATS_FIELDS, "updated_at"])
    return len(created) + len(changed)
