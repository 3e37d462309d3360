"""One realistic data set for the fuzz suite: every role with something to act on.

``build_world()`` runs in ``setUpTestData`` (once per test class, rolled back after it):
home pages in the four locales, a course catalog with a course whose lessons carry a
knowledge check, a news/events/resources section, a mentoring program with an active
mentorship (goal, session, next meeting), a partnership between two cities with focal
points, a survey and a self-assessment, and one user per role.
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone

from tests.factories import (
    MunicipalityFactory,
    ProgramFactory,
    UserFactory,
    make_catalogs,
    make_coordinator,
    make_course,
    make_editor,
    make_mentee,
    make_mentor,
    make_official,
    make_partnership,
    make_questionnaire,
    topic,
)

ANONYMOUS = "anonymous"
LEARNER = "learner"
MENTOR = "mentor"
MENTEE = "mentee"
COORDINATOR = "coordinator"
EDITOR = "editor"
OFFICIAL = "official"
SUPERUSER = "superuser"
ROLES = (ANONYMOUS, LEARNER, MENTOR, MENTEE, COORDINATOR, EDITOR, OFFICIAL, SUPERUSER)


@dataclass
class World:
    users: dict = field(default_factory=dict)  # role -> User (no entry for anonymous)
    start_urls: dict = field(default_factory=dict)  # role -> [url, ...] where crawling starts
    objects: dict = field(default_factory=dict)


def _public_pages(home) -> list:
    """A news, events and resources section with one item each, and a regional office."""
    from cms_pages.models import (
        EventIndexPage,
        EventPage,
        NewsIndexPage,
        NewsPage,
        RegionalOfficePage,
        ResourceIndexPage,
        ResourcePage,
        StandardPage,
    )

    today = timezone.localdate()
    body = json.dumps([{"type": "paragraph", "value": "<p>Text</p>"}])
    news = home.add_child(instance=NewsIndexPage(title="News", slug="news"))
    news.add_child(
        instance=NewsPage(
            title="Košice budgets together", slug="kosice", summary="Budgets", region="europe",
            body=body, date=today,
        )
    )
    events = home.add_child(instance=EventIndexPage(title="Events", slug="events"))
    events.add_child(
        instance=EventPage(
            title="Peer exchange", slug="peer-exchange", kind="webinar", region="europe",
            summary="Exchange", start_date=today + datetime.timedelta(days=5),
            start_time=datetime.time(10), end_date=today + datetime.timedelta(days=5),
            end_time=datetime.time(12), time_zone="Europe/Bratislava",
        )
    )
    resources = home.add_child(instance=ResourceIndexPage(title="Resources", slug="resources"))
    resources.add_child(
        instance=ResourcePage(
            title="Budget toolkit", slug="budget-toolkit", resource_type="toolkit",
            region="europe", summary="A toolkit",
        )
    )
    home.add_child(
        instance=RegionalOfficePage(
            title="Bratislava office", slug="bratislava", region="europe", city="Bratislava",
            country="SK", office_languages="Slovak, English",
        )
    )
    home.add_child(instance=StandardPage(title="About", slug="about"))
    return [news, events, resources]


def build_world() -> World:
    from django.contrib.auth.models import Permission

    from cms_pages.demo import ensure_home_pages
    from courses import services as course_services
    from courses.models import Certificate, Cohort, Course, Enrolment, LessonPage
    from mentoring.demo import ensure_coordinators_group
    from mentoring.models import Goal, MentoringSession, Mentorship
    from partnerships.models import Activity, Exchange, Official, PartnerSearch
    from surveys import services as survey_services

    world = World()
    homes = ensure_home_pages()
    catalogs = make_catalogs(homes)
    _public_pages(homes["en"])
    finance = topic("finance", "Public finance")
    course = make_course(catalogs["en"], title="Participatory budgeting", lessons=2,
                         questions_on=(0, 1))
    course.topics.add(finance)
    course.save()
    lessons = list(LessonPage.objects.child_of(course).order_by("path"))
    cohort_course = make_course(catalogs["en"], title="Cohort course", lessons=1)
    today = timezone.localdate()
    Cohort.objects.create(
        course=Course.objects.get(translation_key=cohort_course.translation_key),
        name="Spring cohort", starts_on=today, ends_on=today + datetime.timedelta(days=60),
        seat_limit=20,
    )

    # Learner: enrolled, one quiz answered.
    learner = UserFactory(email="learner@fuzz.example.org", full_name="Zuzana Horváthová",
                          preferred_language="sk")
    course_services.enrolment_create(user=learner, page=course, language="en")

    # Mentoring: a program, a mentor (UTC−11) and a mentee (UTC+14) in an active mentorship
    # with a goal, a session and a next meeting; a second mentee with a pending request.
    program = ProgramFactory(region="europe")
    mentor = make_mentor(program, languages=("en", "sk"), region="europe",
                         email="mentor@fuzz.example.org", full_name="Lucía Fernández",
                         time_zone="Pacific/Pago_Pago").user
    mentee = make_mentee(program, languages=("en",), region="europe",
                         email="mentee@fuzz.example.org", full_name="Wei Zhang",
                         time_zone="Pacific/Kiritimati", share=True).user
    course_services.enrolment_create(user=mentee, page=course, language="en")
    other_mentee = make_mentee(program, languages=("en",), region="europe").user
    now = timezone.now()
    mentorship = Mentorship.objects.create(
        program=program, mentor=mentor, mentee=mentee, status="active", responded_at=now,
        next_meeting_at=now + datetime.timedelta(days=3), next_meeting_details="Video call",
    )
    Goal.objects.create(mentorship=mentorship, title="Draft a budget calendar",
                        due_on=today + datetime.timedelta(days=20), created_by=mentee)
    MentoringSession.objects.create(mentorship=mentorship, held_on=today, duration_minutes=60,
                                    notes="Kick-off", logged_by=mentor)
    request = Mentorship.objects.create(program=program, mentor=mentor, mentee=other_mentee,
                                        status="requested")
    make_mentor(program, languages=("en",), region="europe", capacity=3)  # a suggestion

    # Program coordinator of the European office (mentoring and partnerships).
    coordinator = make_coordinator("europe", email="coordinator@fuzz.example.org")
    coordinator.groups.add(ensure_coordinators_group())
    coordinator.user_permissions.add(
        Permission.objects.get(content_type__app_label="surveys", codename="view_results")
    )
    program.coordinators.add(coordinator)

    # Regional editor (Slovak locale).
    editor = make_editor("sk")

    # Partnerships: a focal point of the partner city, an official of the mentor city.
    mentor_city = MunicipalityFactory(name_en="Košice", slug="kosice")
    partner_city = MunicipalityFactory(name_en="Guadalajara", slug="guadalajara",
                                       country="MX", region="europe")
    official = make_official(partner_city, email="official@fuzz.example.org")
    pending = UserFactory()
    Official.objects.create(municipality=partner_city, user=pending, position="Clerk",
                            status="requested")
    partnership = make_partnership(
        mentor_city=mentor_city, partner_city=partner_city, partner_focal_points=[official],
        coordinators=[coordinator], slug="water-losses",
    )
    activity = Activity.objects.create(partnership=partnership, title="Map the network",
                                       owner=official, due_on=today + datetime.timedelta(days=9))
    exchange = Exchange.objects.create(
        partnership=partnership, host=mentor_city, visitors=partner_city, purpose="Visit",
        starts_on=today - datetime.timedelta(days=3), ends_on=today - datetime.timedelta(days=1),
    )
    search = PartnerSearch.objects.create(municipality=partner_city, topic=finance,
                                          problem="Water losses", language="en",
                                          created_by=official)
    certificate = Certificate.objects.create(
        enrolment=Enrolment.objects.get(user=learner), learner_name=learner.full_name,
        hours=Decimal("4"),
    )

    # Questionnaires: a survey (anyone) and a self-assessment (the official's team), each
    # with a draft started by the official.
    survey = make_questionnaire(kind="survey", slug="officials-survey")
    assessment = make_questionnaire(kind="assessment", slug="capacity-check", anonymous=False)
    survey_draft = survey_services.response_start(questionnaire=survey, user=official,
                                                  language="en")
    assessment_draft = survey_services.response_start(
        questionnaire=assessment, user=official, municipality=partner_city, language="en"
    )

    superuser = UserFactory(email="admin@fuzz.example.org", is_staff=True, is_superuser=True)

    world.users = {
        LEARNER: learner, MENTOR: mentor, MENTEE: mentee, COORDINATOR: coordinator,
        EDITOR: editor, OFFICIAL: official, SUPERUSER: superuser,
    }
    world.objects = {
        "course": course, "lessons": lessons, "program": program, "mentorship": mentorship,
        "request": request, "partnership": partnership, "mentor_city": mentor_city,
        "partner_city": partner_city, "survey": survey, "assessment": assessment,
        "survey_draft": survey_draft, "assessment_draft": assessment_draft,
        "activity": activity, "exchange": exchange, "search": search,
        "certificate": certificate, "pending_official": Official.objects.get(user=pending),
        "mentor_user": mentor, "goal": Goal.objects.get(mentorship=mentorship),
    }
    common = [
        "/en/", "/en/courses/", course.url, lessons[0].url, lessons[1].url, "/en/search/",
        "/en/news/", "/en/events/", "/en/resources/", "/en/partnerships/",
        "/en/municipalities/", "/en/questionnaires/", "/en/accounts/profile/",
        "/en/accounts/my-data/", "/en/dashboard/", "/en/dashboard/transcript/",
        "/en/mentoring/", "/en/mentoring/dashboard/",
    ]
    ws = f"/en/mentoring/m/{mentorship.pk}/"
    world.start_urls = {
        ANONYMOUS: ["/en/", "/en/courses/", course.url, "/en/search/", "/en/resources/",
                    "/en/accounts/login/", "/en/accounts/signup/",
                    "/en/accounts/password/reset/", "/en/partnerships/",
                    "/en/municipalities/", "/en/questionnaires/"],
        LEARNER: common + [cohort_course.url, "/en/mentoring/profile/mentee/",
                           "/en/mentoring/profile/mentor/",
                           f"/en/mentoring/programs/{program.pk}/mentors/"],
        MENTOR: common + [ws, f"/en/mentoring/m/{request.pk}/", "/en/mentoring/profile/mentor/"],
        MENTEE: common + [ws, "/en/mentoring/profile/mentee/",
                          f"/en/mentoring/programs/{program.pk}/mentors/"],
        COORDINATOR: common + [f"/en/partnerships/{partnership.slug}/",
                               f"/en/municipalities/{partner_city.slug}/",
                               f"/en/questionnaires/{survey.slug}/results/",
                               f"/en/questionnaires/{assessment.slug}/results/"],
        EDITOR: common,
        OFFICIAL: common + [f"/en/partnerships/{partnership.slug}/",
                            f"/en/municipalities/{partner_city.slug}/",
                            f"/en/municipalities/{mentor_city.slug}/",
                            f"/en/municipalities/{partner_city.slug}/find-a-partner/",
                            f"/en/partner-searches/{search.pk}/",
                            f"/en/questionnaires/{survey.slug}/",
                            f"/en/questionnaires/{assessment.slug}/",
                            f"/en/answers/{survey_draft.public_id}/1/",
                            f"/en/answers/{assessment_draft.public_id}/1/",
                            f"/en/answers/{assessment_draft.public_id}/2/",
                            f"/en/answers/{assessment_draft.public_id}/3/",
                            f"/en/answers/{survey_draft.public_id}/review/"],
        SUPERUSER: ["/en/", f"/en/partnerships/{partnership.slug}/"],
    }
    return world


def route_kwargs(world: World, route: str) -> dict | None:
    """Arguments for one of the site's routes, from the world (None: not one we can fill)."""
    o = world.objects
    values = {
        "course_key": o["course"].translation_key,
        "lesson_key": o["lessons"][0].translation_key,
        "code": o["certificate"].code,
        "user_id": o["mentor_user"].pk,
        "goal_id": o["goal"].pk,
        "activity_id": o["activity"].pk,
        "exchange_id": o["exchange"].pk,
        "document_id": 1,
        "official_id": o["pending_official"].pk,
        "number": 1,
        "public_id": o["survey_draft"].public_id,
    }
    if route.startswith("mentoring/programs/"):
        values["pk"] = o["program"].pk
    elif route.startswith("mentoring/m/"):
        values["pk"] = o["mentorship"].pk
    elif route.startswith("partner-searches/"):
        values["pk"] = o["search"].pk
    if route.startswith("partnerships/"):
        values["slug"] = o["partnership"].slug
    elif route.startswith("municipalities/"):
        values["slug"] = o["partner_city"].slug
    elif route.startswith("questionnaires/"):
        values["slug"] = o["survey"].slug
    names = re.findall(r"<(?:\w+:)?(\w+)>", route)
    if any(name not in values for name in names):
        return None
    return {name: values[name] for name in names}
