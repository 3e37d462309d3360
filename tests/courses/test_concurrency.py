"""Learning records under concurrent requests, on PostgreSQL."""

import pytest

from courses import services
from courses.models import QuizAttempt
from tests.concurrency import hold_then_race
from tests.factories import UserFactory, lessons_of, make_course, wrong_answers

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres]


def test_a_double_click_on_the_knowledge_check_uses_one_attempt(catalogs):
    learner = UserFactory()
    course = make_course(catalogs["en"], max_attempts=2)
    services.enrolment_create(user=learner, page=course, language="en")
    lesson = lessons_of(course)[0]

    def submit():
        return services.quiz_submit(
            user=learner,
            lesson=lesson,
            answers=wrong_answers(lesson),
            language="en",
            attempt_number=1,
        )

    first, second, waited = hold_then_race(submit, submit)
    assert waited, "the second click did not wait for the first one's lock"
    assert first.error is None and second.error is None
    assert first.value.pk == second.value.pk
    assert QuizAttempt.objects.count() == 1
