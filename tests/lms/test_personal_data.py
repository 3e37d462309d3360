"""Personal data: exported on request (only one's own), erased on request."""

import json

import pytest

from courses import services
from courses.models import Certificate, Enrolment
from lms.models import User
from mentoring.models import Mentorship
from tests.factories import (
    TEST_PASSWORD,
    ProgramFactory,
    UserFactory,
    lessons_of,
    make_course,
    make_mentee,
    make_mentor,
    right_answers,
)


@pytest.fixture
def learner_with_history(catalogs):
    learner = UserFactory(full_name="Zuzana Horváthová", municipality="Košice")
    course = make_course(catalogs["en"], title="Ethics and transparency", lessons=1)
    services.enrolment_create(user=learner, page=course, language="en")
    lesson = lessons_of(course)[0]
    services.lesson_complete(user=learner, lesson=lesson, language="en")
    services.quiz_submit(user=learner, lesson=lesson, answers=right_answers(lesson), language="en")
    program = ProgramFactory()
    mentor = make_mentor(program, full_name="Lucía Fernández")
    mentee_profile = make_mentee(program)
    Mentorship.objects.create(program=program, mentor=mentor.user, mentee=learner,
                              request_message="Hola", status="active")
    mentee_profile.user.delete()
    return learner


@pytest.mark.django_db
def test_download_contains_own_data_only(client, learner_with_history):
    other = UserFactory(full_name="Someone Else", municipality="Prešov")
    client.force_login(learner_with_history)
    response = client.get("/en/accounts/my-data.json")
    assert response["Content-Type"].startswith("application/json")
    data = json.loads(response.content)
    assert data["account"]["municipality"] == "Košice"
    assert data["courses"]["enrolments"][0]["course"] == "Ethics and transparency"
    assert data["courses"]["enrolments"][0]["certificate_code"]
    assert data["courses"]["quiz_attempts"][0]["passed"] is True
    assert data["mentoring"]["mentorships"][0]["with"] == "Lucía Fernández"
    assert "Prešov" not in response.content.decode() and other.email not in response.content.decode()


@pytest.mark.django_db
def test_personal_data_pages_need_login(client, home_pages):
    assert client.get("/en/accounts/my-data.json").status_code == 302
    assert client.get("/en/accounts/my-data/").status_code == 302


@pytest.mark.django_db
def test_delete_requires_the_password_then_erases_everything(client, learner_with_history):
    client.force_login(learner_with_history)
    response = client.post("/sk/accounts/my-data/", {"password": "wrong"})
    assert response.status_code == 200
    assert "Heslo nie je správne" in response.content.decode()
    assert User.objects.filter(pk=learner_with_history.pk).exists()
    response = client.post("/en/accounts/my-data/", {"password": TEST_PASSWORD})
    assert response.status_code == 302
    assert not User.objects.filter(pk=learner_with_history.pk).exists()
    assert not Enrolment.objects.exists() and not Certificate.objects.exists()
    assert not Mentorship.objects.filter(mentee_id=learner_with_history.pk).exists()
    assert "_auth_user_id" not in client.session
