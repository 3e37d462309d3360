"""Questionnaires in the browser. A focal point answers Kamenná Dolina's capacity
self-assessment in Slovak on a phone (a missing answer is refused with a clear error), then
sees the scores by domain with the Europe peers' median and the recommendations. A coordinator
reads the workforce survey's results filtered by region; a group of three is not shown. No
WCAG 2.2 A/AA violation that axe-core finds, no sideways scrolling on a phone. Writes
docs/screenshots/capacity-self-assessment-chart.png."""

import pytest

from .helpers import DESKTOP, PHONE, axe_violations, overflow, signed_in_context
from .test_partnerships import _save_figure

pytestmark = pytest.mark.e2e
FOCAL_POINT = "peter.hudec@cities.example.org"
COORDINATOR = "coordinator@example.org"


def _check(page, language, width, problems):
    where = f"{width}px {page.url}"
    if page.locator("html").get_attribute("lang") != language:
        problems.append(f"{where}: <html lang> is not {language}")
    if width == PHONE and (too_wide := overflow(page)):
        problems.append(f"{where}: scrolls sideways, {too_wide}")
    problems.extend(f"{where}: axe {item}" for item in axe_violations(page))


def _answer_section(page, section: int) -> None:
    """Varied choices (the municipality is stronger in some domains than in others), a
number, a sentence."""
    form = page.locator("main form.section-form")
    for index, group in enumerate(form.locator("fieldset").all()):
        labels = group.locator("label")
        labels.nth((section * 2 + index) % labels.count()).click()
    for field in form.locator("input[inputmode=decimal]").all():
        field.fill("4")
    for area in form.locator("textarea").all():
        area.fill("Školenie pre nový rozpočtový systém.")


def test_a_focal_point_assesses_the_municipality_in_slovak(browser, live_server):
    problems = []
    context = signed_in_context(browser, live_server, FOCAL_POINT, PHONE)
    page = context.new_page()
    assert page.goto("/sk/questionnaires/").status == 200
    _check(page, "sk", PHONE, problems)
    page.locator("main a[href='/sk/questionnaires/capacity-self-assessment/']").click()
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/answers/**/1/")
    _check(page, "sk", PHONE, problems)
    # Moving on without answering is refused, with the error next to the question.
    page.locator("main button[value=next]").click()
    assert page.locator("main .errorlist").count() >= 1
    assert page.locator("main [role=alert]").is_visible()
    _check(page, "sk", PHONE, problems)
    for section in range(10):
        _answer_section(page, section)
        page.locator("main button[value=next]").click()
        page.wait_for_load_state()
        if "/review/" in page.url:
            break
    assert "/review/" in page.url, page.url
    _check(page, "sk", PHONE, problems)
    page.locator("main form[action$='/submit/'] button").click()
    page.wait_for_url("**/result/")
    chart = page.locator("main figure svg[role=img]")
    assert chart.is_visible()
    table = page.locator("main table")
    assert table.locator("thead th").count() == 3  # domain, score, peers' median
    assert page.locator("#recommendations-heading").is_visible()
    _check(page, "sk", PHONE, problems)
    result_url = page.url
    context.close()

    context = signed_in_context(browser, live_server, FOCAL_POINT, DESKTOP)
    page = context.new_page()
    page.goto(result_url)
    _save_figure(page.locator("main figure svg").first, "capacity-self-assessment-chart")
    context.close()
    assert not problems, "\n".join(problems)


def test_a_coordinator_reads_survey_results_by_region(browser, live_server):
    problems = []
    context = signed_in_context(browser, live_server, COORDINATOR, DESKTOP)
    page = context.new_page()
    url = "/en/questionnaires/local-government-workforce-2026/results/"
    assert page.goto(url).status == 200
    page.select_option("#f-region", "europe")
    page.locator("main form.filters button").click()
    page.wait_for_url("**region=europe**")
    assert page.locator("main svg[role=img]").count() >= 3
    assert page.locator("main a[href*='responses.csv']").is_visible()
    _check(page, "en", DESKTOP, problems)
    page.select_option("#f-country", "HU")
    page.locator("main form.filters button").click()
    page.wait_for_url("**country=HU**")
    assert "results are shown only for groups of at least 5" in page.locator("main").inner_text()
    assert page.locator("main svg[role=img]").count() == 0
    _check(page, "en", DESKTOP, problems)
    context.close()
    assert not problems, "\n".join(problems)
