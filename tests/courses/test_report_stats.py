"""The course report reads totals the services keep (``CourseLanguageStats``): they always
equal a recomputation from the learning records, the nightly refresh repairs any drift, and
the report runs a constant number of queries."""

import importlib
import io
from decimal import Decimal

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection
from django.db.models import Avg, Count, Q
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from courses import services
from courses.models import Course, CourseLanguageStats, Enrolment, QuizAttempt
from courses.selectors import CourseReportRow, course_for_page, course_report_rows
from lms.privacy import user_erase
from tests.factories import UserFactory, lessons_of, make_course, right_answers, wrong_answers


def recomputed_rows() -> list[CourseReportRow]:
    """The report computed from scratch, as it was before the totals existed."""
    averages = {
        (row["enrolment__course_id"], row["enrolment__language"]): row["avg"]
        for row in QuizAttempt.objects.values("enrolment__course_id", "enrolment__language")
        .annotate(avg=Avg("score"))
        .order_by()
    }
    rows = []
    for row in (
        Enrolment.objects.values("course_id", "course__title", "language")
        .annotate(n=Count("id"), done=Count("id", filter=Q(completed_at__isnull=False)))
        .order_by("course__title", "language")
    ):
        average = averages.get((row["course_id"], row["language"]))
        rows.append(
            CourseReportRow(
                course=row["course__title"],
                language=row["language"],
                enrolments=row["n"],
                completions=row["done"],
                completion_rate=Decimal(100 * row["done"] / row["n"]).quantize(Decimal("0.1")),
                average_score=(
                    Decimal(average).quantize(Decimal("0.1")) if average is not None else None
                ),
            )
        )
    return rows


def submit(user, lesson, *, right: bool, language="en"):
    answers = right_answers(lesson) if right else wrong_answers(lesson)
    return services.quiz_submit(user=user, lesson=lesson, answers=answers, language=language)


@pytest.fixture
def courses(catalogs):
    budgeting = make_course(
        catalogs["en"], title="Participatory budgeting", lessons=2, questions_on=(0, 1)
    )
    climate = make_course(catalogs["en"], title="Climate adaptation", lessons=1)
    return budgeting, climate


@pytest.fixture
def history(courses):
    """A realistic sequence: enrol, complete lessons, attempts, leave, re-enrol, completion."""
    budgeting, climate = courses
    first, second = lessons_of(budgeting)
    only = lessons_of(climate)[0]

    finisher = UserFactory()
    services.enrolment_create(user=finisher, page=budgeting, language="en")
    services.enrolment_create(user=finisher, page=budgeting, language="en")  # double click
    services.lesson_complete(user=finisher, lesson=first, language="en")
    submit(finisher, first, right=False)
    submit(finisher, first, right=True)
    services.lesson_complete(user=finisher, lesson=second, language="en")
    submit(finisher, second, right=True)

    returning = UserFactory()
    services.enrolment_create(user=returning, page=budgeting, language="es")
    submit(returning, first, right=False, language="es")
    services.enrolment_leave(user=returning, page=budgeting)
    services.enrolment_create(user=returning, page=budgeting, language="es")
    submit(returning, first, right=True, language="es")

    leaver = UserFactory()
    services.enrolment_create(user=leaver, page=budgeting, language="es")
    services.enrolment_leave(user=leaver, page=budgeting)

    erased = UserFactory()
    services.enrolment_create(user=erased, page=budgeting, language="es")
    submit(erased, first, right=True, language="es")
    services.enrolment_create(user=erased, page=climate, language="es")
    services.lesson_complete(user=erased, lesson=only, language="es")
    submit(erased, only, right=True, language="es")

    deleted = UserFactory()
    services.enrolment_create(user=deleted, page=climate, language="en")
    submit(deleted, only, right=False)

    stayer = UserFactory()
    services.enrolment_create(user=stayer, page=climate, language="es")
    services.lesson_complete(user=stayer, lesson=only, language="es")
    submit(stayer, only, right=False, language="es")
    submit(stayer, only, right=True, language="es")
    submit(stayer, only, right=True, language="es")
    return {"erased": erased, "deleted": deleted}


@pytest.mark.django_db
def test_report_equals_a_recomputation_through_a_realistic_sequence(history):
    rows = course_report_rows()
    assert rows == recomputed_rows()
    by_key = {(r.course, r.language): r for r in rows}
    spanish = by_key[("Participatory budgeting", "es")]
    # The learner who left still counts, as before; one enrolment for a double click.
    assert (spanish.enrolments, spanish.completions) == (3, 0)
    assert by_key[("Participatory budgeting", "en")].completions == 1
    # Climate, Spanish: 100, 0, 100, 100 → 75.0; completions 2 of 2.
    climate = by_key[("Climate adaptation", "es")]
    assert (climate.completions, climate.completion_rate, climate.average_score) == (
        2, Decimal("100.0"), Decimal("75.0")
    )

    user_erase(user=history["erased"])  # account erasure: enrolments go by cascade
    history["deleted"].delete()  # any other deletion of the account
    rows = course_report_rows()
    assert rows == recomputed_rows()
    by_key = {(r.course, r.language): r for r in rows}
    assert by_key[("Participatory budgeting", "es")].enrolments == 2
    # Climate, Spanish: 0, 100, 100 → 66.7 (rounded as the database average was).
    assert by_key[("Climate adaptation", "es")].average_score == Decimal("66.7")
    # The only English learner of the climate course is gone: so is the row.
    assert ("Climate adaptation", "en") not in by_key
    # Nothing has drifted: the nightly refresh has nothing to correct.
    assert services.course_stats_refresh() == 0


