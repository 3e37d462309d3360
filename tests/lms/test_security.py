"""Sign-in you can trust, tried from the attacker's side: one login for site and admin,
throttling on every password form, a second factor for staff, private pages kept private, no
account enumeration."""

import base64
import hashlib
import hmac
import re
import struct
import time

import pytest
from allauth.mfa.models import Authenticator
from django.core import mail
from django.test import override_settings
from wagtail.models import PageViewRestriction

from cms_pages.models import StandardPage
from lms.models import User
from tests.factories import TEST_PASSWORD, UserFactory


def _login(client, email, password=TEST_PASSWORD, language="en"):
    return client.post(f"/{language}/accounts/login/", {"login": email, "password": password})


def _signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def _confirm_password(client, language="en"):
    """allauth asks for the password again before a second factor is added."""
    client.post(f"/{language}/accounts/reauthenticate/", {"password": TEST_PASSWORD})


# ----------------------------------------------------------------------------- one way in


@pytest.mark.django_db
def test_admin_login_form_accepts_no_password(client, home_pages):
    admin = UserFactory(is_staff=True, is_superuser=True)
    response = client.post(
        "/admin/login/?next=/admin/pages/", {"username": admin.email, "password": TEST_PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=%2Fadmin%2Fpages%2F"
    assert not _signed_in(client)
    # GET sends people to the same, single sign-in.
    assert client.get("/admin/login/")["Location"].startswith("/en/accounts/login/")


@pytest.mark.django_db
def test_admin_login_does_not_bypass_a_lockout(client, home_pages):
    admin = UserFactory(is_staff=True, is_superuser=True)
    for _ in range(5):
        _login(client, admin.email, "wrong-password")
    for _ in range(3):
        client.post("/admin/login/", {"username": admin.email, "password": TEST_PASSWORD})
        assert not _signed_in(client)
    _login(client, admin.email)
    assert not _signed_in(client)  # locked on the one form there is


@pytest.mark.django_db
def test_restricted_page_login_goes_through_allauth(client, home_pages):
    page = home_pages["en"].add_child(instance=StandardPage(title="Members", slug="members"))
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(page.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")
    user = UserFactory()
    client.post("/en/_util/login/", {"username": user.email, "password": TEST_PASSWORD})
    assert not _signed_in(client)
    assert client.get("/en/_util/login/?next=/en/members/")["Location"] == (
        "/en/accounts/login/?next=%2Fen%2Fmembers%2F"
    )
    # An open redirect is not kept.
    assert client.get("/en/_util/login/?next=https://evil.example/")["Location"] == (
        "/en/accounts/login/"
    )


@pytest.mark.django_db
def test_wagtail_password_reset_is_closed_and_allauth_reset_is_throttled(client, home_pages):
    user = UserFactory()
    assert client.get("/admin/password_reset/").status_code == 404
    assert client.post("/admin/password_reset/", {"email": user.email}).status_code == 404
    for _ in range(8):
        client.post("/en/accounts/password/reset/", {"email": user.email})
    assert 1 <= len([m for m in mail.outbox if user.email in m.to]) <= 5


@pytest.mark.django_db
@override_settings(ACCOUNT_EMAIL_VERIFICATION="mandatory")
def test_unverified_account_cannot_sign_in_anywhere(client, home_pages):
    user = UserFactory(verified=False, is_staff=True, is_superuser=True)
    _login(client, user.email)
    assert not _signed_in(client)
    client.post("/admin/login/", {"username": user.email, "password": TEST_PASSWORD})
    assert not _signed_in(client)


@pytest.mark.django_db
def test_account_deletion_password_check_is_throttled(client, home_pages):
    user = UserFactory()
    client.force_login(user)
    for _ in range(5):
        client.post("/en/accounts/my-data/", {"password": "guess"})
    response = client.post("/en/accounts/my-data/", {"password": TEST_PASSWORD})
    assert response.status_code == 429
    assert User.objects.filter(pk=user.pk).exists()


# ----------------------------------------------------------------------------- second factor


def _totp(secret: str, at: float) -> str:
    """RFC 6238 code (SHA-1, 6 digits, 30 s), computed here independently of allauth."""
    key = base64.b32decode(secret, casefold=True)
    digest = hmac.new(key, struct.pack(">Q", int(at) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


@pytest.mark.django_db
@override_settings(STAFF_REQUIRE_SECOND_FACTOR=True)
def test_staff_must_set_up_a_second_factor_then_sign_in_with_it(client, home_pages, monkeypatch):
    editor = UserFactory(is_staff=True, is_superuser=True)
    _login(client, editor.email)
    assert _signed_in(client)
    # No admin before a second factor.
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/2fa/totp/activate/"
    assert client.get("/admin/pages/").status_code == 302

    assert client.get("/en/accounts/2fa/totp/activate/")["Location"].startswith(
        "/en/accounts/reauthenticate/"
    )
    _confirm_password(client)
    page = client.get("/en/accounts/2fa/totp/activate/")
    assert page.status_code == 200
    secret = client.session["mfa.totp.secret"]
    now = time.time()
    client.post("/en/accounts/2fa/totp/activate/", {"code": _totp(secret, now)})
    assert Authenticator.objects.filter(user=editor, type=Authenticator.Type.TOTP).exists()
    assert client.get("/admin/").status_code == 200

    client.post("/en/accounts/logout/")
    response = _login(client, editor.email)
    assert not _signed_in(client)  # the password alone is not enough any more
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    refused = client.post("/en/accounts/2fa/authenticate/", {"code": "000000"})
    assert refused.status_code == 200 and not _signed_in(client)
    later = now + 30  # the next period: a code is never accepted twice
    monkeypatch.setattr(time, "time", lambda: later)
    client.post("/en/accounts/2fa/authenticate/", {"code": _totp(secret, later)})
    assert _signed_in(client)
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_learners_may_turn_on_a_second_factor_from_their_profile(client, home_pages):
    learner = UserFactory()
    _login(client, learner.email)
    profile = client.get("/en/accounts/profile/").content.decode()
    assert 'href="/en/accounts/2fa/"' in profile
    _confirm_password(client)
    assert client.get("/en/accounts/2fa/totp/activate/").status_code == 200
    # Without STAFF_REQUIRE_SECOND_FACTOR (the demo), the admin needs the password only.
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["es", "zh-hans", "sk"])
def test_second_factor_pages_speak_the_users_language(client, home_pages, language):
    learner = UserFactory(preferred_language=language)
    _login(client, learner.email, language=language)
    _confirm_password(client, language)
    html = client.get(f"/{language}/accounts/2fa/totp/activate/").content.decode()
    assert f'<html lang="{language}"' in html
    assert "Activate Authenticator App" not in html


# ----------------------------------------------------------------------------- headers


@pytest.mark.django_db
def test_pages_send_a_strict_content_security_policy(client, home_pages):
    response = client.get("/en/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    html = response.content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/(ld\+)?json)", html)


@pytest.mark.django_db
def test_admin_has_its_own_policy_without_other_hosts(client, home_pages):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    policy = client.get("/admin/")["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "http" not in policy


# ----------------------------------------------------------------------------- enumeration


@pytest.mark.django_db
def test_login_answers_the_same_for_known_and_unknown_addresses(client, home_pages):
    known = UserFactory()
    a = _login(client, known.email, "wrong-password")
    b = _login(client, "nobody@city.example.org", "wrong-password")
    assert a.status_code == b.status_code == 200
    error = "The email address and/or password you specified are not correct."
    assert error in a.content.decode() and error in b.content.decode()


@pytest.mark.django_db
def test_reset_and_signup_answer_the_same_for_known_and_unknown_addresses(client, home_pages):
    known = UserFactory()
    a = client.post("/en/accounts/password/reset/", {"email": known.email})
    b = client.post("/en/accounts/password/reset/", {"email": "nobody@city.example.org"})
    assert (a.status_code, a["Location"]) == (b.status_code, b["Location"])
    signup = {
        "full_name": "Ana Pérez", "municipality": "Trnava", "country": "SK",
        "job_title": "Planner", "preferred_language": "en",
        "password1": TEST_PASSWORD, "password2": TEST_PASSWORD,
    }
    c = client.post("/en/accounts/signup/", {**signup, "email": known.email})
    client.post("/en/accounts/logout/")
    d = client.post("/en/accounts/signup/", {**signup, "email": "newcomer@city.example.org"})
    assert (c.status_code, c["Location"]) == (d.status_code, d["Location"])


@pytest.mark.django_db
def test_a_locked_database_gets_a_translated_busy_page_not_a_500(client, home_pages, monkeypatch):
    from django.db import OperationalError

    from courses import views

    def locked(*args, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(views.selectors, "cpd_hours", locked)
    client.force_login(UserFactory(preferred_language="sk"))
    response = client.get("/sk/dashboard/")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    html = response.content.decode()
    assert "<html lang=\"sk\">" in html
    assert "Chvíľu strpenia" in html


@pytest.mark.django_db
@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_one_client_behind_the_proxy_cannot_lock_everybody_out(client, home_pages):
    """Behind one proxy every request comes from the proxy's address; the client's own address
    (X-Forwarded-For, trusted for one proxy) is what the per-client limit counts."""
    victims = [UserFactory() for _ in range(3)]
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    for attempt in range(25):
        client.post(
            "/en/accounts/login/",
            {"login": f"guess{attempt}@city.example.org", "password": "x"},
            HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy,
        )
    blocked = client.post(
        "/en/accounts/login/", {"login": victims[0].email, "password": TEST_PASSWORD},
        HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy,
    )
    assert not _signed_in(client)
    assert "Too many failed login attempts" in blocked.content.decode()
    # Another person behind the same proxy signs in at once.
    for victim in victims:
        client.post("/en/accounts/logout/")
        response = client.post(
            "/en/accounts/login/", {"login": victim.email, "password": TEST_PASSWORD},
            HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy,
        )
        assert response.status_code == 302 and _signed_in(client)


@pytest.mark.django_db
def test_admin_policy_lets_wagtails_own_widgets_run(client, catalogs):
    """The cohort form's date pickers start with an inline script: the admin policy must let
    them run, and still name no other host."""
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.get("/admin/cohorts/new/")
    assert "<script>initDateChooser(" in response.content.decode()  # an inline script
    policy = response["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy
    assert "http" not in policy
