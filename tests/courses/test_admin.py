import io

import pytest
from openpyxl import load_workbook

from courses import services
from courses.models import Cohort
from courses.selectors import course_for_page
from tests.factories import UserFactory, lessons_of, make_course, right_answers


@pytest.fixture
def report_data(catalogs):
    course = make_course(catalogs["en"], title="Participatory budgeting", lessons=1)
    finisher = UserFactory(preferred_language="es")
    services.enrolment_create(user=finisher, page=course, language="es")
    lesson = lessons_of(course)[0]
    services.lesson_complete(user=finisher, lesson=lesson, language="es")
    services.quiz_submit(user=finisher, lesson=lesson, answers=right_answers(lesson), language="es")
    services.enrolment_create(user=UserFactory(), page=course, language="es")
    services.enrolment_create(user=UserFactory(), page=course, language="en")
    return course


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


@pytest.mark.django_db
def test_course_report_per_course_and_language(admin_client, report_data):
    response = admin_client.get("/admin/reports/courses/")
    assert response.status_code == 200
    rows = {(r.course, r.language): r for r in response.context["object_list"]}
    spanish = rows[("Participatory budgeting", "es")]
    assert (spanish.enrolments, spanish.completions, spanish.completion_rate) == (2, 1, 50)
    assert spanish.average_score == 100
    assert rows[("Participatory budgeting", "en")].enrolments == 1


@pytest.mark.django_db
def test_course_report_exports_csv_and_xlsx(admin_client, report_data):
    response = admin_client.get("/admin/reports/courses/?export=csv")
    csv_body = b"".join(response.streaming_content).decode()
    assert "Participatory budgeting,es,2,1,50.0,100.0" in csv_body
    xlsx = admin_client.get("/admin/reports/courses/?export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Course"
    assert any(row[:3] == ["Participatory budgeting", "es", 2] for row in values[1:])


@pytest.mark.django_db
def test_learner_cannot_see_the_report(client, report_data):
    client.force_login(UserFactory())
    response = client.get("/admin/reports/courses/")
    assert response.status_code == 302
    assert "Participatory budgeting" not in response.content.decode()


@pytest.mark.django_db
def test_admin_user_without_the_permission_cannot_see_the_report(client, report_data):
    from django.contrib.auth.models import Permission

    editor = UserFactory(is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get("/admin/reports/courses/").status_code in (302, 403)


@pytest.mark.django_db
def test_cohorts_are_managed_in_wagtail_admin(admin_client, catalogs):
    course = make_course(catalogs["en"], lessons=1)
    record = course_for_page(page=course)
    assert admin_client.get("/admin/cohorts/").status_code == 200
    response = admin_client.post(
        "/admin/cohorts/new/",
        {
            "course": record.pk,
            "name_en": "Spring cohort",
            "name_es": "Cohorte de primavera",
            "name_zh_hans": "春季班",
            "name_sk": "Jarný beh",
            "starts_on": "2099-03-01",
            "ends_on": "2099-04-01",
            "seat_limit": 20,
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    cohort = Cohort.objects.get()
    assert cohort.name_sk == "Jarný beh"


@pytest.mark.django_db
def test_lesson_preview_shows_the_learner_view(admin_client, catalogs):
    course = make_course(catalogs["en"], lessons=1)
    lesson = lessons_of(course)[0]
    response = admin_client.get(f"/admin/pages/{lesson.pk}/view_draft/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Lesson 1 text" in html
    assert "Right" in html and "Feedback" not in html


@pytest.mark.django_db
def test_course_record_title_follows_the_original_page(catalogs):
    from wagtail.models import Locale

    from tests.factories import translate_course

    course = make_course(catalogs["en"], title="Participatory budgeting", lessons=0)
    translate_course(course, Locale.objects.get(language_code="sk"), "Participatívny rozpočet")
    record = course_for_page(page=course)
    assert record.title == "Participatory budgeting"
    course.title = "Participatory budgeting 2027"
    course.save_revision().publish()
    record.refresh_from_db()
    assert record.title == "Participatory budgeting 2027"
