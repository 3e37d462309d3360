"""What tests/e2e/test_validators.py shares: plain HTTP against the live server (no browser,
no redirect followed), the Nu Html Checker, the feed, sitemap and LinkChecker checks, and short
grouped failure messages."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.utils.encoding import iri_to_uri

VNU_JAR = Path(settings.BASE_DIR, "var/node/node_modules/vnu-jar/build/dist/vnu.jar")
# LinkChecker of the virtualenv that runs the tests.
LINKCHECKER = Path(sys.executable).with_name("linkchecker")
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
SHOWN = 30  # items shown in a failure message; the rest are counted


# ------------------------------------------------------------------------------------ HTTP


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a 3xx comes back as it is


# No proxy from the environment: the live server is on loopback.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect)


def fetch(url: str, cookie: str = "", method: str = "GET") -> Response:
    """``url`` as the live server answers it, redirects not followed."""
    request = urllib.request.Request(iri_to_uri(url), method=method)
    if cookie:
        request.add_header("Cookie", cookie)
    try:
        with _OPENER.open(request, timeout=30) as response:
            return Response(response.status, _headers(response.headers), response.read())
    except urllib.error.HTTPError as error:
        return Response(error.code, _headers(error.headers), error.read())


def _headers(message) -> dict[str, str]:
    return {name.lower(): value for name, value in message.items()}


def session_cookie(email: str) -> str:
    """A ``Cookie`` header value with the session of ``email`` (no sign-in form)."""
    from django.test import Client

    from lms.models import User

    client = Client()
    client.force_login(User.objects.get(email=email))
    return "; ".join(f"{name}={morsel.value}" for name, morsel in client.cookies.items())


def origin(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def path_of(url: str) -> str:
    """The path and query of ``url``, for asking the live server whatever host it names."""
    parts = urllib.parse.urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


# ------------------------------------------------------------------------ failure messages


def grouped(title: str, groups: dict[str, list[str]], per_group: int = 4) -> str:
    """``title``, then one line per group (most frequent first) with its count and its first
    few places; SHOWN groups at most."""
    total = sum(len(places) for places in groups.values())
    lines = [f"{title}: {total} in {len(groups)} kinds"]
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
    for message, places in ordered[:SHOWN]:
        shown = ", ".join(places[:per_group])
        more = f", … {len(places) - per_group} more" if len(places) > per_group else ""
        lines.append(f"  [{len(places)}×] {message}\n      at {shown}{more}")
    if len(ordered) > SHOWN:
        lines.append(f"  … and {len(ordered) - SHOWN} more kinds")
    return "\n".join(lines)


def listed(title: str, problems: list[str]) -> str:
    lines = [f"{title}: {len(problems)}"]
    lines += [f"  {problem}" for problem in problems[:SHOWN]]
    if len(problems) > SHOWN:
        lines.append(f"  … and {len(problems) - SHOWN} more")
    return "\n".join(lines)


# ------------------------------------------------------------------------ Nu Html Checker


# A page with one error the checker must find: a run that finds none checked nothing.
VNU_CONTROL = (
    '<!DOCTYPE html><html lang="en"><head><title>control</title></head>'
    '<body><p id="twice" id="twice">control</p></body></html>'
)
VNU_CONTROL_NAME = "_vnu-control.html"


def vnu_errors(folder: Path) -> list[dict]:
    """The Nu Html Checker's errors for every .html file in ``folder`` (one Java run)."""
    java = shutil.which("java")
    if java is None:
        raise AssertionError("java is missing: `make e2e-deps` installs default-jre-headless")
    if not VNU_JAR.exists():
        raise AssertionError(f"{VNU_JAR} is missing: `make e2e-deps` installs vnu-jar with npm")
    (folder / VNU_CONTROL_NAME).write_text(VNU_CONTROL)
    result = subprocess.run(
        [
            java,
            "-jar",
            str(VNU_JAR),
            "--format",
            "json",
            "--errors-only",
            "--skip-non-html",
            str(folder),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    # The messages go to stderr; the exit status is 1 when there are errors.
    report = result.stderr.strip() or result.stdout.strip()
    try:
        messages = json.loads(report)["messages"]
    except (ValueError, KeyError) as error:
        raise AssertionError(f"vnu.jar said (exit {result.returncode}): {report[:2000]}") from error
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    control = [m for m in errors if m.get("url", "").endswith("/" + VNU_CONTROL_NAME)]
    if not control:
        raise AssertionError(f"vnu.jar found no error in its control page: {report[:2000]}")
    return [m for m in errors if m not in control]


# ---------------------------------------------------------------------------------- feeds


def _text(element, tag: str) -> str | None:
    found = element.find(tag)
    return None if found is None else (found.text or "").strip()


def atom_problems(body: bytes) -> list[str]:
    """What RFC 4287 requires of a feed and its entries that the document lacks."""
    try:
        feed = ET.fromstring(body)
    except ET.ParseError as error:
        return [f"not well-formed XML: {error}"]
    if feed.tag != f"{ATOM}feed":
        return [f"the root element is {feed.tag}, not Atom's feed"]
    problems = [
        f"feed has no {name} (RFC 4287 §4.1.1)"
        for name in ("id", "title", "updated")
        if not _text(feed, f"{ATOM}{name}")
    ]
    entries = feed.findall(f"{ATOM}entry")
    if not entries:
        problems.append("feed has no entry")
    feed_author = feed.find(f"{ATOM}author") is not None
    missing = defaultdict(int)
    for entry in entries:
        for name in ("id", "title", "updated"):
            if not _text(entry, f"{ATOM}{name}"):
                missing[name] += 1
        if entry.find(f"{ATOM}link") is None:
            missing["link"] += 1
        if not feed_author and entry.find(f"{ATOM}author") is None:
            missing["author"] += 1
    for name, count in sorted(missing.items()):
        if name == "author":
            problems.append(
                f"no author on the feed nor on {count} of {len(entries)} entries (RFC 4287 §4.1.1)"
            )
        else:
            problems.append(f"{count} of {len(entries)} entries have no {name} (RFC 4287 §4.1.2)")
    return problems


def rss_problems(body: bytes) -> list[str]:
    """What RSS 2.0 requires of a channel (title, link, description) and of an item."""
    try:
        rss = ET.fromstring(body)
    except ET.ParseError as error:
        return [f"not well-formed XML: {error}"]
    channel = rss.find("channel")
    if rss.tag != "rss" or channel is None:
        return [f"the root element is {rss.tag}, not rss with a channel"]
    problems = [
        f"channel has no {name}"
        for name in ("title", "link", "description")
        if _text(channel, name) is None
    ]
    items = channel.findall("item")
    if not items:
        problems.append("channel has no item")
    untitled = sum(
        1 for item in items if not _text(item, "title") and not _text(item, "description")
    )
    if untitled:
        problems.append(f"{untitled} items have neither title nor description")
    return problems


def feed_links(body: bytes) -> list[str]:
    """Every link of an RSS or Atom document (channel, feed, items and entries)."""
    root = ET.fromstring(body)
    if root.tag == f"{ATOM}feed":
        return [link.get("href", "") for link in root.iter(f"{ATOM}link")]
    return [(link.text or "").strip() for link in root.iter("link")]


# -------------------------------------------------------------------------------- sitemap


@dataclass
class SitemapUrl:
    loc: str
    alternates: dict[str, str] = field(default_factory=dict)  # hreflang -> href


def parse_sitemap(body: bytes) -> list[SitemapUrl]:
    urls = []
    for element in ET.fromstring(body).iter(f"{SITEMAP}url"):
        entry = SitemapUrl((element.findtext(f"{SITEMAP}loc") or "").strip())
        for link in element.iter(f"{XHTML}link"):
            if link.get("rel") == "alternate":
                entry.alternates[link.get("hreflang", "")] = link.get("href", "")
        urls.append(entry)
    return urls


def sitemap_problems(urls: list[SitemapUrl], server: str) -> dict[str, list[str]]:
    """Host, hreflang reciprocity, x-default and self entries of the sitemap's urls. Compared
    by path, so that a wrong host is told once, not again as a missing alternate."""
    problems: dict[str, list[str]] = defaultdict(list)
    by_path = {path_of(url.loc): url for url in urls}
    for url in urls:
        here = path_of(url.loc)
        for where, address in [("loc", url.loc)] + [
            (f"alternate {lang}", href) for lang, href in url.alternates.items()
        ]:
            if origin(address) != server:
                problems[f"{where} not on the live server {server} (on {origin(address)})"].append(
                    here
                )
        if not url.alternates:
            continue
        if "x-default" not in url.alternates:
            problems["no x-default alternate"].append(here)
        if here not in {path_of(href) for href in url.alternates.values()}:
            problems["no alternate for the url itself"].append(here)
        for lang, href in url.alternates.items():
            there = path_of(href)
            if there == here:
                continue
            other = by_path.get(there)
            if other is None:
                problems["alternate that is no url of the sitemap"].append(
                    f"{here} → {lang} {there}"
                )
            elif here not in {path_of(back) for back in other.alternates.values()}:
                problems["alternate that does not list the url back"].append(
                    f"{here} → {lang} {there}"
                )
    return problems


# ---------------------------------------------------------------------------- LinkChecker


# LinkChecker's command, with its politeness delay lifted: it waits 0.1 to 0.6 s between two
# requests to one host (whatever `maxrequestspersecond` says, unless the server answers with a
# `LinkChecker` header), about two minutes for the demo site instead of half a minute.
LINKCHECKER_MAIN = """\
import sys
from linkcheck.director.aggregator import Aggregate
Aggregate.wait_for_host = lambda self, host: None
from linkcheck.command.linkchecker import linkchecker
sys.argv[0] = "linkchecker"
sys.exit(linkchecker())
"""


def linkchecker(start_urls: list[str], ignore: list[str], timeout: int) -> tuple[int, list[dict]]:
    """LinkChecker from ``start_urls`` (recursion within their host, no external URL
    checked): how many URLs it fetched, and the broken ones as dicts of url, parent, line and
    result. Output is read from stdout: LinkChecker run as root drops to user nobody, who may
    not write our files."""
    if not LINKCHECKER.exists():
        raise AssertionError(
            f"{LINKCHECKER} is missing: `make venv` installs LinkChecker (pyproject.toml, dev)"
        )
    command = [
        sys.executable,
        "-c",
        LINKCHECKER_MAIN,
        "--threads",
        "4",
        "--timeout",
        "30",
        "--no-status",
        "--no-warnings",
        # Every link is checked, whatever robots.txt asks of crawlers.
        "--no-robots",
        # Every URL is logged, so that a crawl that found nothing to check is told.
        "--verbose",
        "-o",
        "csv/utf-8",
    ]
    for pattern in ignore:
        command += ["--ignore-url", pattern]
    try:
        result = subprocess.run(
            command + start_urls,
            capture_output=True,
            text=True,
            timeout=timeout,
            env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": "/nonexistent"},
        )
    except subprocess.TimeoutExpired as error:
        raise AssertionError(f"linkchecker did not finish in {timeout} s") from error
    # Exit 0: no error; 1: broken links (or warnings); 2: LinkChecker itself failed.
    if result.returncode not in (0, 1):
        raise AssertionError(
            f"linkchecker failed (exit {result.returncode}): {result.stderr[-2000:]}"
        )
    rows = [line for line in result.stdout.splitlines() if line and not line.startswith("#")]
    reader = csv.reader(io.StringIO("\n".join(rows)), delimiter=";")
    header = next(reader, None)
    if header is None:
        raise AssertionError(f"linkchecker printed no CSV header: {result.stderr[-2000:]}")
    fetched, broken = 0, []
    for row in reader:
        # The first eight columns are always there; "line" and "column" only when known.
        record = dict(zip(header[:8], row[:8], strict=False))
        checked = record.get("result", "") not in ("filtered", "ignored")
        fetched += checked and record.get("url", "").startswith("http")
        if record.get("valid") == "True":
            continue
        broken.append(
            {
                "url": record.get("url") or record.get("urlname", ""),
                "parent": record.get("parentname", ""),
                "line": row[8] if len(row) == len(header) else "",
                "result": record.get("result", ""),
            }
        )
    return fetched, broken
