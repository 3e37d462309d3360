"""Enrolment, lesson completion, server-side grading, completion and certificates."""

import pytest
from django.core import mail
from django.db import IntegrityError
from wagtail.models import Locale

from courses import services
from courses.models import (
    Certificate,
    Cohort,
    CourseFormat,
    Enrolment,
    LessonCompletion,
    QuizAttempt,
)
from courses.selectors import course_for_page, course_progress
from lms.actions import ActionRefused
from tests.factories import (
    UserFactory,
    lessons_of,
    make_course,
    right_answers,
    translate_course,
    url_in,
    wrong_answers,
)


def _enrol(client, course, language="en"):
    return client.post(url_in("en", "courses:enrol", course.translation_key))


@pytest.mark.django_db
def test_enrol_then_double_click_creates_one_enrolment(client, catalogs, learner):
    course = make_course(catalogs["en"])
    client.force_login(learner)
    assert _enrol(client, course).status_code == 302
    assert _enrol(client, course).status_code == 302
    assert Enrolment.objects.filter(user=learner).count() == 1


@pytest.mark.django_db
def test_enrolment_email_in_learners_language(
    client, catalogs, learner, django_capture_on_commit_callbacks
):
    course = make_course(catalogs["en"], title="Participatory budgeting")
    translate_course(course, Locale.objects.get(language_code="sk"), "Participatívny rozpočet")
    client.force_login(learner)
    with django_capture_on_commit_callbacks(execute=True):
        _enrol(client, course)
    assert len(mail.outbox) == 1
    assert "Participatívny rozpočet" in mail.outbox[0].subject
    assert "Ste zapísaní na kurz" in mail.outbox[0].subject
    assert mail.outbox[0].to == [learner.email]


@pytest.mark.django_db
def test_signed_out_visitor_cannot_enrol(client, catalogs):
    course = make_course(catalogs["en"])
    response = _enrol(client, course)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert Enrolment.objects.count() == 0


@pytest.mark.django_db
def test_unpublished_course_refuses_enrolment(catalogs, learner):
    course = make_course(catalogs["en"])
    course.unpublish()
    course.refresh_from_db()
    with pytest.raises(ActionRefused):
        services.enrolment_create(user=learner, page=course, language="en")
    assert Enrolment.objects.count() == 0


@pytest.mark.django_db
def test_full_cohort_refuses_with_message(client, catalogs, learner):
    course = make_course(catalogs["en"], format=CourseFormat.COHORT)
    cohort = Cohort.objects.create(
        course=course_for_page(page=course), name="Spring", seat_limit=1,
        starts_on="2099-01-01", ends_on="2099-02-01",
    )
    services.enrolment_create(
        user=UserFactory(), page=course, language="en", cohort_id=cohort.pk
    )
    client.force_login(learner)
    response = client.post(url_in("en", "courses:enrol", course.translation_key), {"cohort": cohort.pk}, follow=True)
    assert "This cohort is full." in response.content.decode()
    assert not Enrolment.objects.filter(user=learner).exists()


@pytest.mark.django_db
def test_closed_enrolment_window_is_refused(catalogs, learner):
    course = make_course(catalogs["en"], format=CourseFormat.COHORT)
    cohort = Cohort.objects.create(
        course=course_for_page(page=course), name="Past", seat_limit=10,
        starts_on="2020-01-01", ends_on="2020-02-01",
    )
    with pytest.raises(ActionRefused, match="closed"):
        services.enrolment_create(user=learner, page=course, language="en", cohort_id=cohort.pk)


@pytest.mark.django_db
def test_cohort_course_requires_a_cohort_of_that_course(catalogs, learner):
    course = make_course(catalogs["en"], format=CourseFormat.COHORT)
    other = make_course(catalogs["en"], format=CourseFormat.COHORT)
    foreign = Cohort.objects.create(
        course=course_for_page(page=other), name="Other", seat_limit=10,
        starts_on="2099-01-01", ends_on="2099-02-01",
    )
    with pytest.raises(ActionRefused):
        services.enrolment_create(user=learner, page=course, language="en")
    with pytest.raises(ActionRefused):
        services.enrolment_create(user=learner, page=course, language="en", cohort_id=foreign.pk)


@pytest.mark.django_db
def test_leave_and_return_keeps_progress(catalogs, learner):
    course = make_course(catalogs["en"], questions_on=())
    services.enrolment_create(user=learner, page=course, language="en")
    services.lesson_complete(user=learner, lesson=lessons_of(course)[0], language="en")
    services.enrolment_leave(user=learner, page=course)
    assert Enrolment.objects.get(user=learner).status == Enrolment.Status.LEFT
    services.enrolment_create(user=learner, page=course, language="en")
    progress = course_progress(user=learner, page=course, language="en")
    assert progress.finished_count == 1


