"""Thin views: parse the request, call a service or selector, render."""

from __future__ import annotations

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from cms_pages.models import Topic
from lms.i18n import language_name
from lms.utils import querystring_without_page

from . import pdf, selectors, services
from .models import Cohort, CourseFormat, CoursePage, LessonPage, Level, QuizAttempt

CATALOG_PAGE_SIZE = 12


def catalog_context(request: HttpRequest, index_page) -> dict:
    language = get_language()
    filters = {
        "topic": request.GET.get("topic", "").strip(),
        "level": request.GET.get("level", "").strip(),
        "course_format": request.GET.get("format", "").strip(),
        "available_in": request.GET.get("language", "").strip(),
        "query": request.GET.get("q", "").strip()[:200],
    }
    courses = selectors.catalog_courses(language=language, **filters)
    page_obj = Paginator(courses, CATALOG_PAGE_SIZE).get_page(request.GET.get("page"))
    keys = [course.translation_key for course in page_obj.object_list]
    languages = selectors.course_languages(keys=keys)
    cards = [
        {
            "page": course,
            "languages": languages.get(course.translation_key, []),
            "shown_language": course.locale.language_code,
            "other_language": course.locale.language_code != language,
        }
        for course in page_obj.object_list
    ]
    return {
        "cards": cards,
        "page_obj": page_obj,
        "filters": filters,
        "topics": Topic.objects.all(),
        "levels": Level.choices,
        "formats": CourseFormat.choices,
        "querystring": querystring_without_page(request),
    }


def course_context(request: HttpRequest, page: CoursePage) -> dict:
    language = get_language()
    progress = selectors.course_progress(user=request.user, page=page, language=language)
    cohorts = []
    if page.format == CourseFormat.COHORT:
        cohorts = list(
            Cohort.objects.filter(course=progress.course, ends_on__gte=timezone.localdate())
            .annotate(taken=Count("enrolments", filter=Q(enrolments__status="active")))
            .order_by("starts_on")
        )
        for cohort in cohorts:
            cohort.seats_left = max(cohort.seat_limit - cohort.taken, 0)
            cohort.open = cohort.enrolment_is_open() and cohort.seats_left > 0
    prerequisite_keys = [p.translation_key for p in page.prerequisites.all()]
    prerequisites = selectors.course_titles(keys=prerequisite_keys, language=language)
    return {
        "progress": progress,
        "cohorts": cohorts,
        "prerequisites": list(prerequisites.values()),
        "languages": selectors.course_languages(keys=[page.translation_key]).get(
            page.translation_key, []
        ),
    }


def _questions_for_display(lesson: LessonPage, attempt: QuizAttempt | None) -> list[dict]:
    """Questions with their options, never the correct flags; feedback only after an attempt."""
    questions = []
    for block in lesson.knowledge_check:
        result = (attempt.results if attempt else {}).get(block.id)
        chosen = set(result["chosen"]) if result else set()
        options = []
        for option in block.value["options"].bound_blocks:
            entry = {"id": option.id, "text": option.value["text"], "chosen": option.id in chosen}
            if result and option.id in chosen:
                entry["feedback"] = option.value["feedback"]
            options.append(entry)
        questions.append(
            {
                "id": block.id,
                "prompt": block.value["prompt"],
                "options": options,
                "result": result,
            }
        )
    return questions


def lesson_context(request: HttpRequest, lesson: LessonPage) -> dict:
    language = get_language()
    course_page = lesson.get_parent().specific
    progress = selectors.course_progress(user=request.user, page=course_page, language=language)
    keys = [entry.key for entry in progress.lessons]
    index = keys.index(lesson.translation_key) if lesson.translation_key in keys else None
    entry = progress.lessons[index] if index is not None else None
    attempt = None
    if progress.enrolment is not None:
        attempt = (
            QuizAttempt.objects.filter(
                enrolment=progress.enrolment, lesson_key=lesson.translation_key
            )
            .order_by("-number")
            .first()
        )
        services.lesson_visit(user=request.user, lesson=lesson)
    attempts_left = None
    if course_page.max_attempts:
        attempts_left = max(course_page.max_attempts - (entry.attempts if entry else 0), 0)
    return {
        "course_page": course_page,
        "progress": progress,
        "entry": entry,
        "lesson_number": (index + 1) if index is not None else None,
        "previous_lesson": progress.lessons[index - 1] if index else None,
        "next_lesson": (
            progress.lessons[index + 1]
            if index is not None and index + 1 < len(progress.lessons)
            else None
        ),
        "questions": _questions_for_display(lesson, attempt),
        "attempt": attempt,
        "attempts_left": attempts_left,
    }


def _back(request: HttpRequest, page) -> HttpResponse:
    return redirect(page.get_url(request))


