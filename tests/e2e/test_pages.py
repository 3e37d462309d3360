"""Every page type, in every language, at phone (390 px) and desktop (1280 px) width: no
sideways scrolling, readable links, buttons and fields (text contrast of at least 4.5:1), and
no WCAG 2.2 A/AA violation that axe-core finds. Writes the screenshots in docs/screenshots/."""

import pytest

from .helpers import (
    LANGUAGES,
    WIDTHS,
    axe_violations,
    learner_urls,
    low_contrast,
    mentor_urls,
    new_context,
    overflow,
    public_urls,
    screenshot,
    signed_in_context,
)

pytestmark = pytest.mark.e2e


def _learner_urls(language):
    from courses.models import CoursePage, LessonPage

    # The demo learner's course in progress: progress bar, knowledge check, "Mark as done".
    course = CoursePage.objects.live().get(
        locale__language_code=language, slug=public_urls(language)["course"].split("/")[-2]
    )
    lesson = LessonPage.objects.child_of(course).live().order_by("path")[2]
    return {"course": course.url, "lesson": lesson.url, **learner_urls(language)}


def _mentee_urls(language):
    from mentoring.models import MentoringProgram

    program = MentoringProgram.objects.get(region="europe")
    mentor_id = program.participations.filter(role="mentor").values_list("user_id", flat=True)[0]
    return {
        "suggestions": f"/{language}/mentoring/programs/{program.pk}/mentors/",
        "mentor": f"/{language}/mentoring/programs/{program.pk}/mentors/{mentor_id}/",
        "mentoring": f"/{language}/mentoring/",
    }


AUDIENCES = {
    "visitor": (None, public_urls),
    "learner": ("learner@example.org", _learner_urls),
    "mentor": ("mentor@example.org", mentor_urls),
    "mentee": ("peter.balaz@mentees.example.org", _mentee_urls),
}
# A few screenshots per language and width for docs/screenshots/ (and the README).
SCREENSHOTS = {
    ("visitor", "home"),
    ("visitor", "catalog"),
    ("learner", "lesson"),
    ("mentor", "workspace"),
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("audience", AUDIENCES)
def test_every_page_type(browser, live_server, audience, language):
    email, urls_for = AUDIENCES[audience]
    urls = urls_for(language)
    problems = []
    for width in WIDTHS:
        if email:
            context = signed_in_context(browser, live_server, email, width)
        else:
            context = new_context(browser, live_server, width)
        page = context.new_page()
        for name, url in urls.items():
            where = f"{width}px {name} {url}"
            response = page.goto(url)
            if response.status != 200:
                problems.append(f"{where}: HTTP {response.status}")
                continue
            if page.locator("html").get_attribute("lang") != language:
                problems.append(f"{where}: <html lang> is not {language}")
            if too_wide := overflow(page):
                problems.append(f"{where}: scrolls sideways, {too_wide}")
            problems += [f"{where}: low contrast {item}" for item in low_contrast(page)]
            problems += [f"{where}: axe {item}" for item in axe_violations(page)]
            if (audience, name) in SCREENSHOTS:
                screenshot(page, name, language, width)
        context.close()
    assert not problems, "\n".join(problems)
