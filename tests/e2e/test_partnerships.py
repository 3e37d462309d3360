"""A visitor reads the city-to-city partnerships in Slovak and in Chinese: the list, then a
partnership's page with its indicator chart. No WCAG 2.2 A/AA violation that axe-core finds,
no sideways scrolling on a phone. Writes docs/screenshots/partnership-indicator-chart.png."""

import datetime
import io
from decimal import Decimal

import pytest
from django.utils import timezone

from .helpers import DESKTOP, PHONE, SCREENSHOTS, axe_violations, new_context, overflow

pytestmark = pytest.mark.e2e


def _public_partnership():
    """A public partnership with measured indicators: the demo's, or one made here."""
    from partnerships.models import Indicator, Measurement, Partnership

    found = (
        Partnership.objects.filter(
            status__in=("active", "completed"),
            objectives__indicators__measurements__isnull=False,
        )
        .order_by("pk")
        .first()
    )
    if found is not None:
        return found
    from tests.factories import MunicipalityFactory, make_partnership

    partnership = make_partnership(
        title_en="Cutting water losses in Košice",
        title_sk="Znižovanie strát vody v Košiciach",
        title_zh_hans="减少科希策的漏水",
        mentor_city=MunicipalityFactory(name_en="Brno", country="CZ"),
        partner_city=MunicipalityFactory(name_en="Košice", country="SK"),
    )
    today = timezone.localdate()
    for indicator in Indicator.objects.filter(objective__partnership=partnership):
        for months, value in ((18, "28.4"), (12, "26.1"), (6, "23.5"), (1, "21.25")):
            Measurement.objects.create(
                indicator=indicator,
                measured_on=today - datetime.timedelta(days=30 * months),
                value=Decimal(value),
                source="Vodárenská spoločnosť",
            )
    return partnership


def _save_figure(locator, name: str) -> None:
    """An element as docs/screenshots/NAME.png, in 128 colours like the page screenshots."""
    from PIL import Image

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    image = Image.open(io.BytesIO(locator.screenshot())).convert("RGB")
    image = image.quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    image.save(SCREENSHOTS / f"{name}.png", optimize=True)


def test_visitor_reads_partnerships_in_slovak_and_chinese(browser, live_server):
    partnership = _public_partnership()
    problems = []

    def check(page, language: str, width: int) -> None:
        where = f"{width}px {page.url}"
        if page.locator("html").get_attribute("lang") != language:
            problems.append(f"{where}: <html lang> is not {language}")
        if width == PHONE and (too_wide := overflow(page)):
            problems.append(f"{where}: scrolls sideways, {too_wide}")
        problems.extend(f"{where}: axe {item}" for item in axe_violations(page))

    for width in (PHONE, DESKTOP):
        context = new_context(browser, live_server, width)
        page = context.new_page()
        for language in ("sk", "zh-hans"):
            detail_url = f"/{language}/partnerships/{partnership.slug}/"
            assert page.goto(f"/{language}/partnerships/").status == 200
            check(page, language, width)
            page.locator(f"main a[href='{detail_url}']").click()
            page.wait_for_url(f"**{detail_url}")
            figure = page.locator("main figure.indicator").first
            assert figure.locator("svg[role=img] title").count() == 1
            assert figure.locator("svg[role=img]").is_visible()
            check(page, language, width)
            if width == DESKTOP and language == "sk":
                _save_figure(figure, "partnership-indicator-chart")
        context.close()
    assert not problems, "\n".join(problems)
