"""What other software reads: absolute URLs on the host that asked, robots.txt, Atom feeds
that keep RFC 4287, page metadata (description, Open Graph), schema.org JSON-LD, valid sign-up
HTML and heading order, and lang attributes that say the language of the words they wrap.
The validators themselves (Nu Html Checker, feeds, sitemap, links) run in
tests/e2e/test_validators.py."""

import json
import re
from xml.etree import ElementTree

import pytest

from tests.cms_pages.test_events import event  # noqa: F401  (fixture)
from tests.cms_pages.test_publishing import calendar, newsroom  # noqa: F401  (fixtures)

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
ON_ANOTHER_PORT = {"HTTP_HOST": "127.0.0.1:8765"}


def _json_ld(html: str) -> list[dict]:
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def test_sitemap_uses_the_serving_host_with_x_default(client, about_pages):
    body = client.get("/sitemap.xml", **ON_ANOTHER_PORT).content.decode()
    tree = ElementTree.fromstring(body)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locations = [loc.text for loc in tree.iterfind(".//s:loc", ns)]
    assert locations and all(url.startswith("http://127.0.0.1:8765/") for url in locations)
    for url in tree.iterfind("s:url", ns):
        links = {link.get("hreflang"): link.get("href") for link in url.iterfind("x:link", ns)}
        if links:
            assert links["x-default"] == links["en"]
            assert url.findtext("s:loc", namespaces=ns) in links.values()  # a self entry
            assert all(href.startswith("http://127.0.0.1:8765/") for href in links.values())


def test_robots_txt_points_to_the_sitemap(client, home_pages):
    response = client.get("/robots.txt", **ON_ANOTHER_PORT)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: http://127.0.0.1:8765/sitemap.xml" in text
    assert "Disallow: /admin/" in text and "Disallow: /sk/accounts/" in text


def test_atom_feed_has_updated_and_author(client, newsroom):  # noqa: F811
    feed = ElementTree.fromstring(client.get("/en/news/feed/atom/").content)
    assert feed.findtext(f"{ATOM}updated")
    assert feed.find(f"{ATOM}author/{ATOM}name").text.startswith("CityPeers")
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    for entry in entries:
        assert entry.findtext(f"{ATOM}updated") and entry.findtext(f"{ATOM}id")
        assert entry.find(f"{ATOM}author/{ATOM}name") is not None


def test_past_events_alternates_point_to_past_events(client, calendar):  # noqa: F811
    html = client.get("/en/events/past/").content.decode()
    alternates = dict(re.findall(r'hreflang="([^"]+)" href="http://testserver([^"]+)"', html))
    assert alternates["en"] == "/en/events/past/"
    assert all(url.endswith("/past/") for url in alternates.values()), alternates


@pytest.mark.parametrize(
    "url", ["/sk/accounts/login/", "/sk/accounts/signup/", "/en/accounts/password/reset/"]
)
def test_account_pages_have_one_line_titles_and_descriptions(client, home_pages, url):
    html = client.get(url).content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert "\n" not in title and title.endswith(" · CityPeers") and not title.startswith(" ")
    assert re.search(r'<meta name="description" content="[^"]{40,}">', html)
    assert re.search(r'<meta property="og:description" content="[^"]{40,}">', html)
    assert '<meta property="og:type" content="website">' in html
    assert re.search(r'<meta property="og:image" content="http://testserver/static/', html)


def test_open_graph_locales_and_types(client, about_pages, home_pages):
    home = client.get("/zh-hans/").content.decode()
    assert '<meta property="og:locale" content="zh_CN">' in home
    assert '<meta property="og:type" content="website">' in home
    about = client.get("/sk/o-nas/").content.decode()
    assert '<meta property="og:locale" content="sk_SK">' in about
    assert '<meta property="og:type" content="article">' in about
    alternates = re.findall(r'og:locale:alternate" content="([^"]+)"', about)
    assert sorted(alternates) == ["en_US", "es_MX", "zh_CN"]


def test_sign_up_help_text_is_valid_html(client, home_pages):
    html = client.get("/en/accounts/signup/").content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    assert "<ul" in main  # the password rules are a list…
    for paragraph in re.findall(r"<p\b.*?</p>", main, re.S):
        assert "<ul" not in paragraph and "<div" not in paragraph  # …never inside a <p>
    assert 'aria-describedby="id_password1_helptext"' in main


def test_listing_cards_follow_the_page_heading(client, newsroom):  # noqa: F811
    html = client.get("/en/news/").content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    levels = [int(level) for level in re.findall(r"<h([1-6])", main)]
    assert levels[0] == 1
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False)), levels


def test_other_language_cards_mark_only_their_own_words(client, newsroom):  # noqa: F811
    html = client.get("/en/news/").content.decode()
    card = re.search(r'<li class="card">(?:(?!</li>).)*Správa z Bratislavy.*?</li>', html, re.S)
    assert card is not None
    card = card.group(0)
    assert '<a href="/sk/novinky/sprava/" lang="sk">' in card
    assert re.search(r'<p class="meta">[^<]+</p>', card)  # the date: no lang, page language


def test_switcher_hint_is_in_the_page_language(client, home_pages, about_pages):
    html = client.get("/en/about/").content.decode()
    switcher = html[html.index('class="language-switcher"') :]
    switcher = switcher[: switcher.index("</nav>")]
    assert '<span lang="sk">Slovenčina</span>' in switcher
    assert not re.search(r'<(a|button)[^>]*\blang=', switcher)


def test_json_ld_for_events_news_offices_courses(client, event, newsroom):  # noqa: F811
    data = _json_ld(client.get(event["es"].url).content.decode())
    assert data[0]["@type"] == "Event"
    assert data[0]["inLanguage"] == "es"
    assert data[0]["startDate"].endswith("-06:00")  # Mexico City's offset
    news = _json_ld(client.get("/en/news/story-1/").content.decode())[0]
    assert news["@type"] == "NewsArticle" and news["headline"] == "Story 1"
    assert news["datePublished"] == "2026-01-02"


def test_json_ld_cannot_close_its_script(client, newsroom):  # noqa: F811
    from cms_pages.models import NewsPage

    story = NewsPage.objects.get(slug="story-0")
    story.summary = "</script><script>alert(1)</script>"
    story.save_revision().publish()
    html = client.get("/en/news/story-0/").content.decode()
    assert "<script>alert(1)" not in html
    assert _json_ld(html)[0]["description"] == story.summary


def test_json_ld_for_a_course_and_the_association(client, catalogs):
    from tests.factories import make_course, topic

    course = make_course(catalogs["en"], title="Revenue forecasting", lessons=1)
    course.topics.add(topic("finance", "Municipal finance"))
    course.save_revision().publish()
    data = _json_ld(client.get(course.url).content.decode())[0]
    assert data["@type"] == "Course" and data["name"] == "Revenue forecasting"
    assert data["about"] == ["Municipal finance"]
    assert data["timeRequired"] == "PT4H"
    assert data["provider"]["name"] == "CityPeers"
    home = _json_ld(client.get("/sk/").content.decode())[0]
    assert home["@type"] == "Organization"
    assert home["url"] == "http://testserver/sk/"
