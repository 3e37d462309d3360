"""What the benchmark requests, read from the stack's database (run under its environment).

    python bench/fixtures.py small|large > fixtures.json

Prints JSON: the endpoints (real URLs of the demo content in en, es, zh-hans and sk), the
people who sign in (small: the demo accounts; large: the scale learner with the most courses
and the scale mentor with the most mentees), a session cookie for each, made with Django's
own login machinery, and (large) the learners and lessons of the concurrent-completion soak.

Creates what the benchmark needs and the demo lacks: the baseline page (a StandardPage with a
title and one paragraph, the cheapest page the site serves through Wagtail and base.html) and
a draft bulk-matching proposal (timed).
"""

from __future__ import annotations

import json
import os
import sys
import time
from importlib import import_module
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.production")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import login  # noqa: E402
from django.db.models import Count, Q  # noqa: E402
from django.http import HttpRequest  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import translation  # noqa: E402

from cms_pages.models import HomePage, ResourcePage, StandardPage  # noqa: E402
from courses.models import (  # noqa: E402
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
)
from lms.models import User  # noqa: E402
from lms.scale import EMAIL_DOMAIN  # noqa: E402
from mentoring import selectors as mentoring_selectors  # noqa: E402
from mentoring import services as mentoring_services  # noqa: E402
from mentoring.models import MatchProposal, MentoringProgram, Mentorship  # noqa: E402

LANGUAGES = ["en", "es", "zh-hans", "sk"]
BASELINE_SLUG = "bench-baseline"
SOAK_LEARNERS = int(os.environ.get("BENCH_SOAK_LEARNERS", "20"))
SCALE = Q(email__endswith=f"@{EMAIL_DOMAIN}")


def session_for(user: User) -> str:
    """A signed-in session, as the login view leaves it, saved to the session store."""
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    request = HttpRequest()
    request.session = store
    request.META = {"REMOTE_ADDR": "127.0.0.1", "HTTP_HOST": "127.0.0.1"}
    login(request, user, backend=settings.AUTHENTICATION_BACKENDS[0])
    store.save()
    return store.session_key


def baseline_page() -> StandardPage:
    home = HomePage.objects.get(locale__language_code="en")
    page = StandardPage.objects.child_of(home).filter(slug=BASELINE_SLUG).first()
    if page is None:
        page = StandardPage(
            title="Benchmark baseline",
            slug=BASELINE_SLUG,
            intro="The cheapest page the site serves: a title and one paragraph.",
            body=json.dumps([{"type": "paragraph", "value": "<p>Nothing else on this page.</p>"}]),
            show_in_menus=False,
        )
        home.add_child(instance=page)
        page.save_revision().publish()
    return page


def url_of(page) -> str:
    return page.get_url()


def in_language(model, key, language: str):
    pages = list(model.objects.live().filter(translation_key=key).select_related("locale"))
    local = [p for p in pages if p.locale.language_code == language]
    return (local or sorted(pages, key=lambda p: p.pk))[0]


def anonymous_endpoints() -> list[dict]:
    endpoints = []
    four = (
        CoursePage.objects.live()
        .values("translation_key")
        .annotate(n=Count("locale", distinct=True))
        .filter(n=len(LANGUAGES))
        .order_by("translation_key")
    )
    course_key = four[0]["translation_key"]
    for language in LANGUAGES:
        catalog = CourseIndexPage.objects.live().get(locale__language_code=language)
        course = in_language(CoursePage, course_key, language)
        lesson = LessonPage.objects.child_of(course).live().order_by("path").first()
        resource = (
            ResourcePage.objects.live()
            .public()
            .filter(locale__language_code=language)
            .order_by("pk")
            .first()
        )
        for kind, page in [
            ("catalog", catalog),
            ("course", course),
            ("lesson", lesson),
            ("resource", resource),
        ]:
            if page is not None:
                endpoints.append(
                    {"name": f"{kind} {language}", "group": "anonymous", "path": url_of(page)}
                )
    return endpoints


def learner_lesson(user: User):
    """(enrolment, lesson page in the learner's language or the original) of an active,
    unfinished enrolment (else any active one)."""
    enrolments = Enrolment.objects.filter(user=user, status=Enrolment.Status.ACTIVE).order_by(
        "completed_at", "pk"
    )
    for enrolment in enrolments.select_related("course"):
        course = in_language(CoursePage, enrolment.course.translation_key, user.preferred_language)
        lesson = LessonPage.objects.child_of(course).live().order_by("path").first()
        if lesson is not None:
            return enrolment, lesson
    raise SystemExit(f"{user.email} has no course with lessons")


