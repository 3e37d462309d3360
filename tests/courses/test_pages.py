"""Pages read; they never write. The one exception is remembering the last lesson a learner
really viewed, and only when it changed."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import services
from courses.models import Course, CoursePage, Enrolment
from tests.factories import UserFactory, lessons_of, make_course

WRITES = ("INSERT", "UPDATE", "DELETE")


def writes(captured) -> list[str]:
    """Writes to the site's data; filling the shared cache (a database table when no Redis is
    configured) is not one."""
    return [
        q["sql"]
        for q in captured.captured_queries
        if q["sql"].lstrip().upper().startswith(WRITES) and "citypeers_cache" not in q["sql"]
    ]


@pytest.mark.django_db
def test_admin_preview_of_a_lesson_writes_nothing(client, catalogs):
    admin = UserFactory(is_staff=True, is_superuser=True)
    course = make_course(catalogs["en"])
    first, second = lessons_of(course)[:2]
    services.enrolment_create(user=admin, page=course, language="en")
    services.lesson_visit(user=admin, lesson=first)
    revision = second.save_revision(user=admin)
    client.force_login(admin)
    url = reverse("wagtailadmin_pages:revisions_view", args=[second.pk, revision.pk])
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    assert second.title in response.content.decode()
    assert writes(captured) == []
    assert Enrolment.objects.get(user=admin).last_lesson_key == first.translation_key


@pytest.mark.django_db
def test_a_real_lesson_view_records_the_lesson_once(client, catalogs, learner):
    course = make_course(catalogs["en"])
    lesson = lessons_of(course)[1]
    services.enrolment_create(user=learner, page=course, language="en")
    client.force_login(learner)
    assert client.get(lesson.get_url()).status_code == 200
    assert Enrolment.objects.get(user=learner).last_lesson_key == lesson.translation_key
    with CaptureQueriesContext(connection) as captured:
        assert client.get(lesson.get_url()).status_code == 200
    assert writes(captured) == []  # unchanged: nothing written


@pytest.mark.django_db
def test_course_catalog_and_course_pages_write_nothing(client, catalogs, learner):
    course = make_course(catalogs["en"])
    client.force_login(learner)
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/en/courses/").status_code == 200
        assert client.get(course.get_url()).status_code == 200
    assert writes(captured) == []


@pytest.mark.django_db
def test_the_course_record_is_made_when_a_course_page_is_first_saved(catalogs):
    course = make_course(catalogs["en"], title="Open data for councils")
    record = Course.objects.get(translation_key=course.translation_key)
    assert record.title == "Open data for councils"
    translation = course.copy_for_translation(catalogs["es"].locale)
    translation.title = "Datos abiertos"
    translation.save()
    assert Course.objects.filter(translation_key=course.translation_key).count() == 1
    # The admin title follows the original, not a translation.
    assert Course.objects.get(translation_key=course.translation_key).title == record.title
    course.title = "Open data for city councils"
    course.save()
    assert Course.objects.get(pk=record.pk).title == "Open data for city councils"
    assert CoursePage.objects.filter(translation_key=course.translation_key).count() == 2


@pytest.mark.django_db
def test_a_draft_title_never_reaches_reports_or_learners_records(catalogs, learner):
    from courses.privacy import personal_data
    from courses.selectors import course_report_rows, course_titles

    course = make_course(catalogs["en"], title="Open data")
    services.enrolment_create(user=learner, page=course, language="en")
    draft = CoursePage.objects.get(pk=course.pk)
    draft.title = "UNRELEASED merger plans"
    draft.save_revision()
    assert Course.objects.get(translation_key=course.translation_key).title == "Open data"
    assert [row.course for row in course_report_rows()] == ["Open data"]
    assert personal_data(learner)["enrolments"][0]["course"] == "Open data"
    titles = course_titles(keys=[course.translation_key], language="en")
    assert titles[course.translation_key][0] == "Open data"
    draft.get_latest_revision().publish()
    assert Course.objects.get(translation_key=course.translation_key).title == "UNRELEASED merger plans"


@pytest.mark.django_db
def test_lesson_page_has_a_meta_description_from_its_body(client, catalogs, learner):
    import json
    import re

    from courses.models import LessonPage

    course = make_course(catalogs["en"])
    lesson = lessons_of(course)[0]
    long_text = "Residents propose &amp; decide how to spend part of the budget. " * 5
    lesson.body = json.dumps([
        {"type": "heading", "value": {"text": "Not this heading", "level": "h2"}},
        {"type": "paragraph", "value": f"<p>{long_text}</p>"},
    ])
    lesson.save_revision().publish()
    lesson = LessonPage.objects.get(pk=lesson.pk)
    services.enrolment_create(user=learner, page=course, language="en")
    client.force_login(learner)
    html = client.get(lesson.get_url()).content.decode()
    description = re.search(r'<meta name="description" content="([^"]*)">', html).group(1)
    assert description.startswith("Residents propose &amp; decide how to spend")
    assert "<p>" not in description and "&amp;amp;" not in description
    assert "heading" not in description
    assert len(description.replace("&amp;", "&")) <= 160
    assert description.endswith("…")
    assert f'<meta property="og:description" content="{description}">' in html