@pytest.mark.django_db
def test_mark_lesson_done_twice_records_once(client, catalogs, learner):
    course = make_course(catalogs["en"])
    services.enrolment_create(user=learner, page=course, language="en")
    lesson = lessons_of(course)[1]
    client.force_login(learner)
    client.post(url_in("en", "courses:lesson_complete", lesson.translation_key))
    client.post(url_in("en", "courses:lesson_complete", lesson.translation_key))
    assert LessonCompletion.objects.count() == 1


@pytest.mark.django_db
def test_lesson_completion_database_constraint(catalogs, learner):
    course = make_course(catalogs["en"])
    enrolment = services.enrolment_create(user=learner, page=course, language="en")
    lesson = lessons_of(course)[0]
    LessonCompletion.objects.create(enrolment=enrolment, lesson_key=lesson.translation_key)
    with pytest.raises(IntegrityError):
        LessonCompletion.objects.create(enrolment=enrolment, lesson_key=lesson.translation_key)


@pytest.mark.django_db
def test_signed_out_lesson_completion_changes_nothing(client, catalogs):
    course = make_course(catalogs["en"])
    lesson = lessons_of(course)[0]
    response = client.post(url_in("en", "courses:lesson_complete", lesson.translation_key), follow=True)
    assert "Please sign in first." in response.content.decode()
    assert LessonCompletion.objects.count() == 0


@pytest.mark.django_db
def test_completion_requires_post_and_csrf(catalogs, learner):
    from django.test import Client

    course = make_course(catalogs["en"])
    services.enrolment_create(user=learner, page=course, language="en")
    lesson = lessons_of(course)[0]
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(learner)
    assert strict.get(url_in("en", "courses:lesson_complete", lesson.translation_key)).status_code == 405
    assert strict.post(url_in("en", "courses:lesson_complete", lesson.translation_key)).status_code == 403
    assert LessonCompletion.objects.count() == 0


@pytest.mark.django_db
def test_not_enrolled_learner_cannot_complete_or_answer(client, catalogs, learner):
    course = make_course(catalogs["en"])
    lesson = lessons_of(course)[0]
    client.force_login(learner)
    response = client.post(url_in("en", "courses:lesson_complete", lesson.translation_key), follow=True)
    assert "Enrol in this course first" in response.content.decode()
    answers = {f"q-{k}": v for k, v in right_answers(lesson).items()}
    client.post(url_in("en", "courses:quiz_submit", lesson.translation_key), answers)
    assert LessonCompletion.objects.count() == 0
    assert QuizAttempt.objects.count() == 0


@pytest.mark.django_db
def test_correct_answers_are_not_in_the_page_before_submission(client, catalogs, learner):
    course = make_course(
        catalogs["en"], question_options=(("Alpha option", True), ("Beta option", False))
    )
    services.enrolment_create(user=learner, page=course, language="en")
    client.force_login(learner)
    lesson = lessons_of(course)[0]
    html = client.get(lesson.get_url()).content.decode()
    assert "Alpha option" in html and "Beta option" in html
    assert "Feedback" not in html
    assert "correct" not in html.lower().replace("not correct", "")


@pytest.mark.django_db
def test_quiz_is_graded_on_the_server_with_feedback(client, catalogs, learner):
    course = make_course(catalogs["en"])
    services.enrolment_create(user=learner, page=course, language="en")
    client.force_login(learner)
    lesson = lessons_of(course)[0]
    wrong = {f"q-{k}": v for k, v in wrong_answers(lesson).items()}
    response = client.post(url_in("en", "courses:quiz_submit", lesson.translation_key), wrong, follow=True)
    html = response.content.decode()
    attempt = QuizAttempt.objects.get()
    assert attempt.score == 0 and not attempt.passed
    assert "Feedback Wrong" in html
    right = {f"q-{k}": v for k, v in right_answers(lesson).items()}
    client.post(url_in("en", "courses:quiz_submit", lesson.translation_key), right)
    assert QuizAttempt.objects.filter(passed=True, number=2).exists()


@pytest.mark.django_db
def test_multiple_correct_options_need_all_and_only_them(catalogs, learner):
    course = make_course(
        catalogs["en"], lessons=1,
        question_options=(("A", True), ("B", True), ("C", False)),
    )
    services.enrolment_create(user=learner, page=course, language="en")
    lesson = lessons_of(course)[0]
    answers = right_answers(lesson)
    (question_id, correct_ids), = answers.items()
    partial = {question_id: correct_ids[:1]}
    assert services.quiz_submit(user=learner, lesson=lesson, answers=partial, language="en").score == 0
    assert services.quiz_submit(user=learner, lesson=lesson, answers=answers, language="en").score == 100


