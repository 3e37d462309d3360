"""Learning records at scale (``manage.py seed_scale``): enrolments of the scale learners in
the demo courses, lesson completions, knowledge-check attempts and certificates.

The records keep the rules the services keep: one enrolment per learner and course, one
completion per lesson, attempts numbered 1, 2, … (within ``max_attempts``), graded by
``services.grade_answers``; only the last attempt of a lesson may pass; a course is completed,
with its certificate, exactly when every lesson is done and every knowledge check passed (the
selectors' ``lesson_finished``); a learner who left has not completed; cohort enrolments stay
within each cohort's seat limit (past cohorts made here); the course report's running totals
(``CourseLanguageStats``) are recomputed at the end. The totals come out exact as long as the
courses can hold them (a course has only so many lessons).
"""

from __future__ import annotations

import datetime
import math
import random
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone

from lms import registry
from lms.scale import BATCH_SIZE, ScaleCounts, distribute, random_moment, scale_users

from .models import (
    Certificate,
    Cohort,
    Course,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    QuizAttempt,
)
from .selectors import course_rules, lesson_finished
from .services import course_stats_refresh, grade_answers

USERS_PER_CHUNK = 2000
COHORT_SEATS = 250
UNLIMITED_ATTEMPTS_CAP = 5  # attempts made per lesson when the course sets no maximum
PASS_CHANCE = 0.9  # that the last attempt at a lesson passes
LEAVE_CHANCE = 0.06  # that an unfinished enrolment was left


@dataclass
class LessonPlan:
    key: uuid.UUID
    # (answers, results, score) per number of right answers, graded as the services grade,
    # split by the course's pass mark.
    passing: list[tuple] = field(default_factory=list)
    failing: list[tuple] = field(default_factory=list)

    @property
    def has_quiz(self) -> bool:
        return bool(self.passing)


@dataclass
class CoursePlan:
    course_id: int
    languages: set[str]
    original_language: str
    lessons: list[LessonPlan]
    hours: Decimal
    attempt_cap: int
    pass_mark: int
    is_cohort: bool
    cohort_ids: list[int] = field(default_factory=list)


def _graded_variants(lesson: LessonPage, pass_mark: int) -> tuple[list, list]:
    questions = []
    for block in lesson.knowledge_check:
        options = [option.id for option in block.value["options"].bound_blocks]
        correct = [o.id for o in block.value["options"].bound_blocks if o.value["correct"]]
        questions.append((block.id, options, correct))
    if not questions:
        return [], []
    passing, failing = [], []
    for right in range(len(questions) + 1):
        answers = {}
        for index, (question_id, options, correct) in enumerate(questions):
            wrong = [o for o in options if o not in correct]
            answers[question_id] = correct if index < right or not wrong else wrong[:1]
        score, results = grade_answers(lesson=lesson, answers=answers)
        (passing if score >= pass_mark else failing).append((answers, results, score))
    return passing, failing


def _course_plans() -> list[CoursePlan]:
    plans = []
    for course in Course.objects.order_by("pk"):
        versions = list(
            CoursePage.objects.live()
            .filter(translation_key=course.translation_key)
            .select_related("locale")
        )
        if not versions:
            continue
        rules = course_rules(page=versions[0])
        lessons = []
        for lesson in LessonPage.objects.child_of(rules.original).live().order_by("path"):
            passing, failing = _graded_variants(lesson, rules.pass_mark)
            lessons.append(LessonPlan(key=lesson.translation_key, passing=passing, failing=failing))
        if not lessons:
            continue
        plans.append(
            CoursePlan(
                course_id=course.pk,
                languages={page.locale.language_code for page in versions},
                original_language=rules.original.locale.language_code,
                lessons=lessons,
                hours=rules.hours,
                attempt_cap=rules.max_attempts or UNLIMITED_ATTEMPTS_CAP,
                pass_mark=rules.pass_mark,
                is_cohort=rules.is_cohort,
            )
        )
    return plans


