"""The Wagtail admin in the browser: a coordinator proposes, adjusts and confirms bulk matching;
a regional editor translates an English page into their language and publishes it."""

import re

import pytest
from playwright.sync_api import expect

from cms_pages.models import EventPage, NewsPage
from lms.models import User
from mentoring.models import MatchProposal, MentoringProgram, Mentorship

from .helpers import LANGUAGES, expect_message, sign_in
from .helpers import tr as _tr

pytestmark = pytest.mark.e2e


def _admin_language(page) -> str:
    return page.locator("html").get_attribute("lang")


@pytest.mark.parametrize("language", LANGUAGES)
def test_coordinator_bulk_matching(page, language):
    User.objects.filter(email="coordinator@example.org").update(preferred_language=language)
    program = MentoringProgram.objects.get(region="south_asia")
    sign_in(page, "coordinator@example.org", language, next_url="/admin/")
    assert _admin_language(page) == language

    # Programs (in the sidebar's mentoring menu) → the program's bulk matching.
    page.goto("/admin/mentoring_programs/")
    page.locator(f"a[href$='/admin/mentoring/programs/{program.pk}/match/']").click()
    page.get_by_role("button", name=_tr(language, "Propose pairs")).click()
    page.locator("table.listing").wait_for()
    proposal = MatchProposal.objects.get(program=program, status="draft")
    pairs = list(proposal.pairs.filter(mentor__isnull=False).select_related("mentee", "mentor"))
    assert len(pairs) >= 2
    expect(page.locator("table.listing tbody tr")).to_have_count(proposal.pairs.count())

    # Change a mentee's mentor, on the pair's own page (the first pair with another choice).
    for pair in pairs:
        page.locator(f"a[href*='mentee={pair.mentee_id}&']").click()
        page.wait_for_url(re.compile(r"/match/pair/"))
        others = [
            row
            for row in page.locator("table.listing tbody tr").all()
            if row.locator("td").nth(1).inner_text().strip() != pair.mentor.email
        ]
        if others:
            break
        page.go_back()
    chosen_email = others[0].locator("td").nth(1).inner_text().strip()
    others[0].locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/match/(\?p=\d+)?$"))
    expect(page.locator("table.listing")).to_contain_text(
        User.objects.get(email=chosen_email).full_name
    )

    # Confirm every pair with a mentor.
    page.get_by_role("button", name=_tr(language, "Confirm every pair with a mentor")).click()
    expect_message(page, _tr(language, "%(count)s mentorships created.", count=len(pairs)))
    created = Mentorship.objects.filter(program=program, status="active")
    assert created.count() == len(pairs)
    assert created.get(mentee_id=pair.mentee_id).mentor.email == chosen_email


EDITORS = {
    "es": "editor-es@example.org",
    "zh-hans": "editor-zh@example.org",
    "sk": "editor-sk@example.org",
}


def _translate_every_segment(page, language: str) -> str:
    """Fill every segment of wagtail-localize's editor, on each of its tabs; returns the
    title given."""
    title = f"{language}: municipal finance clinic"
    for tab in page.locator("[role=tab]").all():
        tab.click()
        while (segment := page.locator("li.incomplete:visible").first).count():
            source = segment.locator("p").first.inner_text().strip()
            segment.locator("button").first.click()
            if re.fullmatch(r"[a-z0-9-]+", source):
                text = f"{source}-{language}"  # the slug
            elif source.startswith("Municipal finance clinic"):
                text = title
            else:
                text = f"[{language}] {source}"
            segment.locator("textarea").fill(text)
            segment.locator("button").last.click()
            segment.locator("textarea").wait_for(state="detached")
    return title


@pytest.mark.parametrize("language", list(EDITORS))
def test_regional_editor_translates_and_publishes(page, language):
    """English is the source language: each regional editor translates into their own."""
    source = NewsPage.objects.get(locale__language_code="en", slug__startswith="municipal-finance")
    User.objects.filter(email=EDITORS[language]).update(preferred_language=language)
    sign_in(page, EDITORS[language], language, next_url="/admin/")
    assert _admin_language(page) == language

    page.goto(f"/admin/localize/submit/page/{source.pk}/")
    locales = page.locator("input[name=locales]")
    assert locales.count() == 1, "an editor translates only into their own locale"
    locales.check()
    page.locator("main form [type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    title = _translate_every_segment(page, language)
    page.locator("button[name=action][value=publish]").first.click()
    expect(page.locator(".messages")).to_contain_text(title)

    translated = source.get_translation(_locale(language))
    assert translated.live and translated.title == title
    page.goto(translated.url)
    assert page.locator("main h1").inner_text().strip() == title
    assert page.locator("html").get_attribute("lang") == language


def _locale(language):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=language)


def test_event_time_zone_is_not_a_translatable_segment(page):
    """A time zone id is copied to the translation, never offered to the translator."""
    event = EventPage.objects.get(locale__language_code="en", slug__startswith="webinar-managing")
    sign_in(page, "editor-es@example.org", "es", next_url="/admin/")
    page.goto(f"/admin/localize/submit/page/{event.pk}/")
    page.locator("input[name=locales]").check()
    page.locator("main form [type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    sources = page.locator("li.incomplete > p").all_inner_texts()
    assert sources and event.time_zone not in [s.strip() for s in sources]
