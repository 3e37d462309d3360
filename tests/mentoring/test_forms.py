"""The workspace's date fields are filled in ISO, whatever the page's language."""

import datetime
import re

import pytest
from django.utils import translation

from mentoring.forms import GoalForm, MeetingForm, SessionForm
from mentoring.services import mentorship_accept, mentorship_request
from tests.factories import ProgramFactory, make_mentee, make_mentor, url_in


@pytest.mark.parametrize("language", ["en", "es", "zh-hans", "sk"])
def test_session_form_prefills_an_iso_date(language):
    with translation.override(language):
        html = str(SessionForm(initial={"held_on": datetime.date(2026, 11, 30)})["held_on"])
    assert 'value="2026-11-30"' in html


@pytest.mark.parametrize("language", ["es", "zh-hans", "sk"])
def test_goal_and_meeting_forms_read_and_show_iso(language):
    with translation.override(language):
        goal = GoalForm({"title": "Budget", "due_on": "2026-11-30"})
        assert goal.is_valid(), goal.errors
        assert goal.cleaned_data["due_on"] == datetime.date(2026, 11, 30)
        meeting = MeetingForm(initial={"when": datetime.datetime(2026, 11, 30, 9, 30)})
        assert 'value="2026-11-30T09:30"' in str(meeting["when"])


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["es", "zh-hans", "sk"])
def test_workspace_session_date_is_prefilled_in_iso(client, language):
    program = ProgramFactory()
    mentor = make_mentor(program, preferred_language=language)
    mentee = make_mentee(program, preferred_language=language)
    mentorship = mentorship_request(
        mentee=mentee.user, mentor_profile=mentor, program=program, message="Hola"
    )
    mentorship = mentorship_accept(mentor=mentor.user, mentorship=mentorship)
    client.force_login(mentor.user)
    html = client.get(url_in(language, "mentoring:workspace", mentorship.pk)).content.decode()
    assert re.search(r'type="date" name="held_on" value="\d{4}-\d{2}-\d{2}"', html)