def _pick_courses(rng: random.Random, plans: list[CoursePlan], language: str, k: int) -> list:
    """``k`` distinct courses, those in the learner's language four times as likely."""
    keyed = sorted(
        range(len(plans)),
        key=lambda i: rng.random() ** (1 / (4 if language in plans[i].languages else 1)),
        reverse=True,
    )
    return sorted(keyed[:k])


def _make_cohorts(plans: list[CoursePlan], enrolled: dict[int, int]) -> int:
    """Past runs of each cohort course, with enough seats for its scale enrolments."""
    today = timezone.localdate()
    made = 0
    for index, plan in enumerate(plans):
        if not plan.is_cohort or not enrolled.get(index):
            continue
        for number in range(math.ceil(enrolled[index] / COHORT_SEATS)):
            starts = today - datetime.timedelta(days=700 - 14 * number)
            cohort = Cohort(
                course_id=plan.course_id,
                starts_on=starts,
                ends_on=starts + datetime.timedelta(days=42),
                enrolment_closes_on=starts,
                seat_limit=COHORT_SEATS,
            )
            cohort.name_en = f"Past cohort {number + 1}"
            cohort.name_es = f"Cohorte anterior {number + 1}"
            cohort.name_zh_hans = f"往期第 {number + 1} 班"
            cohort.name_sk = f"Minulý beh {number + 1}"
            cohort.save()
            plan.cohort_ids.append(cohort.pk)
            made += 1
    return made


