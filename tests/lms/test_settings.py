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