@require_POST
def enrol_view(request: HttpRequest, page: CoursePage) -> HttpResponse:
    cohort_id = request.POST.get("cohort")
    try:
        cohort_id = int(cohort_id) if cohort_id else None
    except ValueError:
        cohort_id = -1
    try:
        services.enrolment_create(
            user=request.user, page=page, language=get_language(), cohort_id=cohort_id
        )
    except services.CourseActionError as error:
        messages.error(request, error.message)
        if not request.user.is_authenticated:
            return redirect(f"{reverse('account_login')}?next={page.get_url(request)}")
    else:
        messages.success(request, _("You are enrolled. Welcome to the course!"))
    return _back(request, page)


@require_POST
def leave_view(request: HttpRequest, page: CoursePage) -> HttpResponse:
    try:
        services.enrolment_leave(user=request.user, page=page)
    except services.CourseActionError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, _("You have left the course. Your progress is kept if you return.")
        )
    return _back(request, page)


@require_POST
def lesson_complete_view(request: HttpRequest, lesson: LessonPage) -> HttpResponse:
    try:
        services.lesson_complete(user=request.user, lesson=lesson, language=get_language())
    except services.CourseActionError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Lesson marked as done."))
    return _back(request, lesson)


@require_POST
def quiz_submit_view(request: HttpRequest, lesson: LessonPage) -> HttpResponse:
    answers: dict[str, list[str]] = {}
    for name in request.POST:
        if name.startswith("q-"):
            answers[name[2:]] = request.POST.getlist(name)
    try:
        attempt = services.quiz_submit(
            user=request.user, lesson=lesson, answers=answers, language=get_language()
        )
    except services.CourseActionError as error:
        messages.error(request, error.message)
    else:
        score = f"{attempt.score:.0f}"
        if attempt.passed:
            messages.success(request, _("You passed with %(score)s%%.") % {"score": score})
        else:
            messages.warning(
                request,
                _("You scored %(score)s%%. Read the feedback below and try again.")
                % {"score": score},
            )
    return redirect(lesson.get_url(request) + "#knowledge-check")


# ----------------------------------------------------------------------------- learner pages


@login_required
@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    language = get_language()
    courses = selectors.dashboard_courses(user=request.user, language=language)
    return render(
        request,
        "courses/dashboard.html",
        {
            "in_progress": [c for c in courses if not c.is_complete],
            "completed": [c for c in courses if c.is_complete],
            "hours": selectors.cpd_hours(user=request.user),
        },
    )


@login_required
@require_GET
def transcript(request: HttpRequest) -> HttpResponse:
    lines = selectors.transcript_lines(user=request.user, language=get_language())
    return render(
        request,
        "courses/transcript.html",
        {"lines": lines, "hours": selectors.cpd_hours(user=request.user)},
    )


@login_required
@require_GET
def transcript_csv(request: HttpRequest) -> HttpResponse:
    lines = selectors.transcript_lines(user=request.user, language=get_language())
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="citypeers-transcript.csv"'
    response.write("\ufeff")  # Excel opens UTF-8 (Chinese, Slovak) correctly with a BOM.
    writer = csv.writer(response)
    writer.writerow([_("Course"), _("Completed on"), _("CPD hours"), _("Certificate code")])
    for line in lines:
        writer.writerow(
            [
                line.title,
                timezone.localtime(line.certificate.issued_at).date().isoformat(),
                f"{line.certificate.hours}",
                line.certificate.code,
            ]
        )
    return response


@login_required
@require_GET
def transcript_pdf(request: HttpRequest) -> HttpResponse:
    lines = selectors.transcript_lines(user=request.user, language=get_language())
    content = pdf.transcript_pdf(
        user=request.user, lines=lines, hours=selectors.cpd_hours(user=request.user)
    )
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="citypeers-transcript.pdf"'
    return response


@require_GET
def certificate(request: HttpRequest, code: str) -> HttpResponse:
    """Public verification page: only what the certificate states."""
    found = selectors.certificate_by_code(code=code)
    if found is None:
        raise Http404
    language = get_language()
    key = found.enrolment.course.translation_key
    title, title_language, _page = selectors.course_titles(keys=[key], language=language).get(
        key, (found.enrolment.course.title, "", None)
    )
    return render(
        request,
        "courses/certificate.html",
        {
            "certificate": found,
            "course_title": title,
            "title_language": title_language,
            "title_language_name": language_name(title_language) if title_language else "",
            "is_owner": request.user.is_authenticated
            and request.user.pk == found.enrolment.user_id,
        },
    )


@login_required
@require_GET
def certificate_pdf(request: HttpRequest, code: str) -> HttpResponse:
    found = selectors.certificate_by_code(code=code)
    if found is None or found.enrolment.user_id != request.user.pk:
        raise Http404
    key = found.enrolment.course.translation_key
    title, _lang, _page = selectors.course_titles(keys=[key], language=get_language()).get(
        key, (found.enrolment.course.title, "", None)
    )
    verify_url = request.build_absolute_uri(reverse("courses:certificate", args=[found.code]))
    content = pdf.certificate_pdf(certificate=found, course_title=title, verify_url=verify_url)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{found.code}.pdf"'
    return response