@pytest.mark.django_db
def test_unknown_options_are_refused_and_nothing_is_saved(client, catalogs, learner):
    course = make_course(catalogs["en"])
    services.enrolment_create(user=learner, page=course, language="en")
    lesson = lessons_of(course)[0]
    (question_id, _ids), = right_answers(lesson).items()
    client.force_login(learner)
    response = client.post(
        url_in("en", "courses:quiz_submit", lesson.translation_key), {f"q-{question_id}": "not-an-option"}, follow=True
    )
    assert "do not match this knowledge check" in response.content.decode()
    response = client.post(url_in("en", "courses:quiz_submit", lesson.translation_key), {"q-unknown": "x"}, follow=True)
    assert QuizAttempt.objects.count() == 0


@pytest.mark.django_db
def test_attempt_limit(catalogs, learner):
    course = make_course(catalogs["en"], max_attempts=2)
    services.enrolment_create(user=learner, page=course, language="en")
    lesson = lessons_of(course)[0]
    for _ in range(2):
        services.quiz_submit(user=learner, lesson=lesson, answers=wrong_answers(lesson), language="en")
    with pytest.raises(ActionRefused, match="all 2 attempts"):
        services.quiz_submit(user=learner, lesson=lesson, answers=right_answers(lesson), language="en")
    assert QuizAttempt.objects.count() == 2


def _finish(user, course, language="en"):
    for lesson in lessons_of(course):
        services.lesson_complete(user=user, lesson=lesson, language=language)
        if lesson.question_count:
            services.quiz_submit(
                user=user, lesson=lesson, answers=right_answers(lesson), language=language
            )


@pytest.mark.django_db
def test_completion_needs_every_lesson_and_passed_check(catalogs, learner):
    course = make_course(catalogs["en"], lessons=2, questions_on=(0,))
    services.enrolment_create(user=learner, page=course, language="en")
    first, second = lessons_of(course)
    services.lesson_complete(user=learner, lesson=first, language="en")
    services.lesson_complete(user=learner, lesson=second, language="en")
    assert not Certificate.objects.exists()  # the knowledge check is not passed yet
    services.quiz_submit(user=learner, lesson=first, answers=wrong_answers(first), language="en")
    assert not Certificate.objects.exists()
    services.quiz_submit(user=learner, lesson=first, answers=right_answers(first), language="en")
    certificate = Certificate.objects.get()
    assert certificate.learner_name == "Zuzana Horváthová"
    assert Enrolment.objects.get().completed_at is not None


@pytest.mark.django_db
def test_completion_is_recorded_once(catalogs, learner, django_capture_on_commit_callbacks):
    course = make_course(catalogs["en"], lessons=1)
    services.enrolment_create(user=learner, page=course, language="en")
    with django_capture_on_commit_callbacks(execute=True):
        _finish(learner, course)
        for _ in range(3):
            services.course_completion_evaluate(user=learner, page=course, language="en")
    assert Certificate.objects.count() == 1
    completion_mails = [m for m in mail.outbox if "Blahoželáme" in m.subject]
    assert len(completion_mails) == 1
    assert "/sk/certificates/" in completion_mails[0].body


@pytest.mark.django_db
def test_progress_follows_the_learner_across_languages(client, catalogs, learner):
    course = make_course(catalogs["en"], lessons=2, questions_on=(0,))
    slovak = translate_course(course, Locale.objects.get(language_code="sk"), "Rozpočet")
    services.enrolment_create(user=learner, page=course, language="en")
    services.lesson_complete(user=learner, lesson=lessons_of(course)[0], language="en")
    # Answer the Slovak translation's knowledge check: same questions, same grading.
    slovak_lesson = lessons_of(slovak)[0]
    services.quiz_submit(
        user=learner, lesson=slovak_lesson, answers=right_answers(slovak_lesson), language="sk"
    )
    progress = course_progress(user=learner, page=slovak, language="sk")
    assert progress.finished_count == 1
    assert progress.lessons[0].page.locale.language_code == "sk"
    client.force_login(learner)
    html = client.get(slovak.get_url()).content.decode()
    assert "1 z 2" in html or "1 of 2" in html
    assert Enrolment.objects.count() == 1


@pytest.mark.django_db
def test_untranslated_lesson_is_listed_in_its_language(client, catalogs, learner):
    course = make_course(catalogs["en"], lessons=2)
    slovak = translate_course(course, Locale.objects.get(language_code="sk"), "Rozpočet")
    lessons_of(slovak)[1].delete()
    html = client.get(slovak.get_url()).content.decode()
    assert "Participatory budgeting lesson 2" in html
    assert 'lang="en"' in html


