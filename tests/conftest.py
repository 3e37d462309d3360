import pytest
from django.core.cache import cache, caches
from django.core.cache.backends.db import DatabaseCache

from cms_pages.demo import ensure_about_pages, ensure_home_pages
from tests.factories import UserFactory


def pytest_collection_modifyitems(config, items):
    """Tests marked ``postgres`` race real transactions against each other, which needs
    PostgreSQL's row locks: on SQLite they are deselected (not skipped); `.ci/run` runs the
    suite on PostgreSQL too."""
    from django.conf import settings

    if "postgresql" in settings.DATABASES["default"]["ENGINE"]:
        return
    kept = [item for item in items if item.get_closest_marker("postgres") is None]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[i for i in items if i not in kept])
        items[:] = kept


@pytest.fixture(autouse=True)
def _clear_cache():
    """allauth's rate limits live in the cache. The database cache (the default) is rolled
    back with each test's transaction; any other cache is cleared around each test. The page
    cache (routes, header, switcher) never outlives a test's pages."""
    caches["pages"].clear()
    if isinstance(caches["default"], DatabaseCache):
        yield
        caches["pages"].clear()
        return
    cache.clear()
    yield
    cache.clear()
    caches["pages"].clear()


@pytest.fixture
def home_pages(db):
    """The home page in every locale (en, es, zh-hans, sk), as seed_demo makes them."""
    return ensure_home_pages()


@pytest.fixture
def about_pages(home_pages):
    ensure_about_pages(home_pages)
    return home_pages


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def catalogs(home_pages):
    from tests.factories import make_catalogs

    return make_catalogs(home_pages)


@pytest.fixture
def learner(db):
    return UserFactory(full_name="Zuzana Horváthová", preferred_language="sk")
