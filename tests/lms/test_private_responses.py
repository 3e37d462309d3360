"""Every response to a signed-in person, and every personal download, tells browsers and
shared caches not to keep it. The test walks every route of the signed-in site; a route added
without an entry here fails it."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

import courses.urls
import mentoring.urls
from courses import services as course_services
from courses.models import Certificate
from mentoring.models import Goal as MentoringGoal
from mentoring.models import Mentorship
from tests.factories import (
    ProgramFactory,
    lessons_of,
    make_course,
    make_mentee,
    make_mentor,
    right_answers,
    url_in,
)

ACCOUNT_ROUTES = [
    "profile",
    "personal_data",
    "personal_data_download",
    "account_email",
    "account_change_password",
    "account_logout",
    "mfa_index",
]


def _private(response) -> bool:
    value = response.get("Cache-Control", "")
    return "private" in value and "no-store" in value and "public" not in value


@pytest.fixture
def world(client, catalogs, learner):
    course = make_course(catalogs["en"], lessons=1)
    (lesson,) = lessons_of(course)
    course_services.enrolment_create(user=learner, page=course, language="en")
    course_services.lesson_complete(user=learner, lesson=lesson, language="en")
    course_services.quiz_submit(
        user=learner, lesson=lesson, answers=right_answers(lesson), language="en"
    )
    certificate = Certificate.objects.get(enrolment__user=learner)
    program = ProgramFactory(region="europe")
    mentor = make_mentor(program)
    mentee = make_mentee(program, email=learner.email)
    mentorship = Mentorship.objects.create(
        program=program, mentor=mentor.user, mentee=mentee.user, status="active"
    )
    goal = MentoringGoal.objects.create(mentorship=mentorship, title="Budget", due_on="2099-01-01")
    Mentorship.objects.filter(pk=mentorship.pk).update(
        next_meeting_at=timezone.now() + datetime.timedelta(days=3)
    )
    return {
        "course_key": course.translation_key,
        "lesson_key": lesson.translation_key,
        "code": certificate.code,
        "pk": mentorship.pk,
        "program": program.pk,
        "mentor": mentor.user_id,
        "goal": goal.pk,
    }


def _arguments(pattern, world) -> dict:
    names = {
        "course_key": "course_key", "lesson_key": "lesson_key", "code": "code", "pk": "pk",
        "user_id": "mentor", "goal_id": "goal",
    }
    kwargs = {}
    for name in pattern.pattern.converters:
        kwargs[name] = world[names[name]]
    if "programs/" in str(pattern.pattern) and "pk" in kwargs:
        kwargs["pk"] = world["program"]
    return kwargs


@pytest.mark.django_db
def test_every_signed_in_page_and_download_is_private(client, world, learner):
    learner.refresh_from_db()
    client.force_login(learner)
    urls = [
        _reverse_en(f"{namespace}:{pattern.name}", _arguments(pattern, world))
        for module, namespace in ((courses.urls, "courses"), (mentoring.urls, "mentoring"))
        for pattern in module.urlpatterns
    ]
    urls += [url_in("en", name) for name in ACCOUNT_ROUTES if name != "account_logout"]
    urls += ["/en/", "/en/courses/", "/admin/"]
    checked = 0
    for url in urls:
        for method in (client.get, client.head):
            response = method(url)
            assert response.status_code < 500, url
            assert _private(response), (url, response.get("Cache-Control"))
            checked += 1
    assert checked == 2 * len(urls) > 40
    # Downloads among them: personal data, transcript, certificate, calendar file.
    for name, kwargs in [
        ("personal_data_download", {}),
        ("courses:transcript_csv", {}),
        ("courses:transcript_pdf", {}),
        ("courses:certificate_pdf", {"code": world["code"]}),
        ("mentoring:meeting_ics", {"pk": world["pk"]}),
    ]:
        response = client.get(_reverse_en(name, kwargs))
        assert response.status_code == 200, name
        assert _private(response), name


@pytest.mark.django_db
def test_anonymous_pages_are_not_marked_private(client, catalogs):
    response = client.get("/en/courses/")
    assert "private" not in response.get("Cache-Control", "")


def _reverse_en(name, kwargs):
    with translation.override("en"):
        return reverse(name, kwargs=kwargs)
