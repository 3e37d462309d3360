"""Validators, no browser, against the live server on the demo data: the Nu Html Checker on
every page type in the four languages, the news feeds (feedparser and RFC 4287), the sitemap
and robots.txt, and LinkChecker over the public site."""

from __future__ import annotations

import re
import time
from collections import defaultdict

import feedparser
import pytest

from .helpers import LANGUAGES, learner_urls, public_urls
from .validators import (
    atom_problems,
    feed_links,
    fetch,
    grouped,
    linkchecker,
    listed,
    origin,
    parse_sitemap,
    path_of,
    rss_problems,
    session_cookie,
    sitemap_problems,
    vnu_errors,
)

pytestmark = pytest.mark.e2e

LEARNER = "learner@example.org"


COORDINATOR = "coordinator@example.org"
FOCAL_POINT = "peter.hudec@cities.example.org"  # Kamenná Dolina's (a self-assessment to start)


def _pages_to_validate() -> list[tuple[str, str, str]]:
    """(name, url, email of the person signed in, or "") of every page type in every
    language."""
    from partnerships.models import Municipality

    municipality = Municipality.objects.order_by("pk").first()
    assert municipality is not None, "the demo has no municipality"
    pages = []
    for language in LANGUAGES:
        pages += [(f"{language}-{name}", url, "") for name, url in public_urls(language).items()]
        pages += [
            (f"{language}-partnerships", f"/{language}/partnerships/", ""),
            (f"{language}-municipality", f"/{language}/municipalities/{municipality.slug}/", ""),
        ]
        pages += [
            (f"{language}-{name}", url, LEARNER) for name, url in learner_urls(language).items()
        ]
        questionnaires = f"/{language}/questionnaires/"
        pages += [
            (f"{language}-questionnaires", questionnaires, LEARNER),
            (
                f"{language}-assessment-start",
                f"{questionnaires}capacity-self-assessment/",
                FOCAL_POINT,
            ),
            (
                f"{language}-assessments-of-region",
                f"{questionnaires}capacity-self-assessment/",
                COORDINATOR,
            ),
            (
                f"{language}-survey-results",
                f"{questionnaires}local-government-workforce-2026/results/",
                COORDINATOR,
            ),
        ]
    return pages


def test_html_is_valid(live_server, tmp_path):
    """Every page type in every language is valid HTML for the Nu Html Checker."""
    cookies = {email: session_cookie(email) for email in (LEARNER, COORDINATOR, FOCAL_POINT)}
    by_file, problems = {}, []
    for name, url, email in _pages_to_validate():
        response = fetch(live_server.url + url, cookie=cookies[email] if email else "")
        if response.status != 200:
            problems.append(f"{url}{f' (as {email})' if email else ''}: HTTP {response.status}")
            continue
        (tmp_path / f"{name}.html").write_bytes(response.body)
        by_file[f"{name}.html"] = url
    errors = defaultdict(list)
    for message in vnu_errors(tmp_path):
        url = by_file.get(message.get("url", "").rsplit("/", 1)[-1], message.get("url", ""))
        errors[message.get("message", "?")].append(f"{url}:{message.get('lastLine', '?')}")
    report = [listed("pages not fetched", problems)] if problems else []
    if errors:
        report.append(
            grouped(f"Nu Html Checker errors on {len(by_file)} pages", errors, per_group=8)
        )
    assert not report, "\n".join(report)


