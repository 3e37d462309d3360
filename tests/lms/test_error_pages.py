"""Error pages in the visitor's language: the maintenance page (503) when the database is down,
the 500 page, and the copies nginx serves (manage.py build_error_pages)."""

from contextlib import contextmanager
from unittest import mock

import pytest
from django.core.management import call_command
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.utils import OperationalError
from django.test import Client

from cms_pages.models import HomePage
from tests.factories import UserFactory

LANGUAGES = ["en", "es", "zh-hans", "sk"]
# The maintenance page's heading and a phrase of its text, in each language.
MAINTENANCE = {
    "en": ("Temporarily unavailable", "Please try again in a few minutes."),
    "es": ("Servicio no disponible temporalmente", "Inténtelo de nuevo en unos minutos."),
    "zh-hans": ("暂时无法访问", "请几分钟后再试。"),
    "sk": ("Dočasne nedostupné", "Skúste to znova o niekoľko minút."),
}
TOO_LARGE = {
    "en": "Too large to send",
    "es": "Demasiado grande para enviarse",
    "zh-hans": "内容过大，无法提交",
    "sk": "Príliš veľké na odoslanie",
}
SERVER_ERROR = {
    "en": "Something went wrong",
    "es": "Algo salió mal",
    "zh-hans": "出现了问题",
    "sk": "Niečo sa pokazilo",
}


@contextmanager
def database_down():
    """Every new query fails the way it does when PostgreSQL is stopped."""

    def refuse(self):
        raise OperationalError("connection refused: is the server running?")

    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", refuse):
        yield


def assert_maintenance_page(response, language):
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
    assert response["Content-Language"] == language
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    heading, phrase = MAINTENANCE[language]
    assert f"<h1>{heading}</h1>" in html
    assert phrase in html
    # Standalone: nothing to load from anywhere, and its inline style allowed.
    assert "<link" not in html and "<script" not in html and "src=" not in html
    assert "style-src 'unsafe-inline'" in response["Content-Security-Policy"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_answer_the_maintenance_page_in_the_urls_language_when_the_database_is_down(
    home_pages, language
):
    client = Client(raise_request_exception=False)
    # Whatever the browser asks for, the URL's language wins.
    with database_down():
        response = client.get(f"/{language}/", HTTP_ACCEPT_LANGUAGE="en")
    assert_maintenance_page(response, language)


@pytest.mark.django_db
def test_a_signed_in_visitor_gets_the_maintenance_page_too(home_pages):
    """The session and the user are loaded by a middleware, before any view."""
    client = Client(raise_request_exception=False)
    client.force_login(UserFactory(preferred_language="sk"))
    with database_down():
        response = client.get("/zh-hans/")
    assert_maintenance_page(response, "zh-hans")


@pytest.mark.django_db
def test_a_view_that_loses_the_database_answers_503_in_its_language(home_pages):
    """An error raised in the view itself goes through the middleware."""
    client = Client(raise_request_exception=False)
    with mock.patch.object(
        HomePage, "serve", side_effect=OperationalError("server closed the connection")
    ):
        response = client.get("/sk/")
    assert_maintenance_page(response, "sk")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept", "cookie", "expected"),
    [("sk-SK,sk;q=0.9", None, "sk"), ("es-MX,es;q=0.9", "zh-hans", "zh-hans"), ("", None, "en")],
)
def test_unprefixed_urls_take_the_cookie_or_the_browsers_language(
    home_pages, accept, cookie, expected
):
    client = Client(raise_request_exception=False)
    if cookie:
        client.cookies["django_language"] = cookie
    with database_down():
        response = client.get("/documents/1/report.pdf", HTTP_ACCEPT_LANGUAGE=accept)
    assert_maintenance_page(response, expected)


@pytest.mark.django_db
def test_a_locked_database_keeps_its_busy_page(home_pages):
    client = Client(raise_request_exception=False)
    with mock.patch.object(HomePage, "serve", side_effect=OperationalError("database is locked")):
        response = client.get("/sk/")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert "Chvíľu strpenia" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_other_errors_answer_the_500_page_in_the_urls_language(home_pages, language):
    client = Client(raise_request_exception=False)
    with mock.patch.object(HomePage, "serve", side_effect=RuntimeError("a bug")):
        response = client.get(f"/{language}/")
    assert response.status_code == 500
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert f"<h1>{SERVER_ERROR[language]}</h1>" in html


def test_build_error_pages_writes_one_page_per_language(tmp_path):
    call_command("build_error_pages", output=tmp_path, verbosity=0)
    assert sorted(p.name for p in tmp_path.glob("*.html")) == [
        "en.html",
        "es.html",
        "sk.html",
        "zh-hans.html",
    ]
    assert sorted(p.name for p in (tmp_path / "413").glob("*.html")) == [
        "en.html",
        "es.html",
        "sk.html",
        "zh-hans.html",
    ]
    for language in LANGUAGES:
        html = (tmp_path / f"{language}.html").read_text(encoding="utf-8")
        assert html.lstrip().startswith("<!DOCTYPE html>")
        assert f'<html lang="{language}">' in html
        heading, phrase = MAINTENANCE[language]
        assert f"<title>{heading} · CityPeers</title>" in html
        assert phrase in html
        # Every language reachable from every copy, each link marked with its language.
        for other in LANGUAGES:
            assert f'href="/{other}/" lang="{other}"' in html
        too_large = (tmp_path / "413" / f"{language}.html").read_text(encoding="utf-8")
        assert f'<html lang="{language}">' in too_large
        assert f"<h1>{TOO_LARGE[language]}</h1>" in too_large
        assert f'href="/{language}/"' in too_large
