"""Languages: <html lang>, translated navigation, Accept-Language, and the language switcher."""

import re

import pytest
from django.conf import settings
from wagtail.models import Locale

from cms_pages.models import StandardPage
from tests.factories import UserFactory

HOME_LABEL = {"en": "Home", "es": "Inicio", "zh-hans": "首页", "sk": "Domov"}
SIGN_IN_LABEL = {"en": "Sign in", "es": "Iniciar sesión", "zh-hans": "登录", "sk": "Prihlásiť sa"}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "es", "zh-hans", "sk"])
def test_home_page_renders_in_each_language(client, home_pages, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert f">{HOME_LABEL[language]}</a>" in html
    assert SIGN_IN_LABEL[language] in html
    assert home_pages[language].title in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept", "expected"),
    [("es-MX,es;q=0.9", "/es/"), ("zh-CN,zh;q=0.9", "/zh-hans/"), ("sk", "/sk/"),
     ("fr-FR,fr;q=0.9", "/en/"), ("", "/en/")],
)
def test_bare_root_redirects_by_accept_language(client, home_pages, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected


def _switch(client, language, next_url, fallback=False):
    data = {"language": language, "next": next_url}
    if fallback:
        data["fallback"] = "1"
    return client.post("/language/", data)


def _switcher_targets(html: str) -> dict[str, tuple[str, bool]]:
    """Signed in: one small form per language (the choice is saved); visitors: plain links."""
    targets = {}
    for form in re.findall(r'<form method="post" action="/language/">(.*?)</form>', html, re.S):
        code = re.search(r'name="language" value="([^"]+)"', form).group(1)
        url = re.search(r'name="next" value="([^"]+)"', form).group(1)
        targets[code] = (url, 'name="fallback"' in form)
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    for url, code, rest in re.findall(r'<a href="([^"]+)" hreflang="([^"]+)"([^>]*)>', switcher):
        targets[code] = (url, 'class="unavailable"' in rest)
    return targets


@pytest.mark.django_db
def test_visitors_get_links_and_signed_in_people_get_forms(client, about_pages):
    html = client.get("/en/about/").content.decode()
    assert 'action="/language/"' not in html
    assert "csrfmiddlewaretoken" not in html
    client.force_login(UserFactory())
    html = client.get("/en/about/").content.decode()
    assert html.count('action="/language/"') == 3
    assert _switcher_targets(html)["es"] == ("/es/acerca-de/", False)


@pytest.mark.django_db
def test_switcher_offers_the_same_page_in_each_language(client, about_pages):
    html = client.get("/en/about/").content.decode()
    targets = _switcher_targets(html)
    assert targets == {
        "es": ("/es/acerca-de/", False),
        "zh-hans": ("/zh-hans/guanyu/", False),
        "sk": ("/sk/o-nas/", False),
    }
    assert 'hreflang="sk" href="http://testserver/sk/o-nas/"' in html


@pytest.mark.django_db
def test_switching_goes_to_translation_and_sets_cookie(client, about_pages):
    response = _switch(client, "sk", "/sk/o-nas/")
    assert response.status_code == 302
    assert response["Location"] == "/sk/o-nas/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "sk"
    page = client.get("/sk/o-nas/")
    assert '<html lang="sk"' in page.content.decode()


@pytest.mark.django_db
def test_untranslated_page_falls_back_to_home_with_notice(client, home_pages):
    english_only = StandardPage(title="Headquarters notice", slug="hq-notice")
    home_pages["en"].add_child(instance=english_only)
    html = client.get("/en/hq-notice/").content.decode()
    targets = _switcher_targets(html)
    assert targets["sk"] == ("/sk/", True)
    assert targets["es"] == ("/es/", True)

    response = _switch(client, "sk", "/sk/", fallback=True)
    assert response["Location"] == "/sk/"
    landing = client.get("/sk/").content.decode()
    assert "Táto stránka zatiaľ nie je dostupná v jazyku: slovenčina" in landing


@pytest.mark.django_db
def test_switch_saves_signed_in_users_preferred_language(client, home_pages):
    user = UserFactory(preferred_language="en")
    client.force_login(user)
    _switch(client, "zh-hans", "/zh-hans/")
    user.refresh_from_db()
    assert user.preferred_language == "zh-hans"


@pytest.mark.django_db
def test_switch_refuses_unknown_language_and_foreign_redirects(client, home_pages):
    assert _switch(client, "fr", "/en/").status_code == 400
    response = _switch(client, "es", "https://evil.example.com/phish")
    assert response["Location"] == "/es/"


@pytest.mark.django_db
def test_switch_requires_post_with_csrf(home_pages):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert strict.get("/language/").status_code == 405
    assert strict.post("/language/", {"language": "es", "next": "/es/"}).status_code == 403


@pytest.mark.django_db
def test_django_views_switch_by_url_pattern(client, home_pages):
    html = client.get("/es/accounts/login/").content.decode()
    targets = _switcher_targets(html)
    assert targets["sk"] == ("/sk/accounts/login/", False)
    assert '<html lang="es"' in html


@pytest.mark.django_db
def test_locales_exist_for_every_language(home_pages):
    codes = set(Locale.objects.values_list("language_code", flat=True))
    assert codes == {"en", "es", "zh-hans", "sk"}


@pytest.mark.django_db
def test_home_page_query_count_is_constant(client, about_pages, django_assert_max_num_queries):
    client.get("/es/")  # warm the shared cache (site root paths)
    with django_assert_max_num_queries(15):
        client.get("/es/")
    for n in range(15):
        about_pages["es"].add_child(
            instance=StandardPage(title=f"Página {n}", slug=f"pagina-{n}", show_in_menus=True)
        )
    # New pages start a new generation of the page cache: routes, menus and the offices of
    # the home page's JSON-LD are read again, once (16), whatever the number of pages.
    with django_assert_max_num_queries(16):
        response = client.get("/es/")
    assert "Página 14" in response.content.decode()
