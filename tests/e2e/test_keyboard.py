"""The main learner journey with the keyboard alone (Tab, Enter, Space): catalog, course,
enrolment, lesson, knowledge check, next lesson. Every element that takes the focus shows it."""

import re

import pytest
from playwright.sync_api import expect

from courses.models import CoursePage, LessonPage

from .helpers import expect_message, signed_in_context, tr

pytestmark = pytest.mark.e2e

CLIMATE_SLUG = "climate-resilient-infrastructure"

FOCUS_JS = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const box = el.getBoundingClientRect();
    return {
        html: el.outerHTML.slice(0, 120),
        visible: el.matches(':focus-visible') && (outlined || style.boxShadow !== 'none'),
        onScreen: box.bottom > 0 && box.top < window.innerHeight && box.width > 0,
    };
}"""


def tab_to(page, selector: str, limit: int = 60) -> None:
    """Press Tab until the focus is on ``selector``; every stop on the way shows the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS_JS)
        if focus is None:
            continue
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            assert focus["visible"], f"no visible focus on {focus['html']}"
            assert focus["onScreen"], f"focused but off-screen: {focus['html']}"
            return
        # #main takes the focus from the skip link, without an outline by design.
        if not page.evaluate("() => document.activeElement.id === 'main'"):
            assert focus["visible"], f"no visible focus on {focus['html']}"
    raise AssertionError(f"{selector} not reached with {limit} presses of Tab")


def skip_to_content(page) -> None:
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.classList.contains('skip-link')")
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"


def test_learner_journey_with_the_keyboard_only(browser, live_server):
    from .test_learner_journey import right_options

    language = "en"
    course = CoursePage.objects.get(locale__language_code=language, slug=CLIMATE_SLUG)
    lessons = list(LessonPage.objects.child_of(course).live().order_by("path"))
    catalog = course.get_parent()
    context = signed_in_context(browser, live_server, "learner@example.org")
    page = context.new_page()
    page.goto(f"/{language}/")

    tab_to(page, f".site-nav a[href='{catalog.url}']")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(catalog.url) + "$"))

    skip_to_content(page)
    tab_to(page, f".cards a[href='{course.url}']")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(course.url) + "$"))

    skip_to_content(page)
    tab_to(page, ".enrolment-box form button")
    page.keyboard.press("Space")
    expect_message(page, tr(language, "You are enrolled. Welcome to the course!"))

    skip_to_content(page)
    tab_to(page, ".enrolment-box a.button-link")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(lessons[0].url) + "$"))

    skip_to_content(page)
    tab_to(page, ".lesson-actions form button")
    page.keyboard.press("Enter")
    expect_message(
        page, tr(language, "Lesson marked as read. Pass its knowledge check to finish the lesson.")
    )

    skip_to_content(page)
    right = right_options()
    for box in page.locator("#knowledge-check input[type=checkbox]").all():
        if box.get_attribute("id").removeprefix("o-") in right:
            tab_to(page, f"#{box.get_attribute('id')}")
            page.keyboard.press("Space")
            expect(box).to_be_checked()
    tab_to(page, "#knowledge-check form button[type=submit]")
    page.keyboard.press("Enter")
    expect_message(page, tr(language, "You passed with %(score)s%%.", score="100"))

    # The result brings the focus back to the knowledge check (#knowledge-check); on from there.
    tab_to(page, ".lesson-nav a[rel=next]")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(lessons[1].url) + "$"))
    context.close()
