"""The embedded default (SQLite) served by real server processes: a lockout taken on one
process holds on another (the rate-limit counters live in the shared cache), and concurrent
POSTs all succeed or get a clean refusal, never a 500.

Two `manage.py runserver` processes share one SQLite file made for this module."""

import os
import socket
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
LEARNERS = 20
PASSWORD = "a-Long-test-passw0rd"  # noqa: S105

SETUP = f"""
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from cms_pages.demo import ensure_home_pages
from tests.factories import UserFactory, make_catalogs, make_course, lessons_of

catalogs = make_catalogs(ensure_home_pages())
course = make_course(catalogs["en"], lessons=1, questions_on=())
lesson = lessons_of(course)[0]
print("COURSE", course.translation_key)
print("LESSON", lesson.translation_key)
UserFactory(email="target@city.example.org", password="{PASSWORD}")
for n in range({LEARNERS}):
    user = UserFactory(email=f"learner{{n}}@city.example.org", password="{PASSWORD}")
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    print("SESSION", session.session_key)
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait(port: int, process) -> None:
    for _ in range(300):
        if process.poll() is not None:
            raise RuntimeError(process.stdout.read())
        try:
            requests.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return
        except requests.ConnectionError:
            time.sleep(0.1)
    raise RuntimeError("the server did not start")


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    folder = tmp_path_factory.mktemp("embedded")
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}},
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
        "PYTHONUNBUFFERED": "1",
    }
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)  # noqa: S603
    output = subprocess.run(  # noqa: S603
        [*manage, "shell", "-c", SETUP], cwd=ROOT, env=env, check=True,
        capture_output=True, text=True,
    ).stdout.split("\n")
    data = {"sessions": []}
    for line in output:
        if line.startswith("SESSION "):
            data["sessions"].append(line.split()[1])
        elif line.startswith(("COURSE ", "LESSON ")):
            key, value = line.split()
            data[key.lower()] = value
    ports = [_free_port(), _free_port()]
    processes = [
        subprocess.Popen(  # noqa: S603
            [*manage, "runserver", "--noreload", f"127.0.0.1:{port}"],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        for port in ports
    ]
    try:
        for port, process in zip(ports, processes, strict=True):
            _wait(port, process)
        yield {**data, "ports": ports, "db": folder / "db.sqlite3"}
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=10)


def _client(port: int, session_key: str | None = None, host: str = "") -> requests.Session:
    client = requests.Session()
    if host:
        client.headers["Host"] = host
    if session_key:
        client.cookies.set("sessionid", session_key, domain="127.0.0.1")
    client.get(f"http://127.0.0.1:{port}/en/accounts/login/", timeout=30)  # CSRF cookie
    return client


def _post(client: requests.Session, url: str, data: dict) -> requests.Response:
    data = {**data, "csrfmiddlewaretoken": client.cookies.get("csrftoken")}
    return client.post(url, data=data, allow_redirects=False, timeout=60)


def test_a_lockout_on_one_server_process_holds_on_the_other(servers):
    first, second = servers["ports"]
    # Both processes serve one site, as behind a load balancer: the same Host header.
    attacker = _client(first, host="localhost")
    for _ in range(5):
        _post(attacker, f"http://127.0.0.1:{first}/en/accounts/login/",
              {"login": "target@city.example.org", "password": "guess"})
    other = _client(second, host="localhost")
    response = _post(other, f"http://127.0.0.1:{second}/en/accounts/login/",
                     {"login": "target@city.example.org", "password": PASSWORD})
    assert response.status_code in (200, 429)  # not the 302 of a successful sign-in
    assert "sessionid" not in response.cookies


def test_concurrent_posts_on_the_embedded_database_never_fail(servers):
    first, second = servers["ports"]
    course, lesson = servers["course"], servers["lesson"]

    def journey(index: int) -> list[int]:
        port = (first, second)[index % 2]
        client = _client(port, servers["sessions"][index])
        base = f"http://127.0.0.1:{port}/en"
        return [
            _post(client, f"{base}/courses/{course}/enrol/", {}).status_code,
            _post(client, f"{base}/courses/{course}/enrol/", {}).status_code,  # double click
            _post(client, f"{base}/lessons/{lesson}/complete/", {}).status_code,
        ]

    with ThreadPoolExecutor(max_workers=LEARNERS) as pool:
        statuses = [status for result in pool.map(journey, range(LEARNERS)) for status in result]
    assert statuses and all(status in (302, 503) for status in statuses), statuses
    with sqlite3.connect(servers["db"]) as db:
        enrolments = db.execute("SELECT COUNT(*) FROM courses_enrolment").fetchone()[0]
        completions = db.execute("SELECT COUNT(*) FROM courses_lessoncompletion").fetchone()[0]
        mode = db.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    assert enrolments == LEARNERS  # no double enrolment, none lost
    assert completions == statuses[2::3].count(302)
