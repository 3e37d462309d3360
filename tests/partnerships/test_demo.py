"""The partnerships demo: a dozen municipalities and three partnerships at different stages,
their public text in all four languages, dates that respect the models' rules, the completed
partnership's case study published in all four languages, and a seeder that can run twice
without doubling anything."""

from __future__ import annotations

import re
from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.utils import timezone
from wagtail.models import Page, Revision

from cms_pages.demo import SECTION_TEXT, ensure_home_pages, ensure_section
from cms_pages.models import ResourceIndexPage, ResourcePage
from lms import registry
from lms.demo import seed as seed_accounts
from lms.models import User
from partnerships import demo_content, selectors
from partnerships.demo import seed
from partnerships.models import (
    Activity,
    Decision,
    Exchange,
    Indicator,
    Measurement,
    Municipality,
    Objective,
    Official,
    Partnership,
    PartnershipMember,
)
from tests.factories import url_in

LANGUAGES = ["en", "es", "zh_hans", "sk"]
CJK = re.compile(r"[\u4e00-\u9fff]")
# Chinese text takes full-width punctuation (GLOSSARY.md): no ASCII comma, full stop, colon or
# semicolon followed by a space.
ASCII_PUNCTUATION = re.compile(r"[,.;:]\s")


def _seed() -> str:
    out = StringIO()
    seed(stdout=out)
    return out.getvalue()


@pytest.fixture
def demo(db):
    """As seed_demo runs it: accounts (lms), then the resource library in every locale
    (cms_pages), then the partnerships."""
    seed_accounts(stdout=StringIO())
    ensure_section(ensure_home_pages(), ResourceIndexPage, SECTION_TEXT["resources"])
    return _seed()


def _snapshot() -> dict:
    models = [
        User, EmailAddress, Municipality, Official, Partnership, PartnershipMember, Objective,
        Indicator, Measurement, Exchange, Activity, Decision,
    ]
    models += [Page, ResourcePage, Revision]
    counts = {model.__name__: model.objects.count() for model in models}
    counts["live pages"] = Page.objects.live().count()
    counts["focal points"] = Municipality.focal_points.through.objects.count()
    counts["side focal points"] = PartnershipMember.focal_points.through.objects.count()
    counts["coordinators"] = Partnership.coordinators.through.objects.count()
    counts["participants"] = Exchange.participants.through.objects.count()
    return counts


def test_the_seeder_is_registered():
    assert dict(registry.demo_seeders.in_app_order())["partnerships"] is seed


def test_seeding_twice_creates_nothing_twice(demo):
    assert demo.strip() == "12 municipalities, 3 partnerships ready, 1 story"
    first = _snapshot()
    assert _seed() == demo
    assert _snapshot() == first


def _assert_translated(instance, field: str, *, differ: bool) -> None:
    english = getattr(instance, f"{field}_en")
    assert english, (instance, field)
    for code in LANGUAGES[1:]:
        text = getattr(instance, f"{field}_{code}")
        assert text and text.strip(), (instance, field, code)
        if differ:
            assert text != english, (instance, field, code)
    chinese = getattr(instance, f"{field}_zh_hans")
    if differ:
        assert CJK.search(chinese), (instance, field)
        assert not ASCII_PUNCTUATION.search(chinese), (instance, field, chinese)


def test_municipalities_speak_four_languages(demo):
    municipalities = list(Municipality.objects.all())
    assert len(municipalities) == 12
    assert {m.region for m in municipalities} == {
        "europe", "latin_america", "east_asia", "south_asia", "global",
    }
    assert {m.country.code for m in municipalities} == {"SK", "MX", "CN", "IN", "US"}
    for municipality in municipalities:
        _assert_translated(municipality, "name", differ=False)  # proper names may stay
        _assert_translated(municipality, "profile", differ=True)
        assert municipality.population and municipality.languages
        assert municipality.website.startswith("https://example.org/")