@pytest.mark.django_db
def test_refresh_repairs_drifted_rows(history, courses):
    budgeting, climate = courses
    truth = course_report_rows()
    budgeting_record = course_for_page(page=budgeting)
    CourseLanguageStats.objects.filter(course=budgeting_record, language="en").update(
        enrolments=99, score_sum_hundredths=1
    )
    CourseLanguageStats.objects.filter(course=budgeting_record, language="es").delete()
    CourseLanguageStats.objects.create(course=budgeting_record, language="sk", enrolments=4)
    assert course_report_rows() != truth

    # One course only: the others are left alone.
    climate_record = course_for_page(page=climate)
    CourseLanguageStats.objects.filter(course=climate_record).update(completions=0)
    assert services.course_stats_refresh(course=budgeting_record) == 3
    assert CourseLanguageStats.objects.filter(course=climate_record, completions=0).exists()

    assert services.course_stats_refresh() == 1
    assert course_report_rows() == truth == recomputed_rows()


@pytest.mark.django_db
def test_migration_fills_the_totals_from_existing_records(history):
    truth = course_report_rows()
    CourseLanguageStats.objects.all().delete()
    assert course_report_rows() == []
    migration = importlib.import_module("courses.migrations.0003_course_language_stats")
    migration.fill_stats(apps, None)
    assert course_report_rows() == truth


@pytest.mark.django_db
def test_deleting_a_course_record_takes_its_totals_along(history, courses):
    record = course_for_page(page=courses[1])
    record.delete()
    assert not CourseLanguageStats.objects.filter(course_id=record.pk).exists()
    assert course_report_rows() == recomputed_rows()


@pytest.mark.django_db
def test_increments_never_overwrite_a_concurrent_writer(courses):
    """Each write adds to the row in the database (``F()``), not to a copy read earlier."""
    budgeting = courses[0]
    services.enrolment_create(user=UserFactory(), page=budgeting, language="en")
    stale = CourseLanguageStats.objects.get()
    services.enrolment_create(user=UserFactory(), page=budgeting, language="en")
    stale.refresh_from_db()
    assert stale.enrolments == 2


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def _report_queries(client, django_assert_max_num_queries) -> int:
    with django_assert_max_num_queries(30), CaptureQueriesContext(connection) as ctx:
        response = client.get("/admin/reports/courses/")
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.django_db
def test_report_queries_stay_constant_as_enrolments_grow(
    admin_client, catalogs, django_assert_max_num_queries
):
    first = make_course(catalogs["en"], title="Course 0", lessons=1)
    services.enrolment_create(user=UserFactory(), page=first, language="en")
    before = _report_queries(admin_client, django_assert_max_num_queries)
    csv_before = CaptureQueriesContext(connection)
    with csv_before:
        b"".join(admin_client.get("/admin/reports/courses/?export=csv").streaming_content)

    for n in range(1, 4):
        course = make_course(catalogs["en"], title=f"Course {n}", lessons=1)
        lesson = lessons_of(course)[0]
        for language in ("en", "es", "sk"):
            for _ in range(2):
                learner = UserFactory()
                services.enrolment_create(user=learner, page=course, language=language)
                submit(learner, lesson, right=True, language=language)
    after = _report_queries(admin_client, django_assert_max_num_queries)
    csv_after = CaptureQueriesContext(connection)
    with csv_after:
        body = b"".join(admin_client.get("/admin/reports/courses/?export=csv").streaming_content)
    assert after == before
    assert len(csv_after.captured_queries) == len(csv_before.captured_queries)
    assert "Course 3,sk,2,0,0.0,100.0" in body.decode()
    rows = [q["sql"] for q in csv_after.captured_queries if "courselanguagestats" in q["sql"]]
    assert len(rows) == 1


@pytest.mark.django_db
def test_command_runs_the_refresh_task(history):
    CourseLanguageStats.objects.update(enrolments=0)
    out = io.StringIO()
    call_command("refresh_report_stats", stdout=out)  # the immediate backend runs it at once
    assert out.getvalue().strip() == "4 course report row(s) corrected."
    assert course_report_rows() == recomputed_rows()


@pytest.mark.django_db
@override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}})
def test_command_enqueues_the_task_for_the_worker():
    from django_tasks import default_task_backend

    out = io.StringIO()
    call_command("refresh_report_stats", stdout=out)
    assert "Report refresh task queued" in out.getvalue()
    (result,) = default_task_backend.results
    assert result.task.name == "refresh_report_stats"


@pytest.mark.django_db
def test_report_rows_can_be_limited_to_some_courses(history, courses):
    only = Course.objects.filter(pk=course_for_page(page=courses[1]).pk)
    assert {row.course for row in course_report_rows(courses=only)} == {"Climate adaptation"}
