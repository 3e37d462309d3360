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
    assert data["courses"]["enrolments"][0]["certificate"]["code"]
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
    assert not Enrolment.objects.exists()
    # The certificate's code stays (its page says "no longer available"); no name is kept.
    assert list(Certificate.objects.values_list("learner_name", "enrolment")) == [("", None)]
    assert not Mentorship.objects.filter(mentee_id=learner_with_history.pk).exists()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_every_field_that_points_at_a_user_is_declared():
    """Add a model with a user link and this fails until its privacy.py says what happens to
    it on erasure; a declaration must also agree with the database's on_delete."""
    from django.apps import apps
    from django.conf import settings
    from django.db import models

    from lms import registry

    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    missing, wrong = [], []
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if not (field.concrete and field.is_relation and field.related_model is user_model):
                continue
            owner = field.model._meta.label  # inherited page fields are declared once
            declared = registry.user_data.get(owner, field.name)
            if declared is None:
                missing.append(f"{owner}.{field.name}")
                continue
            on_delete = getattr(field.remote_field, "on_delete", None)
            if declared[0] == "delete" and field.many_to_one and on_delete is not models.CASCADE:
                wrong.append(f"{owner}.{field.name}")
            if declared[0] == "anonymise" and on_delete is models.CASCADE:
                wrong.append(f"{owner}.{field.name}")
    assert missing == [] and wrong == []


@pytest.mark.django_db
def test_export_holds_everything_about_the_person(client, catalogs):
    from allauth.account.models import EmailAddress

    from mentoring.models import Feedback, Participation

    program = ProgramFactory(name_en="Red de mentoría")
    mentor = make_mentor(program, full_name="Lucía Fernández")
    mentee = make_mentee(program, full_name="Ana Pérez", region="latin_america")
    EmailAddress.objects.create(user=mentee.user, email="ana.alt@city.example.org")
    declined = Mentorship.objects.create(
        program=program, mentor=mentor.user, mentee=mentee.user, status="declined",
        decline_reason="Sin cupo este semestre",
    )
    ended = Mentorship.objects.create(
        program=program, mentor=mentor.user, mentee=mentee.user, status="ended",
        end_reason="Cambio de puesto",
    )
    Feedback.objects.create(mentorship=ended, author=mentor.user, rating=5, comment="Excelente")
    client.force_login(mentee.user)
    data = json.loads(client.get("/en/accounts/my-data.json").content)
    mentoring = data["mentoring"]
    assert {a["email"] for a in data["account"]["email_addresses"]} >= {"ana.alt@city.example.org"}
    assert data["account"]["country"] and "region" in data["account"]
    assert mentoring["mentee_profile"]["topics"] and mentoring["mentee_profile"]["region"] == "latin_america"
    assert [p["program"] for p in mentoring["program_participations"]] == ["Red de mentoría"]
    assert Participation.objects.filter(user=mentee.user).count() == 1
    by_status = {m["status"]: m for m in mentoring["mentorships"]}
    assert by_status["declined"]["decline_reason"] == "Sin cupo este semestre"
    assert by_status["ended"]["end_reason"] == "Cambio de puesto"
    assert by_status["ended"]["feedback_received"] == [{"rating": 5, "comment": "Excelente"}]
    assert declined.pk


@pytest.mark.django_db
def test_erasing_one_party_keeps_the_other_partys_records(client, catalogs):
    from wagtail.models import ModelLogEntry

    from lms.privacy import user_erase
    from mentoring import services as mentoring_services
    from mentoring.models import Feedback, Goal, MentoringSession

    program = ProgramFactory()
    mentor = make_mentor(program, full_name="Lucía Fernández")
    mentee = make_mentee(program, full_name="Ana Pérez")
    mentorship = Mentorship.objects.create(
        program=program, mentor=mentor.user, mentee=mentee.user, status="active",
        request_message="Quisiera mejorar mi presupuesto",
    )
    Goal.objects.create(mentorship=mentorship, title="Plan de caja", due_on="2099-01-01",
                        created_by=mentor.user)
    MentoringSession.objects.create(mentorship=mentorship, held_on="2026-11-01",
                                    duration_minutes=45, notes="Notas de Lucía",
                                    logged_by=mentor.user)
    Feedback.objects.create(mentorship=mentorship, author=mentee.user, rating=4, comment="Gracias")
    mentoring_services._record(mentorship, mentee.user, "requested", "mentoring.accept")
    erased_id = mentee.user.pk
    assert ModelLogEntry.objects.filter(user_id=erased_id).exists()

    user_erase(user=mentee.user)

    mentorship.refresh_from_db()
    assert mentorship.mentee_id is None and mentorship.request_message == ""
    assert mentorship.status == "ended"  # an open mentorship ends with the account
    assert mentorship.mentor_id == mentor.user.pk
    assert Goal.objects.filter(mentorship=mentorship, title="Plan de caja").exists()
    assert MentoringSession.objects.get(mentorship=mentorship).notes == "Notas de Lucía"
    feedback = Feedback.objects.get(mentorship=mentorship)
    assert (feedback.author_id, feedback.rating, feedback.comment) == (None, 4, "")
    assert not ModelLogEntry.objects.filter(user_id=erased_id).exists()
    assert ModelLogEntry.objects.filter(action="mentoring.accept", user=None).exists()
    # The mentor still opens the workspace; the other side reads as a former participant.
    client.force_login(mentor.user)
    page = client.get(f"/en/mentoring/m/{mentorship.pk}/").content.decode()
    assert "Former participant" in page and "Ana Pérez" not in page
    assert "Notas de Lucía" in page


@pytest.mark.django_db
def test_an_erased_learners_certificate_is_no_longer_available(client, learner_with_history):
    from lms.privacy import user_erase

    code = Certificate.objects.get().code
    assert "Zuzana" in client.get(f"/en/certificates/{code}/").content.decode()
    user_erase(user=learner_with_history)
    response = client.get(f"/en/certificates/{code}/")
    assert response.status_code == 410
    assert "no longer available" in response.content.decode()
    assert "Zuzana" not in response.content.decode()
