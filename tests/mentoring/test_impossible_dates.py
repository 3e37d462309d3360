"""A date PostgreSQL keeps and Python cannot hold (year 10000, a date BC), stored before the
forms bounded dates: every door to the mentorship shows it as invalid and nothing answers 500."""

import pytest
from django.db import connection

from lms.models import User
from mentoring import services
from mentoring.models import Goal, MentoringSession, Mentorship
from tests.factories import TEST_PASSWORD, ProgramFactory, UserFactory, make_mentee, make_mentor

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def broken():
    program = ProgramFactory()
    mentor = make_mentor(program)
    mentee = make_mentee(program)
    request = services.mentorship_request(
        mentee=mentee.user, mentor_profile=mentor, program=program, message="Hola"
    )
    mentorship = services.mentorship_accept(mentorship=request, mentor=mentor.user)
    goal = Goal.objects.create(mentorship=mentorship, title="Budget", created_by=mentor.user)
    session = MentoringSession.objects.create(
        mentorship=mentorship, held_on="2026-01-10", duration_minutes=30, logged_by=mentor.user
    )
    with connection.cursor() as cursor:
        # What a mentor in UTC−11 saved by typing 9999-12-31T23:59 before dates were bounded.
        cursor.execute(
            "UPDATE mentoring_mentorship SET next_meeting_at = '10000-01-01 10:59+00' WHERE id = %s",
            [mentorship.pk],
        )
        cursor.execute("UPDATE mentoring_goal SET due_on = '10000-12-31' WHERE id = %s", [goal.pk])
        cursor.execute(
            "UPDATE mentoring_mentoringsession SET held_on = '0001-01-01 BC' WHERE id = %s",
            [session.pk],
        )
    return mentorship


def test_every_door_shows_an_impossible_date_as_invalid(client, broken):
    mentorship = Mentorship.objects.get(pk=broken.pk)
    assert mentorship.next_meeting_at.year == 9999
    for person in (broken.mentor, broken.mentee):
        client.force_login(person)
        html = client.get(f"/en/mentoring/m/{broken.pk}/").content.decode()
        assert html.count("Invalid date") == 3
        assert client.get(f"/en/mentoring/m/{broken.pk}/meeting.ics").status_code == 404
        assert client.get("/en/mentoring/").status_code == 200
        assert client.get("/en/accounts/my-data/").status_code == 200
        assert client.get("/en/accounts/my-data.json").status_code == 200
    client.force_login(broken.mentor)
    dashboard = client.get("/en/mentoring/dashboard/")
    assert dashboard.status_code == 200 and "Invalid date" in dashboard.content.decode()
    # The admin: list, inspect, edit (mentorships change through actions: it shows the
    # inspect page) and delete confirmation.
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    for url in (
        "/admin/mentoring_mentorships/",
        f"/admin/mentoring_mentorships/inspect/{broken.pk}/",
        f"/admin/mentoring_mentorships/edit/{broken.pk}/",
        f"/admin/mentoring_mentorships/delete/{broken.pk}/",
    ):
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
    # The mentee deletes their account: the mentorship goes with it.
    client.force_login(broken.mentee)
    assert client.post("/en/accounts/my-data/", {"password": TEST_PASSWORD}).status_code == 302
    assert not User.objects.filter(pk=broken.mentee_id).exists()
