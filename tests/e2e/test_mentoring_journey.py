"""Mentoring in each language: a mentee asks a suggested mentor, who accepts, adds a goal and
marks it done, logs a session and plans the next meeting; the mentee sees it all."""

import datetime
import re

import pytest
from django.utils import formats, timezone, translation
from playwright.sync_api import expect

from lms.models import User
from mentoring.models import MentoringProgram, Mentorship

from .helpers import LANGUAGES, expect_message, sign_in, text_of
from .helpers import tr as _tr

pytestmark = pytest.mark.e2e

MENTEE = "peter.balaz@mentees.example.org"


def _request_a_mentor(page, language: str) -> tuple[User, Mentorship]:
    User.objects.filter(email=MENTEE).update(preferred_language=language)
    program = MentoringProgram.objects.get(region="europe")
    sign_in(page, MENTEE, language, next_url=f"/{language}/mentoring/")
    page.locator(f"main a[href$='/mentoring/programs/{program.pk}/mentors/']").click()
    first = page.locator(".cards .card h2 a").first
    name = first.inner_text().strip()
    first.click()
    page.wait_for_url(re.compile(r"/mentors/\d+/$"))
    mentor = User.objects.get(pk=int(re.search(r"/mentors/(\d+)/$", page.url).group(1)))
    assert mentor.full_name == name
    page.fill("main textarea[name=message]", "Dobrý deň, rád by som sa naučil viacročný rozpočet.")
    page.locator("main form button[type=submit]").click()
    expect_message(page, _tr(language, "Your request has been sent to %(name)s.", name=name))
    return mentor, Mentorship.objects.get(mentee__email=MENTEE, mentor=mentor, status="requested")


@pytest.mark.parametrize("language", LANGUAGES)
def test_mentoring_journey(new_page, language):
    mentee = new_page()
    mentor, mentorship = _request_a_mentor(mentee, language)

    # The mentor accepts from the dashboard.
    mentor.preferred_language = language
    mentor.save(update_fields=["preferred_language"])
    page = new_page()
    sign_in(page, mentor.email, language, next_url=f"/{language}/mentoring/dashboard/")
    page.locator(f"main a[href$='/mentoring/m/{mentorship.pk}/']").click()
    page.locator("form[action$='/accept/'] button").click()
    expect_message(page, _tr(language, "You accepted the request. Welcome your new mentee!"))

    # A goal, added and marked as done.
    due = timezone.localdate() + datetime.timedelta(days=30)
    goals = page.locator("#goals")
    goals.locator("summary").click()
    goals.locator("input[name=title]").fill("Draft the three-year budget")
    goals.locator("input[name=due_on]").fill(due.isoformat())
    goals.locator("details form button[type=submit]").click()
    expect_message(page, _tr(language, "Goal added."))
    goals.locator("li", has_text="Draft the three-year budget").locator("form button").click()
    expect_message(page, _tr(language, "Goal updated."))
    expect(goals.locator("li.done", has_text="Draft the three-year budget")).to_have_count(1)

    # A session, on the date the form suggests (today).
    sessions = page.locator("#sessions")
    sessions.locator("summary").click()
    sessions.locator("input[name=duration_minutes]").fill("45")
    sessions.locator("textarea[name=notes]").fill("We went through the budget calendar.")
    sessions.locator("details form button[type=submit]").click()
    expect_message(page, _tr(language, "Session logged."))
    expect(page.locator("#sessions")).to_contain_text("We went through the budget calendar.")

    # The next meeting, in the mentor's time zone.
    meeting = page.locator("#meeting")
    meeting.locator("summary").click()
    meeting.locator("input[name=when]").fill("2027-01-15T10:00")
    meeting.locator("input[name=details]").fill("Video call")
    meeting.locator("details form button[type=submit]").click()
    expect_message(page, _tr(language, "Next meeting saved. We will email the other person about it."))
    mentorship.refresh_from_db()
    with timezone.override(mentor.time_zone), translation.override(language):
        local = timezone.localtime(mentorship.next_meeting_at)
        assert (local.date(), local.hour, local.minute) == (datetime.date(2027, 1, 15), 10, 0)
        shown = formats.date_format(local, "DATETIME_FORMAT")
    expect(page.locator("#meeting")).to_contain_text(shown)
    if language == "sk":  # a date with a day takes the genitive month (GLOSSARY.md)
        assert "15. januára 2027" in shown

    # The mentee sees the goal, the session and the meeting.
    mentee.goto(f"/{language}/mentoring/m/{mentorship.pk}/")
    workspace = text_of(mentee)
    assert "Draft the three-year budget" in workspace
    assert "We went through the budget calendar." in workspace
    assert "Video call" in workspace
    assert mentorship.status == "active"


@pytest.mark.parametrize("language", ["es", "zh-hans", "sk"])
def test_session_date_is_suggested_in_iso_form(new_page, language):
    """The session form's date is today, in the form <input type="date"> reads (ISO), in every
    language; a local format ("30.11.2026") leaves the field empty."""
    mentor = User.objects.get(email="mentor@example.org")
    active = Mentorship.objects.filter(mentor=mentor, status="active").first()
    page = new_page()
    sign_in(page, mentor.email, language, next_url=f"/{language}/mentoring/m/{active.pk}/")
    page.locator("#sessions summary").click()
    with timezone.override(mentor.time_zone):
        today = timezone.localdate().isoformat()
    assert page.locator("#sessions input[name=held_on]").input_value() == today


def test_declined_mentee_sees_the_reason(new_page):
    mentee = new_page()
    mentor, mentorship = _request_a_mentor(mentee, "es")
    User.objects.filter(pk=mentor.pk).update(preferred_language="es")
    page = new_page()
    sign_in(page, mentor.email, "es", next_url=f"/es/mentoring/m/{mentorship.pk}/")
    page.locator("form[action$='/decline/'] textarea[name=reason]").fill("Sin cupo este semestre.")
    page.locator("form[action$='/decline/'] button").click()
    expect_message(page, _tr("es", "You declined the request."))
    mentee.goto(f"/es/mentoring/m/{mentorship.pk}/")
    assert "Sin cupo este semestre." in text_of(mentee)
    mentee.goto("/es/mentoring/")
    assert "Sin cupo este semestre." in text_of(mentee)