def test_partnerships_speak_four_languages(demo):
    partnerships = list(Partnership.objects.all())
    assert len(partnerships) == 3
    for partnership in partnerships:
        _assert_translated(partnership, "title", differ=True)
        _assert_translated(partnership, "problem", differ=True)
        if partnership.status != Partnership.Status.PROPOSED:
            _assert_translated(partnership, "lessons", differ=True)
        for objective in partnership.objectives.all():
            _assert_translated(objective, "title", differ=True)
            for indicator in objective.indicators.all():
                _assert_translated(indicator, "name", differ=True)
                _assert_translated(indicator, "unit", differ=False)  # "%" is "%"
    for lessons in Partnership.objects.filter(status=Partnership.Status.PROPOSED).values_list(
        *[f"lessons_{code}" for code in LANGUAGES]
    ):
        assert not any(lessons)  # nothing learned yet, in no language


def test_three_stages_and_their_records(demo):
    today = timezone.localdate()
    by_status = {p.status: p for p in Partnership.objects.all()}
    assert set(by_status) == {"completed", "active", "proposed"}

    completed = by_status["completed"]
    assert completed.starts_on < completed.ends_on < today
    assert completed.objectives.count() == 2
    indicators = Indicator.objects.filter(objective__partnership=completed)
    assert indicators.count() == 3
    for indicator in indicators:
        assert 5 <= indicator.measurements.count() <= 8
    assert completed.exchanges.count() == 2
    assert all(exchange.trip_report for exchange in completed.exchanges.all())
    assert not completed.activities.exclude(status__in=["done", "cancelled"]).exists()
    assert completed.decisions.exists()

    active = by_status["active"]
    coordinator = User.objects.get(email=demo_content.COORDINATOR_EMAIL)
    assert active.region == coordinator.region == "south_asia"
    assert coordinator in active.coordinators.all()
    assert selectors.partnership_coordinated_by(user=coordinator, partnership=active)
    assert active in selectors.partnerships_of(user=coordinator)
    measured = [
        indicator.measurements.exists()
        for indicator in Indicator.objects.filter(objective__partnership=active)
    ]
    assert any(measured) and not all(measured)  # partly measured
    assert active.exchanges.filter(starts_on__gt=today, trip_report="").exists()
    assert active.activities.filter(status__in=["planned", "in_progress"]).exists()

    proposed = by_status["proposed"]
    assert proposed.problem_en
    assert not Measurement.objects.filter(indicator__objective__partnership=proposed).exists()
    assert not proposed.is_public


def test_dates_keep_the_models_rules(demo):
    today = timezone.localdate()
    measurements = Measurement.objects.select_related("indicator")
    assert measurements.count() >= 20
    for measurement in measurements:
        indicator = measurement.indicator
        assert indicator.baseline_on <= measurement.measured_on <= today
        assert measurement.measured_on <= indicator.target_on
    for indicator in Indicator.objects.all():
        assert indicator.target_on >= indicator.baseline_on
    for partnership in Partnership.objects.exclude(starts_on=None).exclude(ends_on=None):
        assert partnership.ends_on >= partnership.starts_on
    for exchange in Exchange.objects.all():
        assert exchange.ends_on >= exchange.starts_on
        assert exchange.host_id != exchange.visitors_id
        cities = set(exchange.partnership.members.values_list("municipality_id", flat=True))
        assert {exchange.host_id, exchange.visitors_id} <= cities
        assert not exchange.trip_report or exchange.starts_on <= today
    assert not Decision.objects.filter(decided_on__gt=today).exists()


def test_officials_and_focal_points(demo):
    confirmed = Official.objects.filter(status=Official.Status.CONFIRMED, listed=True)
    assert confirmed.count() >= 3
    assert all(official.position for official in confirmed)
    assert Official.objects.filter(status=Official.Status.REQUESTED).count() == 1
    for member in PartnershipMember.objects.all():
        focal_points = list(member.focal_points.all())
        assert focal_points
        for user in focal_points:
            assert user in member.municipality.focal_points.all()
            assert user.email.endswith("@cities.example.org")
            assert user.check_password("citypeers-demo")
            assert EmailAddress.objects.filter(user=user, verified=True).exists()
    # Workspace records are by people working in the partnership, as the services require.
    for partnership in Partnership.objects.all():
        people = set(selectors.partnership_people(partnership=partnership))
        for activity in partnership.activities.all():
            assert activity.owner in people
        for exchange in partnership.exchanges.all():
            assert set(exchange.participants.all()) <= people
        for decision in partnership.decisions.all():
            assert decision.recorded_by in people
        for measurement in Measurement.objects.filter(
            indicator__objective__partnership=partnership
        ):
            assert measurement.recorded_by in people


