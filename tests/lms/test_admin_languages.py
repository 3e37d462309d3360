"""The Wagtail admin in each interface language, and third-party strings in the glossary's words.

Third-party translations are overridden in ``locale_vendor/`` (see tools/vendor_catalogs.py):
Wagtail's Slovak, Django's and allauth's Chinese.
"""

import json
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.contrib.auth.password_validation import (
    password_validators_help_texts,
    validate_password,
)
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.utils import translation
from wagtail.admin.localization import get_available_admin_languages
from wagtail.admin.menu import admin_menu, help_menu, reports_menu, settings_menu
from wagtail.users.models import UserProfile

from cms_pages.models import StandardPage
from lms.management.commands.check_catalogs import vendor_problems
from tests.factories import UserFactory, make_editor, url_in

CJK = re.compile(r"[\u4e00-\u9fff]")


def sidebar_labels(html: str) -> list[str]:
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S
    )
    assert props, "no sidebar in the page"
    found: list[str] = []

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "label" and isinstance(value, str):
                    found.append(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(props.group(1)))
    return found


# ----------------------------------------------------------------------------- Slovak admin


def test_slovak_is_a_permitted_admin_language():
    assert dict(get_available_admin_languages()).keys() == dict(settings.LANGUAGES).keys()


@pytest.mark.django_db
def test_slovak_is_offered_in_the_account_language_choices(client, about_pages):
    client.force_login(make_editor("sk", admin_language=""))
    html = client.get("/admin/account/").content.decode()
    select = re.search(r'<select name="locale-preferred_language".*?</select>', html, re.S)
    assert select, "no language choice on the account page"
    assert 'value="sk"' in select.group(0)
    assert "slovensky" in select.group(0).lower()


@pytest.mark.django_db
def test_slovak_editor_sees_explorer_and_page_editor_in_slovak(client, about_pages):
    client.force_login(make_editor("sk", admin_language="sk"))
    page = StandardPage.objects.get(slug="o-nas")

    explorer = client.get(f"/admin/pages/{page.get_parent().pk}/")
    assert explorer.status_code == 200
    html = explorer.content.decode()
    assert '<html lang="sk"' in html
    for text in ["Upraviť", "Zrušiť publikovanie", "Pridať podstránku"]:
        assert text in html, text

    editor = client.get(f"/admin/pages/{page.pk}/edit/")
    assert editor.status_code == 200
    html = editor.content.decode()
    for text in ["Uložiť koncept", "Publikovať", "Metriky obsahu", "Klávesové skratky"]:
        assert text in html, text
    for english in ["Save draft", "Content metrics", "Keyboard shortcuts"]:
        assert f">{english}<" not in html, english


@pytest.mark.django_db
def test_slovak_editor_without_admin_preference_follows_the_site_language(client, about_pages):
    """The reported case: once Wagtail made them a profile (no preference of its own), the admin
    took the request's language only if Wagtail offered it, and it offered "sk-sk", not "sk"."""
    client.force_login(make_editor("sk", admin_language=""))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "sk"
    html = client.get("/admin/").content.decode()
    assert '<html lang="sk"' in html
    assert "Nástenka" in html
    assert "Prehľady" in sidebar_labels(html)


@pytest.mark.django_db
def test_admin_javascript_catalog_is_slovak_with_three_plural_forms(client, about_pages):
    client.force_login(make_editor("sk", admin_language="sk"))
    script = client.get("/admin/jsi18n/").content.decode()
    assert "(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2" in script
    assert '"Edit": "Upravi\\u0165"' in script


def test_slovak_plural_forms_follow_the_count():
    with translation.override("sk"):
        forms = [
            translation.ngettext("Delete 1 page", "Delete %(counter)s pages", n) % {"counter": n}
            for n in (1, 3, 5)
        ]
    assert forms == ["Vymazať 1 stránku", "Vymazať 3 stránky", "Vymazať 5 stránok"]


# ----------------------------------------------------------------------------- menu labels


