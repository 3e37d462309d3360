"""Demo courses (from courses/demo_content/), a catalog per locale, cohorts and the demo
learner's progress: one course in progress, one completed with a certificate."""

from __future__ import annotations

import datetime
import json
import uuid
from decimal import Decimal
from importlib import import_module

from django.utils import timezone
from wagtail.models import Locale

from cms_pages.demo import ensure_home_pages, ensure_section, ensure_topics
from lms import registry
from lms.models import User

from .editorial import ensure_course_review_workflows
from .models import Cohort, Course, CourseIndexPage, CoursePage, Enrolment, LessonPage

DEMO_COURSES = [
    "participatory_budgeting",
    "municipal_finance",
    "climate_infrastructure",
    "ethics_transparency",
    "slovak_eu_funds",
    "spanish_water",
]

CATALOG_TEXT = {
    "en": (
        "Courses",
        "courses",
        "Practical courses written by local-government practitioners. Each one earns professional-development hours.",
    ),
    "es": (
        "Cursos",
        "cursos",
        "Cursos prácticos escritos por profesionales de los gobiernos locales. Cada uno otorga horas de desarrollo profesional.",
    ),
    "zh-hans": (
        "课程",
        "kecheng",
        "由地方政府一线从业者编写的实用课程，每门课程都可获得职业发展学时。",
    ),
    "sk": (
        "Kurzy",
        "kurzy",
        "Praktické kurzy, ktoré napísali odborníci zo samospráv. Každý kurz prináša hodiny profesijného rozvoja.",
    ),
}

COHORTS = {
    "municipal-finance": [
        {
            "name": {
                "en": "Spring 2027 cohort",
                "es": "Cohorte de primavera 2027",
                "zh-hans": "2027 年春季班",
                "sk": "Jarný beh 2027",
            },
            "starts_in_days": 30,
            "length_days": 42,
            "seats": 25,
        },
        {
            "name": {
                "en": "Autumn 2027 cohort",
                "es": "Cohorte de otoño 2027",
                "zh-hans": "2027 年秋季班",
                "sk": "Jesenný beh 2027",
            },
            "starts_in_days": 200,
            "length_days": 42,
            "seats": 25,
        },
    ]
}

NAMESPACE = uuid.UUID("6f2b8c1e-7c1a-4f61-9a39-3b5d1f0c2a10")


