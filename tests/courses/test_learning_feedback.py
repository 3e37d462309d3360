"""What a learner is told as they go: progress that moves when a lesson is marked as done, the
course's completion and certificate, a failed retake after a pass, and where "continue" goes."""

import pytest

from courses import selectors, services
from tests.factories import (
    UserFactory,
    lessons_of,
    make_course,
    right_answers,
    url_in,
    wrong_answers,
)


def _post(client, name, lesson, data=None):
    """The messages the learner reads on the page the action redirects to."""
    response = client.post(url_in("en", name, lesson.translation_key), data or {}, follow=True)
    assert response.redirect_chain
    return [str(m) for m in response.context["messages"]]


def _answers(answers: dict) -> dict:
    return {f"q-{question}": options for question, options in answers.items()}


@pytest.fixture
def enrolled(client, catalogs):
    learner = UserFactory(preferred_language="en")
    course = make_course(catalogs["en"], title="Asset management", lessons=2, questions_on=(0,))
    services.enrolment_create(user=learner, page=course, language="en")
    client.force_login(learner)
    return learner, course, lessons_of(course)


@pytest.mark.django_db
def test_marking_a_lesson_with_a_check_as_done_moves_the_bar_and_says_what_is_left(
    client, enrolled
):
    learner, course, (first, _second) = enrolled
    said = _post(client, "courses:lesson_complete", first)
    assert said == ["Lesson marked as read. Pass its knowledge check to finish the lesson."]
    progress = selectors.course_progress(user=learner, page=course, language="en")
    assert progress.percent == 33  # 1 of 3 steps: read lesson 1; its check; read lesson 2
    html = client.get(first.url).content.decode()
    assert 'value="33"' in html
    assert "Pass its knowledge check to finish it." in html


@pytest.mark.django_db
def test_finishing_the_course_says_so_and_points_to_the_certificate(client, enrolled):
    learner, course, (first, second) = enrolled
    _post(client, "courses:lesson_complete", first)
    said = _post(client, "courses:quiz_submit", first, _answers(right_answers(first)))
    assert said == ["You passed with 100%."]
    said = _post(client, "courses:lesson_complete", second)
    assert len(said) == 1
    assert said[0].startswith("Lesson marked as done. Congratulations, you have completed")
    # Said once: later actions on a completed course do not congratulate again.
    said = _post(client, "courses:quiz_submit", first, _answers(wrong_answers(first)))
    assert "Congratulations" not in said[0]


@pytest.mark.django_db
def test_a_failed_retake_after_a_pass_does_not_read_as_not_passed(client, enrolled):
    learner, course, (first, second) = enrolled
    services.quiz_submit(user=learner, lesson=first, answers=right_answers(first), language="en")
    services.quiz_submit(user=learner, lesson=first, answers=wrong_answers(first), language="en")
    html = client.get(first.url).content.decode()
    assert "not passed yet" not in html
    assert "You passed this knowledge check before (best score 100%)" in html


@pytest.mark.django_db
def test_continue_goes_to_the_first_unfinished_lesson_not_the_last_one_viewed(client, catalogs):
    learner = UserFactory()
    course = make_course(catalogs["en"], title="Revenue", lessons=3, questions_on=())
    services.enrolment_create(user=learner, page=course, language="en")
    first, second, third = lessons_of(course)
    services.lesson_complete(user=learner, lesson=second, language="en")
    client.force_login(learner)
    client.get(third.url)  # viewed last, but lesson 1 is still to do
    progress = selectors.course_progress(user=learner, page=course, language="en")
    assert progress.next_lesson.key == first.translation_key
    html = client.get(course.url).content.decode()
    assert f'href="{first.url}">Continue where you left off' in html