@registry.scale_seeders.register
def seed(*, counts: ScaleCounts, stdout) -> None:
    rng = random.Random(counts.seed + 1)
    plans = _course_plans()
    users = list(
        scale_users()
        .order_by("pk")
        .values_list("pk", "full_name", "preferred_language", "date_joined")
    )
    if not plans or not users:
        stdout.write("  no live courses or no scale learners: no learning records made")
        return

    # The plan, as plain numbers: which courses each learner takes, lessons done, attempts.
    per_user = distribute(counts.enrolments, [len(plans)] * len(users), rng, spread=0.7)
    enrolments: list[tuple[int, int]] = []  # (user index, plan index)
    for user_index, (k, user) in enumerate(zip(per_user, users, strict=True)):
        for plan_index in _pick_courses(rng, plans, user[2], k):
            enrolments.append((user_index, plan_index))
    lesson_counts = [len(plans[p].lessons) for _u, p in enrolments]
    done = distribute(counts.completions, lesson_counts, rng, spread=0.5)
    slot_caps: list[int] = []
    for (_u, p), n_done in zip(enrolments, done, strict=True):
        plan = plans[p]
        slot_caps.extend(plan.attempt_cap for lesson in plan.lessons[:n_done] if lesson.has_quiz)
    attempts_per_slot = distribute(counts.attempts, slot_caps, rng, spread=0.6)
    if len(enrolments) < counts.enrolments or sum(done) < counts.completions:
        stdout.write("  (the courses hold fewer records than asked: made as many as fit)")

    enrolled: dict[int, int] = {}
    for _u, p in enrolments:
        enrolled[p] = enrolled.get(p, 0) + 1
    cohorts = _make_cohorts(plans, enrolled)
    cohort_seat = {p: 0 for p in enrolled}

    now = timezone.now()
    totals = {"enrolments": 0, "completions": 0, "attempts": 0, "certificates": 0}
    position = 0  # into enrolments / done
    slot = 0  # into attempts_per_slot
    for first_user in range(0, len(users), USERS_PER_CHUNK):
        last_user = min(first_user + USERS_PER_CHUNK, len(users))
        chunk_start = position
        while position < len(enrolments) and enrolments[position][0] < last_user:
            position += 1
        rows = []  # (Enrolment, plan, completion rows, attempt rows, certificate or None)
        for index in range(chunk_start, position):
            user_index, plan_index = enrolments[index]
            user_id, full_name, language, joined = users[user_index]
            plan = plans[plan_index]
            start = max(joined, now - datetime.timedelta(days=720))
            enrolled_at = random_moment(rng, start, now - datetime.timedelta(days=2))
            moment = enrolled_at
            completions, attempts = [], []
            finished = 0
            for lesson in plan.lessons[: done[index]]:
                moment = min(now, moment + datetime.timedelta(hours=rng.uniform(2, 240)))
                completions.append((lesson.key, moment))
                if not lesson.has_quiz:
                    finished += 1
                    continue
                tries = attempts_per_slot[slot]
                slot += 1
                pass_last = rng.random() < PASS_CHANCE
                quiz_passed = False
                for number in range(1, tries + 1):
                    wanted = pass_last and number == tries
                    answers, results, score = rng.choice(
                        lesson.passing if wanted else (lesson.failing or lesson.passing)
                    )
                    quiz_passed = quiz_passed or score >= plan.pass_mark
                    attempts.append(
                        QuizAttempt(
                            lesson_key=lesson.key,
                            number=number,
                            score=score,
                            passed=score >= plan.pass_mark,
                            answers=answers,
                            results=results,
                            submitted_at=moment - datetime.timedelta(minutes=10 * (tries - number)),
                        )
                    )
                finished += lesson_finished(done=True, has_quiz=True, quiz_passed=quiz_passed)
            complete = finished == len(plan.lessons)
            left = not complete and rng.random() < LEAVE_CHANCE
            cohort_id = None
            if plan.is_cohort:
                cohort_id = plan.cohort_ids[cohort_seat[plan_index] // COHORT_SEATS]
                cohort_seat[plan_index] += 1
            enrolment = Enrolment(
                user_id=user_id,
                course_id=plan.course_id,
                cohort_id=cohort_id,
                language=language if language in plan.languages else plan.original_language,
                status=Enrolment.Status.LEFT if left else Enrolment.Status.ACTIVE,
                enrolled_at=enrolled_at,
                left_at=(
                    min(now, moment + datetime.timedelta(days=rng.uniform(1, 30)))
                    if left
                    else None
                ),
                completed_at=moment if complete else None,
                last_lesson_key=completions[-1][0] if completions else None,
                last_activity_at=moment,
            )
            certificate = (
                Certificate(learner_name=full_name, hours=plan.hours, issued_at=moment)
                if complete
                else None
            )
            rows.append((enrolment, completions, attempts, certificate))
        if not rows:
            continue
        Enrolment.objects.bulk_create([row[0] for row in rows], batch_size=BATCH_SIZE)
        # Read the new primary keys back (not every database returns them from bulk inserts).
        ids = {
            (user_id, course_id): pk
            for user_id, course_id, pk in Enrolment.objects.filter(
                user_id__in=[users[u][0] for u in range(first_user, last_user)]
            ).values_list("user_id", "course_id", "pk")
        }
        completion_rows, attempt_rows, certificate_rows = [], [], []
        for enrolment, completions, attempts, certificate in rows:
            pk = ids[(enrolment.user_id, enrolment.course_id)]
            completion_rows.extend(
                LessonCompletion(enrolment_id=pk, lesson_key=key, completed_at=moment)
                for key, moment in completions
            )
            for attempt in attempts:
                attempt.enrolment_id = pk
            attempt_rows.extend(attempts)
            if certificate is not None:
                certificate.enrolment_id = pk
                certificate_rows.append(certificate)
        LessonCompletion.objects.bulk_create(completion_rows, batch_size=BATCH_SIZE)
        QuizAttempt.objects.bulk_create(attempt_rows, batch_size=BATCH_SIZE)
        Certificate.objects.bulk_create(certificate_rows, batch_size=BATCH_SIZE)
        totals["enrolments"] += len(rows)
        totals["completions"] += len(completion_rows)
        totals["attempts"] += len(attempt_rows)
        totals["certificates"] += len(certificate_rows)
    # Bulk inserts bypass the services' running totals: the course report's summary rows are
    # recomputed from the records (the nightly repair, run now).
    refreshed = course_stats_refresh()
    stdout.write(
        f"  {totals['enrolments']} enrolments in {len(plans)} courses ({cohorts} past cohorts), "
        f"{totals['completions']} lesson completions, {totals['attempts']} quiz attempts, "
        f"{totals['certificates']} certificates; {refreshed} course report rows refreshed"
    )