@pytest.mark.django_db
def test_option_order_is_shuffled_per_learner_and_attempt_and_stable(client, catalogs):
    """The correct answer's place in the form gives nothing away (in the demo it was always
    first); a learner sees the same order on every reload of one attempt."""
    options = tuple((f"Option {n}", n == 0) for n in range(5))
    course = make_course(catalogs["en"], lessons=1, question_options=options)
    lesson = lessons_of(course)[0]
    (question_id, (correct,)), = right_answers(lesson).items()

    def order(user) -> list[str]:
        client.force_login(user)
        questions = client.get(lesson.get_url()).context["questions"]
        return [option["id"] for option in questions[0]["options"]]

    learners = [UserFactory() for _ in range(6)]
    for learner in learners:
        services.enrolment_create(user=learner, page=course, language="en")
    orders = [order(learner) for learner in learners]
    assert order(learners[0]) == orders[0]  # stable across reloads
    assert len({tuple(o) for o in orders}) > 1  # differs between learners
    assert {o.index(correct) for o in orders} != {0}  # the right one is not always first
    # A new attempt, a new order (one new attempt may keep the order by chance: 1 in 120).
    later = []
    for _attempt in range(3):
        services.quiz_submit(user=learners[0], lesson=lesson, answers=wrong_answers(lesson), language="en")
        later.append(order(learners[0]))
    assert any(o != orders[0] for o in later)


@pytest.mark.django_db
def test_course_rules_hold_through_every_translation(client, catalogs, learner):
    """Attempt limit, pass mark and view restrictions are the course's, set on its original
    page: a translation that says otherwise changes nothing."""
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    from courses.models import CoursePage
    from tests.factories import translate_course

    course = make_course(catalogs["en"], lessons=1, max_attempts=1, pass_mark=100,
                         question_options=(("Right", True), ("Also right", True), ("Wrong", False)))
    spanish = translate_course(course, catalogs["es"].locale, "Presupuesto participativo")
    CoursePage.objects.filter(pk=spanish.pk).update(max_attempts=None, pass_mark=1)
    english_lesson = lessons_of(course)[0]
    spanish_lesson = lessons_of(spanish)[0]
    services.enrolment_create(user=learner, page=spanish, language="es")

    # Pass mark: half right is 0 % here (a question is right only when exactly right), and the
    # Spanish page's pass mark of 1 % does not apply.
    (question_id, right), = right_answers(spanish_lesson).items()
    attempt = services.quiz_submit(user=learner, lesson=spanish_lesson,
                                   answers={question_id: right[:1]}, language="es")
    assert not attempt.passed
    # Attempt limit: the English page's single attempt is used up, in Spanish too.
    client.force_login(learner)
    client.post(url_in("es", "courses:quiz_submit", spanish_lesson.translation_key),
                {f"q-{question_id}": right})
    assert QuizAttempt.objects.filter(enrolment__user=learner).count() == 1
    assert client.get(spanish_lesson.get_url()).context["attempts_left"] == 0

    # View restriction on the English original: no way in through the Spanish page.
    members = Group.objects.create(name="Members")
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(members)
    outsider = UserFactory()
    client.force_login(outsider)
    assert client.get(spanish.get_url()).status_code == 302
    assert client.get(spanish_lesson.get_url()).status_code == 302
    client.post(url_in("es", "courses:enrol", spanish.translation_key))
    assert not Enrolment.objects.filter(user=outsider).exists()
    assert english_lesson.translation_key == spanish_lesson.translation_key
    outsider.groups.add(members)
    client.post(url_in("es", "courses:enrol", spanish.translation_key))
    assert Enrolment.objects.filter(user=outsider).exists()


@pytest.mark.django_db
def test_double_click_on_check_my_answers_records_one_attempt(client, catalogs, learner):
    """The form carries the number of the attempt it was shown for; sending it twice (a
    double click, a resent request) records one attempt and shows its result again."""
    course = make_course(catalogs["en"], max_attempts=2)
    services.enrolment_create(user=learner, page=course, language="en")
    client.force_login(learner)
    lesson = lessons_of(course)[0]
    html = client.get(lesson.url).content.decode()
    assert 'name="attempt" value="1"' in html
    form = {f"q-{k}": v for k, v in wrong_answers(lesson).items()} | {"attempt": "1"}
    url = url_in("en", "courses:quiz_submit", lesson.translation_key)
    client.post(url, form)
    response = client.post(url, form, follow=True)
    assert QuizAttempt.objects.count() == 1
    assert "You scored 0%" in response.content.decode()
    assert "You have 1 attempt left." in response.content.decode()
    assert 'name="attempt" value="2"' in response.content.decode()
    # Other answers sent with an old form are refused, not recorded as another attempt.
    other = {f"q-{k}": v for k, v in right_answers(lesson).items()} | {"attempt": "1"}
    response = client.post(url, other, follow=True)
    assert "already submitted" in response.content.decode()
    assert QuizAttempt.objects.count() == 1
    # The next attempt is the learner's to use.
    client.post(url, other | {"attempt": "2"})
    assert list(QuizAttempt.objects.order_by("number").values_list("passed", flat=True)) == [False, True]
