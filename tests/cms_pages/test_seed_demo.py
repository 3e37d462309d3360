import pytest
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from wagtail.models import Page, Site

from cms_pages.models import HomePage
from courses.models import Certificate, Course, CoursePage, Enrolment, LessonPage
from lms.models import User
from mentoring.models import Goal, MentoringProgram, MentorProfile, Mentorship
from mentoring.selectors import unmatched_mentee_profiles


def _snapshot():
    return (
        User.objects.count(),
        Page.objects.count(),
        sorted(Page.objects.values_list("id", "title", "latest_revision_id")),
    )


@pytest.mark.django_db
def test_seed_demo_twice_is_harmless(client):
    call_command("seed_demo")
    first = _snapshot()
    call_command("seed_demo")
    assert _snapshot() == first

    assert HomePage.objects.count() == 4
    assert not mail.outbox  # demo activity emails nobody

    # Courses: four in all languages, one only in Slovak, one only in Spanish.
    assert Course.objects.count() == 6
    languages = sorted(
        len(set(CoursePage.objects.filter(translation_key=c.translation_key)
                .values_list("locale__language_code", flat=True)))
        for c in Course.objects.all()
    )
    assert languages == [1, 1, 4, 4, 4, 4]
    for course in CoursePage.objects.all():
        lessons = LessonPage.objects.child_of(course)
        assert lessons.count() >= 4
        assert any(lesson.question_count for lesson in lessons)
    learner = User.objects.get(email="learner@example.org")
    enrolments = Enrolment.objects.filter(user=learner)
    assert enrolments.count() == 2
    assert enrolments.filter(completed_at__isnull=False).count() == 1
    certificate = Certificate.objects.get(enrolment__user=learner)
    assert client.get(f"/sk/certificates/{certificate.code}/").status_code == 200

    # Mentoring: a program per office, a dozen mentors, the demo mentor's workspace.
    assert set(MentoringProgram.objects.values_list("region", flat=True)) == {
        "global", "east_asia", "europe", "latin_america", "south_asia",
    }
    assert MentorProfile.objects.count() >= 12
    mentor = User.objects.get(email="mentor@example.org")
    statuses = sorted(Mentorship.objects.filter(mentor=mentor).values_list("status", flat=True))
    assert statuses.count("active") >= 2 and statuses.count("requested") == 1
    assert Goal.objects.filter(mentorship__mentor=mentor).exists()
    assert Mentorship.objects.filter(mentor=mentor, next_meeting_at__isnull=False).exists()
    coordinator = User.objects.get(email="coordinator@example.org")
    program = MentoringProgram.objects.get(coordinators=coordinator)
    assert program.matching_mode == "coordinator"
    assert len(unmatched_mentee_profiles(program=program)) >= 4
    client.force_login(mentor)
    assert "Needs attention" in client.get("/en/mentoring/dashboard/").content.decode()
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific.locale.language_code == "en"
    for email in ["admin@example.org", "learner@example.org", "mentor@example.org",
                  "coordinator@example.org", "editor-es@example.org",
                  "editor-zh@example.org", "editor-sk@example.org"]:
        assert User.objects.get(email=email).check_password("citypeers-demo")
    assert User.objects.get(email="admin@example.org").is_superuser
    for path, text in [("/en/about/", "About CityPeers"), ("/es/acerca-de/", "Acerca de"),
                       ("/zh-hans/guanyu/", "关于"), ("/sk/o-nas/", "O platforme")]:
        response = client.get(path)
        assert response.status_code == 200
        assert text in response.content.decode()


@pytest.mark.django_db
@override_settings(DEMO_SEEDING_ALLOWED=False)
def test_seed_demo_is_refused_under_production_settings():
    with pytest.raises(CommandError):
        call_command("seed_demo")
    assert not User.objects.filter(email="admin@example.org").exists()
