"""Production settings: refuse to start without SECRET_KEY; check --deploy is clean."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(args, extra_env):
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DATABASE_URL"}}
    env.update(extra_env)
    env["DJANGO_SETTINGS_MODULE"] = "lms.settings.production"
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = _run(["check"], {"ALLOWED_HOSTS": "citypeers.example.org"})
    assert result.returncode != 0
    assert "SECRET_KEY is required" in result.stderr


def test_check_deploy_is_clean_with_production_variables():
    result = _run(
        ["check", "--deploy", "--fail-level", "WARNING"],
        {
            "SECRET_KEY": "x7!kq2-" + "a9Zr4tLm0pQe8WvB3nYc6uJh1sDf5gKo2iXw7" * 2,
            "ALLOWED_HOSTS": "citypeers.example.org",
            "DATABASE_URL": "sqlite:////tmp/citypeers-deploy-check.sqlite3",
        },
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


PROFILE_CHECK = (
    "from django.conf import settings as s;"
    "print(s.ACCOUNT_PREVENT_ENUMERATION, s.ACCOUNT_EMAIL_VERIFICATION,"
    " s.STAFF_REQUIRE_SECOND_FACTOR, s.CACHES['default']['BACKEND'].rsplit('.', 2)[-2],"
    " s.WAGTAILADMIN_LOGIN_URL, s.WAGTAIL_PASSWORD_RESET_ENABLED, s.ALLAUTH_TRUSTED_PROXY_COUNT)"
)


def _profile(module: str, extra_env: dict) -> str:
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "REDIS_URL"}}
    env.update(extra_env, DJANGO_SETTINGS_MODULE=module)
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", PROFILE_CHECK],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_every_settings_profile_keeps_the_sign_in_promises():
    """No enumeration and one sign-in in every profile; a second factor for staff and the
    proxy count and Redis from the environment in production; password-only demo logins."""
    production_env = {
        "SECRET_KEY": "x7!kq2-" + "a9Zr4tLm0pQe8WvB3nYc6uJh1sDf5gKo2iXw7" * 2,
        "ALLOWED_HOSTS": "citypeers.example.org",
        "DATABASE_URL": "sqlite:////tmp/citypeers-deploy-check.sqlite3",
        "REDIS_URL": "redis://127.0.0.1:6379/1",
        "ALLAUTH_TRUSTED_PROXY_COUNT": "1",
    }
    assert _profile("lms.settings.dev", {}) == "True mandatory False db account_login False 0"
    assert _profile("lms.settings.test", {}) == "True mandatory False db account_login False 0"
    assert _profile("lms.settings.production", production_env) == (
        "True mandatory True redis account_login False 1"
    )


STORAGE_CHECK = (
    "from django.core.files.storage import storages; d = storages['default'];"
    "print(type(d).__name__, d.bucket_name, d.endpoint_url, d.querystring_auth,"
    " d.url('documents/budget.pdf').split('?')[0])"
)


def test_media_go_to_s3_compatible_storage_when_configured():
    """Many app servers share uploads through object storage (no network needed to build
    the storage or a signed URL)."""
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "REDIS_URL"}}
    env.update(
        DJANGO_SETTINGS_MODULE="lms.settings.production",
        SECRET_KEY="s3-check-" + "q" * 50,
        ALLOWED_HOSTS="citypeers.example.org",
        MEDIA_S3_BUCKET="citypeers-media",
        MEDIA_S3_ENDPOINT_URL="http://127.0.0.1:9000",
        MEDIA_S3_ACCESS_KEY_ID="citypeers",
        MEDIA_S3_SECRET_ACCESS_KEY="not-a-real-secret",
        MEDIA_S3_REGION="eu-central-1",
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", STORAGE_CHECK],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == (
        "S3Storage citypeers-media http://127.0.0.1:9000 True "
        "http://127.0.0.1:9000/citypeers-media/documents/budget.pdf"
    )
