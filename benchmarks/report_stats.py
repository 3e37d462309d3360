"""Benchmark: the course and mentoring reports on a large SQLite database.

    .venv/bin/python benchmarks/report_stats.py [ENROLMENTS] [ATTEMPTS] [MENTORSHIPS]

Defaults: 150,000 enrolments (30 courses × 4 languages, five per learner) with 650,000 quiz
attempts, and 5,000 mentorships in 25 programs with 20,000 sessions, 8,000 goals and 3,000
feedback ratings. Migrates a throwaway database in a temporary folder, bulk-creates the rows,
then times (median of 7 runs, warm) the course report computed per request from the
learning records (as it was) against the report read from ``CourseLanguageStats``, the
nightly ``course_stats_refresh`` that recomputes those totals, and ``program_report_rows``.
Not run by the test suite; takes about three minutes (mostly the bulk creation).
"""

import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TMP = tempfile.TemporaryDirectory()
os.environ["DATABASE_URL"] = f"sqlite:///{TMP.name}/bench.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Avg, Count, Q  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from courses import services  # noqa: E402
from courses.models import Course, Enrolment, QuizAttempt  # noqa: E402
from courses.selectors import CourseReportRow, course_report_rows  # noqa: E402
from lms.models import User  # noqa: E402
from mentoring.models import (  # noqa: E402
    Feedback,
    Goal,
    MentoringProgram,
    MentoringSession,
    Mentorship,
)
from mentoring.selectors import program_report_rows  # noqa: E402

LANGUAGES = ["en", "es", "zh-hans", "sk"]
BATCH = 5000


def per_request_course_report() -> list[CourseReportRow]:
    """The course report as it was: aggregates over the learning records on every request."""
    enrolments = Enrolment.objects.all()
    counts = (
        enrolments.values("course_id", "course__title", "language")
        .annotate(enrolled=Count("id"), completed=Count("id", filter=Q(completed_at__isnull=False)))
        .order_by("course__title", "language")
    )
    scores = {
        (row["enrolment__course_id"], row["enrolment__language"]): row["avg"]
        for row in QuizAttempt.objects.filter(enrolment__in=enrolments)
        .values("enrolment__course_id", "enrolment__language")
        .annotate(avg=Avg("score"))
    }
    rows = []
    for row in counts:
        average = scores.get((row["course_id"], row["language"]))
        rows.append(
            CourseReportRow(
                course=row["course__title"],
                language=row["language"],
                enrolments=row["enrolled"],
                completions=row["completed"],
                completion_rate=Decimal(100 * row["completed"] / row["enrolled"]).quantize(
                    Decimal("0.1")
                ),
                average_score=(
                    Decimal(average).quantize(Decimal("0.1")) if average is not None else None
                ),
            )
        )
    return rows


