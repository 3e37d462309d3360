"""``manage.py seed_scale`` at a tiny scale: exact counts, and the records keep the rules the
services keep (so the benchmark measures pages over data the app itself could have made)."""

from collections import Counter, defaultdict
from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Count, Max, Q
from django.test import override_settings

from courses.models import (
    Certificate,
    Cohort,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    QuizAttempt,
)
from courses.selectors import course_rules, lesson_finished, original_page
from courses.services import course_stats_refresh
from lms.scale import EMAIL_DOMAIN, ScaleCounts, distribute, scale_users
from mentoring.models import (
    MenteeProfile,
    MentorProfile,
    Mentorship,
    MentorshipEvent,
    Participation,
)

COUNTS = {"learners": 60, "enrolments": 150, "completions": 400, "attempts": 500}


def _scale(queryset, user_field="user"):
    return queryset.filter(**{f"{user_field}__email__endswith": f"@{EMAIL_DOMAIN}"})


@pytest.mark.django_db
def test_seed_scale_makes_exact_counts_that_keep_the_rules():
    call_command("seed_demo", stdout=StringIO())
    out = StringIO()
    call_command(
        "seed_scale", *[f"--{k}={v}" for k, v in COUNTS.items()], "--mentorships=20", stdout=out
    )
    assert "Scale data set ready" in out.getvalue()

    users = scale_users()
    assert users.count() == 60
    assert users.filter(email="learner-000000@scale.example.org").exists()
    assert EmailAddress.objects.filter(user__in=users, verified=True, primary=True).count() == 60
    assert len(set(users.values_list("password", flat=True))) == 1
    for user in users:
        user.full_clean()

    enrolments = _scale(Enrolment.objects)
    assert enrolments.count() == 150
    completions = LessonCompletion.objects.filter(enrolment__in=enrolments)
    attempts = QuizAttempt.objects.filter(enrolment__in=enrolments)
    assert completions.count() == 400
    assert attempts.count() == 500

    # Lessons belong to the enrolment's course; languages are the platform's.
    for enrolment in enrolments.select_related("course"):
        enrolment.full_clean()
    lesson_course = {}
    for course_page in CoursePage.objects.all():
        original = original_page(page=course_page)
        for lesson in LessonPage.objects.child_of(original):
            lesson_course[lesson.translation_key] = original.translation_key
    for completion in completions.select_related("enrolment__course"):
        assert lesson_course[completion.lesson_key] == completion.enrolment.course.translation_key

    # Attempts are numbered 1..n per lesson, passed means score >= the pass mark, and nothing
    # follows a passed attempt.
    pass_marks = {
        page.translation_key: course_rules(page=page).pass_mark for page in CoursePage.objects.all()
    }
    by_lesson = defaultdict(list)
    for attempt in attempts.select_related("enrolment__course"):
        attempt.full_clean()
        assert attempt.passed == (attempt.score >= pass_marks[attempt.enrolment.course.translation_key])
        by_lesson[(attempt.enrolment_id, attempt.lesson_key)].append(attempt)
    for rows in by_lesson.values():
        rows.sort(key=lambda a: a.number)
        assert [a.number for a in rows] == list(range(1, len(rows) + 1))
        assert not any(a.passed for a in rows[:-1])

    # Completed (with a certificate) exactly when every lesson is done and every check passed.
    done = set(completions.values_list("enrolment_id", "lesson_key"))
    passed = set(attempts.filter(passed=True).values_list("enrolment_id", "lesson_key"))
    has_quiz = {
        lesson.translation_key: lesson.question_count > 0 for lesson in LessonPage.objects.all()
    }
    lessons_of = defaultdict(set)
    for lesson_key, course_key in lesson_course.items():
        lessons_of[course_key].add(lesson_key)
    completed = 0
    for enrolment in enrolments.select_related("course"):
        finished = all(
            lesson_finished(
                done=(enrolment.pk, key) in done,
                has_quiz=has_quiz[key],
                quiz_passed=(enrolment.pk, key) in passed,
            )
            for key in lessons_of[enrolment.course.translation_key]
        )
        assert finished == (enrolment.completed_at is not None)
        has_certificate = Certificate.objects.filter(enrolment=enrolment).exists()
        assert has_certificate == finished
        if enrolment.status == Enrolment.Status.LEFT:
            assert not finished and enrolment.left_at
        completed += finished
    assert completed > 0

    # The course report's running totals agree with the records.
    assert course_stats_refresh() == 0

    # Cohort courses: every scale enrolment has a cohort, and no cohort is over its limit.
    for cohort in Cohort.objects.annotate(n=Count("enrolments")):
        assert cohort.n <= cohort.seat_limit
    cohort_courses = [
        p.translation_key for p in CoursePage.objects.all() if course_rules(page=p).is_cohort
    ]
    assert not enrolments.filter(
        course__translation_key__in=cohort_courses, cohort__isnull=True
    ).exists()

    # Mentoring.
    mentorships = _scale(Mentorship.objects, "mentee")
    assert mentorships.count() == 20
    assert MentorshipEvent.objects.filter(mentorship__in=mentorships).count() >= 20
    capacity = {p.user_id: p.capacity for p in _scale(MentorProfile.objects)}
    active = Counter(
        mentorships.filter(status=Mentorship.Status.ACTIVE).values_list("mentor_id", flat=True)
    )
    assert all(n <= capacity[mentor] for mentor, n in active.items())
    open_per_mentee = (
        mentorships.filter(status__in=Mentorship.OPEN_STATUSES)
        .values("program", "mentee")
        .annotate(n=Count("id"))
        .aggregate(most=Max("n"))
    )
    assert (open_per_mentee["most"] or 0) <= 1
    admitted = set(
        Participation.objects.filter(status=Participation.Status.ADMITTED).values_list(
            "program_id", "user_id", "role"
        )
    )
    mentor_languages = {p.user_id: set(p.languages) for p in MentorProfile.objects.all()}
    mentee_languages = {p.user_id: set(p.languages) for p in MenteeProfile.objects.all()}
    for mentorship in mentorships:
        mentorship.full_clean()
        assert mentorship.mentor_id != mentorship.mentee_id
        assert (mentorship.program_id, mentorship.mentor_id, "mentor") in admitted
        assert (mentorship.program_id, mentorship.mentee_id, "mentee") in admitted
        assert mentor_languages[mentorship.mentor_id] & mentee_languages[mentorship.mentee_id]
        assert not mentorship.request_expired()
    for profile in _scale(MentorProfile.objects):
        profile.full_clean()
    assert _scale(MenteeProfile.objects).filter(
        Q(user__mentorships_as_mentee__isnull=True)
    ).exists()  # some mentees wait for bulk matching

    # A second run changes nothing.
    out = StringIO()
    call_command("seed_scale", "--scale=0.001", stdout=out)
    assert "already there" in out.getvalue()
    assert scale_users().count() == 60


@pytest.mark.django_db
def test_seed_scale_is_refused_in_production():
    with override_settings(DEMO_SEEDING_ALLOWED=False), pytest.raises(CommandError):
        call_command("seed_scale", "--scale=0.001", stdout=StringIO())


def test_counts_scale_and_distribute_exactly():
    small = ScaleCounts().scaled(0.01)
    assert (small.learners, small.enrolments, small.attempts, small.mentorships) == (
        500, 1500, 6500, 50,
    )
    import random

    rng = random.Random(1)
    caps = [4] * 100
    counts = distribute(333, caps, rng)
    assert sum(counts) == 333 and all(0 <= n <= 4 for n in counts)
    assert sum(distribute(1000, caps, rng)) == 400  # no more than fits
