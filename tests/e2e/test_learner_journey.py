"""A new learner, in each language: signs up and confirms the email, filters the catalog,
enrols, studies, fails then passes a knowledge check, switches language mid-course, finishes
the course and gets the certificate."""

import re

import pytest
from django.core import mail
from django.utils import translation
from django_countries import countries
from playwright.sync_api import expect

from courses.models import Certificate, CoursePage, Enrolment, LessonPage

from .helpers import LANGUAGES, expect_message
from .helpers import tr as _tr

pytestmark = pytest.mark.e2e

PASSWORD = "Budget-cycle-2026"


def right_options() -> set[str]:
    return {
        option.id
        for lesson in LessonPage.objects.all()
        for question in lesson.knowledge_check
        for option in question.value["options"].bound_blocks
        if option.value["correct"]
    }


def answer(page, right: bool) -> None:
    """Tick every right option, or one wrong option per question, and submit."""
    correct = right_options()
    for question in page.locator("#knowledge-check fieldset").all():
        boxes = question.locator("input[type=checkbox]").all()
        for box in boxes:
            option = box.get_attribute("id").removeprefix("o-")
            if right and option in correct:
                box.check()
        if not right:
            next(
                b for b in boxes if b.get_attribute("id").removeprefix("o-") not in correct
            ).check()
    page.locator("#knowledge-check form button[type=submit]").click()


def ends_with(path: str) -> re.Pattern:
    return re.compile(re.escape(path) + "$")


def expect_progress(page, percent: int) -> None:
    expect(page.locator(".progress progress")).to_have_attribute("value", str(percent))


def sign_up(page, language: str, email: str) -> None:
    page.goto(f"/{language}/accounts/signup/")
    assert page.locator("#id_preferred_language").input_value() == language
    page.fill("#id_email", email)
    page.fill("#id_full_name", "Zhōu Ana Kováčová")
    page.fill("#id_municipality", "Košice")
    with translation.override(language):
        slovakia = str(countries.name("SK"))
    expect(page.locator("#id_country option[value=SK]")).to_have_text(slovakia)
    page.select_option("#id_country", "SK")
    page.fill("#id_job_title", "Budget officer")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/accounts/confirm-email/$"))
    # The confirmation link, from the email (Django's in-memory outbox).
    (sent,) = [m for m in mail.outbox if email in m.to]
    path = re.search(r"https?://[^/\s]+(/\S+/confirm-email/\S+/)", sent.body).group(1)
    assert path.startswith(f"/{language}/")
    page.goto(path)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/accounts/login/$"))
    page.fill("#id_login", email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(lambda url: "/accounts/" not in url)
    assert page.locator("html").get_attribute("lang") == language


def study(page, language: str, *, fail_first: bool) -> None:
    """Mark the open lesson as done and pass its knowledge check."""
    page.locator(".lesson-actions form button").click()
    expect_message(
        page, _tr(language, "Lesson marked as read. Pass its knowledge check to finish the lesson.")
    )
    if fail_first:
        answer(page, right=False)
        expect_message(
            page,
            _tr(
                language,
                "You scored %(score)s%%. Read the feedback below and try again.",
                score="0",
            ),
        )
        expect(page.locator("#knowledge-check .question.wrong").first).to_be_visible()
    answer(page, right=True)
    expect_message(page, _tr(language, "You passed with %(score)s%%.", score="100"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_learner_journey(page, language):
    other = LANGUAGES[(LANGUAGES.index(language) + 1) % len(LANGUAGES)]
    email = f"new-learner-{language}@example.org"
    sign_up(page, language, email)

    # Browse and filter the catalog: introductory courses on citizen participation.
    catalog = CoursePage.objects.live().get(slug="participatory-budgeting").get_parent()
    page.goto(catalog.get_translation(_locale(language)).url)
    page.select_option("#catalog-topic", "participation")
    page.select_option("#catalog-level", "introductory")
    page.select_option("#catalog-language", language)
    page.locator(".filters button[type=submit]").click()
    course = CoursePage.objects.get(
        translation_key=CoursePage.objects.get(slug="participatory-budgeting").translation_key,
        locale__language_code=language,
    )
    page.wait_for_url(re.compile(r"\?.*topic=participation"))
    titles = page.locator(".cards .card h2").all_inner_texts()
    assert course.title in titles
    assert page.locator("#catalog-topic").input_value() == "participation"

    # Enrol and start.
    page.locator(".cards .card h2 a", has_text=course.title).click()
    page.locator(".enrolment-box form button[type=submit]").click()
    expect_message(page, _tr(language, "You are enrolled. Welcome to the course!"))
    expect_progress(page, 0)
    page.locator(".enrolment-box a.button-link").click()
    lessons = list(LessonPage.objects.child_of(course).live().order_by("path"))
    expect(page).to_have_url(ends_with(lessons[0].url))

    # Lesson 1: read, fail the check, pass it.
    study(page, language, fail_first=True)
    expect_progress(page, 25)

    # Switch language mid-course: same lesson, same progress, same quiz result.
    page.locator(f".language-switcher button:has(span[lang='{other}'])").click()
    expect(page).to_have_url(ends_with(lessons[0].get_translation(_locale(other)).url))
    assert page.locator("html").get_attribute("lang") == other
    expect_progress(page, 25)
    expect(page.locator("#knowledge-check .message-success")).to_have_count(1)

    # Lesson 2 opened, then back to the course: "Continue where you left off" goes there.
    second = ends_with(lessons[1].get_translation(_locale(other)).url)
    page.locator(".lesson-nav a[rel=next]").click()
    expect(page).to_have_url(second)
    page.locator(".lesson .breadcrumb a").click()
    resume = page.locator(".enrolment-box a.button-link")
    expect(resume).to_have_text(_tr(other, "Continue where you left off"))
    resume.click()
    expect(page).to_have_url(second)

    # Lessons 2–4 in the other language.
    for number in range(1, 4):
        if number > 1:
            page.locator(".lesson-nav a[rel=next]").click()
        expect(page).to_have_url(ends_with(lessons[number].get_translation(_locale(other)).url))
        study(page, other, fail_first=False)
        expect_progress(page, 25 * (number + 1))
    expect_message(
        page,
        _tr(
            other,
            "Congratulations, you have completed the course! Your certificate is ready on the course page and in My learning.",
        ),
    )

    # Finished: the course page says so and links to the certificate.
    page.locator(".lesson .breadcrumb a").click()
    expect(page.locator(".enrolment-box")).to_contain_text(
        _tr(other, "You have completed this course.")
    )
    page.locator(".enrolment-box a[href*='/certificates/']").click()
    certificate = Certificate.objects.get(enrolment__user__email=email)
    page.wait_for_url(re.compile(re.escape(f"/certificates/{certificate.code}/") + "$"))
    expect(page.locator("main")).to_contain_text("Zhōu Ana Kováčová")
    pdf = page.request.get(page.locator("a[href$='certificate.pdf']").get_attribute("href"))
    assert pdf.ok and pdf.headers["content-type"] == "application/pdf"

    enrolment = Enrolment.objects.get(user__email=email)
    assert enrolment.completed_at is not None


def _locale(language):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=language)