def _id(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def _body(blocks: list) -> str:
    data = []
    for index, (kind, value) in enumerate(blocks):
        if kind == "heading":
            value = {"text": value, "level": "h2"}
        data.append({"type": kind, "value": value, "id": _id("body", str(index), str(value)[:40])})
    return json.dumps(data)


def _questions(lesson: dict, language: str) -> str:
    data = []
    for question in lesson.get("questions", []):
        data.append(
            {
                "type": "question",
                "id": _id(question["key"]),
                "value": {
                    "prompt": question["prompt"][language],
                    "options": [
                        {
                            "type": "item",
                            "id": _id(question["key"], option["key"]),
                            "value": {
                                "text": option["text"][language],
                                "correct": bool(option["correct"]),
                                "feedback": option.get("feedback", {}).get(language, ""),
                            },
                        }
                        for option in question["options"]
                    ],
                },
            }
        )
    return json.dumps(data)


def _objectives(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def ensure_catalogs(homes) -> dict[str, CourseIndexPage]:
    return ensure_section(homes, CourseIndexPage, CATALOG_TEXT)


def _fill_course(page: CoursePage, data: dict, language: str, topics: dict) -> None:
    page.title = data["title"][language]
    page.slug = data["slug"][language]
    page.summary = data["summary"][language]
    page.objectives = _objectives(data["objectives"][language])
    page.level = data["level"]
    page.format = data["format"]
    page.estimated_hours = Decimal(data["hours"])
    page.authors = data["authors"][language]
    page.show_in_menus = False


def _fill_lesson(page: LessonPage, lesson: dict, language: str) -> None:
    page.title = lesson["title"][language]
    page.slug = lesson["slug"][language]
    page.section_label = lesson.get("section", {}).get(language, "")
    page.body = _body(lesson["body"][language])
    page.knowledge_check = _questions(lesson, language)


def ensure_course(data: dict, catalogs: dict, topics: dict) -> CoursePage:
    languages = data["languages"]
    source_language = languages[0]
    catalog = catalogs[source_language]
    source = CoursePage.objects.child_of(catalog).filter(slug=data["slug"][source_language]).first()
    if source is None:
        source = CoursePage()
        _fill_course(source, data, source_language, topics)
        catalog.add_child(instance=source)
        source.topics.set([topics[slug] for slug in data["topics"]])
        source.save_revision().publish()
        for lesson in data["lessons"]:
            page = LessonPage()
            _fill_lesson(page, lesson, source_language)
            source.add_child(instance=page)
            page.save_revision().publish()
    lessons = list(LessonPage.objects.child_of(source).order_by("path"))
    for language in languages[1:]:
        locale = Locale.objects.get(language_code=language)
        translation = source.get_translation_or_none(locale)
        if translation is None:
            translation = source.copy_for_translation(locale)
            _fill_course(translation, data, language, topics)
            translation.save()
            translation.topics.set([topics[slug] for slug in data["topics"]])
            translation.save_revision().publish()
        for lesson_page, lesson in zip(lessons, data["lessons"], strict=False):
            if lesson_page.get_translation_or_none(locale) is None:
                lesson_translation = lesson_page.copy_for_translation(locale)
                _fill_lesson(lesson_translation, lesson, language)
                lesson_translation.save_revision().publish()
    return source


def ensure_cohorts(source: CoursePage, data: dict) -> None:
    course = Course.objects.get(translation_key=source.translation_key)
    if course.cohorts.exists():
        return
    today = timezone.localdate()
    for spec in COHORTS.get(data["key"], []):
        starts = today + datetime.timedelta(days=spec["starts_in_days"])
        cohort = Cohort(
            course=course,
            starts_on=starts,
            ends_on=starts + datetime.timedelta(days=spec["length_days"]),
            enrolment_closes_on=starts,
            seat_limit=spec["seats"],
        )
        for code, name in spec["name"].items():
            setattr(cohort, f"name_{code.replace('-', '_')}", name)
        cohort.save()


def _right_answers(lesson: LessonPage) -> dict[str, list[str]]:
    return {
        block.id: [o.id for o in block.value["options"].bound_blocks if o.value["correct"]]
        for block in lesson.knowledge_check
    }


def ensure_demo_learner_progress(sources: dict[str, CoursePage]) -> None:
    from . import services

    learner = User.objects.filter(email="learner@example.org").first()
    if learner is None or Enrolment.objects.filter(user=learner).exists():
        return
    # Completed: ethics and transparency, every lesson done and every check passed.
    done_course = sources["ethics-transparency"]
    services.enrolment_create(user=learner, page=done_course, language="sk")
    for lesson in LessonPage.objects.child_of(done_course).live().order_by("path"):
        services.lesson_complete(user=learner, lesson=lesson, language="sk")
        if lesson.question_count:
            services.quiz_submit(
                user=learner, lesson=lesson, answers=_right_answers(lesson), language="sk"
            )
    # In progress: participatory budgeting, two of four lessons finished.
    course = sources["participatory-budgeting"]
    services.enrolment_create(user=learner, page=course, language="sk")
    for lesson in list(LessonPage.objects.child_of(course).live().order_by("path"))[:2]:
        services.lesson_complete(user=learner, lesson=lesson, language="sk")
        if lesson.question_count:
            services.quiz_submit(
                user=learner, lesson=lesson, answers=_right_answers(lesson), language="sk"
            )
        services.lesson_visit(user=learner, lesson=lesson)


@registry.demo_seeders.register
def seed(*, stdout) -> None:
    homes = ensure_home_pages()
    topics = ensure_topics()
    catalogs = ensure_catalogs(homes)
    sources = {}
    for module_name in DEMO_COURSES:
        try:
            data = import_module(f"courses.demo_content.{module_name}").COURSE
        except ModuleNotFoundError:
            continue
        source = ensure_course(data, catalogs, topics)
        ensure_cohorts(source, data)
        sources[data["key"]] = source
    if {"ethics-transparency", "participatory-budgeting"} <= sources.keys():
        ensure_demo_learner_progress(sources)
    ensure_course_review_workflows()
    stdout.write(f"  {len(sources)} demo courses ready")