def test_feeds_are_valid(live_server):
    """Each language's news RSS and Atom feeds parse cleanly (feedparser's bozo is 0), have
    what RSS 2.0 and RFC 4287 require, and link to the live server."""
    problems = defaultdict(list)
    for language in LANGUAGES:
        news = public_urls(language)["news"]
        for kind, url, required in (
            ("RSS", f"{news}feed/rss/", rss_problems),
            ("Atom", f"{news}feed/atom/", atom_problems),
        ):
            response = fetch(live_server.url + url)
            if response.status != 200:
                problems[f"{kind}: HTTP {response.status}"].append(url)
                continue
            parsed = feedparser.parse(
                response.body, response_headers={"content-type": response.content_type}
            )
            if parsed.bozo:
                problems[f"{kind}: feedparser bozo: {parsed.bozo_exception}"].append(url)
            found = required(response.body)
            for problem in found:
                problems[f"{kind}: {problem}"].append(url)
            if not any(problem.startswith("not well-formed") for problem in found):
                elsewhere = {
                    origin(link) or "(relative)"
                    for link in feed_links(response.body)
                    if origin(link) != live_server.url
                }
                for where in sorted(elsewhere):
                    problems[f"{kind}: links not on the live server, to {where}"].append(url)
    assert not problems, grouped("feed problems", problems)


def test_sitemap(live_server):
    """Every url and alternate of /sitemap.xml is on the live server and answers 200 (no
    redirect); hreflang alternates are reciprocal, with x-default and the url itself."""
    response = fetch(live_server.url + "/sitemap.xml")
    assert response.status == 200, f"/sitemap.xml: HTTP {response.status}"
    urls = parse_sitemap(response.body)
    assert urls, "/sitemap.xml lists no url"
    problems = sitemap_problems(urls, live_server.url)
    addresses = {path_of(url.loc) for url in urls}
    addresses |= {path_of(href) for url in urls for href in url.alternates.values()}
    for address in sorted(addresses):
        status = fetch(live_server.url + address).status
        if status != 200:
            problems[f"answers HTTP {status} (through the live server)"].append(address)
    assert not problems, grouped(f"sitemap problems ({len(urls)} urls)", problems)


def test_robots_txt(live_server):
    """/robots.txt is plain text that names the sitemap's absolute URL on the live server."""
    response = fetch(live_server.url + "/robots.txt")
    problems = []
    if response.status != 200:
        problems.append(
            f"HTTP {response.status}"
            + (f" to {response.headers['location']}" if "location" in response.headers else "")
        )
    else:
        if not response.content_type.startswith("text/plain"):
            problems.append(f"Content-Type is {response.content_type!r}, not text/plain")
        sitemaps = re.findall(r"(?im)^\s*sitemap:\s*(\S+)", response.text)
        expected = f"{live_server.url}/sitemap.xml"
        if expected not in sitemaps:
            problems.append(f"no 'Sitemap: {expected}' line (Sitemap lines: {sitemaps or 'none'})")
    assert not problems, listed("/robots.txt problems", problems)


# What LinkChecker leaves out (checked for syntax only, never fetched nor followed): the
# "Sign in" links carry ?next=<the page>: one more URL per page for the same form, which
# test_html_is_valid checks (the plain /accounts/login/ and /accounts/signup/ are crawled).
LINKCHECK_IGNORE = [r"/accounts/login/\?next="]
LINKCHECK_TIMEOUT = 90  # seconds (the demo site takes about 10)


def test_no_broken_links(live_server):
    """LinkChecker crawls the public site from / and each language's home page (within the
    live server's host, no external URL fetched) and finds no broken link."""
    started = time.monotonic()
    fetched, broken = linkchecker(
        [f"{live_server.url}/"] + [f"{live_server.url}/{language}/" for language in LANGUAGES],
        ignore=LINKCHECK_IGNORE,
        timeout=LINKCHECK_TIMEOUT,
    )
    # The demo site has some 350 URLs to fetch: far fewer means the crawl went wrong.
    assert fetched > 100, f"LinkChecker fetched only {fetched} URLs"
    groups = defaultdict(list)
    for link in broken:
        parent = path_of(link["parent"]) + (f":{link['line']}" if link["line"] else "")
        groups[f"{path_of(link['url']) or link['url']} – {link['result']}"].append(
            parent or "(start)"
        )
    assert not groups, grouped(
        f"broken links (LinkChecker, {fetched} URLs in {time.monotonic() - started:.0f} s)", groups
    )