@pytest.fixture
def fresh_admin_menus():
    """Wagtail builds each menu's items once per process; start from none, as after start-up."""
    menus = [admin_menu, settings_menu, reports_menu, help_menu]

    def forget():
        for menu in menus:
            menu.__dict__.pop("registered_menu_items", None)

    forget()
    yield
    forget()


@pytest.mark.django_db
def test_menu_labels_follow_each_request_not_the_first_one(client, about_pages, fresh_admin_menus):
    admin = UserFactory(email="root@city.example.org", is_staff=True, is_superuser=True)
    client.force_login(admin)
    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = "zh-hans"
    profile.save()
    chinese = sidebar_labels(client.get("/admin/").content.decode())
    assert "翻译" in chinese  # wagtail-localize's Translations report

    profile.preferred_language = "en"
    profile.save()
    english = sidebar_labels(client.get("/admin/").content.decode())
    assert [label for label in english if CJK.search(label)] == []
    for label in ["Reports", "Translations", "Cohorts", "Mentoring", "Course report"]:
        assert label in english, label
    assert any(label.startswith("What's new in Wagtail") for label in english)

    profile.preferred_language = "sk"
    profile.save()
    slovak = sidebar_labels(client.get("/admin/").content.decode())
    assert "Preklady" in slovak
    assert any(label.startswith("Čo je nové vo Wagtail") for label in slovak)


# ----------------------------------------------------------------------------- Chinese


@pytest.mark.django_db
def test_allauth_email_in_chinese_greets_in_chinese(client, home_pages):
    user = UserFactory(email="wang@city.example.org", preferred_language="zh-hans")
    response = client.post(url_in("zh-hans", "account_reset_password"), {"email": user.email})
    assert response.status_code == 302
    body = mail.outbox[-1].body
    assert "Hello" not in body
    assert "CityPeers向您问好！" in body  # the platform's name, not the host's
    assert "感谢您使用CityPeers" in body
    assert "testserver" not in body.split("http")[0]


def test_short_password_error_in_chinese():
    with translation.override("zh-hans"), pytest.raises(ValidationError) as error:
        validate_password("ab1-x")
    assert error.value.messages[0] == "密码太短。密码必须至少包含 8 个字符。"


def test_password_help_in_chinese_says_nin():
    with translation.override("zh-hans"):
        help_texts = " ".join(str(text) for text in password_validators_help_texts())
    assert "您的密码" in help_texts
    assert "你" not in help_texts


# ----------------------------------------------------------------------------- catalogs


def test_vendor_catalogs_come_after_the_project_catalogs():
    """makemessages writes the project's strings into LOCALE_PATHS[0] only."""
    assert Path(settings.LOCALE_PATHS[0]).name == "locale"
    assert Path(settings.LOCALE_PATHS[1]).name == "locale_vendor"


def test_check_catalogs_finds_broken_vendor_entries(tmp_path):
    catalog = polib.POFile()
    catalog.metadata = {
        "Content-Type": "text/plain; charset=UTF-8",
        "Plural-Forms": "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;",
    }
    catalog.append(polib.POEntry(msgid="Edit %(title)s", msgstr="Upraviť %(nazov)s"))
    catalog.append(polib.POEntry(msgid="Publish", msgstr="Publikovať", flags=["fuzzy"]))
    catalog.append(polib.POEntry(msgid="Save", msgstr=""))
    catalog.append(
        polib.POEntry(
            msgid="%(count)s page",
            msgid_plural="%(count)s pages",
            msgstr_plural={0: "%(count)s stránka", 1: "%(count)s stránky"},
        )
    )
    path = tmp_path / "sk" / "LC_MESSAGES" / "django.po"
    path.parent.mkdir(parents=True)
    catalog.save(str(path))
    with override_settings(LOCALE_PATHS=[settings.LOCALE_PATHS[0], tmp_path]):
        problems = "\n".join(vendor_problems())
    assert "placeholders of 'Edit %(title)s'" in problems
    assert "fuzzy: 'Publish'" in problems
    assert "untranslated: 'Save'" in problems
    assert "not 3 plural forms: '%(count)s page'" in problems


def test_vendor_catalogs_are_sound_and_current():
    assert vendor_problems() == []