def complete_url(lesson: LessonPage, language: str) -> str:
    with translation.override(language):
        return reverse("courses:lesson_complete", args=[lesson.translation_key])


def pick_people(phase: str) -> dict[str, User]:
    admin = User.objects.get(email="admin@example.org")
    if phase == "small":
        return {
            "learner": User.objects.get(email="learner@example.org"),
            "mentor": User.objects.get(email="mentor@example.org"),
            "admin": admin,
        }
    learner_id = (
        Enrolment.objects.filter(user__email__endswith=f"@{EMAIL_DOMAIN}")
        .filter(status=Enrolment.Status.ACTIVE)
        .values("user")
        .annotate(n=Count("id"), unfinished=Count("id", filter=Q(completed_at__isnull=True)))
        .filter(unfinished__gt=0)
        .order_by("-n", "user")[0]["user"]
    )
    mentor_id = (
        Mentorship.objects.filter(mentor__email__endswith=f"@{EMAIL_DOMAIN}")
        .filter(status__in=Mentorship.OPEN_STATUSES)
        .values("mentor")
        .annotate(n=Count("id"))
        .order_by("-n", "mentor")[0]["mentor"]
    )
    return {
        "learner": User.objects.get(pk=learner_id),
        "mentor": User.objects.get(pk=mentor_id),
        "admin": admin,
    }


def bulk_match_programs(admin: User) -> tuple[MentoringProgram, MentoringProgram, float]:
    """(the coordinator's program, shown without a proposal; the other program with the most
    unmatched mentees, shown with a fresh draft proposal; seconds the proposal took)."""
    programs = list(MentoringProgram.objects.order_by("pk"))
    plain = next(
        (p for p in programs if p.coordinators.filter(email="coordinator@example.org").exists()),
        programs[0],
    )
    others = [p for p in programs if p != plain] or programs
    proposed = max(
        others, key=lambda p: (mentoring_selectors.unmatched_mentee_count(program=p), -p.pk)
    )
    plain.proposals.filter(status=MatchProposal.Status.DRAFT).delete()
    proposed.proposals.filter(status=MatchProposal.Status.DRAFT).delete()
    started = time.perf_counter()
    mentoring_services.proposal_create(coordinator=admin, program=proposed)
    return plain, proposed, time.perf_counter() - started


def soak_work(exclude: set[int]) -> list[dict]:
    """Learners with an unfinished active enrolment, and the lessons they have not done."""
    work = []
    enrolments = (
        Enrolment.objects.filter(
            user__email__endswith=f"@{EMAIL_DOMAIN}",
            status=Enrolment.Status.ACTIVE,
            completed_at__isnull=True,
        )
        .exclude(user_id__in=exclude)
        .select_related("user", "course")
        .order_by("user_id", "pk")
    )
    seen: set[int] = set()
    for enrolment in enrolments:
        if enrolment.user_id in seen:
            continue
        done = set(
            LessonCompletion.objects.filter(enrolment=enrolment).values_list(
                "lesson_key", flat=True
            )
        )
        original = min(
            CoursePage.objects.live().filter(translation_key=enrolment.course.translation_key),
            key=lambda p: p.pk,
        )
        pending = [
            lesson
            for lesson in LessonPage.objects.child_of(original).live().order_by("path")
            if lesson.translation_key not in done
        ]
        if not pending:
            continue
        seen.add(enrolment.user_id)
        language = enrolment.language
        shown = in_language(LessonPage, pending[0].translation_key, language)
        work.append(
            {
                "user": enrolment.user_id,
                "email": enrolment.user.email,
                "session": session_for(enrolment.user),
                "enrolment": enrolment.pk,
                "form_page": url_of(shown),
                "lessons": [
                    {"key": str(lesson.translation_key), "url": complete_url(lesson, language)}
                    for lesson in pending
                ],
            }
        )
        if len(work) >= SOAK_LEARNERS:
            break
    return work


