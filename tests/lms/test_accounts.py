"""Sign-up, email verification, login, logout, password reset and profile, in each language."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core import mail
from django.test import override_settings

from lms.models import User
from tests.factories import TEST_PASSWORD, UserFactory

LANGUAGES = ["en", "es", "zh-hans", "sk"]
SIGNUP_HEADING = {"en": "Sign Up", "es": "Registrarse", "zh-hans": "注册", "sk": "Registrácia"}


def _signup_data(email: str, language: str) -> dict:
    return {
        "email": email,
        "full_name": "Ľubica Nováková" if language == "sk" else "陈静" if language == "zh-hans" else "Ana Pérez",
        "municipality": "Trnava",
        "country": "SK",
        "job_title": "Planner",
        "preferred_language": language,
        "password1": TEST_PASSWORD,
        "password2": TEST_PASSWORD,
    }


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_signup_page_is_translated(client, home_pages, language):
    html = client.get(f"/{language}/accounts/signup/").content.decode()
    assert f'<html lang="{language}"' in html
    assert SIGNUP_HEADING[language] in html
    for field in ["full_name", "municipality", "country", "job_title", "preferred_language"]:
        assert f'name="{field}"' in html
        assert f'for="id_{field}"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_signup_creates_user_with_profile(client, home_pages, language):
    response = client.post(
        f"/{language}/accounts/signup/", _signup_data(f"new-{language}@city.example.org", language)
    )
    assert response.status_code == 302
    user = User.objects.get(email=f"new-{language}@city.example.org")
    assert user.preferred_language == language
    assert user.municipality == "Trnava"
    assert user.country.code == "SK"
    assert user.check_password(TEST_PASSWORD)
    # Verification is mandatory: the confirmation email goes out at once.
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_signup_with_missing_fields_shows_errors_and_creates_nothing(client, home_pages):
    data = _signup_data("incomplete@city.example.org", "es")
    data["municipality"] = ""
    response = client.post("/es/accounts/signup/", data)
    assert response.status_code == 200
    assert "Este campo es necesario." in response.content.decode()
    assert not User.objects.filter(email="incomplete@city.example.org").exists()


@pytest.mark.django_db
def test_signup_twice_with_same_email_creates_no_second_account(client, home_pages):
    """The page answers as for a new address (no enumeration); the owner is told by email."""
    UserFactory(email="taken@city.example.org")
    response = client.post("/en/accounts/signup/", _signup_data("Taken@City.example.org", "en"))
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert User.objects.filter(email__iexact="taken@city.example.org").count() == 1
    assert mail.outbox[-1].to == ["taken@city.example.org"]


@pytest.mark.django_db
@override_settings(ACCOUNT_EMAIL_VERIFICATION="mandatory")
@pytest.mark.parametrize(
    ("language", "subject_word"),
    [("en", "Confirm"), ("es", "confirme"), ("zh-hans", "确认"), ("sk", "Potvrďte")],
)
def test_mandatory_email_verification_in_recipients_language(
    client, home_pages, language, subject_word
):
    email = f"verify-{language}@city.example.org"
    response = client.post(f"/{language}/accounts/signup/", _signup_data(email, language))
    assert response.status_code == 302
    assert "confirm-email" in response["Location"]
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert subject_word in message.subject
    link = re.search(r"https?://[^\s]+/confirm-email/[^\s]+/", message.body).group(0)
    path = link.split("testserver", 1)[1]

    # Unverified users cannot log in yet.
    client.post(f"/{language}/accounts/login/", {"login": email, "password": TEST_PASSWORD})
    assert "_auth_user_id" not in client.session

    assert client.get(path).status_code == 200
    client.post(path)
    assert EmailAddress.objects.get(email=email).verified
    response = client.post(
        f"/{language}/accounts/login/", {"login": email, "password": TEST_PASSWORD}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(User.objects.get(email=email).pk)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_login_applies_preferred_language(client, home_pages, language):
    user = UserFactory(preferred_language=language)
    response = client.post("/en/accounts/login/", {"login": user.email, "password": TEST_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == language
    landing = client.get(response["Location"])
    assert f'<html lang="{language}"' in landing.content.decode()


@pytest.mark.django_db
def test_login_with_wrong_password_is_refused_in_users_language(client, home_pages):
    user = UserFactory()
    response = client.post("/sk/accounts/login/", {"login": user.email, "password": "nope"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "heslo nie je správne" in response.content.decode()


@pytest.mark.django_db
def test_login_failures_are_rate_limited(client, home_pages):
    user = UserFactory()
    for _ in range(5):
        client.post("/en/accounts/login/", {"login": user.email, "password": "wrong"})
    # After five wrong passwords the right one no longer opens the account for a while.
    response = client.post("/en/accounts/login/", {"login": user.email, "password": TEST_PASSWORD})
    assert "_auth_user_id" not in client.session
    assert response.status_code in (200, 429)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_logout(client, home_pages, language):
    user = UserFactory(preferred_language=language)
    client.force_login(user)
    assert client.get(f"/{language}/accounts/logout/").status_code == 200
    response = client.post(f"/{language}/accounts/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "subject_word"),
    [("en", "Password Reset"), ("es", "contraseña"), ("zh-hans", "密码"), ("sk", "hesla")],
)
def test_password_reset_in_recipients_language(client, home_pages, language, subject_word):
    user = UserFactory(preferred_language=language)
    response = client.post("/en/accounts/password/reset/", {"email": user.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert subject_word in message.subject
    link = re.search(r"http://testserver(/[^\s]+/password/reset/key/[^\s]+/)", message.body)
    path = link.group(1)
    response = client.get(path, follow=True)
    form_path = response.redirect_chain[-1][0] if response.redirect_chain else path
    response = client.post(
        form_path, {"password1": "Another-l0ng-secret", "password2": "Another-l0ng-secret"}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Another-l0ng-secret")


@pytest.mark.django_db
def test_profile_requires_login(client, home_pages):
    response = client.get("/en/accounts/profile/")
    assert response.status_code == 302
    assert "/en/accounts/login/" in response["Location"]


@pytest.mark.django_db
def test_profile_edit_saves_and_switches_language(client, home_pages):
    user = UserFactory(preferred_language="en")
    client.force_login(user)
    response = client.post(
        "/en/accounts/profile/",
        {
            "full_name": "Ján Novák",
            "municipality": "Žilina",
            "country": "SK",
            "job_title": "Head of finance",
            "preferred_language": "sk",
            "time_zone": "Europe/Bratislava",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.full_name, user.municipality, user.preferred_language) == (
        "Ján Novák", "Žilina", "sk",
    )
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "sk"


@pytest.mark.django_db
def test_profile_rejects_unknown_time_zone_and_keeps_data(client, home_pages):
    user = UserFactory(municipality="Nitra")
    client.force_login(user)
    response = client.post(
        "/en/accounts/profile/",
        {"full_name": "X", "municipality": "Changed", "country": "SK", "job_title": "Y",
         "preferred_language": "en", "time_zone": "Mars/Olympus"},
    )
    assert response.status_code == 200
    user.refresh_from_db()
    assert user.municipality == "Nitra"


@pytest.mark.django_db
def test_profile_shows_only_own_data(client, home_pages):
    other = UserFactory(full_name="Someone Else", municipality="Prešov")
    me = UserFactory(full_name="Me Myself", municipality="Nitra")
    client.force_login(me)
    html = client.get("/en/accounts/profile/").content.decode()
    assert "Nitra" in html
    assert "Prešov" not in html
    assert other.email not in html


@pytest.mark.django_db
def test_password_reset_asked_on_another_language_page_is_in_recipients_language(
    client, home_pages
):
    """Asked on the English page for a Slovak-preferring user: the email, and the page its
    link opens, are Slovak."""
    user = UserFactory(preferred_language="sk")
    client.post("/en/accounts/password/reset/", {"email": user.email})
    message = mail.outbox[-1]
    assert "hesla" in message.subject
    assert "Kliknutím na odkaz nižšie obnovíte svoje heslo." in message.body
    assert "Click the link below" not in message.body
    assert re.search(r"http://testserver/sk/accounts/password/reset/key/\S+/", message.body)
    assert "/en/accounts/" not in message.body


@pytest.mark.django_db
def test_account_already_exists_email_is_in_recipients_language(client, home_pages):
    """Someone signs up on the Spanish page with a Slovak user's address: the owner is told in
    Slovak, with Slovak links."""
    UserFactory(email="obsadene@city.example.org", preferred_language="sk")
    client.post("/es/accounts/signup/", _signup_data("Obsadene@city.example.org", "es"))
    message = mail.outbox[-1]
    assert message.to == ["obsadene@city.example.org"]
    assert "Tento e-mail ste dostali" in message.body
    assert "/sk/accounts/password/reset/" in message.body
    assert "/es/accounts/" not in message.body


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "first_country", "absent"),
    [("es", "Afganistán", "Åland Islands"), ("sk", "Afganistan", "Åland Islands"),
     ("zh-hans", "阿富汗", "Afghanistan")],
)
def test_signup_country_list_is_in_the_page_language(client, home_pages, language,
                                                     first_country, absent):
    html = client.get(f"/{language}/accounts/signup/").content.decode()
    select = re.search(r'<select name="country".*?</select>', html, re.S).group(0)
    options = re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select)
    # An empty choice first and selected: no country is chosen for the person.
    assert options[0][0] == ""
    assert re.search(r'<option value="" selected>', select)
    assert first_country in select
    assert absent not in select
    names = [name for code, name in options if code]
    assert len(names) == 249


@pytest.mark.django_db
def test_signup_country_list_is_sorted_in_the_page_language(client, home_pages):
    html = client.get("/es/accounts/signup/").content.decode()
    # "Alemania" (Germany) comes before "Argentina" in Spanish, not in English.
    assert html.index(">Alemania<") < html.index(">Argentina<")
    response = client.post("/es/accounts/signup/", {**_signup_data("pais@city.example.org", "es"),
                                                    "country": ""})
    assert response.status_code == 200
    assert not User.objects.filter(email="pais@city.example.org").exists()
