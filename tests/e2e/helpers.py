"""What the browser tests share: widths, languages, signing in, the demo pages' addresses and
the checks run on every page (horizontal overflow, text contrast, axe-core)."""

from __future__ import annotations

import io
import re
from functools import cache
from pathlib import Path

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

LANGUAGES = ["en", "es", "zh-hans", "sk"]
PHONE = 390
DESKTOP = 1280
WIDTHS = [PHONE, DESKTOP]
PASSWORD = "citypeers-demo"
AXE_JS = Path(settings.BASE_DIR) / "var" / "node" / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
SCREENSHOTS = Path(settings.BASE_DIR) / "docs" / "screenshots"


def viewport(width: int) -> dict:
    return {"width": width, "height": 844 if width < 600 else 800}


def width_name(width: int) -> str:
    return "phone" if width < 600 else "desktop"


# ------------------------------------------------------------------------------ signing in


def sign_in(page, email: str, language: str = "en", next_url: str = "") -> None:
    """Through the sign-in form, as a person would."""
    url = f"/{language}/accounts/login/"
    page.goto(f"{url}?next={next_url}" if next_url else url)
    page.fill("#id_login", email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


# Nothing leaves the machine: any request to another host is refused in the browser.
OTHER_HOSTS = re.compile(r"^(?!https?://(127\.0\.0\.1|localhost)[:/])[a-z]+://")


def new_context(browser, live_server, width: int = DESKTOP):
    """A browser context (own cookies) on the live server at ``width``."""
    context = browser.new_context(
        base_url=live_server.url, viewport=viewport(width), reduced_motion="reduce"
    )
    context.set_default_timeout(15_000)
    context.route(OTHER_HOSTS, lambda route: route.abort())
    return context


def signed_in_context(browser, live_server, email: str, width: int = DESKTOP):
    """A browser context with the session cookie of ``email`` (no sign-in form: faster)."""
    from django.test import Client

    from lms.models import User

    client = Client()
    client.force_login(User.objects.get(email=email))
    context = new_context(browser, live_server, width)
    context.add_cookies(
        [
            {"name": name, "value": morsel.value, "url": live_server.url}
            for name, morsel in client.cookies.items()
        ]
    )
    return context


# ---------------------------------------------------------------------------- demo addresses


def _first_url(model, language: str, **filters) -> str:
    page = model.objects.live().filter(locale__language_code=language, **filters).first()
    assert page is not None, f"no live {model.__name__} in {language}"
    return page.url


def public_urls(language: str) -> dict[str, str]:
    """Every public page type of the demo site in ``language``."""
    from cms_pages.models import (
        EventIndexPage,
        EventPage,
        HomePage,
        NewsIndexPage,
        NewsPage,
        RegionalOfficePage,
        ResourceIndexPage,
        ResourcePage,
    )
    from courses.models import Certificate, CourseIndexPage, CoursePage, LessonPage

    course = (
        CoursePage.objects.live()
        .filter(locale__language_code=language, slug__in=_course_slugs())
        .first()
    )
    certificate = Certificate.objects.order_by("pk").first()
    return {
        "home": _first_url(HomePage, language),
        "catalog": _first_url(CourseIndexPage, language),
        "course": course.url,
        "lesson": LessonPage.objects.child_of(course).live().order_by("path").first().url,
        "resources": _first_url(ResourceIndexPage, language),
        "resource": _first_url(ResourcePage, language),
        "news": _first_url(NewsIndexPage, language),
        "news-item": _first_url(NewsPage, language),
        "events": _first_url(EventIndexPage, language),
        "event": _first_url(EventPage, language),
        "office": _first_url(RegionalOfficePage, language),
        "search": f"/{language}/search/?q={SEARCH_WORDS[language]}",
        "sign-in": f"/{language}/accounts/login/",
        "sign-up": f"/{language}/accounts/signup/",
        "certificate": f"/{language}/certificates/{certificate.code}/",
    }


# A word every demo language's content has (participatory budgeting).
SEARCH_WORDS = {"en": "budget", "es": "presupuesto", "zh-hans": "预算", "sk": "rozpočet"}


@cache
def _course_slugs() -> tuple[str, ...]:
    from courses.demo_content.participatory_budgeting import COURSE

    return tuple(COURSE["slug"].values())


def learner_urls(language: str) -> dict[str, str]:
    return {
        "dashboard": f"/{language}/dashboard/",
        "transcript": f"/{language}/dashboard/transcript/",
        "profile": f"/{language}/accounts/profile/",
        "account-email": f"/{language}/accounts/email/",
        "mentoring": f"/{language}/mentoring/",
        "personal-data": f"/{language}/accounts/my-data/",
    }


def mentor_urls(language: str) -> dict[str, str]:
    from mentoring.models import Mentorship

    mentorships = Mentorship.objects.filter(mentor__email="mentor@example.org")
    active = mentorships.filter(status="active").order_by("pk").first()
    requested = mentorships.filter(status="requested").order_by("pk").first()
    return {
        "mentoring": f"/{language}/mentoring/",
        "mentor-dashboard": f"/{language}/mentoring/dashboard/",
        "workspace": f"/{language}/mentoring/m/{active.pk}/",
        "request": f"/{language}/mentoring/m/{requested.pk}/",
        "mentor-profile": f"/{language}/mentoring/profile/mentor/",
    }


# ------------------------------------------------------------------------- per-page checks

OVERFLOW_JS = """() => {
    const width = window.innerWidth;
    const wide = [];
    for (const el of document.querySelectorAll('body *')) {
        const box = el.getBoundingClientRect();
        if (box.width > 0 && box.right > width + 1) {
            wide.push(`${el.tagName.toLowerCase()}${el.className ? '.' + el.className : ''} (${Math.round(box.right)}px)`);
        }
    }
    return {scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 6)};
}"""


def overflow(page) -> str | None:
    """None, or what sticks out when the page is wider than the window."""
    result = page.evaluate(OVERFLOW_JS)
    if result["scrollWidth"] <= result["width"]:
        return None
    return f"{result['scrollWidth']}px wide in {result['width']}px: " + ", ".join(result["wide"])


CONTRAST_JS = """() => {
    const parse = (value) => {
        const m = /rgba?\\(([^)]+)\\)/.exec(value);
        if (!m) return null;
        const p = m[1].split(/[\\s,\\/]+/).filter(Boolean)
            .map(v => v.endsWith('%') ? parseFloat(v) / 100 : parseFloat(v));
        return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    };
    const over = (top, bottom) => [0, 1, 2].map(i => top[i] * top[3] + bottom[i] * (1 - top[3])).concat([1]);
    const luminance = (c) => {
        const [r, g, b] = c.slice(0, 3).map(v => {
            v /= 255;
            return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const background = (el) => {
        const layers = [];
        for (let e = el; e; e = e.parentElement) {
            const colour = parse(getComputedStyle(e).backgroundColor);
            if (colour && colour[3] > 0) {
                layers.push(colour);
                if (colour[3] >= 1) break;
            }
        }
        let result = [255, 255, 255, 1];
        for (const layer of layers.reverse()) result = over(layer, result);
        return result;
    };
    const opacity = (el) => {
        let value = 1;
        for (let e = el; e; e = e.parentElement) value *= parseFloat(getComputedStyle(e).opacity);
        return value;
    };
    const shown = (el) => {
        const box = el.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1 || box.right <= 0 || box.bottom <= 0) return false;
        return getComputedStyle(el).visibility === 'visible';
    };
    const found = [];
    const selector = 'a, button, select, input:not([type=hidden]):not([type=checkbox]):not([type=radio])';
    for (const el of document.querySelectorAll(selector)) {
        if (!shown(el)) continue;
        const isField = el.matches('input, select');
        const text = (isField ? (el.value || el.placeholder || el.name) : el.innerText).trim();
        if (!text) continue;
        const style = getComputedStyle(el);
        const back = background(el);
        const fore = parse(style.color);
        fore[3] *= opacity(el);
        const front = over(fore, back);
        const [a, b] = [luminance(front), luminance(back)];
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        if (ratio < 4.5) {
            found.push(`${el.tagName.toLowerCase()} “${text.slice(0, 40)}” ${ratio.toFixed(2)}:1 (${style.color} on rgb(${back.slice(0, 3).map(Math.round).join(', ')}))`);
        }
    }
    return found;
}"""


def low_contrast(page) -> list[str]:
    """Visible links, buttons and fields whose text contrast is under 4.5:1."""
    return page.evaluate(CONTRAST_JS)


@cache
def _axe_source() -> str:
    if not AXE_JS.exists():
        raise AssertionError(f"{AXE_JS} is missing: `make venv` installs axe-core with npm")
    return AXE_JS.read_text()


AXE_RUN_JS = """async (tags) => {
    const results = await axe.run(document, {
        runOnly: {type: 'tag', values: tags},
        resultTypes: ['violations'],
    });
    return results.violations.map(v => `${v.id} (${v.impact}): ` + v.nodes.slice(0, 3).map(
        n => n.target.join(' ') + ' – ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 200)
    ).join(' | '));
}"""


def axe_violations(page) -> list[str]:
    """axe-core's WCAG 2.2 AA violations on the page as it is now."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol, so the page's CSP (no inline script) holds.
        page.evaluate(_axe_source())
    return page.evaluate(AXE_RUN_JS, AXE_TAGS)


def screenshot(page, name: str, language: str, width: int) -> None:
    """The visible part of the page as docs/screenshots/NAME-LANGUAGE-WIDTH.png, in 128
    colours (a third of the size, text still crisp)."""
    from PIL import Image

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    image = Image.open(io.BytesIO(page.screenshot())).convert("RGB")
    image = image.quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    image.save(SCREENSHOTS / f"{name}-{language}-{width_name(width)}.png", optimize=True)


def tr(language: str, message: str, **values) -> str:
    """``message`` as the interface says it in ``language``."""
    with translation.override(language):
        text = gettext(message)
    return text % values if values else text


def expect_message(page, text: str) -> None:
    """The page (once loaded) tells the person ``text`` in its messages."""
    expect(page.locator(".messages")).to_contain_text(text)


def text_of(page, selector: str = "main") -> str:
    return re.sub(r"\s+", " ", page.locator(selector).inner_text())
