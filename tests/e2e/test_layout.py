"""Layout and contrast defects found in the browser, one test each (they failed before the
fixes in static/css/site.css and the templates)."""

import pytest

from courses.models import Certificate

from .helpers import (
    DESKTOP,
    PHONE,
    low_contrast,
    mentor_urls,
    new_context,
    overflow,
    signed_in_context,
)

pytestmark = pytest.mark.e2e


def _offices(language):
    from cms_pages.models import RegionalOfficePage

    return [p.url for p in RegionalOfficePage.objects.live().filter(locale__language_code=language)]


def test_goal_buttons_are_readable(browser, live_server):
    """ "Mark as done" / "Reopen" in the mentoring workspace were white on white (1:1)."""
    context = signed_in_context(browser, live_server, "mentor@example.org", PHONE)
    page = context.new_page()
    page.goto(mentor_urls("es")["workspace"])
    buttons = page.locator("#goals form button")
    assert buttons.count() >= 2
    assert low_contrast(page) == []
    context.close()


@pytest.mark.parametrize("language", ["es", "sk"])
def test_catalog_cards_fit_a_phone(new_page, language):
    """Spanish and Slovak catalog cards were 449–466 px wide at 390 px."""
    from courses.models import CourseIndexPage

    page = new_page(PHONE)
    page.goto(CourseIndexPage.objects.get(locale__language_code=language).url)
    assert overflow(page) is None
    for box in (card.bounding_box() for card in page.locator(".card").all()):
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE


@pytest.mark.parametrize("language", ["es", "sk"])
def test_course_facts_fit_a_phone(new_page, language):
    from courses.models import CoursePage

    page = new_page(PHONE)
    for course in CoursePage.objects.live().filter(locale__language_code=language)[:3]:
        page.goto(course.url)
        assert overflow(page) is None, course.url


@pytest.mark.parametrize("language", ["en", "sk"])
def test_certificate_verification_fits_a_phone(new_page, language):
    """The verification page was 536–575 px wide at 390 px (long label, unbroken code)."""
    page = new_page(PHONE)
    page.goto(f"/{language}/certificates/{Certificate.objects.first().code}/")
    assert overflow(page) is None


@pytest.mark.parametrize("language", ["es", "sk"])
def test_transcript_fits_a_phone(browser, live_server, language):
    context = signed_in_context(browser, live_server, "learner@example.org", PHONE)
    page = context.new_page()
    page.goto(f"/{language}/dashboard/transcript/")
    assert page.locator("main table").count() == 1
    assert overflow(page) is None
    context.close()


@pytest.mark.parametrize("language", ["es", "sk"])
def test_office_pages_fit_a_phone(new_page, language):
    page = new_page(PHONE)
    for url in _offices(language):
        page.goto(url)
        assert overflow(page) is None, url


def test_mentor_dashboard_shows_every_column_on_a_phone(browser, live_server):
    """ "Next meeting" and "Attention" were off-screen, in a table scrolled sideways."""
    context = signed_in_context(browser, live_server, "mentor@example.org", PHONE)
    page = context.new_page()
    page.goto(mentor_urls("es")["mentor-dashboard"])
    rows = page.locator("main tbody tr")
    assert rows.count() >= 3
    for row in rows.all():
        for cell in row.locator("td").all():
            box = cell.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE
    assert overflow(page) is None
    context.close()


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
@pytest.mark.parametrize("path", ["accounts/login/", "accounts/signup/", "accounts/email/"])
def test_account_pages_have_a_page_margin(browser, live_server, path, width):
    """Sign-up, sign-in and allauth's account pages sat flush against the left edge."""
    if path == "accounts/email/":
        context = signed_in_context(browser, live_server, "learner@example.org", width)
    else:
        context = new_context(browser, live_server, width)
    page = context.new_page()
    page.goto(f"/es/{path}")
    for element in page.locator("main h1, main form").all():
        assert element.bounding_box()["x"] >= 12
    assert overflow(page) is None
    context.close()
