"""Mentorship lifecycle, workspace and the permission matrix, from the attacker's side."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from courses import services as course_services
from lms.actions import ActionRefused
from mentoring import services
from mentoring.models import (
    Feedback,
    Goal,
    MentoringSession,
    Mentorship,
    MentorshipEvent,
)
from tests.factories import (
    ProgramFactory,
    UserFactory,
    lessons_of,
    make_course,
    make_mentee,
    make_mentor,
)


@pytest.fixture
def program(db):
    return ProgramFactory(region="latin_america")


@pytest.fixture
def pair(program):
    mentor = make_mentor(program, full_name="Lucía Fernández", preferred_language="es")
    mentee = make_mentee(program, full_name="Zuzana Horváthová", preferred_language="sk")
    return mentor, mentee


def _request(client, program, mentor, mentee, message="¿Podemos trabajar juntas?"):
    client.force_login(mentee.user)
    return client.post(
        f"/en/mentoring/programs/{program.pk}/mentors/{mentor.user_id}/", {"message": message}
    )


@pytest.mark.django_db
def test_mentee_requests_and_mentor_accepts(client, program, pair,
                                            django_capture_on_commit_callbacks):
    mentor, mentee = pair
    with django_capture_on_commit_callbacks(execute=True):
        response = _request(client, program, mentor, mentee)
    assert response.status_code == 302
    mentorship = Mentorship.objects.get()
    assert mentorship.status == "requested"
    # The mentor is told in Spanish.
    assert mail.outbox[-1].to == [mentor.user.email]
    assert "Nueva solicitud de mentoría" in mail.outbox[-1].subject

    client.force_login(mentor.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/es/mentoring/m/{mentorship.pk}/accept/")
    mentorship.refresh_from_db()
    assert mentorship.status == "active"
    # The mentee is told in Slovak.
    assert mail.outbox[-1].to == [mentee.user.email]
    assert "mentorkou" in mail.outbox[-1].subject or "mentorom" in mail.outbox[-1].subject
    events = list(MentorshipEvent.objects.values_list("to_status", "actor_id"))
    assert events == [("requested", mentee.user_id), ("active", mentor.user_id)]


@pytest.mark.django_db
def test_second_request_is_refused(client, program, pair):
    mentor, mentee = pair
    _request(client, program, mentor, mentee)
    response = _request(client, program, mentor, mentee)
    assert Mentorship.objects.count() == 1
    other = make_mentor(program)
    response = _request(client, program, other, mentee)
    assert Mentorship.objects.count() == 1
    assert response.status_code == 200


@pytest.mark.django_db
def test_request_to_full_or_closed_mentor_is_refused(program):
    mentee = make_mentee(program)
    closed = make_mentor(program, accepting=False)
    with pytest.raises(ActionRefused, match="not accepting"):
        services.mentorship_request(mentee=mentee.user, mentor_profile=closed, program=program,
                                    message="Hola")
    full = make_mentor(program, capacity=1)
    Mentorship.objects.create(program=ProgramFactory(), mentor=full.user,
                              mentee=make_mentee().user, status="active")
    with pytest.raises(ActionRefused, match="no room"):
        services.mentorship_request(mentee=mentee.user, mentor_profile=full, program=program,
                                    message="Hola")
    foreign = make_mentor(program, languages=("zh",))
    with pytest.raises(ActionRefused, match="share a language"):
        services.mentorship_request(mentee=mentee.user, mentor_profile=foreign, program=program,
                                    message="Hola")
    assert Mentorship.objects.filter(program=program).count() == 0


@pytest.mark.django_db
def test_decline_with_reason_then_rematch(program, pair):
    mentor, mentee = pair
    first = services.mentorship_request(mentee=mentee.user, mentor_profile=mentor,
                                        program=program, message="Hola")
    services.mentorship_decline(mentor=mentor.user, mentorship=first, reason="Sin tiempo")
    first.refresh_from_db()
    assert (first.status, first.decline_reason) == ("declined", "Sin tiempo")
    other = make_mentor(program)
    second = services.mentorship_request(mentee=mentee.user, mentor_profile=other,
                                         program=program, message="Hola")
    assert second.status == "requested"


@pytest.mark.django_db
def test_requests_expire_after_14_days(program, pair, django_capture_on_commit_callbacks):
    mentor, mentee = pair
    request = services.mentorship_request(mentee=mentee.user, mentor_profile=mentor,
                                          program=program, message="Hola")
    Mentorship.objects.filter(pk=request.pk).update(
        requested_at=timezone.now() - datetime.timedelta(days=15)
    )
    request.refresh_from_db()
    with pytest.raises(ActionRefused, match="expired"):
        services.mentorship_accept(mentor=mentor.user, mentorship=request)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.mentorship_expire_stale() == 1
    request.refresh_from_db()
    assert request.status == "expired"
    assert "platnosť" in mail.outbox[-1].subject.lower()  # Slovak, the mentee's language
    assert services.mentorship_expire_stale() == 0


@pytest.mark.django_db
def test_mentor_dashboard_writes_nothing_and_hides_stale_requests(
    client, program, pair, django_capture_on_commit_callbacks
):
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    mentor, mentee = pair
    request = services.mentorship_request(mentee=mentee.user, mentor_profile=mentor,
                                          program=program, message="Hola")
    Mentorship.objects.filter(pk=request.pk).update(
        requested_at=timezone.now() - datetime.timedelta(days=15)
    )
    client.force_login(mentor.user)
    outbox = len(mail.outbox)
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/en/mentoring/dashboard/")
    assert response.status_code == 200
    writes = [q["sql"] for q in captured.captured_queries
              if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
              and "citypeers_cache" not in q["sql"]]  # filling the shared cache is no write
    assert writes == []
    assert len(mail.outbox) == outbox
    assert response.context["requests"] == []  # too old to answer: not shown as waiting
    request.refresh_from_db()
    assert request.status == "requested"
    # The scheduled task (daily, from cron) expires it and tells the mentee.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("expire_mentorship_requests")
    request.refresh_from_db()
    assert request.status == "expired"
    assert len(mail.outbox) == outbox + 1


@pytest.fixture
def active(program, pair):
    mentor, mentee = pair
    mentorship = services.mentorship_request(mentee=mentee.user, mentor_profile=mentor,
                                             program=program, message="Hola")
    return services.mentorship_accept(mentor=mentor.user, mentorship=mentorship)


@pytest.mark.django_db
def test_workspace_goals_sessions_meeting_and_ics(client, active):
    client.force_login(active.mentee)
    client.post(f"/en/mentoring/m/{active.pk}/goals/",
                {"title": "Publish the budget online",
                 "due_on": (timezone.localdate() + datetime.timedelta(days=30)).isoformat()})
    client.force_login(active.mentor)
    client.post(f"/en/mentoring/m/{active.pk}/sessions/",
                {"held_on": timezone.localdate().isoformat(), "duration_minutes": 45,
                 "notes": "Revisamos el calendario", "next_steps": "Borrador"})
    when = (timezone.localtime() + datetime.timedelta(days=7)).strftime("%Y-%m-%dT%H:%M")
    client.post(f"/en/mentoring/m/{active.pk}/meeting/", {"when": when, "details": "Video, link"})
    assert Goal.objects.get().title == "Publish the budget online"
    assert MentoringSession.objects.get().duration_minutes == 45
    ics = client.get(f"/en/mentoring/m/{active.pk}/meeting.ics")
    body = ics.content.decode()
    assert ics["Content-Type"].startswith("text/calendar")
    assert "BEGIN:VEVENT" in body and "LOCATION:Video\\, link" in body
    html = client.get(f"/en/mentoring/m/{active.pk}/").content.decode()
    assert "Publish the budget online" in html and "Revisamos el calendario" in html


@pytest.mark.django_db
def test_bad_workspace_input_gets_a_message_and_saves_nothing(client, active):
    client.force_login(active.mentor)
    response = client.post(f"/en/mentoring/m/{active.pk}/sessions/",
                           {"held_on": "2099-01-01", "duration_minutes": 45}, follow=True)
    assert "after it took place" in response.content.decode()
    response = client.post(f"/en/mentoring/m/{active.pk}/goals/", {"title": ""}, follow=True)
    assert "This field is required." in response.content.decode()
    past = "2000-01-01T10:00"
    response = client.post(f"/en/mentoring/m/{active.pk}/meeting/", {"when": past}, follow=True)
    assert "future" in response.content.decode()
    assert not Goal.objects.exists() and not MentoringSession.objects.exists()


@pytest.mark.django_db
def test_dates_are_bounded_on_every_workspace_form(client, active):
    """A far-future meeting typed in UTC−11 (year 10000 in UTC), a session in year 1 or before
    the mentorship began, goals due in year 9999 or after the program: each gets a message in
    the page and nothing is saved."""
    active.mentor.time_zone = "Pacific/Pago_Pago"
    active.mentor.save()
    client.force_login(active.mentor)
    url = f"/en/mentoring/m/{active.pk}/"

    def refused(path, data, message):
        response = client.post(url + path, data, follow=True)
        assert response.status_code == 200
        assert message in response.content.decode(), (path, data)

    refused("meeting/", {"when": "9999-12-31T23:59"}, "Enter a date between 1990-01-01 and 2100-12-31.")
    far = (timezone.localtime() + datetime.timedelta(days=3 * 365)).strftime("%Y-%m-%dT%H:%M")
    refused("meeting/", {"when": far}, "within the next two years")
    refused("sessions/", {"held_on": "0001-01-01", "duration_minutes": 30}, "Enter a date between")
    before = (active.responded_at - datetime.timedelta(days=3)).date().isoformat()
    refused("sessions/", {"held_on": before, "duration_minutes": 30}, "before the mentorship began")
    refused("goals/", {"title": "Budget", "due_on": "9999-12-31"}, "Enter a date between")
    after = (active.program.ends_on + datetime.timedelta(days=1)).isoformat()
    refused("goals/", {"title": "Budget", "due_on": after}, "within the program")
    active.refresh_from_db()
    assert active.next_meeting_at is None
    assert not Goal.objects.exists() and not MentoringSession.objects.exists()
    assert client.get(url).status_code == 200
    assert client.get(url + "meeting.ics").status_code == 404


@pytest.mark.django_db
def test_close_with_feedback_then_no_more_goals(client, active, django_capture_on_commit_callbacks):
    client.force_login(active.mentee)
    response = client.post(f"/en/mentoring/m/{active.pk}/close/",
                           {"outcome": "ended", "reason": "", "rating": 4}, follow=True)
    assert "Please say why" in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/mentoring/m/{active.pk}/close/",
                    {"outcome": "completed", "rating": 5, "comment": "Excelente"})
    active.refresh_from_db()
    assert active.status == "completed"
    assert len([m for m in mail.outbox if "ended" in m.subject or "terminó" in m.subject
                or "skončil" in m.subject]) == 2
    response = client.post(f"/en/mentoring/m/{active.pk}/goals/", {"title": "Late goal"},
                           follow=True)
    assert "not active" in response.content.decode()
    assert not Goal.objects.exists()
    client.force_login(active.mentor)
    client.post(f"/en/mentoring/m/{active.pk}/feedback/", {"rating": 4, "comment": "Bien"})
    client.post(f"/en/mentoring/m/{active.pk}/feedback/", {"rating": 1})
    assert Feedback.objects.count() == 2


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["anonymous", "other_mentee", "other_mentor", "other_coordinator"])
def test_outsiders_cannot_see_or_act_on_a_mentorship(client, program, active, who):
    if who == "anonymous":
        response = client.get(f"/en/mentoring/m/{active.pk}/")
        assert response.status_code == 302
    else:
        if who == "other_mentee":
            outsider = make_mentee(program).user
        elif who == "other_mentor":
            outsider = make_mentor(program).user
        else:
            other_program = ProgramFactory(region="europe")
            outsider = UserFactory(region="europe", is_staff=True)
            other_program.coordinators.add(outsider)
        client.force_login(outsider)
        assert client.get(f"/en/mentoring/m/{active.pk}/").status_code == 404
    for action, data in [("goals/", {"title": "x"}), ("accept/", {}),
                         ("close/", {"outcome": "completed", "rating": 1}),
                         ("sessions/", {"held_on": "2020-01-01", "duration_minutes": 30})]:
        response = client.post(f"/en/mentoring/m/{active.pk}/{action}", data)
        assert response.status_code in (302, 404)
    assert client.get(f"/en/mentoring/m/{active.pk}/meeting.ics").status_code in (302, 404)
    active.refresh_from_db()
    assert active.status == "active"
    assert not Goal.objects.exists() and not MentoringSession.objects.exists()


@pytest.mark.django_db
def test_program_coordinator_can_read_the_workspace(client, program, active):
    coordinator = UserFactory(region="latin_america", is_staff=True)
    program.coordinators.add(coordinator)
    client.force_login(coordinator)
    assert client.get(f"/en/mentoring/m/{active.pk}/").status_code == 200
    response = client.post(f"/en/mentoring/m/{active.pk}/goals/", {"title": "Not mine"},
                           follow=True)
    assert "not part of this mentorship" in response.content.decode()


@pytest.mark.django_db
def test_only_the_requested_mentor_can_answer(program, pair):
    mentor, mentee = pair
    request = services.mentorship_request(mentee=mentee.user, mentor_profile=mentor,
                                          program=program, message="Hola")
    impostor = make_mentor(program)
    with pytest.raises(ActionRefused):
        services.mentorship_accept(mentor=impostor.user, mentorship=request)
    with pytest.raises(ActionRefused):
        services.mentorship_accept(mentor=mentee.user, mentorship=request)


@pytest.mark.django_db
def test_course_progress_is_shared_only_with_consent(client, catalogs, program, active):
    course = make_course(catalogs["en"], title="Municipal finance", lessons=2, questions_on=())
    course_services.enrolment_create(user=active.mentee, page=course, language="en")
    course_services.lesson_complete(user=active.mentee, lesson=lessons_of(course)[0],
                                    language="en")
    client.force_login(active.mentor)
    html = client.get(f"/en/mentoring/m/{active.pk}/").content.decode()
    assert "Municipal finance" not in html
    assert "has not chosen to share" in html
    active.mentee.mentee_profile.share_course_progress = True
    active.mentee.mentee_profile.save()
    html = client.get(f"/en/mentoring/m/{active.pk}/").content.decode()
    assert "Municipal finance" in html and "50%" in html


@pytest.mark.django_db
def test_mentor_dashboard_flags_attention_with_constant_queries(
    client, catalogs, program, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    mentor = make_mentor(program, capacity=20)

    def add_mentee(stale: bool):
        mentee = make_mentee(program, share=True)
        mentorship = Mentorship.objects.create(
            program=ProgramFactory(), mentor=mentor.user, mentee=mentee.user, status="active",
            responded_at=timezone.now() - datetime.timedelta(days=60),
        )
        held = timezone.localdate() - datetime.timedelta(days=45 if stale else 3)
        MentoringSession.objects.create(mentorship=mentorship, held_on=held, duration_minutes=30)
        Goal.objects.create(mentorship=mentorship, title="Goal", due_on=held)
        course = make_course(catalogs["en"], lessons=1, questions_on=())
        course_services.enrolment_create(user=mentee.user, page=course, language="en")
        return mentorship

    stale = add_mentee(stale=True)
    client.force_login(mentor.user)
    with CaptureQueriesContext(connection) as small:
        response = client.get("/en/mentoring/dashboard/")
    rows = {row.mentorship.pk: row for row in response.context["active"]}
    assert rows[stale.pk].needs_attention
    assert "Needs attention" in response.content.decode()
    for _ in range(4):
        add_mentee(stale=False)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get("/en/mentoring/dashboard/")
    assert len(response.context["active"]) == 5


@pytest.mark.django_db
def test_workspace_query_count_does_not_grow(client, active, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(active.mentor)
    with CaptureQueriesContext(connection) as small:
        client.get(f"/en/mentoring/m/{active.pk}/")
    for n in range(10):
        Goal.objects.create(mentorship=active, title=f"Goal {n}", created_by=active.mentee)
        MentoringSession.objects.create(mentorship=active, held_on=timezone.localdate(),
                                        duration_minutes=30, logged_by=active.mentor)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get(f"/en/mentoring/m/{active.pk}/")
    assert "Goal 9" in response.content.decode()
