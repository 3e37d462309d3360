"""`make run` serves the demo on PORT and tells seed_demo and the server that address, so emails,
links and the Wagtail Site's host and port point where the demo really is."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_run_passes_its_address_to_seed_demo_and_runserver():
    env = {k: v for k, v in os.environ.items()
           if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "PUBLIC_BASE_URL")}
    dry_run = subprocess.run(
        ["make", "-n", "run", "PORT=8123"], cwd=ROOT, env=env, capture_output=True, text=True,
        check=True, timeout=60,
    ).stdout.splitlines()
    seed = next(line for line in dry_run if "manage.py seed_demo" in line)
    server = next(line for line in dry_run if "manage.py runserver" in line)
    for line in (seed, server):
        assert "PUBLIC_BASE_URL=http://127.0.0.1:8123 " in line
    assert server.endswith("runserver 127.0.0.1:8123")
