"""Browser tests: Playwright for Python drives Debian's Chromium (/usr/bin/chromium, never a
downloaded browser) against pytest-django's live server.

The demo data set (``manage.py seed_demo``, about half a minute) is made once per session in
the in-memory SQLite test database and kept as an SQLite backup; every test starts from a copy
of it (a few milliseconds), so tests may change anything. Tests here are marked ``e2e``; the
PostgreSQL pass of ``.ci/run`` leaves them out (``-m "not e2e"``).
"""

from __future__ import annotations

import os
import sqlite3
from io import StringIO
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HERE = Path(__file__).resolve().parent
ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """pytest-django runs live-server tests after the others; run these first among them, so
    the demo data set is made on the freshly migrated database (another transactional test
    flushes it, migrations' data included)."""
    ours = [item for item in items if HERE in Path(str(item.fspath)).parents]
    if not ours:
        return
    first_transactional = next(
        (
            index
            for index, item in enumerate(items)
            if item not in ours
            and (
                "live_server" in getattr(item, "fixturenames", ())
                or "transactional_db" in getattr(item, "fixturenames", ())
            )
        ),
        None,
    )
    if first_transactional is None:
        return
    rest = [item for item in items if item not in ours]
    items[:] = rest[:first_transactional] + ours + rest[first_transactional:]


@pytest.fixture(scope="session")
def live_server(request):
    """pytest-django's live server on 127.0.0.1, answering one request at a time: the
    in-memory test database is a single connection shared with the server thread, which
    concurrent requests (a page and its favicon) must not use at once."""
    from django.core.servers.basehttp import WSGIServer
    from django.test.testcases import LiveServerThread
    from pytest_django.live_server_helper import LiveServer

    class OneRequestAtATime(WSGIServer):
        def __init__(self, *args, connections_override=None, **kwargs):
            super().__init__(*args, **kwargs)

    original = LiveServerThread.server_class
    LiveServerThread.server_class = OneRequestAtATime
    try:
        server = LiveServer("127.0.0.1")
    finally:
        LiveServerThread.server_class = original
    request.addfinalizer(server.stop)
    return server


@pytest.fixture(scope="session")
def demo_snapshot(django_db_setup, django_db_blocker):
    """The demo data set, seeded once, as an in-memory SQLite copy of the test database."""
    from django.core.management import call_command
    from django.db import connection
    from wagtail.models import Page

    with django_db_blocker.unblock():
        if connection.vendor != "sqlite" or not connection.is_in_memory_db():
            pytest.skip("browser tests run on the in-memory SQLite test database")
        if not Page.objects.filter(depth=1).exists():
            pytest.fail("the test database was flushed before the browser tests started")
        call_command("seed_demo", stdout=StringIO())
        connection.ensure_connection()
        snapshot = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(snapshot)
    yield snapshot
    snapshot.close()


@pytest.fixture(autouse=True)
def demo_data(demo_snapshot, transactional_db, live_server):
    """Every test starts from the demo data set, whatever the tests before it changed."""
    from django.core.cache import caches
    from django.db import connection

    connection.ensure_connection()
    demo_snapshot.backup(connection.connection)
    caches["pages"].clear()


@pytest.fixture(scope="module")
def browser():
    """Chromium, once per test module. Playwright's sync API keeps an event loop running in
    this thread while it is started; Django refuses ORM calls from a thread with a running
    loop unless DJANGO_ALLOW_ASYNC_UNSAFE is set (safe here: the loop only drives the
    browser). It is set only while a module's browser runs: tests that run later (pytest-django
    runs tests without a database last) start `check --deploy`, which rejects it."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium package")
    from playwright.sync_api import sync_playwright

    previous = os.environ.get(ASYNC_UNSAFE)
    os.environ[ASYNC_UNSAFE] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
            )
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop(ASYNC_UNSAFE, None)
        else:
            os.environ[ASYNC_UNSAFE] = previous


@pytest.fixture
def new_page(browser, live_server):
    """``new_page(width=1280)``: a page in a fresh browser context (own cookies)."""
    from .helpers import DESKTOP, new_context

    contexts = []

    def make(width: int = DESKTOP):
        contexts.append(new_context(browser, live_server, width))
        return contexts[-1].new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()
