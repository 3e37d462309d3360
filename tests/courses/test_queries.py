"""Query counts stay constant as courses, lessons, enrolments and attempts grow."""

import pytest

from courses import services
from tests.factories import UserFactory, lessons_of, make_course, wrong_answers

MAX_QUERIES = 40


def _grow(catalogs, learner, n_courses, n_lessons):
    courses = []
    for n in range(n_courses):
        course = make_course(
            catalogs["en"], title=f"Course {n}", lessons=n_lessons,
            questions_on=tuple(range(n_lessons)),
        )
        services.enrolment_create(user=learner, page=course, language="en")
        for lesson in lessons_of(course):
            services.lesson_complete(user=learner, lesson=lesson, language="en")
            services.quiz_submit(
                user=learner, lesson=lesson, answers=wrong_answers(lesson), language="en"
            )
        for _ in range(2):
            services.enrolment_create(user=UserFactory(), page=course, language="en")
        courses.append(course)
    return courses


def _count_queries(client, url, django_assert_max_num_queries, limit=MAX_QUERIES):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    # Once to fill the page cache (course structures), as any page seen before.
    client.get(url)
    with django_assert_max_num_queries(limit), CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.django_db
def test_pages_run_a_constant_number_of_queries(client, catalogs, django_assert_max_num_queries):
    learner = UserFactory()
    client.force_login(learner)
    small = _grow(catalogs, learner, n_courses=1, n_lessons=2)
    urls = lambda course: [  # noqa: E731
        "/en/courses/", "/en/dashboard/", course.get_url(), lessons_of(course)[0].get_url(),
    ]
    before = [_count_queries(client, u, django_assert_max_num_queries) for u in urls(small[0])]
    large = _grow(catalogs, learner, n_courses=5, n_lessons=6)
    after = [_count_queries(client, u, django_assert_max_num_queries) for u in urls(large[-1])]
    assert after == before
