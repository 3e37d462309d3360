"""Mentoring emails name the recipient's time zone by its city, in the recipient's language."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from mentoring import services
from tests.factories import ProgramFactory, make_mentee, make_mentor


@pytest.mark.django_db
def test_meeting_email_names_the_time_zone_by_its_city(django_capture_on_commit_callbacks):
    program = ProgramFactory()
    mentor = make_mentor(program, preferred_language="sk", time_zone="Europe/Bratislava")
    mentee = make_mentee(program, preferred_language="es", time_zone="America/Mexico_City")
    mentorship = services.mentorship_request(
        mentee=mentee.user, mentor_profile=mentor, program=program, message="Hola"
    )
    mentorship = services.mentorship_accept(mentor=mentor.user, mentorship=mentorship)
    when = timezone.now() + datetime.timedelta(days=3)
    with django_capture_on_commit_callbacks(execute=True):
        services.meeting_schedule(user=mentor.user, mentorship=mentorship, when=when,
                                  details="Video")
    message = mail.outbox[-1]
    assert message.to == [mentee.user.email]
    assert "(Ciudad de México)" in message.body
    assert "America/Mexico_City" not in message.body
