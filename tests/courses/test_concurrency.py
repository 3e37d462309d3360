"""Learning records under concurrent requests, on PostgreSQL."""

import pytest

from courses import services
from courses.models import QuizAttempt
from tests.concurrency import hold_then_race
from tests.factories import UserFactory, lessons_of, make_course, wrong_answers

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres]


@pytest.fixture
def catalogs(transactional_db):
    """The course catalogs, on a page tree rebuilt from its root: a transactional test's flush
    empties every table, the root page and locale that migrations made included."""
    from wagtail.models import Locale, Page

    from cms_pages.demo import ensure_home_pages
    from tests.factories import make_catalogs

    if not Page.objects.filter(depth=1).exists():
        locale, _ = Locale.objects.get_or_create(language_code="en")
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    return make_catalogs(ensure_home_pages())


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


def test_two_learners_cannot_take_the_last_seat_of_a_cohort(catalogs):
    from courses.models import Cohort, CourseFormat, Enrolment
    from courses.selectors import course_for_page
    from lms.actions import ActionRefused

    course = make_course(catalogs["en"], format=CourseFormat.COHORT)
    cohort = Cohort.objects.create(
        course=course_for_page(page=course), name="Spring", seat_limit=1,
        starts_on="2099-01-01", ends_on="2099-02-01",
    )
    first, second = UserFactory(), UserFactory()
    one, two, waited = hold_then_race(
        lambda: services.enrolment_create(user=first, page=course, language="en", cohort_id=cohort.pk),
        lambda: services.enrolment_create(user=second, page=course, language="en", cohort_id=cohort.pk),
    )
    assert waited
    assert one.error is None and isinstance(two.error, ActionRefused)
    assert Enrolment.objects.filter(cohort=cohort).count() == 1