# ----------------------------------------------------------------------------- the story

STORY_LOCALES = {"en", "es", "zh-hans", "sk"}
TAGS = re.compile(r"<[^>]+>")


def _story_versions(partnership) -> dict[str, ResourcePage]:
    english = ResourcePage.objects.get(pk=partnership.story_id)
    return {
        page.locale.language_code: page
        for page in ResourcePage.objects.filter(
            translation_key=english.translation_key
        ).select_related("locale")
    }


def _text(page: ResourcePage) -> str:
    return TAGS.sub(" ", str(page.body))


def test_the_completed_partnership_tells_its_story_in_four_languages(demo):
    completed = Partnership.objects.get(status=Partnership.Status.COMPLETED)
    story = ResourcePage.objects.get(pk=completed.story_id)
    assert story.locale.language_code == "en"
    assert story.resource_type == "partnership_story" and story.region == "latin_america"
    assert list(story.topics.all()) == [completed.topic]
    assert completed.ends_on < story.publication_date <= timezone.localdate()
    assert not Partnership.objects.exclude(pk=completed.pk).exclude(story=None).exists()

    versions = _story_versions(completed)
    assert set(versions) == STORY_LOCALES
    back = f'href="/partnerships/{completed.slug}/"'
    for code, page in versions.items():
        assert page.live and not page.has_unpublished_changes, code
        assert page.get_parent().specific_class is ResourceIndexPage, code
        assert page.get_parent().locale == page.locale, code
        assert page.summary and page.title != completed.title_en, code
        assert back in str(page.body), code
        assert page.body[-1].block_type == "paragraph", code  # the link back comes last
        assert back in str(page.body[-1].value), code
        headings = [block.value["text"] for block in page.body if block.block_type == "heading"]
        assert len(headings) == 4, code
    english_words = len(_text(story).split())
    assert 300 <= english_words <= 450, english_words
    for number in ["46%", "33.1%", "96", "26 hours", "58%", "83.4%", "3,500", "twelve"]:
        assert number in _text(story), number
    for code in STORY_LOCALES - {"en"}:
        page = versions[code]
        assert str(page.body) != str(story.body), code
        assert page.title != story.title and page.summary != story.summary, code
        assert page.slug != story.slug, code
        assert page.publication_date == story.publication_date, code
        assert list(page.topics.all()) == [completed.topic], code
    chinese = versions["zh-hans"]
    for text in [chinese.title, chinese.summary, _text(chinese)]:
        assert CJK.search(text)
        assert not ASCII_PUNCTUATION.search(text), text
    slovak = versions["sk"]
    for text in [slovak.title, slovak.summary, _text(slovak)]:
        assert not re.search(r"\d%", text), text  # "46 %", with a space
    assert "33,1 %" in _text(slovak) and "33,1%" in _text(versions["es"])


def test_the_partnership_page_links_to_the_story_in_the_visitors_language(demo, client):
    completed = Partnership.objects.get(status=Partnership.Status.COMPLETED)
    versions = _story_versions(completed)
    for code in STORY_LOCALES:
        html = client.get(url_in(code, "partnerships:detail", completed.slug)).content.decode()
        assert f'href="{versions[code].url}"' in html, code
    assert versions["es"].url.startswith("/es/recursos/")
    response = client.get(versions["es"].url)
    assert response.status_code == 200
    page = response.content.decode()
    assert versions["es"].title in page
    assert f'href="/partnerships/{completed.slug}/"' in page


def test_without_a_resource_library_the_partnerships_come_without_a_story(db):
    seed_accounts(stdout=StringIO())
    assert _seed().strip() == "12 municipalities, 3 partnerships ready"
    assert not Partnership.objects.exclude(story=None).exists()
    assert not ResourcePage.objects.exists()


def test_a_locale_missing_its_translation_gets_it_on_the_next_run(demo):
    completed = Partnership.objects.get(status=Partnership.Status.COMPLETED)
    versions = _story_versions(completed)
    versions["sk"].delete()
    assert _seed() == demo
    again = _story_versions(completed)
    assert set(again) == STORY_LOCALES and again["sk"].live
    assert again["en"].pk == versions["en"].pk and again["es"].pk == versions["es"].pk