def ensure_demo_mentee_progress(mentor: User) -> None:
    """On the demo data, the demo mentor's mentees who share their progress have no course
    yet, so the mentor dashboard would skip its progress queries: enrol the first one in a
    course and mark a lesson done (through the services), so that small and large data run
    the same code paths and their query counts can be compared."""
    from courses import services as course_services

    mentorship = (
        Mentorship.objects.filter(
            mentor=mentor,
            status=Mentorship.Status.ACTIVE,
            mentee__mentee_profile__share_course_progress=True,
        )
        .select_related("mentee")
        .order_by("pk")
        .first()
    )
    if mentorship is None or Enrolment.objects.filter(user=mentorship.mentee).exists():
        return
    mentee = mentorship.mentee
    course = in_language(
        CoursePage,
        CoursePage.objects.live().filter(format="self_paced").order_by("pk")[0].translation_key,
        mentee.preferred_language,
    )
    course_services.enrolment_create(user=mentee, page=course, language=mentee.preferred_language)
    lesson = LessonPage.objects.child_of(course).live().order_by("path").first()
    course_services.lesson_complete(user=mentee, lesson=lesson, language=mentee.preferred_language)


def main() -> None:
    phase = sys.argv[1] if len(sys.argv) > 1 else "small"
    baseline = baseline_page()
    people = pick_people(phase)
    learner, mentor, admin = people["learner"], people["mentor"], people["admin"]
    if phase == "small":
        ensure_demo_mentee_progress(mentor)
    enrolment, lesson = learner_lesson(learner)
    plain, proposed, propose_seconds = bulk_match_programs(admin)
    lesson_language = lesson.locale.language_code
    endpoints = [
        {"name": "bare page", "group": "bare", "path": url_of(baseline)},
        {"name": "healthz", "group": "info", "path": "/healthz"},
        *anonymous_endpoints(),
        {
            "name": "learner dashboard",
            "group": "learner",
            "auth": "learner",
            "path": f"/{learner.preferred_language}/dashboard/",
        },
        {
            "name": "lesson (signed in)",
            "group": "signed-in lesson",
            "auth": "learner",
            "path": url_of(lesson),
        },
        {
            "name": "lesson complete (POST)",
            "group": "learner",
            "auth": "learner",
            "method": "POST",
            "path": complete_url(lesson, lesson_language),
            "form_page": url_of(lesson),
            "expect": 302,
        },
        {
            "name": "mentor dashboard",
            "group": "mentor",
            "auth": "mentor",
            "path": f"/{mentor.preferred_language}/mentoring/dashboard/",
        },
        {
            "name": "course report",
            "group": "admin",
            "auth": "admin",
            "path": reverse("course_report"),
        },
        {
            "name": "bulk matching",
            "group": "admin",
            "auth": "admin",
            "path": reverse("mentoring_bulk_match", args=[plain.pk]),
        },
        {
            "name": "bulk matching, draft proposal",
            "group": "admin",
            "auth": "admin",
            "path": reverse("mentoring_bulk_match", args=[proposed.pk]),
        },
    ]
    result = {
        "phase": phase,
        "endpoints": endpoints,
        "users": {role: user.pk for role, user in people.items()},
        "emails": {role: user.email for role, user in people.items()},
        "sessions": {role: session_for(user) for role, user in people.items()},
        "session_cookie": settings.SESSION_COOKIE_NAME,
        "csrf_cookie": settings.CSRF_COOKIE_NAME,
        "info": {
            "learner_enrolments": Enrolment.objects.filter(user=learner).count(),
            "learner_enrolment": enrolment.pk,
            "mentor_open_mentorships": Mentorship.objects.filter(
                mentor=mentor, status__in=Mentorship.OPEN_STATUSES
            ).count(),
            "bulk_plain_program": str(plain),
            "bulk_plain_unmatched": mentoring_selectors.unmatched_mentee_count(program=plain),
            "bulk_proposal_program": str(proposed),
            "bulk_proposal_pairs": proposed.proposals.first().pairs.count(),
            "bulk_proposal_mentors": len(
                mentoring_selectors.program_mentor_profiles(program=proposed)
            ),
            "propose_seconds": round(propose_seconds, 2),
            "users": User.objects.count(),
            "scale_users": User.objects.filter(SCALE).count(),
            "enrolments": Enrolment.objects.count(),
            "lesson_completions": LessonCompletion.objects.count(),
        },
    }
    if phase == "large":
        result["soak"] = soak_work(exclude={learner.pk, mentor.pk})
    json.dump(result, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