def build_courses(rng: random.Random, n_enrolments: int, n_attempts: int) -> None:
    courses = Course.objects.bulk_create(
        Course(translation_key=uuid.uuid4(), title=f"Course {i:02d}") for i in range(30)
    )
    per_learner = 5
    users = User.objects.bulk_create(
        (
            User(email=f"learner{i}@bench.example.org", full_name=f"Learner {i}", password="!")
            for i in range(n_enrolments // per_learner)
        ),
        batch_size=BATCH,
    )
    now = timezone.now()
    enrolments = []
    for user in users:
        for course in rng.sample(courses, per_learner):
            enrolments.append(
                Enrolment(
                    user=user,
                    course=course,
                    language=rng.choice(LANGUAGES),
                    completed_at=now if rng.random() < 0.3 else None,
                )
            )
    Enrolment.objects.bulk_create(enrolments, batch_size=BATCH)
    ids = list(Enrolment.objects.values_list("pk", flat=True))
    lessons = [uuid.uuid4() for _ in range(8)]
    attempts, numbers = [], {}
    for _ in range(n_attempts):
        key = (rng.choice(ids), rng.choice(lessons))
        numbers[key] = numbers.get(key, 0) + 1
        score = Decimal(rng.choice([0, 25, 33.33, 50, 66.67, 75, 100])).quantize(Decimal("0.01"))
        attempts.append(
            QuizAttempt(
                enrolment_id=key[0], lesson_key=key[1], number=numbers[key],
                score=score, passed=score >= 70,
            )
        )
        if len(attempts) == BATCH:
            QuizAttempt.objects.bulk_create(attempts)
            attempts = []
    QuizAttempt.objects.bulk_create(attempts)


def build_mentoring(rng: random.Random, n_mentorships: int) -> None:
    today = timezone.localdate()
    regions = ["global", "east_asia", "europe", "latin_america", "south_asia"]
    programs = MentoringProgram.objects.bulk_create(
        MentoringProgram(
            name_en=f"Program {i}", region=regions[i % 5], starts_on=today, ends_on=today
        )
        for i in range(25)
    )
    statuses = ["requested", "active", "declined", "expired", "completed", "ended"]
    # No mentor or mentee (as after both erased their accounts): the report reads neither.
    mentorships = Mentorship.objects.bulk_create(
        (
            Mentorship(program=rng.choice(programs), status=rng.choice(statuses))
            for _ in range(n_mentorships)
        ),
        batch_size=BATCH,
    )
    MentoringSession.objects.bulk_create(
        (
            MentoringSession(mentorship=rng.choice(mentorships), held_on=today, duration_minutes=60)
            for _ in range(4 * n_mentorships)
        ),
        batch_size=BATCH,
    )
    Goal.objects.bulk_create(
        (
            Goal(mentorship=mentorship, title="Goal", status=rng.choice(["open", "done"]))
            for mentorship in rng.choices(mentorships, k=8 * n_mentorships // 5)
        ),
        batch_size=BATCH,
    )
    Feedback.objects.bulk_create(
        (
            Feedback(mentorship=mentorship, rating=rng.randint(1, 5))
            for mentorship in rng.sample(mentorships, 6 * n_mentorships // 5 // 2)
        ),
        batch_size=BATCH,
    )


def timed(function, runs: int = 7) -> tuple[float, int]:
    function()  # warm up
    timings = []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            function()
            timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000, len(queries.captured_queries)


def main() -> None:
    n_enrolments = int(sys.argv[1]) if len(sys.argv) > 1 else 150_000
    n_attempts = int(sys.argv[2]) if len(sys.argv) > 2 else 650_000
    n_mentorships = int(sys.argv[3]) if len(sys.argv) > 3 else 5_000
    rng = random.Random(7)
    start = time.perf_counter()
    call_command("migrate", verbosity=0)
    print(f"migrate: {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    build_courses(rng, n_enrolments, n_attempts)
    build_mentoring(rng, n_mentorships)
    print(f"bulk create: {time.perf_counter() - start:.1f} s")

    start = time.perf_counter()
    corrected = services.course_stats_refresh()
    print(f"course_stats_refresh (all, from empty): {1000 * (time.perf_counter() - start):.0f} ms"
          f", {corrected} rows")
    assert course_report_rows() == per_request_course_report()

    print(f"{Enrolment.objects.count():,} enrolments, {QuizAttempt.objects.count():,} attempts, "
          f"{len(course_report_rows())} report rows")
    for label, function in [
        ("course report, per request (before)", per_request_course_report),
        ("course report, from totals (after)", course_report_rows),
        ("course_stats_refresh (nothing to fix)", services.course_stats_refresh),
    ]:
        ms, queries = timed(function, runs=3 if "refresh" in label else 7)
        print(f"{label}: {ms:.1f} ms, {queries} queries")

    programs = MentoringProgram.objects.all()
    print(f"{Mentorship.objects.count():,} mentorships, {MentoringSession.objects.count():,} "
          f"sessions, {Goal.objects.count():,} goals, {Feedback.objects.count():,} feedback")
    ms, queries = timed(lambda: program_report_rows(programs=programs))
    print(f"program report: {ms:.1f} ms, {queries} queries")


if __name__ == "__main__":
    main()
