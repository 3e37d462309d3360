"""URLconf views: learner actions (POST, keyed by translation_key like the learning records),
the dashboard, transcripts and certificates. Thin: parse the request, call a service or
selector, render or redirect. Page contexts live in ``selectors``."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from lms.actions import perform
from lms.i18n import language_name
from lms.spreadsheets import safe_csv_writer

from . import pdf, selectors, services
from .forms import EnrolForm
from .models import CoursePage, LessonPage
from .permissions import view_restriction_response


def _course_page(key, language: str):
    page = selectors.live_page_for_key(CoursePage, key=key, language=language)
    if page is None:
        raise Http404
    return page


def _lesson_page(key, language: str):
    lesson = selectors.live_page_for_key(LessonPage, key=key, language=language)
    if lesson is None:
        raise Http404
    return lesson


def _refusal(request: HttpRequest, page) -> HttpResponse | None:
    """Who may not see the course may not act on it: sign in first, or meet the course's view
    restrictions, set on its original page and holding through every translation."""
    if not request.user.is_authenticated:
        return _sign_in_first(request, page)
    return view_restriction_response(request, page, selectors.original_page(page=page))


def _sign_in_first(request: HttpRequest, page) -> HttpResponse:
    messages.error(request, _("Please sign in first."))
    return redirect(f"{reverse('account_login')}?next={page.get_url(request)}")


@require_POST
def enrol(request: HttpRequest, course_key) -> HttpResponse:
    language = get_language()
    page = _course_page(course_key, language)
    if refused := _refusal(request, page):
        return refused
    form = EnrolForm(request.POST)
    return perform(
        request,
        lambda cohort: services.enrolment_create(
            user=request.user, page=page, language=language, cohort_id=cohort
        ),
        form=form,
        success=_("You are enrolled. Welcome to the course!"),
        redirect_to=page.get_url(request),
    )


@require_POST
def leave(request: HttpRequest, course_key) -> HttpResponse:
    page = _course_page(course_key, get_language())
    if refused := _refusal(request, page):
        return refused
    return perform(
        request,
        lambda: services.enrolment_leave(user=request.user, page=page),
        success=_("You have left the course. Your progress is kept if you return."),
        redirect_to=page.get_url(request),
    )


@require_POST
def lesson_complete(request: HttpRequest, lesson_key) -> HttpResponse:
    language = get_language()
    lesson = _lesson_page(lesson_key, language)
    if refused := _refusal(request, lesson):
        return refused
    completed_before = selectors.course_completed(user=request.user, lesson=lesson)

    def message(completion) -> tuple[int, str]:
        if lesson.knowledge_check and not selectors.lesson_check_passed(
            user=request.user, lesson=lesson
        ):
            return messages.INFO, _(
                "Lesson marked as read. Pass its knowledge check to finish the lesson."
            )
        return _with_course_completion(
            request, lesson, completed_before, (messages.SUCCESS, _("Lesson marked as done."))
        )

    return perform(
        request,
        lambda: services.lesson_complete(user=request.user, lesson=lesson, language=language),
        success=message,
        redirect_to=lesson.get_url(request),
    )


def _with_course_completion(request, lesson, completed_before: bool, outcome):
    """When this action finished the course, the message says so and where the certificate
    is."""
    if completed_before or not selectors.course_completed(user=request.user, lesson=lesson):
        return outcome
    _level, text = outcome
    congratulations = _(
        "Congratulations, you have completed the course! Your certificate is ready on the "
        "course page and in My learning."
    )
    return messages.SUCCESS, f"{text} {congratulations}"


def _quiz_result_message(attempt) -> tuple[int, str]:
    score = f"{attempt.score:.0f}"
    if attempt.passed:
        return messages.SUCCESS, _("You passed with %(score)s%%.") % {"score": score}
    return messages.WARNING, _(
        "You scored %(score)s%%. Read the feedback below and try again."
    ) % {"score": score}


@require_POST
def quiz_submit(request: HttpRequest, lesson_key) -> HttpResponse:
    language = get_language()
    lesson = _lesson_page(lesson_key, language)
    if refused := _refusal(request, lesson):
        return refused
    answers = {
        name[2:]: request.POST.getlist(name) for name in request.POST if name.startswith("q-")
    }
    completed_before = selectors.course_completed(user=request.user, lesson=lesson)
    sent_number = request.POST.get("attempt", "")
    attempt_number = int(sent_number) if sent_number.isdecimal() and len(sent_number) < 6 else None

    def message(attempt) -> tuple[int, str]:
        return _with_course_completion(
            request, lesson, completed_before, _quiz_result_message(attempt)
        )

    return perform(
        request,
        lambda: services.quiz_submit(
            user=request.user,
            lesson=lesson,
            answers=answers,
            language=language,
            attempt_number=attempt_number,
        ),
        success=message,
        redirect_to=lesson.get_url(request) + "#knowledge-check",
    )


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
    writer = safe_csv_writer(response)
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
        # A page of its own (not the generic 404, nor Django's debug page in development):
        # people type or scan these codes, and need to be told what went wrong.
        return render(request, "courses/certificate_missing.html", {"erased": False}, status=404)
    if found.enrolment is None:
        # The learner erased their account: the code was real, but nothing is shown of it.
        return render(request, "courses/certificate_missing.html", {"erased": True}, status=410)
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
    if found is None or found.enrolment is None or found.enrolment.user_id != request.user.pk:
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
